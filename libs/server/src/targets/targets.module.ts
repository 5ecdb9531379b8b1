import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Measurement } from './measurements/measurement.entity';
import { Target } from './targets/target.entity';
import { TargetSeries } from './targets/target-series.entity';
import { MeasurementsController } from './measurements/measurements.controller';
import { MeasurementsService } from './measurements/measurements.service';
import { TargetsController } from './targets/targets.controller';
import { TargetsService } from './targets/targets.service';

/** The headline targets (pejlemærker), their series and measurements. */
@Module({
  imports: [TypeOrmModule.forFeature([Target, TargetSeries, Measurement])],
  controllers: [TargetsController, MeasurementsController],
  providers: [TargetsService, MeasurementsService],
})
export class TargetsModule {}
