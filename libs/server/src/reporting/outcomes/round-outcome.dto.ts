import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ROUND_OUTCOME_KINDS, RoundOutcomeKind } from '@pejling/contracts';
import { IsDateOnly, IsRecordId, UpdateDto } from '../../core/http/dto';

export class CreateRoundOutcomeDto {
  @ApiProperty()
  @IsRecordId()
  roundId: number;

  @ApiProperty({ enum: ROUND_OUTCOME_KINDS })
  @IsIn(ROUND_OUTCOME_KINDS)
  kind: RoundOutcomeKind;

  @ApiProperty({ example: 'Sekretariatet udarbejder et oplæg om klyngernes finansiering' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  text: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsRecordId()
  responsiblePersonId?: number | null;

  @ApiPropertyOptional({ nullable: true, example: '2017-11-01' })
  @IsOptional()
  @IsDateOnly()
  dueDate?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'action items only: the initiative whose milestone the item becomes',
  })
  @IsOptional()
  @IsRecordId()
  initiativeId?: number | null;
}

export class UpdateRoundOutcomeDto extends UpdateDto(CreateRoundOutcomeDto, [
  'milestoneId',
  'createdByPersonId',
  'roundReviewed',
]) {}
