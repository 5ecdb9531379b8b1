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

  @ApiProperty({
    example: 'Klyngeforum, resultatopgørelse 2016',
    description: 'where the figure comes from',
  })
  @IsString()
  @Matches(/\S/, { message: 'source must say where the figure comes from' })
  @MaxLength(1000)
  source: string;
}

/** Set by the approval path and the server, sent back by edit forms and ignored. */
const READ_ONLY = ['state', 'returnReason', 'proposedByPersonId'] as const;

export class UpdateMeasurementDto extends UpdateDto(CreateMeasurementDto, READ_ONLY) {}

/** `POST /api/measurements/:id/approve`: the version that was read. */
export class ApproveMeasurementDto {
  @ApiProperty({ description: 'the version that was read; a stale one is refused with 409' })
  @IsRecordId()
  version: number;
}

/** `POST /api/measurements/:id/return`: the version that was read, and why. */
export class ReturnMeasurementDto extends ApproveMeasurementDto {
  @ApiProperty({ example: 'Kilden dækker kun 2015; send tallet for 2016.' })
  @IsString()
  @Matches(/\S/, { message: 'reason must say why the figure is returned' })
  @MaxLength(2000)
  reason: string;
}
