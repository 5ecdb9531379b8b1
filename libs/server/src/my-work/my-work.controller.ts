import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MyWork } from '@pejling/contracts';
import { Actor, CurrentActor } from '../records/actor';
import { MyWorkService } from './my-work.service';

@ApiTags('my-work')
@Controller('my-work')
export class MyWorkController {
  constructor(private readonly myWork: MyWorkService) {}

  /** The signed-in person's own work; it takes no parameters. */
  @Get()
  get(@CurrentActor() actor: Actor, @Query() query: Record<string, unknown>): Promise<MyWork> {
    const unknown = Object.keys(query);
    if (unknown.length) {
      throw new BadRequestException(`unknown query parameter: ${unknown.join(', ')}`);
    }
    return this.myWork.of(actor);
  }
}
