import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { AppConfig } from '../core/config/config';
import { SYSTEM_ACTOR } from '../records/actor';
import { ImportsService } from '../imports/imports.service';
import { previewText } from '../imports/preview-text';
import { ServerModule } from './server.module';

export interface PlanImportOptions {
  strategyId: number | null;
  apply: boolean;
  /** People whose change of e-mail or role is confirmed, by their stored e-mail. */
  confirm: string[];
}

/**
 * `plan:import`: the first load of an installation, through the same import as the web
 * app's (as the system, with the secretariat's rights): prints the preview, and applies it
 * with `apply`. Answers whether it was applied (or would apply cleanly).
 */
export async function importPlan(config: AppConfig, file: string, options: PlanImportOptions) {
  const app = await NestFactory.createApplicationContext(ServerModule.forRoot(config), {
    logger: ['error', 'warn'],
  });
  try {
    const imports = app.get(ImportsService);
    const preview = await imports.preview(
      await readFile(file),
      basename(file),
      options.strategyId,
      SYSTEM_ACTOR,
      'en',
    );
    console.log(previewText(preview));
    console.log(`the preview is also at ${config.appUrl}/#/imports?id=${preview.id} for a day`);
    if (preview.errors.length) return false;
    if (!options.apply) {
      console.log('nothing was written: run again with --apply to apply it');
      return true;
    }
    const result = await imports.apply(preview.id, { confirm: options.confirm }, SYSTEM_ACTOR);
    console.log(
      `applied to strategy ${result.strategyId}: ${result.created} created, ${result.updated} updated`,
    );
    return true;
  } finally {
    await app.close();
  }
}
