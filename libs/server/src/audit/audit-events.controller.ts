import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, CurrentActor } from '../auth/actor';
import { contentRange } from '../core/http/crud';
import { RecordId } from '../core/http/id.pipe';
import { parseListParams } from '../core/http/list-params';
import { AuditEventsService } from './audit-events.service';

@ApiTags('audit-events')
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly events: AuditEventsService) {}

  @Get()
  @ApiQuery({ name: 'filter', required: false, example: '{"initiativeId":1}' })
  async list(
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) res: Response,
    @CurrentActor() actor: Actor,
  ) {
    const params = parseListParams(query);
    const { rows, total } = await this.events.list(params, actor);
    res.setHeader(
      'Content-Range',
      contentRange('audit-events', params.range[0], rows.length, total),
    );
    return rows;
  }

  @Get(':id')
  get(@RecordId() id: number, @CurrentActor() actor: Actor) {
    return this.events.get(id, actor);
  }
}
