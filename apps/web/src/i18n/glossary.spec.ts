import { GLOSSARY, LANGUAGES, offGlossary, type Language } from '@pejling/contracts';
import da from './da';
import en from './en';
import { accessibilityMessages } from '../auth/accessibilityMessages';
import { unsubscribeMessages } from '../auth/unsubscribeMessages';
import { myWorkMessages } from '../my-work/messages';
import { invitationMessages } from '../people/invitationMessages';
import { regionMessages } from '../regions/messages';
import { runMessages } from '../reminders/messages';
import { roundMessages } from '../reporting-rounds/messages';
import { ownerReportMessages } from '../reporting-rounds/owner-report/messages';
import { roundReportMessages } from '../reporting-rounds/report/messages';
import { settingsMessages } from '../settings/messages';
import { timelineMessages } from '../timeline/messages';
import { workbookMessages } from '../workbooks/messages';

const MESSAGES = { da, en };

/** The messages lazy pages keep beside them (`PageMessages`), which load with the page. */
const PAGE_MESSAGES = [
  accessibilityMessages,
  unsubscribeMessages,
  myWorkMessages,
  invitationMessages,
  regionMessages,
  runMessages,
  roundMessages,
  ownerReportMessages,
  roundReportMessages,
  settingsMessages,
  timelineMessages,
  workbookMessages,
];

/** Every message of a tree, with its key. */
const messagesOf = (tree: object, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string'
      ? [[`${prefix}${key}`, value] as [string, string]]
      : messagesOf(value as object, `${prefix}${key}.`),
  );

describe('the web app’s words', () => {
  it.each(LANGUAGES)('keep to the glossary: no other name for its concepts (%s)', (language) => {
    const off = [MESSAGES[language], ...PAGE_MESSAGES.map((messages) => messages[language])]
      .flatMap((tree) => messagesOf(tree))
      .map(([key, text]) => [key, offGlossary(text, language)] as const)
      .filter(([, names]) => names.length > 0);
    expect(off).toEqual([]);
  });

  it.each(LANGUAGES)('name the glossary’s concepts by its words (%s)', (language: Language) => {
    const words = GLOSSARY[language];
    const field = (resource: string, name: string) =>
      (
        MESSAGES[language] as unknown as Record<
          string,
          Record<string, { fields: Record<string, string> }>
        >
      ).resources[resource].fields[name];
    expect({
      due: field('milestones', 'dueDate'),
      overdue: field('milestones', 'overdue'),
      completedOn: field('milestones', 'completedOn'),
      lead: field('initiatives', 'leadOrganisationIds'),
      responsible: field('initiatives', 'responsiblePersonIds'),
    }).toEqual({
      due: words.dueDate,
      overdue: words.overdue,
      completedOn: words.completedOn,
      lead: words.leadOrganisations,
      responsible: words.responsiblePeople,
    });
  });
});
