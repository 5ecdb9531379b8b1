import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from './enums';
import { GLOSSARY, offGlossary, type GlossaryTerms } from './glossary';
import { ENUM_LABELS, type EnumLabels } from './labels';

/** docs/glossary.md's table rows, as their cells. */
const rows = readFileSync(join(__dirname, '../../../docs/glossary.md'), 'utf8')
  .split('\n')
  .filter((line) => line.startsWith('|'))
  .map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );

/** Whether the glossary page has a row naming a concept so, in both languages. */
const listed = (da: string, en: string, value?: string) =>
  rows.some(
    ([, danish, english, api]) =>
      danish === da && english === en && (value === undefined || api === `\`${value}\``),
  );

describe('the glossary', () => {
  it('is written down as the code has it: the concepts several places name', () => {
    const terms = Object.keys(GLOSSARY.da) as (keyof GlossaryTerms)[];
    const missing = terms.filter((term) => !listed(GLOSSARY.da[term], GLOSSARY.en[term]));
    expect(missing).toEqual([]);
  });

  it('is written down as the code has it: the statuses, with their values', () => {
    const kinds: (keyof EnumLabels)[] = [
      'milestoneStatus',
      'initiativeStatus',
      'health',
      'roundState',
      'reportState',
      'roundCompletion',
      'outcomeKind',
      'role',
    ];
    const missing = kinds.flatMap((kind) =>
      Object.entries(ENUM_LABELS.da[kind])
        .filter(
          ([value, da]) =>
            !listed(da, (ENUM_LABELS.en[kind] as Record<string, string>)[value], value),
        )
        .map(([value]) => `${kind}.${value}`),
    );
    expect(missing).toEqual([]);
  });

  it.each(LANGUAGES)('keeps its own words out of what it forbids (%s)', (language) => {
    expect(
      Object.values(GLOSSARY[language]).flatMap((word) => offGlossary(word, language)),
    ).toEqual([]);
  });

  it('finds the other names for its concepts', () => {
    expect(offGlossary('3 milepæle over fristen', 'da')).toEqual(['over frist']);
    expect(offGlossary('Forfaldne', 'da')).toEqual(['Forfaldne']);
    expect(offGlossary('Gennemført den', 'da')).toEqual(['Gennemført den']);
    expect(offGlossary('Done: 1 May', 'en')).toEqual(['Done:']);
    expect(offGlossary('Overskredne milepæle', 'da')).toEqual([]);
  });
});
