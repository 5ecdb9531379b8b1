import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { MILESTONE_STATUSES, MilestoneStatus } from '@pejling/contracts';
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
]) {}
