import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsRecordId, UpdateDto } from '../../core/http/dto';

export class CreateFocusAreaDto {
  @ApiProperty()
  @IsRecordId()
  strategyId: number;

  @ApiProperty({ example: 'A', description: 'one capital letter, unique within the strategy' })
  @IsString()
  @Matches(/^[A-Z]$/, { message: 'code must be one capital letter A–Z' })
  code: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  description?: string;

  @ApiPropertyOptional({ description: 'position in lists; defaults to the order of the code' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  sortOrder?: number;
}

export class UpdateFocusAreaDto extends UpdateDto(CreateFocusAreaDto) {}
