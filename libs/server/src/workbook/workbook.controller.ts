import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { RecordId } from '../core/http/id.pipe';
import { parseLanguage } from '../core/i18n/language';
import { Actor, CurrentActor } from '../records/actor';
import { RoleMayDo } from '../records/role-guard';
import { WorkbookService } from './workbook.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const send = (body: Buffer, fileName: string, res: FastifyReply) => {
  res.header('Content-Type', XLSX);
  res.header('Content-Disposition', `attachment; filename="${fileName}"`);
  return new StreamableFile(body);
};

/**
 * A strategy's plan as an Excel workbook (`lang`: da, en), and a blank one for a new
 * strategy. Registered before the plan's controllers, so that `strategies/:id` does not
 * take `template.xlsx` for an id.
 */
@ApiTags('workbook')
@Controller('strategies')
export class WorkbookController {
  constructor(private readonly workbooks: WorkbookService) {}

  @Get('template.xlsx')
  @RoleMayDo('export-workbooks')
  @ApiProduces(XLSX)
  @ApiQuery({ name: 'lang', required: false, enum: ['da', 'en'] })
  async template(
    @Query('lang') lang: unknown,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: FastifyReply,
  ) {
    const body = await this.workbooks.workbook(null, actor, parseLanguage(lang));
    return send(body, 'pejling-template.xlsx', res);
  }

  @Get(':id/workbook.xlsx')
  @RoleMayDo('export-workbooks')
  @ApiProduces(XLSX)
  @ApiQuery({ name: 'lang', required: false, enum: ['da', 'en'] })
  async workbook(
    @RecordId() id: number,
    @Query('lang') lang: unknown,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: FastifyReply,
  ) {
    const body = await this.workbooks.workbook(id, actor, parseLanguage(lang));
    return send(body, `pejling-strategy-${id}.xlsx`, res);
  }
}
