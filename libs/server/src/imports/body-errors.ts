import { BadRequestException, type ValidationPipe } from '@nestjs/common';
import type { ImportError, Language } from '@pejling/contracts';
import { createValidationPipe } from '../core/http/validation';
import { SHEET_BY_NAME } from '../workbook/sheets';
import { validationMessage } from './import-messages';
import type { ImportPlan } from './import-plan';
import { COLUMN_OF_FIELD, emptyIds, recordBody } from './record-bodies';
import type { RecordSheet, RecordWriters } from './record-writers';

/** Ids that stand in for those of records the import is still to make: one per key. */
function placeholders() {
  const ids = new Map<string, number>();
  return (to: string, key: string) => {
    const id = ids.get(`${to} ${key}`) ?? ids.size + 1;
    ids.set(`${to} ${key}`, id);
    return id;
  };
}

/**
 * What the API's validation says of each write's body, as the import would send it: the
 * same rules as a POST or PUT (lengths, formats, ranges), found at the preview instead of
 * at the apply. References are checked already; they are placeholders here.
 */
export async function bodyErrors(
  plan: ImportPlan,
  writers: RecordWriters,
  language: Language,
): Promise<ImportError[]> {
  const errors: ImportError[] = [];
  const context = { strategyId: 1, placeholder: placeholders() };
  // One pipe per kind of record: the pipe is what every POST of it passes.
  const pipes = new Map<string, ValidationPipe>();
  for (const write of plan.writes) {
    const { body: type } = writers.writers[write.sheet as RecordSheet];
    const body = recordBody(write.sheet, write.values, emptyIds(), context, write.parts);
    const pipe = pipes.get(write.sheet) ?? createValidationPipe(type);
    pipes.set(write.sheet, pipe);
    try {
      await pipe.transform(body, { type: 'body', metatype: type });
    } catch (error) {
      if (!(error instanceof BadRequestException)) throw error;
      const def = SHEET_BY_NAME.get(write.sheet);
      const fields = (error.getResponse() as { errors?: { field: string; messages: string[] }[] })
        .errors ?? [{ field: '', messages: [error.message] }];
      for (const { field, messages } of fields) {
        const [top] = field.split('.');
        const column = def?.columns.find((c) => c.key === (COLUMN_OF_FIELD[top] ?? top));
        const problem = messages.join(', ').replace(new RegExp(`^${field}: `), '');
        errors.push({
          sheet: write.sheet,
          sheetLabel: def?.title[language] ?? write.sheet,
          row: write.row || null,
          column: column?.header[language] ?? null,
          message: validationMessage(problem, language),
        });
      }
    }
  }
  return errors;
}
