import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { MeasurementRecord } from '@pejling/contracts';
import { Actor, CurrentActor } from '../../records/actor';
import { CrudController } from '../../records/crud-controller';
import { RoleMayDo } from '../../records/role-guard';
import { RecordId } from '../../core/http/id.pipe';
import {
  ApproveMeasurementDto,
  CreateMeasurementDto,
  ReturnMeasurementDto,
  UpdateMeasurementDto,
} from './measurement.dto';
import { MeasurementsService } from './measurements.service';

@ApiTags('measurements')
@Controller('measurements')
export class MeasurementsController extends CrudController<
  MeasurementRecord,
  CreateMeasurementDto,
  UpdateMeasurementDto
>('measurements', CreateMeasurementDto, UpdateMeasurementDto) {
  constructor(private readonly measurements: MeasurementsService) {
    super(measurements);
  }

  /** Approves a proposed figure (secretariat): from now on it counts. */
  @Post(':id/approve')
  @HttpCode(200)
  @RoleMayDo('approve-measurements')
  approve(
    @RecordId() id: number,
    @Body() dto: ApproveMeasurementDto,
    @CurrentActor() actor: Actor,
  ): Promise<MeasurementRecord> {
    return this.measurements.approve(id, dto.version, actor);
  }

  /** Returns a proposed figure to its data owner with the secretariat's reason. */
  @Post(':id/return')
  @HttpCode(200)
  @RoleMayDo('approve-measurements')
  returnToOwner(
    @RecordId() id: number,
    @Body() dto: ReturnMeasurementDto,
    @CurrentActor() actor: Actor,
  ): Promise<MeasurementRecord> {
    return this.measurements.returnToOwner(id, dto.version, dto.reason, actor);
  }
}
