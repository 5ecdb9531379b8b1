import { Module } from '@nestjs/common';
import { FocusAreasService } from '../plan/focus-areas/focus-areas.service';
import { InitiativesService } from '../plan/initiatives/initiatives.service';
import { MilestonesService } from '../plan/milestones/milestones.service';
import { StrategiesService } from '../plan/strategies/strategies.service';
import { MeasurementsService } from '../targets/measurements/measurements.service';
import { TargetsService } from '../targets/targets/targets.service';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { RecordWriters } from './record-writers';

/**
 * Plans brought in from workbooks. It writes through the plan's and the targets' services
 * and holds its own instances of them, as they keep no state; people and organisations
 * come from the global PeopleModule.
 */
@Module({
  controllers: [ImportsController],
  providers: [
    ImportsService,
    RecordWriters,
    StrategiesService,
    FocusAreasService,
    InitiativesService,
    MilestonesService,
    TargetsService,
    MeasurementsService,
  ],
})
export class ImportsModule {}
