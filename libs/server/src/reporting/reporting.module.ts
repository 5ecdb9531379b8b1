import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RoundOutcomeEntity } from './outcomes/round-outcome.entity';
import { ReportingRound } from './rounds/reporting-round.entity';
import { StatusReport } from './status-reports/status-report.entity';
import { PlanModule } from '../plan/plan.module';
import { RemindersModule } from '../reminders/reminders.module';
import { RoundOutcomesController } from './outcomes/round-outcomes.controller';
import { RoundOutcomesService } from './outcomes/round-outcomes.service';
import { ReportingRoundsController } from './rounds/reporting-rounds.controller';
import { ReportingRoundsService } from './rounds/reporting-rounds.service';
import { StatusReportsController } from './status-reports/status-reports.controller';
import { StatusReportsService } from './status-reports/status-reports.service';

/** Owners' status reports, the reporting rounds that ask for them, and the steering group's outcomes. */
@Module({
  imports: [
    TypeOrmModule.forFeature([StatusReport, ReportingRound, RoundOutcomeEntity]),
    PlanModule,
    RemindersModule,
  ],
  controllers: [StatusReportsController, ReportingRoundsController, RoundOutcomesController],
  providers: [StatusReportsService, ReportingRoundsService, RoundOutcomesService],
})
export class ReportingModule {}
