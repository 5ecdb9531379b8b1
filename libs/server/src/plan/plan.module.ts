import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Comment } from './comments/comment.entity';
import { FocusArea } from './focus-areas/focus-area.entity';
import { Initiative } from './initiatives/initiative.entity';
import { Milestone } from './milestones/milestone.entity';
import { Strategy } from './strategies/strategy.entity';
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
  imports: [TypeOrmModule.forFeature([Strategy, FocusArea, Initiative, Milestone, Comment])],
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
  exports: [StrategiesService, MilestonesService],
})
export class PlanModule {}
