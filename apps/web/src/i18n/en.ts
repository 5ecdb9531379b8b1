import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import type { pejlingDa } from './da';
import type { Translations } from './types';

const metaFields = {
  id: 'Id',
  version: 'Version',
  createdAt: 'Created',
  updatedAt: 'Updated',
  q: 'Search',
};

/** Pejling's own messages in English: the same keys as the Danish ones, checked by type. */
const pejlingEn: Translations<typeof pejlingDa> = {
  resources: {
    strategies: {
      name: 'Strategy |||| Strategies',
      forcedCaseName: 'strategy |||| strategies',
      fields: {
        ...metaFields,
        name: 'Name',
        subtitle: 'Subtitle',
        periodStart: 'Period start',
        periodEnd: 'Period end',
        vision: 'Vision',
      },
    },
    'focus-areas': {
      name: 'Focus area |||| Focus areas',
      forcedCaseName: 'focus area |||| focus areas',
      fields: {
        ...metaFields,
        strategyId: 'Strategy',
        code: 'Code',
        title: 'Title',
        description: 'Description',
        sortOrder: 'Order',
        initiatives: 'Initiatives',
      },
    },
    initiatives: {
      name: 'Initiative |||| Initiatives',
      forcedCaseName: 'initiative |||| initiatives',
      page: { create: 'New initiative' },
      fields: {
        ...metaFields,
        strategyId: 'Strategy',
        focusAreaId: 'Focus area',
        code: 'Code',
        title: 'Title',
        description: 'Description',
        leadOrganisationId: 'Lead organisation',
        partnerOrganisationIds: 'Partners',
        responsiblePersonIds: 'Responsible people',
        startDate: 'Start',
        endDate: 'End',
        status: 'Status',
        health: 'Health',
        progress: 'Progress',
        progressMethod: 'Progress computed',
        progressComputed: 'Progress from milestones',
        milestonesDone: 'Milestones done',
        milestonesCounted: 'Milestones counted',
        progressOverride: 'Manual progress (%)',
        progressOverrideReason: 'Reason for manual progress',
        milestones: 'Milestones',
      },
    },
    milestones: {
      name: 'Milestone |||| Milestones',
      forcedCaseName: 'milestone |||| milestones',
      page: { create: 'New milestone' },
      fields: {
        ...metaFields,
        strategyId: 'Strategy',
        focusAreaId: 'Focus area',
        initiativeId: 'Initiative',
        title: 'Title',
        description: 'Description',
        dueDate: 'Due',
        responsiblePersonId: 'Responsible',
        status: 'Status',
        completedOn: 'Completed on',
        overdue: 'Overdue',
        dueFrom: 'Due from',
        dueTo: 'Due until',
      },
    },
    organisations: {
      name: 'Organisation |||| Organisations',
      forcedCaseName: 'organisation |||| organisations',
      fields: {
        ...metaFields,
        name: 'Name',
        shortName: 'Short name',
        kind: 'Kind',
        region: 'Region',
        initiatives: 'Initiatives',
        people: 'People',
      },
    },
    people: {
      name: 'Person |||| People',
      forcedCaseName: 'person |||| people',
      fields: {
        ...metaFields,
        name: 'Name',
        email: 'Email',
        organisationId: 'Organisation',
        title: 'Job title',
        role: 'Role',
        active: 'Active',
        language: 'Language',
        reminderMode: 'Reminders as',
        remindersEnabled: 'Gets reminders',
        hasPassword: 'Has chosen a password',
        milestones: 'Milestones',
      },
    },
    targets: {
      name: 'Target |||| Targets',
      forcedCaseName: 'target |||| targets',
      fields: {
        ...metaFields,
        strategyId: 'Strategy',
        number: 'No.',
        title: 'Title',
        description: 'Description',
        unit: 'Unit',
        byRegion: 'By region',
        series: 'Baseline and target',
      },
    },
    measurements: {
      name: 'Measurement |||| Measurements',
      forcedCaseName: 'measurement |||| measurements',
    },
    'status-reports': {
      name: 'Status report |||| Status reports',
      forcedCaseName: 'status report |||| status reports',
    },
    'audit-events': {
      name: 'Change |||| History',
      forcedCaseName: 'change |||| changes',
      fields: {
        id: 'Id',
        at: 'When',
        personId: 'Person',
        personName: 'Who',
        resource: 'What',
        recordId: 'Record',
        action: 'Action',
        changes: 'Changes',
        initiativeId: 'Initiative',
        from: 'From date',
        to: 'To date',
      },
    },
    'reminder-rules': {
      name: 'Reminder rule |||| Reminder rules',
      forcedCaseName: 'reminder rule |||| reminder rules',
      page: { create: 'New reminder rule' },
      fields: {
        ...metaFields,
        rule: 'Rule',
        kind: 'Kind',
        days: 'Days',
        repeatEveryDays: 'Repeat every (days)',
        escalateTo: 'Also escalate to',
        active: 'Active',
      },
    },
    'reminder-deliveries': {
      name: 'Reminder |||| Delivery log',
      forcedCaseName: 'reminder |||| reminders',
      fields: {
        id: 'Id',
        day: 'Day',
        status: 'Status',
        kind: 'Kind',
        ruleId: 'Rule',
        recipientPersonId: 'Recipient',
        recipientName: 'Recipient',
        recipientRole: 'Recipient as',
        milestoneId: 'Milestone',
        milestoneTitle: 'Milestone',
        initiativeId: 'Initiative',
        initiativeCode: 'Initiative',
        attempts: 'Attempts',
        error: 'Error',
        sentAt: 'Sent',
        messageId: 'Message id',
        createdAt: 'Created',
        dueDate: 'Due',
        daysLate: 'Relative to the due date',
        from: 'From date',
        to: 'To date',
      },
    },
  },
  pejling: {
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
      milestones: 'From milestones',
      override: 'Set manually',
      no_milestones: 'No milestones',
    },
    progress: {
      explanation: 'How progress is computed',
      milestones: '%{done} of %{counted} milestones are done. Cancelled milestones do not count.',
      override: 'Set manually to %{progress}. Reason: %{reason}',
      override_computed: 'The milestones alone give %{computed} (%{done} of %{counted} done).',
      no_milestones: 'The initiative has no milestones to compute progress from.',
      no_reason: 'none given',
      done_of_counted: '%{done} of %{counted}',
      override_helper: 'Leave empty to compute progress from the milestones.',
    },
    overdue: {
      yes: 'Overdue',
      no: 'No',
    },
    target: {
      baseline: 'Baseline: %{value} (%{year})',
      goal: 'Target: %{value} (%{year})',
      no_baseline: 'Baseline: not measured',
      no_goal: 'Target: not set',
    },
    info: {
      demo_date: 'Demo — date: %{date}',
      fixed_date: 'Fixed date: %{date}',
      demo: 'Demo',
      fixed_date_help:
        "Pejling runs with a fixed date instead of today's. Deadlines, overdue milestones and reminders are computed from it.",
      demo_help: 'This is a demo. The data are examples.',
    },
    error: {
      conflict:
        'The action could not be completed because it conflicts with the stored data. Someone else may have changed the item since you opened it: reload the page and try again.',
      conflict_detail:
        'The action could not be completed because it conflicts with the stored data. Someone else may have changed the item since you opened it: reload the page and try again. The server said: %{detail}',
      rejected: 'The server refused the request: %{detail}',
      forbidden: 'You may not do that. The server said: %{detail}',
      language_not_saved: 'The language could not be saved to your profile: %{detail}',
      network: 'The server cannot be reached. Try again in a moment.',
    },
    validation: {
      end_before_start: 'The end date must not be before the start date',
      override_reason_required: 'Say why progress is set manually',
      whole_number: 'Must be a whole number',
    },
    section: {
      responsibility: 'Responsibility and partners',
      history: 'History',
    },
    action: {
      add_milestone: 'Add milestone',
      choose_language: 'Language',
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
      overdue: 'Overdue',
      escalation: 'Escalation',
    },
    reminderMode: {
      digest: 'One digest e-mail a day',
      per_item: 'One e-mail per milestone',
    },
    deliveryStatus: {
      pending: 'Pending',
      queued: 'Queued',
      sent: 'Sent',
      failed: 'Failed',
      outbox: 'Not sent: no mail server configured',
    },
    recipientRole: {
      responsible: 'Responsible for the milestone',
      lead_contact: 'Contact person of the lead organisation',
      secretariat: 'The secretariat',
    },
    timing: {
      before: '%{smart_count} day before the due date |||| %{smart_count} days before the due date',
      after: '%{smart_count} day after the due date |||| %{smart_count} days after the due date',
      on_due_date: 'On the due date',
    },
    rule: {
      sentence: '%{when} → %{who}',
      then_every: 'then every day |||| then every %{smart_count} days',
      responsible: 'the responsible person',
      responsible_and: 'the responsible person and %{other}',
      other: {
        lead_contact: "the lead organisation's contact person",
        secretariat: 'the secretariat',
      },
      reads: 'The rule reads: %{sentence}',
      days_before_help: 'How many days before the due date (0: on the due date)',
      days_after_help: 'How many days after the due date (0: on the due date)',
      repeat_help: 'Empty: the reminder is sent only once',
      escalate_help: 'Who is told besides the responsible person',
      in_use:
        'The rule cannot be deleted: reminders have been sent by it already. Make it inactive instead.',
    },
    delivery: {
      resend: 'Send again',
      resent: 'The reminder is queued to be sent again',
    },
    run: {
      title: 'Send reminders',
      intro:
        'Pejling sends the reminders by itself every morning. Here you can see who gets what on a given day, and send it right away. A reminder already recorded for the day is not sent again.',
      as_of: 'Date',
      preview: 'Preview',
      send: 'Send now',
      confirm_title: 'Send the reminders for %{date}?',
      confirm_content:
        'The reminders are sent to their recipients right away. Reminders already recorded for the day are not sent again.',
      due: '%{smart_count} reminder is due on %{date}: |||| %{smart_count} reminders are due on %{date}:',
      none_due: 'No reminders are due on %{date}.',
      recorded:
        '%{smart_count} new reminder has been recorded. |||| %{smart_count} new reminders have been recorded.',
      queued:
        '%{smart_count} e-mail is queued to be sent. |||| %{smart_count} e-mails are queued to be sent.',
      nothing_new: 'Nothing new to send: the reminders for this day have been recorded already.',
      to_log: 'See the delivery log',
    },
    settings: {
      title: 'Notifications',
      reminders: 'Language and e-mail reminders',
      enabled_help:
        'If you turn reminders off, you still get escalations: word when a milestone is well past its due date.',
      saved: 'Your settings are saved',
    },
    calendar: {
      title: 'Calendar',
      intro:
        'Subscribe to the due dates of your milestones in your calendar (Outlook, Google Calendar, Apple Calendar) with a personal link.',
      active: 'Your calendar link is active. It was created %{date}.',
      inactive: 'You have no calendar link.',
      create: 'Create link',
      renew: 'Renew link',
      stop: 'Stop the calendar',
      link: 'Your calendar link',
      shown_once:
        'The link is shown only this once: copy it now and add it to your calendar as a subscription. Any earlier link stops working.',
      renew_title: 'Renew the calendar link?',
      renew_content:
        'You get a new link. The current link stops working, so you need to add the new one to your calendar.',
      stop_title: 'Stop the calendar?',
      stop_content:
        'The link stops working, and your calendar gets no more due dates from Pejling.',
      stopped: 'The calendar link no longer works',
    },
    link: {
      title: 'Sign in from e-mail',
      signing_in: 'Signing in …',
      invalid:
        'The link does not work: it is unknown, used already or expired. A link from an e-mail works once and for 7 days. Sign in with your password, or use the link in a newer e-mail.',
      failed: 'You could not be signed in with the link. Try again, or sign in with your password.',
    },
    unsubscribe: {
      title: 'Unsubscribe from reminders',
      intro:
        'You will then get no more e-mail reminders about due dates. You still get escalations: word when a milestone is well past its due date.',
      confirm: 'Unsubscribe from reminders',
      done: '%{name} gets no more reminders. Escalations still come. You can turn reminders on again under Notifications.',
      invalid:
        'The link does not work: it is unknown or expired. Sign in and turn reminders off under Notifications.',
      to_settings: 'Go to Notifications',
    },
    copy: {
      action: 'Copy link',
      done: 'The link has been copied',
      failed: 'The link could not be copied. Select it and copy it yourself.',
    },
    auth: {
      title: 'Sign in to Pejling',
      wrong_credentials: 'Wrong e-mail address or password.',
      throttled:
        'Too many failed attempts. Try again in %{smart_count} minute. |||| Too many failed attempts. Try again in %{smart_count} minutes.',
      expired: 'Your session has expired. Sign in again to continue where you were.',
    },
    password: {
      change: 'Change password',
      current: 'Current password',
      new: 'New password',
      repeat: 'Repeat the new password',
      hint: 'At least %{min} characters. Avoid the most common passwords.',
      mismatch: 'The two passwords are not the same',
      changed: 'Your password has been changed',
      too_short: 'Must be at least %{min} characters',
      too_common: 'Is one of the most common passwords. Choose another',
      current_wrong: 'The current password is wrong',
      choose_title: 'Choose your password',
      choose_intro: 'Choose the password you will sign in to Pejling with.',
      save: 'Save password',
      saved: 'Your password is saved. You can now sign in.',
      invalid_link:
        'The link does not work: it has expired or has been used already. Ask the secretariat for a new one.',
      to_sign_in: 'Go to sign in',
    },
    invitation: {
      invite: 'Invite',
      title: 'Invitation for %{name}',
      intro:
        'Give this link to %{name}. With it they choose their password. The link works only once.',
      link: 'Link',
      expires: 'The link expires %{date}.',
    },
    conflict: {
      reloaded:
        'Someone else saved changes while you were editing. Your changes are not saved. The form now shows the stored values: make your changes again and save.',
      reloaded_fields:
        'Someone else saved changes (%{fields}) while you were editing. Your changes are not saved. The form now shows the stored values: make your changes again and save.',
    },
    history: {
      empty: 'No changes yet.',
    },
    no_options: 'No options',
  },
};

const en: TranslationMessages = { ...englishMessages, ...pejlingEn };

export default en;
