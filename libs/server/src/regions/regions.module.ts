import { Module } from '@nestjs/common';
import { PlanModule } from '../plan/plan.module';
import { RegionsController } from './regions.controller';
import { RegionsService } from './regions.service';

/** The plan by region, for target 2's regional spread. */
@Module({
  imports: [PlanModule],
  controllers: [RegionsController],
  providers: [RegionsService],
})
export class RegionsModule {}
