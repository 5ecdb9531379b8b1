import { useTheme } from '@mui/material';
import type { Health } from '@pejling/contracts';
import type { Translate } from '../i18n/types';

/** The lamps top to bottom, as on a traffic light. */
const LAMPS: Health[] = ['red', 'amber', 'green'];

/**
 * An initiative's health as a small traffic light, a shape of its own beside the
 * milestones' round markers: the lamp lit says it by its place (red on top, amber in the
 * middle, green below) as well as by its colour; none lit: not assessed. Named for screen
 * readers and in its tooltip. `translate` is the timeline's, passed down by the row or the
 * legend rather than asked for again in each of the many rows.
 */
export const HealthMark = ({
  health,
  translate,
}: {
  health: Health | null;
  translate: Translate;
}) => {
  const { palette } = useTheme();
  const colour: Record<Health, string> = {
    red: palette.error.main,
    amber: palette.warning.dark,
    green: palette.success.main,
  };
  const label = translate('pejling.timeline.health', {
    health: translate(`pejling.health.${health ?? 'none'}`),
  });
  return (
    <svg
      viewBox="0 0 12 28"
      width="10"
      height="24"
      role="img"
      aria-label={label}
      data-testid="health-mark"
      data-health={health ?? 'none'}
      style={{ flexShrink: 0 }}
    >
      <title>{label}</title>
      <rect
        x="0.75"
        y="0.75"
        width="10.5"
        height="26.5"
        rx="3"
        fill="none"
        stroke={palette.text.secondary}
        strokeWidth="1.5"
      />
      {LAMPS.map((lamp, index) => (
        <circle
          key={lamp}
          cx="6"
          cy={6 + index * 8}
          r="3.25"
          fill={lamp === health ? colour[lamp] : 'none'}
          stroke={lamp === health ? colour[lamp] : palette.text.disabled}
          strokeWidth="1"
        />
      ))}
    </svg>
  );
};
