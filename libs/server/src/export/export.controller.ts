import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, CurrentActor } from '../records/actor';
import { ExportFile, ExportFormat, ExportResource, ExportService } from './export.service';

const send = (file: ExportFile, res: FastifyReply) => {
  res.header('Content-Type', file.contentType);
  res.header('Content-Disposition', `attachment; filename="${file.fileName}"`);
  return new StreamableFile(file.body);
};

/**
 * The milestones and initiatives lists as CSV or Excel files, with the list's `filter` and
 * `sort` (JSON, as the list takes them) and `lang` (da, en) for headers and values. Every
 * matching row, up to `MAX_EXPORT_ROWS`. Registered before the plan's controllers, so that
 * `milestones/:id` does not take `export.csv` for an id.
 */
@ApiTags('export')
@Controller()
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  private async file(
    resource: ExportResource,
    format: ExportFormat,
    query: Record<string, unknown>,
    actor: Actor,
    res: FastifyReply,
  ) {
    return send(await this.exports.export(resource, format, query, actor), res);
  }

  @Get('milestones/export.csv')
  @ApiProduces('text/csv')
  @ApiQuery({ name: 'filter', required: false, example: '{"status":"delayed"}' })
  @ApiQuery({ name: 'sort', required: false, example: '["dueDate","ASC"]' })
  @ApiQuery({ name: 'lang', required: false, enum: ['da', 'en'] })
  milestonesCsv(
    @Query() query: Record<string, unknown>,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: FastifyReply,
  ) {
    return this.file('milestones', 'csv', query, actor, res);
  }

  @Get('milestones/export.xlsx')
  @ApiQuery({ name: 'filter', required: false })
  @ApiQuery({ name: 'sort', required: false })
  @ApiQuery({ name: 'lang', required: false, enum: ['da', 'en'] })
  milestonesXlsx(
    @Query() query: Record<string, unknown>,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: FastifyReply,
  ) {
    return this.file('milestones', 'xlsx', query, actor, res);
  }

  @Get('initiatives/export.csv')
  @ApiProduces('text/csv')
  @ApiQuery({ name: 'filter', required: false, example: '{"health":"red"}' })
  @ApiQuery({ name: 'sort', required: false, example: '["code","ASC"]' })
  @ApiQuery({ name: 'lang', required: false, enum: ['da', 'en'] })
  initiativesCsv(
    @Query() query: Record<string, unknown>,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: FastifyReply,
  ) {
    return this.file('initiatives', 'csv', query, actor, res);
  }

  @Get('initiatives/export.xlsx')
  @ApiQuery({ name: 'filter', required: false })
  @ApiQuery({ name: 'sort', required: false })
  @ApiQuery({ name: 'lang', required: false, enum: ['da', 'en'] })
  initiativesXlsx(
    @Query() query: Record<string, unknown>,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: FastifyReply,
  ) {
    return this.file('initiatives', 'xlsx', query, actor, res);
  }
}
