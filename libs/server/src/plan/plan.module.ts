import { Module } from '@nestjs/common';
import { CommentsController } from './comments/comments.controller';
import { CommentsService } from './comments/comments.service';
import { FocusAreasController } from './focus-areas/focus-areas.controller';
import { FocusAreasService } from './focus-areas/focus-areas.service';
import { InitiativesController } from './initiatives/initiatives.controller';
import { InitiativesService } from './initiatives/initiatives.service';
import { MilestonesController } from './milestones/milestones.controller';
import { MilestonesService } from './milestones/milestones.service';
import { StrategiesController } from './strategies/strategies.controller';
import { StrategiesService } from './strategies/strategies.service';

/** The plan itself: strategies, focus areas, initiatives, their milestones and comments. */
@Module({
  controllers: [
    StrategiesController,
    FocusAreasController,
    InitiativesController,
    MilestonesController,
    CommentsController,
  ],
  providers: [
    StrategiesService,
    FocusAreasService,
    InitiativesService,
    MilestonesService,
    CommentsService,
  ],
  exports: [StrategiesService],
})
export class PlanModule {}
