import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { HEALTHS, Health, STATUS_REPORT_STATES, StatusReportState } from '@pejling/contracts';
import { IsDateOnly, IsRecordId, UpdateDto } from '../../core/http/dto';

export class CreateStatusReportDto {
  @ApiProperty()
  @IsRecordId()
  initiativeId: number;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsRecordId()
  authorPersonId?: number | null;

  @ApiPropertyOptional({ example: '2017-06-01', description: 'defaults to today' })
  @IsOptional()
  @IsDateOnly()
  reportDate?: string;

  @ApiProperty({ enum: HEALTHS })
  @IsIn(HEALTHS)
  health: Health;

  @ApiPropertyOptional({ description: 'what has happened' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  summary?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  risks?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  nextSteps?: string;

  @ApiPropertyOptional({ enum: STATUS_REPORT_STATES, default: 'draft' })
  @IsOptional()
  @IsIn(STATUS_REPORT_STATES)
  state?: StatusReportState;
}

export class UpdateStatusReportDto extends UpdateDto(CreateStatusReportDto, ['submittedAt']) {}
