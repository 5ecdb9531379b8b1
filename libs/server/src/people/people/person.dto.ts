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
import { LANGUAGES, Language, ROLES, Role } from '@pejling/contracts';
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
}

export class UpdatePersonDto extends UpdateDto(CreatePersonDto, ['hasPassword']) {}
