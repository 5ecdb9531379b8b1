import { Module } from '@nestjs/common';
import { MeasurementsController } from './measurements/measurements.controller';
import { MeasurementsService } from './measurements/measurements.service';
import { TargetsController } from './targets/targets.controller';
import { TargetsService } from './targets/targets.service';

/** The headline targets (pejlemærker), their series and measurements. */
@Module({
  controllers: [TargetsController, MeasurementsController],
  providers: [TargetsService, MeasurementsService],
})
export class TargetsModule {}
