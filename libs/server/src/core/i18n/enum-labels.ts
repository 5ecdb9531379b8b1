import type { Health, InitiativeStatus, Language, MilestoneStatus } from '@pejling/contracts';

/** How the server's documents (the meeting pack, exports, calendar feeds) name enum values. */
export interface EnumLabels {
  /** `none`: not assessed. */
  health: Record<Health | 'none', string>;
  initiativeStatus: Record<InitiativeStatus, string>;
  milestoneStatus: Record<MilestoneStatus, string>;
}

/** The same words as the web app's (apps/web/src/i18n), which a browser bundle keeps apart. */
export const ENUM_LABELS: Record<Language, EnumLabels> = {
  da: {
    health: { green: 'Grøn', amber: 'Gul', red: 'Rød', none: 'Ikke vurderet' },
    initiativeStatus: {
      not_started: 'Ikke startet',
      in_progress: 'I gang',
      completed: 'Gennemført',
      on_hold: 'Sat i bero',
      cancelled: 'Annulleret',
    },
    milestoneStatus: {
      planned: 'Planlagt',
      in_progress: 'I gang',
      done: 'Færdig',
      delayed: 'Forsinket',
      cancelled: 'Annulleret',
    },
  },
  en: {
    health: { green: 'Green', amber: 'Amber', red: 'Red', none: 'Not assessed' },
    initiativeStatus: {
      not_started: 'Not started',
      in_progress: 'In progress',
      completed: 'Completed',
      on_hold: 'On hold',
      cancelled: 'Cancelled',
    },
    milestoneStatus: {
      planned: 'Planned',
      in_progress: 'In progress',
      done: 'Done',
      delayed: 'Delayed',
      cancelled: 'Cancelled',
    },
  },
};
