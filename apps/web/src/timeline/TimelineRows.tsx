import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import { Box, IconButton, type SxProps, type Theme, Typography } from '@mui/material';
import { memo, type ReactNode } from 'react';
import { useNavigate } from 'react-admin';
import type { TimelineFocusArea, TimelineInitiative, TimelineMilestone } from '@pejling/contracts';
import { useIntlLocale } from '../common/useIntlLocale';
import { usePageTranslate } from '../i18n/pageMessages';
import type { Translate } from '../i18n/types';
import { HealthMark } from './HealthMark';
import { timelineMessages } from './messages';
import { MARKER_PATHS, MARKER_STYLES, markerKind } from './statusStyle';
import { type Window, edge, position, within } from './timelineScale';
import { markerText } from './markerText';

/** The label column: wide on a desktop, narrower on a tablet. */
const LABEL_WIDTH = { xs: 190, lg: 300 };

/** A row of the timeline: a label on the left, the track over time on the right. */
export const GRID_STYLES: SxProps<Theme> = {
  '& .tl-grid': {
    display: 'grid',
    gridTemplateColumns: { xs: `${LABEL_WIDTH.xs}px 1fr`, lg: `${LABEL_WIDTH.lg}px 1fr` },
    alignItems: 'stretch',
  },
  '& .tl-track-cell': { minWidth: 0, px: 1.5 },
};

export const TrackGrid = ({
  label,
  children,
  sx,
}: {
  label: ReactNode;
  children: ReactNode;
  sx?: SxProps<Theme>;
}) => (
  <Box
    sx={[
      {
        display: 'grid',
        gridTemplateColumns: { xs: `${LABEL_WIDTH.xs}px 1fr`, lg: `${LABEL_WIDTH.lg}px 1fr` },
        alignItems: 'stretch',
      },
      ...(Array.isArray(sx) ? sx : [sx]),
    ]}
  >
    <Box sx={{ minWidth: 0, display: 'flex', alignItems: 'center', overflow: 'visible' }}>
      {label}
    </Box>
    {/* Room at both ends, so that a marker on the first or last day is not cut in half. */}
    <Box sx={{ minWidth: 0, px: 1.5 }}>{children}</Box>
  </Box>
);

/** Each kind of marker in its colour (a typed record: spread inline, TypeScript gives up on the union). */
const markerColours: Record<string, { color: string }> = Object.fromEntries(
  Object.entries(MARKER_STYLES).map(([kind, { color }]) => [`& .tl-marker-${kind}`, { color }]),
);

/** The line at today, drawn in every row so that it runs down the whole timeline. */
const TodayLine = ({ left }: { left: number }) => (
  <div aria-hidden className="tl-today" style={{ left: `${left}%` }} />
);

interface RowProps {
  window: Window;
  today: string;
}

/** A focus area's heading and, unless it is folded, its initiatives. */
export const FocusAreaRows = memo(function FocusAreaRows({
  area,
  window,
  today,
  folded,
  onToggle,
}: RowProps & { area: TimelineFocusArea; folded: boolean; onToggle: (id: number) => void }) {
  const translate = usePageTranslate(timelineMessages);
  const todayLeft = within(today, window) ? position(today, window) : null;
  return (
    <Box component="section" aria-labelledby={`focus-area-${area.id}`}>
      <TrackGrid
        sx={{ bgcolor: 'action.hover', borderBottom: 1, borderColor: 'divider' }}
        label={
          <Box sx={{ display: 'flex', alignItems: 'center', minWidth: 0 }}>
            <IconButton
              size="small"
              aria-expanded={!folded}
              aria-controls={`focus-area-rows-${area.id}`}
              aria-label={translate(
                folded ? 'pejling.timeline.expand' : 'pejling.timeline.collapse',
                { name: `${area.code} ${area.title}` },
              )}
              onClick={() => onToggle(area.id)}
            >
              {folded ? <ExpandMoreIcon /> : <ExpandLessIcon />}
            </IconButton>
            <Typography
              id={`focus-area-${area.id}`}
              component="h3"
              variant="subtitle2"
              // Over the empty track beside it, but on a phone within its column: wrapped.
              sx={{ whiteSpace: { xs: 'normal', sm: 'nowrap' }, position: 'relative', zIndex: 3 }}
            >
              {area.code}. {area.title}
              <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 1 }}>
                (
                {translate('pejling.timeline.initiatives_count', {
                  smart_count: area.initiatives.length,
                })}
                )
              </Typography>
            </Typography>
          </Box>
        }
      >
        <Box sx={{ height: 36, position: 'relative' }}>
          {todayLeft == null ? null : <TodayLine left={todayLeft} />}
        </Box>
      </TrackGrid>
      {folded ? null : (
        <Box id={`focus-area-rows-${area.id}`}>
          {area.initiatives.map((initiative) => (
            <InitiativeRow
              key={initiative.id}
              initiative={initiative}
              window={window}
              today={today}
              todayLeft={todayLeft}
            />
          ))}
        </Box>
      )}
    </Box>
  );
});

/**
 * The styles of the rows' many small parts, given once to the timeline's container: with
 * a thousand initiatives and five thousand markers, a styled component each would cost
 * seconds. Positions are inline styles; shapes and colours are classes.
 */
export const ROW_STYLES: SxProps<Theme> = {
  '& .tl-row': {
    borderBottom: 1,
    borderColor: 'divider',
    // Rows far out of view cost little: the browser skips their layout and painting.
    contentVisibility: 'auto',
    containIntrinsicSize: 'auto 44px',
    '&:hover': { bgcolor: 'action.hover' },
  },
  '& .tl-track': { height: 44, position: 'relative', cursor: 'pointer' },
  '& .tl-bar': {
    position: 'absolute',
    top: 14,
    height: 16,
    bgcolor: 'primary.main',
    opacity: 0.16,
    borderRadius: 1,
  },
  '& .tl-bar-cancelled': { opacity: 0.08 },
  '& .tl-today': {
    position: 'absolute',
    top: 0,
    bottom: 0,
    borderLeft: 2,
    borderColor: 'error.main',
    pointerEvents: 'none',
    zIndex: 1,
  },
  '& .tl-label': {
    display: 'flex',
    alignItems: 'center',
    gap: 0.75,
    minWidth: 0,
    pl: 1,
    py: 0.5,
  },
  '& .tl-label a': {
    minWidth: 0,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    color: 'primary.main',
    textDecoration: 'none',
    '&:hover, &:focus-visible': { textDecoration: 'underline' },
  },
  '& .tl-marker': {
    position: 'absolute',
    top: 10,
    transform: 'translateX(-50%)',
    zIndex: 2,
    display: 'flex',
    lineHeight: 0,
    bgcolor: 'background.paper',
    borderRadius: '50%',
    '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.dark', outlineOffset: 1 },
    '&:hover': { transform: 'translateX(-50%) scale(1.25)' },
  },
  ...markerColours,
};

const InitiativeRow = ({
  initiative,
  window,
  todayLeft,
}: RowProps & { initiative: TimelineInitiative; todayLeft: number | null }) => {
  const translate = usePageTranslate(timelineMessages);
  const locale = useIntlLocale();
  const navigate = useNavigate();
  const path = `/initiatives/${initiative.id}/show`;
  const start = initiative.startDate ?? window.start;
  const end = initiative.endDate ?? window.end;
  const barShown =
    (initiative.startDate || initiative.endDate) && start <= window.end && end >= window.start;
  const barLeft = edge(start, window);
  // The bar ends at the end of its last day.
  const barRight =
    end >= window.end ? 100 : edge(end, window) + (position(end, window) - edge(end, window)) * 2;
  const status = translate(`pejling.initiativeStatus.${initiative.status}`);
  return (
    <div className="tl-row tl-grid">
      <div className="tl-label">
        <HealthMark health={initiative.health} translate={translate} />
        <a
          href={`#${path}`}
          title={`${initiative.code} ${initiative.title} · ${status}`}
          aria-label={`${initiative.code} ${initiative.title}, ${status}`}
        >
          <strong>{initiative.code}</strong> {initiative.title}
        </a>
      </div>
      <div className="tl-track-cell">
        {/* Clicking the row opens the initiative; the label is its keyboard link. */}
        <div
          className="tl-track"
          onClick={(event) => {
            if (!(event.target as Element).closest('.tl-marker')) navigate(path);
          }}
        >
          {barShown ? (
            <div
              aria-hidden
              className={initiative.status === 'cancelled' ? 'tl-bar tl-bar-cancelled' : 'tl-bar'}
              style={{ left: `${barLeft}%`, width: `${Math.max(0.5, barRight - barLeft)}%` }}
            />
          ) : null}
          {todayLeft == null ? null : (
            <div aria-hidden className="tl-today" style={{ left: `${todayLeft}%` }} />
          )}
          {initiative.milestones
            .filter((m) => within(m.dueDate, window))
            .map((milestone) => (
              <MilestoneMarker
                key={milestone.id}
                milestone={milestone}
                left={position(milestone.dueDate, window)}
                translate={translate}
                locale={locale}
              />
            ))}
        </div>
      </div>
    </div>
  );
};

/**
 * A milestone as a link to it, in its status's shape and colour. Its tooltip is shared
 * by the whole timeline (see `MarkerTooltip`): it reads the data attributes.
 */
const MilestoneMarker = ({
  milestone,
  left,
  translate,
  locale,
}: {
  milestone: TimelineMilestone;
  left: number;
  translate: Translate;
  locale: string;
}) => {
  const kind = markerKind(milestone);
  const { label, lines } = markerText(milestone, translate, locale);
  return (
    <a
      href={`#/milestones/${milestone.id}/show`}
      aria-label={label}
      data-testid="timeline-marker"
      data-status={kind}
      data-title={milestone.title}
      data-lines={lines.join('\n')}
      className={`tl-marker tl-marker-${kind}`}
      style={{ left: `${left}%` }}
    >
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden focusable="false">
        <path d={MARKER_PATHS[kind]} fill="currentColor" />
      </svg>
    </a>
  );
};
