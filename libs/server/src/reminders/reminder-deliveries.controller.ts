import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Actor, CurrentActor } from '../records/actor';
import { RoleMayDo } from '../records/role-guard';
import { listResponse } from '../records/crud-controller';
import { RecordId } from '../core/http/id.pipe';
import { ReminderDeliveriesService } from './reminder-deliveries.service';

@ApiTags('reminder-deliveries')
@Controller('reminder-deliveries')
export class ReminderDeliveriesController {
  constructor(private readonly deliveries: ReminderDeliveriesService) {}

  @Get()
  @ApiQuery({ name: 'filter', required: false, example: '{"status":"failed","from":"2017-06-01"}' })
  list(
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) res: FastifyReply,
    @CurrentActor() actor: Actor,
  ) {
    return listResponse('reminder-deliveries', query, res, (params) =>
      this.deliveries.list(params, actor),
    );
  }

  @Get(':id')
  get(@RecordId() id: number, @CurrentActor() actor: Actor) {
    return this.deliveries.get(id, actor);
  }

  /**
   * The e-mail the delivery went out in (or will): subject and text, made again from what
   * the deliveries record, with the personal links left out.
   */
  @Get(':id/message')
  message(@RecordId() id: number, @CurrentActor() actor: Actor) {
    return this.deliveries.message(id, actor);
  }

  /** Sends a failed delivery (or one kept in the outbox) again. */
  @Post(':id/resend')
  @RoleMayDo('resend-reminders')
  @HttpCode(200)
  resend(@RecordId() id: number, @CurrentActor() actor: Actor) {
    return this.deliveries.resend(id, actor);
  }
}
