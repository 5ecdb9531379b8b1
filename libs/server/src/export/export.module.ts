import { Module } from '@nestjs/common';
import { InitiativesService } from '../plan/initiatives/initiatives.service';
import { MilestonesService } from '../plan/milestones/milestones.service';
import { ExportController } from './export.controller';
import { ExportService } from './export.service';

/**
 * Lists as CSV and Excel files. It reads through the plan's services (their list query and
 * role check) and holds its own instances of them: they keep no state.
 */
@Module({
  controllers: [ExportController],
  providers: [ExportService, MilestonesService, InitiativesService],
})
export class ExportModule {}
