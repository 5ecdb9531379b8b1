import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsRecordId, UpdateDto } from '../../core/http/dto';

/**
 * Who reports the figures: an organisation, optionally a person (on a series: its own, in
 * place of its target's).
 */
class DataOwnerDto {
  @ApiPropertyOptional({ nullable: true, description: 'the organisation that reports the figures' })
  @IsOptional()
  @IsRecordId()
  dataOwnerOrganisationId?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'a person of the data owner, if one answers',
  })
  @IsOptional()
  @IsRecordId()
  dataOwnerPersonId?: number | null;
}

export class TargetSeriesDto extends DataOwnerDto {
  @ApiProperty({ example: 'main', description: 'identifies the series within its target' })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,29}$/, { message: 'key must be lower-case letters, digits or _' })
  key: string;

  @ApiProperty({ example: 'Guldklynger' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  label: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  baselineValue?: number | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2200)
  baselineYear?: number | null;

  @ApiPropertyOptional({ nullable: true, description: 'none where the target has no number yet' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  targetValue?: number | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2200)
  targetYear?: number | null;

  /** Computed on every read: sent back as read, it is ignored. */
  @Allow()
  assessment?: unknown;
}

export class TargetInitiativeLinkDto {
  @ApiProperty({ description: 'an initiative of the same strategy' })
  @IsRecordId()
  initiativeId: number;

  @ApiPropertyOptional({ description: 'how the initiative contributes, in a line' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  contribution?: string;

  @ApiPropertyOptional({
    default: false,
    description: 'the strategy does not state the link: a reading of it, shown so',
  })
  @IsOptional()
  @IsBoolean()
  inferred?: boolean;
}

export class CreateTargetDto extends DataOwnerDto {
  @ApiProperty()
  @IsRecordId()
  strategyId: number;

  @ApiProperty({ example: 1 })
  @IsInt()
  @Min(1)
  @Max(99)
  number: number;

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

  @ApiPropertyOptional({ example: 'virksomheder' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  unit?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  byRegion?: boolean;

  @ApiProperty({ type: [TargetSeriesDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => TargetSeriesDto)
  series: TargetSeriesDto[];

  @ApiPropertyOptional({
    type: [TargetInitiativeLinkDto],
    description: 'the initiatives that should move the target; left out: unchanged',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TargetInitiativeLinkDto)
  initiativeLinks?: TargetInitiativeLinkDto[];
}

/**
 * `initiativeIds` follows from `initiativeLinks`, and `assessment` from the figures: sent
 * back as read, they are ignored.
 */
export class UpdateTargetDto extends UpdateDto(CreateTargetDto, ['initiativeIds', 'assessment']) {}
