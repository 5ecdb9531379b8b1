import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  HEALTHS,
  Health,
  MILESTONE_STATUSES,
  MilestoneStatus,
  STATUS_REPORT_STATES,
  StatusReportState,
} from '@pejling/contracts';
import { IsDateOnly, IsRecordId, UpdateDto } from '../../core/http/dto';

/** A change to one of the initiative's milestones, saved with the report. */
export class MilestoneUpdateDto {
  @ApiProperty()
  @IsRecordId()
  id: number;

  @ApiProperty({ description: 'the version of the milestone that was read' })
  @IsRecordId()
  version: number;

  @ApiProperty({ enum: MILESTONE_STATUSES })
  @IsIn(MILESTONE_STATUSES)
  status: MilestoneStatus;

  @ApiPropertyOptional({ nullable: true, description: 'when done; default today' })
  @IsOptional()
  @IsDateOnly()
  completedOn?: string | null;
}

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

  @ApiPropertyOptional({ nullable: true, description: 'the reporting round it answers (open)' })
  @IsOptional()
  @IsRecordId()
  roundId?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'the submitted report of the same initiative (and round) this one corrects',
  })
  @IsOptional()
  @IsRecordId()
  supersedesId?: number | null;

  @ApiPropertyOptional({
    type: [MilestoneUpdateDto],
    description: "changes to the initiative's milestones, saved in the same transaction",
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => MilestoneUpdateDto)
  milestoneUpdates?: MilestoneUpdateDto[];
}

export class UpdateStatusReportDto extends UpdateDto(CreateStatusReportDto, ['submittedAt']) {}
