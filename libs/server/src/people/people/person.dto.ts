import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { LANGUAGES, Language, REMINDER_MODES, ReminderMode, ROLES, Role } from '@pejling/contracts';
import { IsRecordId, UpdateDto } from '../../core/http/dto';

export class CreatePersonDto {
  @ApiProperty({ example: 'Mette Jensen' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'mette.jensen@ufm.dk' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsRecordId()
  organisationId?: number | null;

  @ApiPropertyOptional({ nullable: true, example: 'Specialkonsulent' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string | null;

  @ApiPropertyOptional({ enum: ROLES, default: 'owner' })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ default: true, description: 'an inactive person cannot sign in' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'da' })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({
    enum: REMINDER_MODES,
    default: 'digest',
    description: 'one e-mail a day with every reminder, or one per milestone',
  })
  @IsOptional()
  @IsIn(REMINDER_MODES)
  reminderMode?: ReminderMode;

  @ApiPropertyOptional({
    default: true,
    description: 'false: no reminders but escalations (what unsubscribing sets)',
  })
  @IsOptional()
  @IsBoolean()
  remindersEnabled?: boolean;
}

export class UpdatePersonDto extends UpdateDto(CreatePersonDto, [
  'hasPassword',
  'calendarFeedSince',
]) {}
