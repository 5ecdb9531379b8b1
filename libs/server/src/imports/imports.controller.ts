import { Body, Controller, Get, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { ImportPreview, ImportResult } from '@pejling/contracts';
import { RecordId } from '../core/http/id.pipe';
import { StreamsMultipart } from '../core/http/multipart';
import { parseLanguage } from '../core/i18n/language';
import { Actor, CurrentActor } from '../records/actor';
import { RoleMayDo } from '../records/role-guard';
import { ApplyImportDto } from './apply-import.dto';
import { ImportsService } from './imports.service';

/**
 * The secretariat brings a plan in from a workbook: `POST /imports` reads it into a
 * preview (in `lang`) and writes nothing to the plan; `POST /imports/:id/apply` applies it.
 */
@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  @Post()
  @RoleMayDo('import-plans')
  @StreamsMultipart()
  @ApiConsumes('multipart/form-data')
  @ApiQuery({ name: 'lang', required: false, enum: ['da', 'en'] })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: {
        strategyId: { type: 'integer', description: 'the strategy to update; left out: a new one' },
        file: { type: 'string', format: 'binary', description: '.xlsx or .csv, after the fields' },
      },
    },
  })
  upload(
    @Req() request: FastifyRequest,
    @Query('lang') lang: unknown,
    @CurrentActor() actor: Actor,
  ): Promise<ImportPreview> {
    return this.imports.upload(request.raw, actor, parseLanguage(lang));
  }

  @Get(':id')
  @RoleMayDo('import-plans')
  @ApiParam({ name: 'id', type: Number })
  get(@RecordId() id: number, @CurrentActor() actor: Actor): Promise<ImportPreview> {
    return this.imports.get(id, actor);
  }

  @Post(':id/apply')
  @HttpCode(200)
  @RoleMayDo('import-plans')
  @ApiParam({ name: 'id', type: Number })
  apply(
    @RecordId() id: number,
    @Body() body: ApplyImportDto,
    @CurrentActor() actor: Actor,
  ): Promise<ImportResult> {
    return this.imports.apply(id, body, actor);
  }
}
