import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Actor, CurrentActor } from '../auth/actor';
import { contentRange } from '../core/http/crud';
import { parseListParams } from '../core/http/list-params';
import { ReminderDeliveriesService } from './reminder-deliveries.service';

@ApiTags('reminder-deliveries')
@Controller('reminder-deliveries')
export class ReminderDeliveriesController {
  constructor(private readonly deliveries: ReminderDeliveriesService) {}

  @Get()
  @ApiQuery({ name: 'filter', required: false, example: '{"status":"failed","from":"2017-06-01"}' })
  async list(
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) res: Response,
    @CurrentActor() actor: Actor,
  ) {
    const params = parseListParams(query);
    const { rows, total } = await this.deliveries.list(params, actor);
    res.setHeader(
      'Content-Range',
      contentRange('reminder-deliveries', params.range[0], rows.length, total),
    );
    return rows;
  }
}
