import { Module } from '@nestjs/common';
import { FocusAreasController } from './focus-areas/focus-areas.controller';
import { FocusAreasService } from './focus-areas/focus-areas.service';
import { InitiativesController } from './initiatives/initiatives.controller';
import { InitiativesService } from './initiatives/initiatives.service';
import { MilestonesController } from './milestones/milestones.controller';
import { MilestonesService } from './milestones/milestones.service';
import { StrategiesController } from './strategies/strategies.controller';
import { StrategiesService } from './strategies/strategies.service';

/** The plan itself: strategies, focus areas, initiatives and their milestones. */
@Module({
  controllers: [
    StrategiesController,
    FocusAreasController,
    InitiativesController,
    MilestonesController,
  ],
  providers: [StrategiesService, FocusAreasService, InitiativesService, MilestonesService],
  exports: [StrategiesService],
})
export class PlanModule {}
