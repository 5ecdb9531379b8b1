import { Module } from '@nestjs/common';
import { StatusReportsController } from './status-reports/status-reports.controller';
import { StatusReportsService } from './status-reports/status-reports.service';

/** Owners' status reports (reporting rounds come later). */
@Module({
  controllers: [StatusReportsController],
  providers: [StatusReportsService],
})
export class ReportingModule {}
