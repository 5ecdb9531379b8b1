import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import {
  ESCALATION_TARGETS,
  EscalationTarget,
  REMINDER_KINDS,
  ReminderKind,
} from '@pejling/contracts';
import { UpdateDto } from '../../core/http/dto';

export class CreateReminderRuleDto {
  @ApiProperty({ enum: REMINDER_KINDS })
  @IsIn(REMINDER_KINDS)
  kind: ReminderKind;

  @ApiProperty({
    example: 14,
    description: 'due_soon: days before the due date; overdue and escalation: days after it',
  })
  @IsInt()
  @Min(0)
  @Max(365)
  days: number;

  @ApiPropertyOptional({
    nullable: true,
    example: 7,
    description: 'overdue only: then again every this many days while the milestone is open',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  repeatEveryDays?: number | null;

  @ApiPropertyOptional({
    enum: ESCALATION_TARGETS,
    nullable: true,
    description: 'escalation only (and required there): who is told besides the responsible person',
  })
  @IsOptional()
  @IsIn(ESCALATION_TARGETS)
  escalateTo?: EscalationTarget | null;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateReminderRuleDto extends UpdateDto(CreateReminderRuleDto) {}
