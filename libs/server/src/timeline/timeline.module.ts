import { Module } from '@nestjs/common';
import { PlanModule } from '../plan/plan.module';
import { TimelineController } from './timeline.controller';
import { TimelineService } from './timeline.service';

/** The plan over its period: focus areas, initiatives and milestones in one answer. */
@Module({
  imports: [PlanModule],
  controllers: [TimelineController],
  providers: [TimelineService],
})
export class TimelineModule {}
