import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { REGIONS, Region } from '@pejling/contracts';
import { IsRecordId, UpdateDto } from '../../core/http/dto';

export class CreateMeasurementDto {
  @ApiProperty()
  @IsRecordId()
  targetId: number;

  @ApiProperty({ example: 'main', description: "the target series' key" })
  @IsString()
  @Matches(/^[a-z][a-z0-9_]{0,29}$/, { message: 'seriesKey must be a series key such as main' })
  seriesKey: string;

  @ApiProperty({ example: 2016 })
  @IsInt()
  @Min(1900)
  @Max(2200)
  year: number;

  @ApiPropertyOptional({ enum: REGIONS, nullable: true, description: 'none for the whole country' })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region | null;

  @ApiProperty({ example: 1750 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value: number;

  @ApiPropertyOptional({ nullable: true, example: 'Klyngeforum, resultatopgørelse 2016' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  source?: string | null;
}

export class UpdateMeasurementDto extends UpdateDto(CreateMeasurementDto) {}
