import { Paper, Popper, Typography } from '@mui/material';
import { type FocusEvent, type MouseEvent, useCallback, useMemo, useState } from 'react';

const markerOf = (target: EventTarget | null): HTMLElement | null =>
  target instanceof Element ? (target.closest('.tl-marker') as HTMLElement | null) : null;

/**
 * One tooltip for every marker of the timeline, shown on hover and on keyboard focus: the
 * container listens, the marker under the pointer or in focus is the anchor. Thousands of
 * markers then cost no tooltip component each.
 */
export function useMarkerTooltip() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const show = useCallback((event: MouseEvent | FocusEvent) => {
    const marker = markerOf(event.target);
    if (marker) setAnchor(marker);
  }, []);
  const hide = useCallback((event: MouseEvent | FocusEvent) => {
    if (markerOf(event.target) && !markerOf(event.relatedTarget)) setAnchor(null);
  }, []);
  const handlers = useMemo(
    () => ({ onMouseOver: show, onFocus: show, onMouseOut: hide, onBlur: hide }),
    [show, hide],
  );
  return { anchor, handlers };
}

export const MarkerTooltip = ({ anchor }: { anchor: HTMLElement | null }) => {
  const title = anchor?.dataset['title'];
  const lines = anchor?.dataset['lines']?.split('\n') ?? [];
  return (
    <Popper
      open={anchor != null && anchor.isConnected}
      anchorEl={anchor}
      placement="top"
      sx={{ zIndex: 1500, pointerEvents: 'none' }}
    >
      <Paper
        elevation={4}
        role="tooltip"
        sx={{ px: 1.5, py: 1, mb: 0.5, maxWidth: 320, bgcolor: 'grey.800', color: 'common.white' }}
      >
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {title}
        </Typography>
        {lines.map((line) => (
          <Typography key={line} variant="caption" component="div">
            {line}
          </Typography>
        ))}
      </Paper>
    </Popper>
  );
};
