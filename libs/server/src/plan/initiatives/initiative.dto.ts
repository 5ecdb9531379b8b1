import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { HEALTHS, Health, INITIATIVE_STATUSES, InitiativeStatus } from '@pejling/contracts';
import { IsDateOnly, IsRecordId, UpdateDto } from '../../core/http/dto';

export class CreateInitiativeDto {
  @ApiProperty()
  @IsRecordId()
  focusAreaId: number;

  @ApiProperty({ example: 'A.1', description: "the focus area's letter, a dot and a number" })
  @IsString()
  @Matches(/^[A-Z]\.[1-9][0-9]{0,2}$/, { message: 'code must look like A.1' })
  code: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiPropertyOptional({
    type: [Number],
    description: 'in the order the plan names them; left out: unchanged; null: none',
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(20)
  @IsRecordId({ each: true })
  leadOrganisationIds?: number[] | null;

  @ApiPropertyOptional({ type: [Number], description: 'left out: unchanged; null: none' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(100)
  @IsRecordId({ each: true })
  partnerOrganisationIds?: number[] | null;

  @ApiPropertyOptional({ type: [Number], description: 'left out: unchanged; null: none' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(100)
  @IsRecordId({ each: true })
  responsiblePersonIds?: number[] | null;

  @ApiPropertyOptional({ nullable: true, example: '2016-01-01' })
  @IsOptional()
  @IsDateOnly()
  startDate?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '2018-12-31' })
  @IsOptional()
  @IsDateOnly()
  endDate?: string | null;

  @ApiPropertyOptional({ enum: INITIATIVE_STATUSES, default: 'not_started' })
  @IsOptional()
  @IsIn(INITIATIVE_STATUSES)
  status?: InitiativeStatus;

  @ApiPropertyOptional({ enum: HEALTHS, nullable: true })
  @IsOptional()
  @IsIn(HEALTHS)
  health?: Health | null;

  @ApiPropertyOptional({ nullable: true, description: 'replaces the computed progress (0–100)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  progressOverride?: number | null;

  @ApiPropertyOptional({ nullable: true, description: 'why the progress is overridden' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  progressOverrideReason?: string | null;
}

/** Computed fields of an initiative record, sent back by edit forms and ignored. */
const COMPUTED = [
  'strategyId',
  'inferredLeadOrganisationIds',
  'progress',
  'progressMethod',
  'progressComputed',
  'milestonesDone',
  'milestonesCounted',
  'milestonesOverdue',
] as const;

export class UpdateInitiativeDto extends UpdateDto(CreateInitiativeDto, COMPUTED) {}
