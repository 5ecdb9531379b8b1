import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, CurrentActor } from '../records/actor';
import { listResponse } from '../records/crud-controller';
import { RecordId } from '../core/http/id.pipe';
import { RoleMay } from '../records/role-guard';
import { AuditEventsService } from './audit-events.service';

@ApiTags('audit-events')
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly events: AuditEventsService) {}

  @Get()
  @RoleMay('audit-events', 'list')
  @ApiQuery({ name: 'filter', required: false, example: '{"initiativeId":1}' })
  list(
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) res: FastifyReply,
    @CurrentActor() actor: Actor,
  ) {
    return listResponse('audit-events', query, res, (params) => this.events.list(params, actor));
  }

  @Get(':id')
  @RoleMay('audit-events', 'show')
  get(@RecordId() id: number, @CurrentActor() actor: Actor) {
    return this.events.get(id, actor);
  }
}
