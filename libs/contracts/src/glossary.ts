import type { Language } from './enums';

/** The concepts that more than one part of Pejling names, besides the enumerations. */
export interface GlossaryTerms {
  /** The day a milestone is due (`dueDate`). */
  dueDate: string;
  /** A milestone past its due date and neither done nor cancelled (`overdue`). */
  overdue: string;
  /** The same of several, as a heading. */
  overdueMilestones: string;
  /** The day a milestone was done (`completedOn`). */
  completedOn: string;
  /** A milestone whose due date has moved from the one it was planned with (`moved`). */
  moved: string;
  /** The same of several, as a heading. */
  movedMilestones: string;
  /** The due date a milestone was planned with (`originalDueDate`). */
  originalDueDate: string;
  /** Before that date, when the milestone has moved: "Flyttet fra 15. mar. 2017". */
  movedFrom: string;
  /** The initiatives that should move a target (`initiativeIds`). */
  targetInitiatives: string;
  /** How an initiative contributes to a target (`contribution`). */
  contribution: string;
  /** A link the strategy's text does not state (`inferred`). */
  inferred: string;
  /** One organisation that leads an initiative. */
  leadOrganisation: string;
  /** The organisations that lead an initiative (`leadOrganisationIds`). */
  leadOrganisations: string;
  /** The people who answer for an initiative (`responsiblePersonIds`). */
  responsiblePeople: string;
  /** Files kept as evidence on a record (`attachments`). */
  attachments: string;
  /** Who reports a target's figures (`dataOwnerOrganisationId`). */
  dataOwner: string;
  /** The figures a reporting round asks the data owners for (`figuresYear`). */
  targetFigures: string;
}

/**
 * The words for those concepts, beside the enumerations' (`ENUM_LABELS`): the web app,
 * the exports and the meeting pack take them from here, so that a concept has one name
 * everywhere. docs/glossary.md lists the whole vocabulary.
 */
export const GLOSSARY: Record<Language, GlossaryTerms> = {
  da: {
    dueDate: 'Frist',
    overdue: 'Overskredet',
    overdueMilestones: 'Overskredne milepæle',
    completedOn: 'Færdig den',
    moved: 'Flyttet',
    movedMilestones: 'Flyttede milepæle',
    originalDueDate: 'Oprindelig frist',
    movedFrom: 'Flyttet fra',
    targetInitiatives: 'Initiativer, der skal flytte pejlemærket',
    contribution: 'Bidrag',
    inferred: 'Udledt',
    leadOrganisation: 'Ansvarlig organisation',
    leadOrganisations: 'Ansvarlige organisationer',
    responsiblePeople: 'Ansvarlige personer',
    attachments: 'Bilag',
    dataOwner: 'Dataejer',
    targetFigures: 'Tal til pejlemærkerne',
  },
  en: {
    dueDate: 'Due date',
    overdue: 'Overdue',
    overdueMilestones: 'Overdue milestones',
    completedOn: 'Completed on',
    moved: 'Moved',
    movedMilestones: 'Moved milestones',
    originalDueDate: 'Original due date',
    movedFrom: 'Moved from',
    targetInitiatives: 'Initiatives that should move it',
    contribution: 'Contribution',
    inferred: 'Inferred',
    leadOrganisation: 'Lead organisation',
    leadOrganisations: 'Lead organisations',
    responsiblePeople: 'Responsible people',
    attachments: 'Attachments',
    dataOwner: 'Data owner',
    targetFigures: 'Target figures',
  },
};

/**
 * Other names for the glossary's concepts, which were once used side by side with its
 * own: no text of Pejling's may use them (the unit tests of the web app, the exports, the
 * e-mails and the meeting pack check their texts with `offGlossary`).
 */
const OTHER_NAMES: Record<Language, RegExp[]> = {
  da: [/over frist/i, /forfaldne/i, /gennemført den/i, /ledende organisation/i],
  en: [/past due/i, /\bdone on\b/i, /\bdone:/i, /\bdeadlines?\b/i],
};

/** The other names for a glossary concept that `text` uses; none when it keeps to the glossary. */
export const offGlossary = (text: string, language: Language): string[] =>
  OTHER_NAMES[language].flatMap((name) => text.match(name) ?? []);
