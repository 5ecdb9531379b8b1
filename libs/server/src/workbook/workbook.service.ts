import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WORKBOOK_SHEETS, type Language } from '@pejling/contracts';
import { assertMayDo } from '../records/access';
import type { Actor } from '../records/actor';
import { notFound } from '../records/versioned-write';
import { readPlanRows } from './plan-rows';
import { writeWorkbook } from './writing/write-workbook';

/**
 * The plan as a workbook to edit and bring back (see imports), or a blank one for a new
 * strategy, which has the organisations and people there are already.
 */
@Injectable()
export class WorkbookService {
  constructor(private readonly dataSource: DataSource) {}

  async workbook(strategyId: number | null, actor: Actor, language: Language): Promise<Buffer> {
    assertMayDo(actor, 'export-workbooks');
    // One snapshot of the plan: the rows' versions are what an import compares with.
    const rows = await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      if (strategyId !== null) {
        const found = await manager.query('SELECT 1 FROM strategies WHERE id = $1', [strategyId]);
        if (!found.length) throw notFound('strategy', strategyId);
      }
      return readPlanRows(manager, strategyId);
    });
    return writeWorkbook(
      { rows: Object.fromEntries(WORKBOOK_SHEETS.map((sheet) => [sheet, rows[sheet]])) },
      language,
    );
  }
}
