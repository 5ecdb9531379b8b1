import type { Language, RecipientRole } from '@pejling/contracts';
import { LOCALES, type Plural } from '../../core/i18n/phrasing';
import type { Standing } from './items';

/** Everything a digest says, in one language. */
export interface Phrases {
  /** BCP 47 locale for dates, plural rules and sorting. */
  locale: string;
  milestones: Plural<string>;
  /** What a subject counts when not everything is a milestone. */
  tasks: Plural<string>;
  /** How a round's request for a report is titled. */
  roundTitle: (round: string) => string;
  days: Plural<string>;
  /** In a subject, after "<n> <milestones>" or "<n>": "1 milepæl er overskredet". */
  subjectStanding: Record<Standing, string>;
  /** A subject about several initiatives' reports for one round. */
  subjectReports: (count: number, round: string, when: string, standing: Standing) => string;
  /** A subject about a single milestone; `when` is one of `when` below. */
  subjectSingle: (title: string, when: string, standing: Standing) => string;
  /** How a milestone stands, `days` being e.g. "3 dage". */
  when: {
    overdue: (days: string) => string;
    today: string;
    tomorrow: string;
    soon: (days: string) => string;
  };
  greeting: (name: string) => string;
  intro: Plural<(count: number, day: string) => string>;
  dueLabel: string;
  /**
   * What to do: the responsible person before and after the due date; others told of it;
   * the owner asked for a report; the secretariat told a report is missing.
   */
  action: {
    soon: string;
    overdue: string;
    followUp: string;
    report: string;
    missingReport: string;
    /** The secretariat asked for a report of an initiative that has nobody to ask. */
    noOwner: string;
  };
  /** Why an escalation reaches this person. */
  because: Record<RecipientRole, string>;
  /** Why the secretariat gets what the lead organisation's contact person would have. */
  secretariatStandsIn: string;
  alsoTold: string;
  open: string;
  /** The link of a round's request: to the report form, or (the secretariat) to the round. */
  openReportForm: string;
  openRound: string;
  /** A round's call for a target's figures, to the data owner or (missing) the secretariat. */
  figures: {
    /**
     * Above the targets' entries: the glossary's `targetFigures`, written out (the digest's
     * modules import only types, so that a unit test can render it in a bare child
     * process); the glossary's unit test holds the two alike.
     */
    heading: string;
    title: (year: number, target: number, title: string) => string;
    ask: string;
    missing: string;
    /** The link to where the data owner proposes them. */
    open: string;
  };
  signOff: string;
  unsubscribe: { question: string; link: string; note: string };
  /** What stands for a personal link in a copy made to be read (the delivery log). */
  linkLeftOut: string;
  /** The e-mail that invites a person to choose their password. */
  invitation: {
    subject: string;
    intro: (email: string) => string;
    link: string;
    expires: (date: string) => string;
  };
}

/** The phrase tables; adding a language is adding an entry. */
export const PHRASES: Record<Language, Phrases> = {
  da: {
    locale: LOCALES.da,
    milestones: { one: 'milepæl', other: 'milepæle' },
    tasks: { one: 'opgave', other: 'opgaver' },
    roundTitle: (round) => `Statusrapport til ${round}`,
    days: { one: 'dag', other: 'dage' },
    subjectStanding: {
      overdue: 'er overskredet',
      today: 'forfalder i dag',
      soon: 'forfalder snart',
    },
    subjectSingle: (title, when, standing) =>
      `»${title}« ${standing === 'overdue' ? 'er ' : ''}${when}`,
    subjectReports: (count, round, when, standing) =>
      `${count} statusrapporter til »${round}« ${standing === 'overdue' ? 'er ' : ''}${when}`,
    when: {
      overdue: (days) => `overskredet med ${days}`,
      today: 'forfalder i dag',
      tomorrow: 'forfalder i morgen',
      soon: (days) => `forfalder om ${days}`,
    },
    greeting: (name) => `Kære ${name}`,
    intro: {
      one: (_count, day) => `Her er din påmindelse fra Pejling for ${day}.`,
      other: (count, day) => `Her er dine ${count} påmindelser fra Pejling for ${day}.`,
    },
    dueLabel: 'Frist',
    action: {
      soon: 'Opdater milepælens status i Pejling, eller marker den som færdig, når den er nået.',
      overdue:
        'Marker milepælen som færdig, hvis den er nået. Ellers opdater dens status, ' +
        'og fortæl i en statusrapport, hvordan det går.',
      followUp:
        'Følg op med den ansvarlige, så milepælen bliver markeret som færdig ' +
        'eller får en opdateret status.',
      report:
        'Skriv initiativets statusrapport i Pejling: hvordan det går, risici og næste ' +
        'skridt. Linket åbner formularen, hvor du også kan opdatere milepælene.',
      missingReport:
        'Initiativets statusrapport mangler stadig. Følg op med de ansvarlige før mødet.',
      noOwner:
        'Initiativet har ingen ansvarlige i Pejling at bede om statusrapporten. Sæt en ' +
        'ansvarlig på initiativet, eller skriv rapporten selv.',
    },
    because: {
      responsible: 'Du får denne besked som ansvarlig for milepælen.',
      lead_contact: 'Du får denne besked som kontaktperson for den ansvarlige organisation.',
      secretariat: 'Du får denne besked som medlem af sekretariatet.',
      lead_responsible:
        'Du får denne besked som ansvarlig for initiativet i den ansvarlige organisation, ' +
        'fordi organisationen ikke har en kontaktperson i Pejling.',
      data_owner: 'Du får denne besked for dataejeren af pejlemærkets tal.',
    },
    secretariatStandsIn:
      'Du får denne besked som medlem af sekretariatet, fordi den ansvarlige organisation ' +
      'ikke har en kontaktperson i Pejling, der kan følge op.',
    alsoTold: 'Også orienteret:',
    open: 'Åbn milepælen i Pejling',
    openReportForm: 'Skriv statusrapporten i Pejling',
    openRound: 'Åbn rapporteringsrunden i Pejling',
    figures: {
      heading: 'Tal til pejlemærkerne',
      title: (year, target, title) => `Tal for ${year} til pejlemærke ${target}: ${title}`,
      ask:
        'Foreslå pejlemærkets tal i Pejling med deres kilde, så sekretariatet kan godkende ' +
        'dem før mødet. Et tal, der er sendt retur, retter du samme sted.',
      missing: 'Pejlemærkets tal mangler stadig. Følg op med dataejeren før mødet.',
      open: 'Foreslå tallene i Pejling',
    },
    signOff: 'Venlig hilsen',
    unsubscribe: {
      question: 'Vil du ikke længere have påmindelser fra Pejling?',
      link: 'Afmeld påmindelser',
      note: 'Eskaleringer af overskredne milepæle og anmodninger om statusrapporter og om tal til pejlemærkerne får du stadig.',
    },
    linkLeftOut: '[personligt link, kun i modtagerens e-mail]',
    invitation: {
      subject: 'Din invitation til Pejling',
      intro: (email) =>
        `Du er inviteret til Pejling. Vælg din adgangskode med linket herunder; ` +
        `derefter logger du ind med din e-mailadresse, ${email}, og adgangskoden.`,
      link: 'Vælg din adgangskode',
      expires: (date) =>
        `Linket virker én gang og udløber ${date}. Virker det ikke, kan sekretariatet sende dig et nyt.`,
    },
  },
  en: {
    locale: LOCALES.en,
    milestones: { one: 'milestone', other: 'milestones' },
    tasks: { one: 'task', other: 'tasks' },
    roundTitle: (round) => `Status report for ${round}`,
    days: { one: 'day', other: 'days' },
    subjectStanding: { overdue: 'overdue', today: 'due today', soon: 'due soon' },
    subjectSingle: (title, when) => `“${title}” is ${when}`,
    subjectReports: (count, round, when) => `${count} status reports for “${round}” are ${when}`,
    when: {
      overdue: (days) => `${days} overdue`,
      today: 'due today',
      tomorrow: 'due tomorrow',
      soon: (days) => `due in ${days}`,
    },
    greeting: (name) => `Dear ${name}`,
    intro: {
      one: (_count, day) => `Here is your reminder from Pejling for ${day}.`,
      other: (count, day) => `Here are your ${count} reminders from Pejling for ${day}.`,
    },
    dueLabel: 'Due',
    action: {
      soon: "Update the milestone's status in Pejling, or mark it done once it is reached.",
      overdue:
        'Mark the milestone done if it has been reached. Otherwise update its status ' +
        'and report progress in a status report.',
      followUp:
        'Please follow up with the person responsible so that the milestone is marked done ' +
        'or its status is updated.',
      report:
        "Write the initiative's status report in Pejling: how it is going, risks and next " +
        'steps. The link opens the form, where you can also update the milestones.',
      missingReport:
        "The initiative's status report is still missing. Please follow up with those " +
        'responsible before the meeting.',
      noOwner:
        'The initiative has nobody responsible in Pejling to ask for its status report. ' +
        'Make someone responsible for the initiative, or write the report yourself.',
    },
    because: {
      responsible: 'You are receiving this as the person responsible for the milestone.',
      lead_contact: 'You are receiving this as the contact person of the lead organisation.',
      secretariat: 'You are receiving this as a member of the secretariat.',
      lead_responsible:
        'You are receiving this as responsible for the initiative in the lead organisation, ' +
        'because the organisation has no contact person in Pejling.',
      data_owner: "You are receiving this for the data owner of the target's figures.",
    },
    secretariatStandsIn:
      'You are receiving this as a member of the secretariat, because the lead organisation ' +
      'has no contact person in Pejling to follow up.',
    alsoTold: 'Also informed:',
    open: 'Open the milestone in Pejling',
    openReportForm: 'Write the status report in Pejling',
    openRound: 'Open the reporting round in Pejling',
    figures: {
      heading: 'Target figures',
      title: (year, target, title) => `Figures for ${year} for target ${target}: ${title}`,
      ask:
        "Propose the target's figures in Pejling with their source, so that the secretariat " +
        'can approve them before the meeting. A figure that was returned is corrected there too.',
      missing:
        "The target's figures are still missing. Please follow up with the data owner " +
        'before the meeting.',
      open: 'Propose the figures in Pejling',
    },
    signOff: 'Kind regards',
    unsubscribe: {
      question: 'No longer want reminders from Pejling?',
      link: 'Unsubscribe from reminders',
      note: 'You will still get escalations of overdue milestones and requests for status reports and target figures.',
    },
    linkLeftOut: '[personal link, only in the recipient’s e-mail]',
    invitation: {
      subject: 'Your invitation to Pejling',
      intro: (email) =>
        `You are invited to Pejling. Choose your password with the link below; ` +
        `then sign in with your e-mail address, ${email}, and the password.`,
      link: 'Choose your password',
      expires: (date) =>
        `The link works once and expires on ${date}. If it does not work, the secretariat can send you a new one.`,
    },
  },
};
