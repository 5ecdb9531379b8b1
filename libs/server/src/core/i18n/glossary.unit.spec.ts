import { ENUM_LABELS, GLOSSARY, LANGUAGES, offGlossary, type Language } from '@pejling/contracts';
import { EXPORT_LABELS } from '../../export/export-labels';
import { PHRASES as PACK } from '../../reporting/meeting-pack/phrases';
import { PHRASES as MAIL } from '../../reminders/digest/phrases';

/**
 * Every text of a tree of phrases: its strings, and what its functions say when every
 * argument is a placeholder.
 */
const textsOf = (tree: unknown): string[] => {
  if (typeof tree === 'string') return [tree];
  if (typeof tree === 'function') {
    return textsOf((tree as (...args: string[]) => unknown)(...Array(tree.length).fill('X')));
  }
  if (tree && typeof tree === 'object') return Object.values(tree).flatMap(textsOf);
  return [];
};

const off = (tree: unknown, language: Language) =>
  textsOf(tree).filter((text) => offGlossary(text, language).length > 0);

describe('the documents’ words', () => {
  it.each(LANGUAGES)(
    'keep to the glossary in the exports, the meeting pack and the e-mails (%s)',
    (language) => {
      expect({
        exports: off(EXPORT_LABELS[language], language),
        meetingPack: off(PACK[language], language),
        emails: off(MAIL[language], language),
        enumLabels: off(ENUM_LABELS[language], language),
      }).toEqual({ exports: [], meetingPack: [], emails: [], enumLabels: [] });
    },
  );

  it.each(LANGUAGES)(
    'name a concept in an export as the web app does, from one source (%s)',
    (language) => {
      const words = GLOSSARY[language];
      const labels = EXPORT_LABELS[language];
      expect({
        dueDate: labels.dueDate,
        overdue: labels.overdue,
        completedOn: labels.completedOn,
        leadOrganisations: labels.leadOrganisations,
        responsiblePeople: labels.responsiblePeople,
      }).toEqual({
        dueDate: words.dueDate,
        overdue: words.overdue,
        completedOn: words.completedOn,
        leadOrganisations: words.leadOrganisations,
        responsiblePeople: words.responsiblePeople,
      });
      expect([PACK[language].overdue, PACK[language].due]).toEqual([
        words.overdueMilestones,
        words.dueDate,
      ]);
      expect(ENUM_LABELS[language].reminderKind.overdue).toBe(words.overdue);
      expect(MAIL[language].figures.heading).toBe(words.targetFigures);
      expect(MAIL[language].unsubscribe.note).toContain(words.targetFigures.toLowerCase());
    },
  );
});
