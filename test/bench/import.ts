import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { memoryOf } from './processes';

export interface ImportFigures {
  rows: number;
  previewSeconds: number;
  applySeconds: number;
  created: number;
  rssBeforeMb: number;
  rssPeakMb: number;
}

/** A workbook with one sheet of new milestones for `initiative`, as a person might fill it in. */
async function milestoneWorkbook(initiative: string, rows: number): Promise<Blob> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Milepæle');
  sheet.addRow(['Initiativ', 'Titel', 'Beskrivelse', 'Frist', 'Status']);
  const statuses = ['Planlagt', 'I gang', 'Færdig', 'Forsinket'];
  for (let n = 0; n < rows; n++) {
    const due = new Date(Date.UTC(2017, n % 12, 1 + (n % 28)));
    sheet.addRow([
      initiative,
      `Milepæl fra regneark ${n + 1}`,
      `Række ${n + 2}`,
      due,
      statuses[n % 4],
    ]);
  }
  return new Blob([await workbook.xlsx.writeBuffer()]);
}

/**
 * Brings `rows` new milestones into a strategy through `POST /api/imports` and its apply,
 * timing each, with the API's resident memory sampled meanwhile (every 50 ms).
 */
export async function measureImport(o: {
  apiUrl: string;
  cookie: string;
  apiPid: number;
  databaseUrl: string;
  strategyId: number;
  rows: number;
}): Promise<ImportFigures> {
  const db = new Client({ connectionString: o.databaseUrl });
  await db.connect();
  const [{ code }] = (
    await db.query('SELECT code FROM initiatives WHERE strategy_id = $1 ORDER BY id LIMIT 1', [
      o.strategyId,
    ])
  ).rows;
  await db.end();
  const file = await milestoneWorkbook(code, o.rows);
  const rssBeforeMb = memoryOf(o.apiPid).rssMb;
  let rssPeakMb = rssBeforeMb;
  const sampler = setInterval(() => {
    rssPeakMb = Math.max(rssPeakMb, memoryOf(o.apiPid).rssMb);
  }, 50);
  try {
    const form = new FormData();
    form.append('strategyId', String(o.strategyId));
    form.append('file', file, 'milepaele.xlsx');
    const previewStart = performance.now();
    const preview = await fetch(`${o.apiUrl}/api/imports`, {
      method: 'POST',
      headers: { cookie: o.cookie },
      body: form,
    });
    const previewSeconds = (performance.now() - previewStart) / 1000;
    const body = (await preview.json()) as {
      id: number;
      summary: { create: number; errors: number };
    };
    if (preview.status !== 201 || body.summary.errors || body.summary.create !== o.rows) {
      throw new Error(`import preview: ${preview.status} ${JSON.stringify(body).slice(0, 500)}`);
    }
    const applyStart = performance.now();
    const applied = await fetch(`${o.apiUrl}/api/imports/${body.id}/apply`, {
      method: 'POST',
      headers: { cookie: o.cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    const applySeconds = (performance.now() - applyStart) / 1000;
    const result = (await applied.json()) as { created: number };
    if (applied.status !== 200)
      throw new Error(`import apply: ${applied.status} ${JSON.stringify(result)}`);
    return {
      rows: o.rows,
      previewSeconds,
      applySeconds,
      created: result.created,
      rssBeforeMb,
      rssPeakMb,
    };
  } finally {
    clearInterval(sampler);
  }
}
