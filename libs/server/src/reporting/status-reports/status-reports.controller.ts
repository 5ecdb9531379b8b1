import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { StatusReportRecord } from '@pejling/contracts';
import { CrudController } from '../../records/crud-controller';
import { CreateStatusReportDto, UpdateStatusReportDto } from './status-report.dto';
import { StatusReportsService } from './status-reports.service';

@ApiTags('status-reports')
@Controller('status-reports')
export class StatusReportsController extends CrudController<
  StatusReportRecord,
  CreateStatusReportDto,
  UpdateStatusReportDto
>('status-reports', CreateStatusReportDto, UpdateStatusReportDto) {
  constructor(service: StatusReportsService) {
    super(service);
  }
}
