import type { AttachmentParentType } from './attachments';
import type {
  AuditAction,
  DeliveryProblem,
  DeliveryStatus,
  Health,
  InitiativeStatus,
  Language,
  MilestoneStatus,
  OrganisationKind,
  ProgressMethod,
  RecipientRole,
  Region,
  ReminderKind,
  ReminderMode,
  Role,
  RoundCompletion,
  RoundOutcomeKind,
  RoundState,
  StatusReportState,
  MeasurementState,
} from './enums';
import { GLOSSARY } from './glossary';

/**
 * What each enumeration value is called, in every language: the one set of words the web
 * app, the e-mails, the exports and the meeting pack all use.
 */
export interface EnumLabels {
  initiativeStatus: Record<InitiativeStatus, string>;
  /** `none`: not assessed yet. */
  health: Record<Health | 'none', string>;
  milestoneStatus: Record<MilestoneStatus, string>;
  organisationKind: Record<OrganisationKind, string>;
  region: Record<Region, string>;
  progressMethod: Record<ProgressMethod, string>;
  role: Record<Role, string>;
  language: Record<Language, string>;
  auditAction: Record<AuditAction, string>;
  reminderKind: Record<ReminderKind, string>;
  reminderMode: Record<ReminderMode, string>;
  deliveryStatus: Record<DeliveryStatus, string>;
  deliveryProblem: Record<DeliveryProblem, string>;
  /**
   * `responsible_initiative`: responsible for the initiative, reminded of a milestone that
   * has no responsible person of its own.
   */
  recipientRole: Record<RecipientRole | 'responsible_initiative', string>;
  roundState: Record<RoundState, string>;
  roundCompletion: Record<RoundCompletion, string>;
  outcomeKind: Record<RoundOutcomeKind, string>;
  reportState: Record<StatusReportState, string>;
  measurementState: Record<MeasurementState, string>;
  /** What kind of record a file is attached to. */
  attachmentParent: Record<AttachmentParentType, string>;
}

export const ENUM_LABELS: Record<Language, EnumLabels> = {
  da: {
    initiativeStatus: {
      not_started: 'Ikke startet',
      in_progress: 'I gang',
      completed: 'Gennemført',
      on_hold: 'Sat i bero',
      cancelled: 'Annulleret',
    },
    health: {
      green: 'Grøn',
      amber: 'Gul',
      red: 'Rød',
      none: 'Ikke vurderet',
    },
    milestoneStatus: {
      planned: 'Planlagt',
      in_progress: 'I gang',
      done: 'Færdig',
      delayed: 'Forsinket',
      cancelled: 'Annulleret',
    },
    organisationKind: {
      ministry: 'Ministerium',
      region: 'Region',
      municipality: 'Kommune',
      support_organisation: 'Støtteorganisation',
      secretariat: 'Sekretariat',
      other: 'Anden',
    },
    region: {
      hovedstaden: 'Region Hovedstaden',
      sjaelland: 'Region Sjælland',
      syddanmark: 'Region Syddanmark',
      midtjylland: 'Region Midtjylland',
      nordjylland: 'Region Nordjylland',
    },
    progressMethod: {
      milestones: 'Ud fra milepælene',
      override: 'Sat manuelt',
      no_milestones: 'Ingen milepæle',
    },
    role: {
      secretariat: 'Sekretariat',
      owner: 'Initiativejer',
      steering: 'Styregruppe',
    },
    language: {
      da: 'Dansk',
      en: 'Engelsk',
    },
    auditAction: {
      create: 'Oprettet',
      update: 'Ændret',
      delete: 'Slettet',
    },
    reminderKind: {
      due_soon: 'Før fristen',
      overdue: GLOSSARY.da.overdue,
      escalation: 'Eskalering',
      round_request: 'Anmodning om statusrapport',
      round_due_soon: 'Før rundens frist',
      round_missing: 'Manglende statusrapporter',
    },
    reminderMode: {
      digest: 'Én samlet e-mail om dagen',
      per_item: 'Én e-mail pr. milepæl',
    },
    deliveryStatus: {
      pending: 'Afventer',
      queued: 'I kø',
      sending: 'Sendes',
      sent: 'Sendt',
      failed: 'Fejlet',
      outbox: 'Ikke sendt: ingen mailserver sat op',
    },
    deliveryProblem: {
      no_mail_server: 'Ikke sendt: der er ingen mailserver sat op (SMTP_URL)',
      recipient_inactive: 'Ikke sendt: personen er ikke længere aktiv',
      refused: 'Mailserveren afviste e-mailen',
      temporary: 'Mailserveren kunne ikke tage imod e-mailen',
      not_queued: 'Kunne ikke sættes i kø: køen (Redis) svarede ikke',
      internal: 'Pejling fik en fejl under afsendelsen',
      superseded: 'Ikke sendt: en nyere invitation har erstattet den',
      expired: 'Ikke sendt: invitationen var udløbet',
    },
    recipientRole: {
      responsible: 'Ansvarlig for milepælen',
      responsible_initiative: 'Ansvarlig for initiativet',
      lead_contact: 'Kontaktperson i den ansvarlige organisation',
      secretariat: 'Sekretariatet',
      lead_responsible: 'Ansvarlig for initiativet i den ansvarlige organisation',
      data_owner: GLOSSARY.da.dataOwner,
    },
    roundState: {
      draft: 'Kladde',
      open: 'Åben',
      closed: 'Lukket',
    },
    roundCompletion: {
      submitted: 'Indsendt',
      draft: 'Kladde',
      missing: 'Mangler',
    },
    outcomeKind: {
      decision: 'Beslutning',
      action: 'Handlingspunkt',
    },
    reportState: {
      draft: 'Kladde',
      submitted: 'Indsendt',
    },
    measurementState: {
      proposed: 'Afventer godkendelse',
      approved: 'Godkendt',
      returned: 'Sendt retur',
    },
    attachmentParent: {
      initiative: 'Initiativ',
      milestone: 'Milepæl',
      'status-report': 'Statusrapport',
      measurement: 'Måling',
    },
  },
  en: {
    initiativeStatus: {
      not_started: 'Not started',
      in_progress: 'In progress',
      completed: 'Completed',
      on_hold: 'On hold',
      cancelled: 'Cancelled',
    },
    health: {
      green: 'Green',
      amber: 'Amber',
      red: 'Red',
      none: 'Not assessed',
    },
    milestoneStatus: {
      planned: 'Planned',
      in_progress: 'In progress',
      done: 'Done',
      delayed: 'Delayed',
      cancelled: 'Cancelled',
    },
    organisationKind: {
      ministry: 'Ministry',
      region: 'Region',
      municipality: 'Municipality',
      support_organisation: 'Support organisation',
      secretariat: 'Secretariat',
      other: 'Other',
    },
    region: {
      hovedstaden: 'Capital Region',
      sjaelland: 'Region Zealand',
      syddanmark: 'Region of Southern Denmark',
      midtjylland: 'Central Denmark Region',
      nordjylland: 'North Denmark Region',
    },
    progressMethod: {
      milestones: 'Computed from milestones',
      override: 'Set manually',
      no_milestones: 'No milestones',
    },
    role: {
      secretariat: 'Secretariat',
      owner: 'Initiative owner',
      steering: 'Steering group',
    },
    language: {
      da: 'Danish',
      en: 'English',
    },
    auditAction: {
      create: 'Created',
      update: 'Changed',
      delete: 'Deleted',
    },
    reminderKind: {
      due_soon: 'Before the due date',
      overdue: GLOSSARY.en.overdue,
      escalation: 'Escalation',
      round_request: 'Request for a status report',
      round_due_soon: 'Before the round’s due date',
      round_missing: 'Missing status reports',
    },
    reminderMode: {
      digest: 'One digest e-mail a day',
      per_item: 'One e-mail per milestone',
    },
    deliveryStatus: {
      pending: 'Pending',
      queued: 'Queued',
      sending: 'Sending',
      sent: 'Sent',
      failed: 'Failed',
      outbox: 'Not sent: no mail server configured',
    },
    deliveryProblem: {
      no_mail_server: 'Not sent: no mail server is configured (SMTP_URL)',
      recipient_inactive: 'Not sent: the person is no longer active',
      refused: 'The mail server refused the e-mail',
      temporary: 'The mail server could not take the e-mail',
      not_queued: 'Could not be queued: the queue (Redis) did not answer',
      internal: 'Pejling failed while sending',
      superseded: 'Not sent: a newer invitation replaced it',
      expired: 'Not sent: the invitation had expired',
    },
    recipientRole: {
      responsible: 'Responsible for the milestone',
      responsible_initiative: 'Responsible for the initiative',
      lead_contact: 'Contact person of the lead organisation',
      secretariat: 'The secretariat',
      lead_responsible: 'Responsible for the initiative in the lead organisation',
      data_owner: GLOSSARY.en.dataOwner,
    },
    roundState: {
      draft: 'Draft',
      open: 'Open',
      closed: 'Closed',
    },
    roundCompletion: {
      submitted: 'Submitted',
      draft: 'Draft',
      missing: 'Missing',
    },
    outcomeKind: {
      decision: 'Decision',
      action: 'Action item',
    },
    reportState: {
      draft: 'Draft',
      submitted: 'Submitted',
    },
    measurementState: {
      proposed: 'Awaiting approval',
      approved: 'Approved',
      returned: 'Returned',
    },
    attachmentParent: {
      initiative: 'Initiative',
      milestone: 'Milestone',
      'status-report': 'Status report',
      measurement: 'Measurement',
    },
  },
};
