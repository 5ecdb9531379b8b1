import { Module } from '@nestjs/common';
import { WorkbookController } from './workbook.controller';
import { WorkbookService } from './workbook.service';

/** The plan as an Excel workbook, and a blank one for a new strategy. */
@Module({ controllers: [WorkbookController], providers: [WorkbookService] })
export class WorkbookModule {}
