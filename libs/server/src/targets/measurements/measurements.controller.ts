import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MeasurementRecord } from '@pejling/contracts';
import { CrudController } from '../../records/crud-controller';
import { CreateMeasurementDto, UpdateMeasurementDto } from './measurement.dto';
import { MeasurementsService } from './measurements.service';

@ApiTags('measurements')
@Controller('measurements')
export class MeasurementsController extends CrudController<
  MeasurementRecord,
  CreateMeasurementDto,
  UpdateMeasurementDto
>('measurements', CreateMeasurementDto, UpdateMeasurementDto) {
  constructor(service: MeasurementsService) {
    super(service);
  }
}
