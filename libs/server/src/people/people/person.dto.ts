import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
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
}

export class UpdatePersonDto extends UpdateDto(CreatePersonDto) {}
