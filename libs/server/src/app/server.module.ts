import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AttachmentsModule } from '../attachments/attachments.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CalendarModule } from '../calendar/calendar.module';
import { AppConfig } from '../core/config/config';
import { CoreModule } from '../core/core.module';
import { HealthModule } from '../core/health/health.module';
import { HttpExceptionFilter } from '../core/http/http-exception.filter';
import { createValidationPipe } from '../core/http/validation';
import { DashboardModule } from '../dashboard/dashboard.module';
import { ExportModule } from '../export/export.module';
import { ImportsModule } from '../imports/imports.module';
import { WorkbookModule } from '../workbook/workbook.module';
import { InfoModule } from '../info/info.module';
import { MyWorkModule } from '../my-work/my-work.module';
import { PeopleModule } from '../people/people.module';
import { PlanModule } from '../plan/plan.module';
import { RemindersModule } from '../reminders/reminders.module';
import { ReportingModule } from '../reporting/reporting.module';
import { TargetsModule } from '../targets/targets.module';
import { TimelineModule } from '../timeline/timeline.module';
import { RegionsModule } from '../regions/regions.module';

/**
 * Everything the HTTP API serves, with its validation and error handling registered as
 * providers, so that the API and the tests get exactly the same behaviour.
 */
@Module({})
export class ServerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ServerModule,
      imports: [
        CoreModule.forRoot(config, 'producer'),
        AuthModule,
        HealthModule,
        InfoModule,
        PeopleModule,
        // Before PlanModule: its `milestones/:id` would take `milestones/export.csv`.
        ExportModule,
        WorkbookModule,
        ImportsModule,
        PlanModule,
        TargetsModule,
        ReportingModule,
        DashboardModule,
        TimelineModule,
        RegionsModule,
        MyWorkModule,
        AuditModule,
        RemindersModule,
        CalendarModule,
        AttachmentsModule,
      ],
      providers: [
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: HttpExceptionFilter },
      ],
    };
  }
}
