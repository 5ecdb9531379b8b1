import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  MAX_BULK_MILESTONES,
  MILESTONE_STATUSES,
  MilestoneStatus,
  MilestoneStatusChange,
} from '@pejling/contracts';
import { IsDateOnly, IsRecordId, UpdateDto } from '../../core/http/dto';

export class CreateMilestoneDto {
  @ApiProperty()
  @IsRecordId()
  initiativeId: number;

  @ApiProperty({ example: 'Tematisk workshop om fødevarer' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiProperty({ example: '2016-09-30' })
  @IsDateOnly()
  dueDate: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsRecordId()
  responsiblePersonId?: number | null;

  @ApiPropertyOptional({ enum: MILESTONE_STATUSES, default: 'planned' })
  @IsOptional()
  @IsIn(MILESTONE_STATUSES)
  status?: MilestoneStatus;

  @ApiPropertyOptional({
    nullable: true,
    description: 'for a done milestone; defaults to today, cleared for any other status',
  })
  @IsOptional()
  @IsDateOnly()
  completedOn?: string | null;
}

export class UpdateMilestoneDto extends UpdateDto(CreateMilestoneDto, [
  'focusAreaId',
  'strategyId',
  'overdue',
  // The due date it was planned with stays as it was: a move changes `dueDate` only.
  'originalDueDate',
  'moved',
]) {}

/** A milestone as the client read it: which one, and its version then. */
export class MilestoneVersionDto {
  @ApiProperty()
  @IsRecordId()
  id: number;

  @ApiProperty({ description: 'the version that was read; a stale one is refused with 409' })
  @IsRecordId()
  version: number;
}

/** The body of `POST /milestones/status`. */
export class MilestoneStatusChangeDto implements MilestoneStatusChange {
  @ApiProperty({ enum: MILESTONE_STATUSES })
  @IsIn(MILESTONE_STATUSES)
  status: MilestoneStatus;

  @ApiProperty({ type: [MilestoneVersionDto], maxItems: MAX_BULK_MILESTONES })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(MAX_BULK_MILESTONES)
  @ValidateNested({ each: true })
  @Type(() => MilestoneVersionDto)
  milestones: MilestoneVersionDto[];
}
