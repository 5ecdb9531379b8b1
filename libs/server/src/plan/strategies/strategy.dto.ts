import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsDateOnly, UpdateDto } from '../../core/http/dto';

export class CreateStrategyDto {
  @ApiProperty({ example: 'Klyngestrategi 2.0' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  subtitle?: string | null;

  @ApiProperty({ example: '2016-01-01' })
  @IsDateOnly()
  periodStart: string;

  @ApiProperty({ example: '2018-12-31' })
  @IsDateOnly()
  periodEnd: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  vision?: string;
}

export class UpdateStrategyDto extends UpdateDto(CreateStrategyDto) {}
