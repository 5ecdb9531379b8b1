import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { IdPipe } from '../core/http/id.pipe';
import { TimelineService } from './timeline.service';

@ApiTags('timeline')
@Controller('timeline')
export class TimelineController {
  constructor(private readonly timeline: TimelineService) {}

  @Get()
  @ApiQuery({ name: 'strategyId', required: false, description: 'default: the current strategy' })
  get(@Query() query: Record<string, string>) {
    const unknown = Object.keys(query).filter((key) => key !== 'strategyId');
    if (unknown.length)
      throw new BadRequestException(`unknown query parameter: ${unknown.join(', ')}`);
    const id =
      query['strategyId'] === undefined ? undefined : new IdPipe().transform(query['strategyId']);
    return this.timeline.forStrategy(id);
  }
}
