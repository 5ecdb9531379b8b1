import { ApiPropertyOptional } from '@nestjs/swagger';
import type { ReminderRunRequest } from '@pejling/contracts';
import { IsBoolean, IsOptional } from 'class-validator';
import { IsDateOnly } from '../core/http/dto';

/** The body of `POST /api/reminders/run`. */
export class RunRemindersDto implements ReminderRunRequest {
  @ApiPropertyOptional({
    example: '2017-06-15',
    description: 'the day to run for; default: today in Europe/Copenhagen',
  })
  @IsOptional()
  @IsDateOnly()
  asOf?: string;

  @ApiPropertyOptional({ default: false, description: 'answer what would be sent; send nothing' })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}
