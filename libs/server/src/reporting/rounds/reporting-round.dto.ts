import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsDateOnly, IsRecordId, UpdateDto } from '../../core/http/dto';

export class CreateReportingRoundDto {
  @ApiProperty()
  @IsRecordId()
  strategyId: number;

  @ApiProperty({ example: 'Styregruppemøde september 2017' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty({ example: '2017-09-01', description: 'when the reports are due' })
  @IsDateOnly()
  dueDate: string;

  @ApiProperty({ example: '2017-09-14', description: 'the steering-group meeting' })
  @IsDateOnly()
  meetingDate: string;

  @ApiPropertyOptional({
    type: [Number],
    description:
      "the initiatives asked to report; default: the strategy's initiatives that are not completed or cancelled",
  })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(1000)
  @IsRecordId({ each: true })
  initiativeIds?: number[];

  @ApiPropertyOptional({
    nullable: true,
    example: 2016,
    description:
      'the year whose target figures the round asks the data owners for; none: it asks for none',
  })
  @IsOptional()
  @IsInt()
  @Min(1900)
  @Max(2200)
  figuresYear?: number | null;
}

export class UpdateReportingRoundDto extends UpdateDto(CreateReportingRoundDto, [
  'state',
  'openedAt',
  'closedAt',
  'submitted',
  'drafts',
  'missing',
  'reviewedBy',
]) {}
