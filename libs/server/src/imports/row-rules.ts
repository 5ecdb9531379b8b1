import type { ImportError, IsoDate, Language } from '@pejling/contracts';
import { codeFitsFocusArea, overrideLacksReason } from '../plan/rules/initiative-rules';
import { completedAfterToday } from '../plan/rules/milestone-rules';
import { measurementMisfit } from '../targets/rules/measurement-rules';
import type { PlanRows } from '../workbook/plan-rows';
import { SHEET_BY_NAME, type CellValue } from '../workbook/sheets';
import { IMPORT_MESSAGES } from './import-messages';
import type { ImportPlan, PlannedWrite } from './import-plan';

type Values = Record<string, CellValue>;

/**
 * What the records' own rules (those beyond a body's validation, which the services check
 * as they write) would refuse of the writes, found at the preview: the same rules, from
 * plan/rules and targets/rules, on the records as the import leaves them.
 */
export function ruleErrors(
  plan: ImportPlan,
  stored: PlanRows,
  { language, today }: { language: Language; today: IsoDate },
): ImportError[] {
  const m = IMPORT_MESSAGES[language];
  const errors: ImportError[] = [];
  const error = (write: PlannedWrite, column: string, message: string) => {
    const def = SHEET_BY_NAME.get(write.sheet);
    errors.push({
      sheet: write.sheet,
      sheetLabel: def?.title[language] ?? write.sheet,
      row: write.row || null,
      column: def?.columns.find((c) => c.key === column)?.header[language] ?? null,
      message,
    });
  };
  // The targets the import writes, by number: a figure is checked against its series as
  // the import leaves it.
  const targetWrites = new Map(
    plan.writes.filter((w) => w.sheet === 'targets').map((w) => [String(w.values['number']), w]),
  );
  for (const write of plan.writes) {
    const v = write.values;
    switch (write.sheet) {
      case 'strategy':
        if (String(v['periodEnd']) < String(v['periodStart'])) {
          error(write, 'periodEnd', m.periodEndsBeforeStart);
        }
        break;
      case 'initiatives':
        if (!codeFitsFocusArea(String(v['code']), String(v['focusArea']))) {
          error(write, 'code', m.codeOfOtherArea(String(v['focusArea'])));
        }
        if (
          overrideLacksReason(
            v['progressOverride'] as number | null,
            v['progressOverrideReason'] as string | null,
          )
        ) {
          error(write, 'progressOverrideReason', m.overrideWithoutReason);
        }
        break;
      case 'milestones':
        if (
          v['status'] === 'done' &&
          completedAfterToday(v['completedOn'] as IsoDate | null, today)
        ) {
          error(write, 'completedOn', m.completedAfterToday(today));
        }
        break;
      case 'measurements':
        measurementErrors(
          write,
          seriesOf(
            targetWrites.get(String(v['target'])),
            stored,
            String(v['target']),
            String(v['seriesKey']),
          ),
        );
        break;
    }
  }
  return errors;

  function measurementErrors(write: PlannedWrite, series: ReturnType<typeof seriesOf>) {
    const v = write.values;
    const target = String(v['target']);
    if (!series) {
      error(write, 'seriesKey', m.noSeries(target, String(v['seriesKey'])));
      return;
    }
    const misfit = measurementMisfit(
      { year: v['year'] as number, region: v['region'] as string | null },
      series,
    );
    if (misfit === 'region') error(write, 'region', m.regionOnNational(target));
    if (misfit === 'before_baseline')
      error(write, 'year', m.yearBeforeBaseline(series.baselineYear as number));
    if (misfit === 'after_target')
      error(write, 'year', m.yearAfterTarget(series.targetYear as number));
    const returned = (v['state'] ?? 'approved') === 'returned';
    if (returned && !v['returnReason']) error(write, 'returnReason', m.returnReasonMissing);
    if (!returned && v['returnReason']) error(write, 'returnReason', m.returnReasonNotReturned);
  }
}

/** A series as the import leaves it, with its target's breakdown by region; undefined if there is none. */
function seriesOf(
  written: PlannedWrite | undefined,
  stored: PlanRows,
  target: string,
  key: string,
) {
  const targetValues: Values | undefined =
    written?.values ?? stored.targets.find((t) => String(t.values['number']) === target)?.values;
  const series: Values[] =
    written?.parts?.series ??
    stored.series.filter((s) => s.values['target'] === target).map((s) => s.values);
  const found = series.find((s) => s['key'] === key);
  if (!targetValues || !found) return undefined;
  return {
    byRegion: targetValues['byRegion'] === true,
    baselineYear: (found['baselineYear'] ?? null) as number | null,
    targetYear: (found['targetYear'] ?? null) as number | null,
  };
}
