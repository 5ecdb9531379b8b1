import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import ReportProblemIcon from '@mui/icons-material/ReportProblem';
import type { SvgIconComponent } from '@mui/icons-material';
import type { MilestoneStatus, TimelineMilestone } from '@pejling/contracts';

/** What a marker looks like: each kind has its own shape, not only its own colour. */
export interface MarkerStyle {
  Icon: SvgIconComponent;
  /** A theme palette path. */
  color: string;
}

export type MarkerKind = MilestoneStatus | 'overdue';

export const MARKER_STYLES: Record<MarkerKind, MarkerStyle> = {
  planned: { Icon: RadioButtonUncheckedIcon, color: 'info.main' },
  in_progress: { Icon: PlayCircleIcon, color: 'primary.main' },
  done: { Icon: CheckCircleIcon, color: 'success.main' },
  delayed: { Icon: ReportProblemIcon, color: 'warning.dark' },
  cancelled: { Icon: CancelIcon, color: 'text.disabled' },
  overdue: { Icon: ErrorIcon, color: 'error.main' },
};

/** Overdue outranks the status it has: a planned milestone past its date is shown as overdue. */
export const markerKind = (milestone: TimelineMilestone): MarkerKind =>
  milestone.overdue ? 'overdue' : milestone.status;

export const MARKER_KINDS: MarkerKind[] = [
  'planned',
  'in_progress',
  'done',
  'delayed',
  'overdue',
  'cancelled',
];

/**
 * The same icons' shapes as plain SVG paths (from @mui/icons-material), for the markers:
 * thousands of them are drawn, and a plain `<svg>` costs far less than an icon component.
 */
export const MARKER_PATHS: Record<MarkerKind, string> = {
  planned:
    'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m0 18c-4.42 0-8-3.58-8-8s3.58-8 8-8 8 3.58 8 8-3.58 8-8 8',
  in_progress:
    'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2M9.5 16.5v-9l7 4.5z',
  done: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m-2 15-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8z',
  delayed: 'M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z',
  cancelled:
    'M12 2C6.47 2 2 6.47 2 12s4.47 10 10 10 10-4.47 10-10S17.53 2 12 2m5 13.59L15.59 17 12 13.41 8.41 17 7 15.59 10.59 12 7 8.41 8.41 7 12 10.59 15.59 7 17 8.41 13.41 12z',
  overdue:
    'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2m1 15h-2v-2h2zm0-4h-2V7h2z',
};
