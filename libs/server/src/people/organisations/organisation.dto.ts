import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { ORGANISATION_KINDS, OrganisationKind, REGIONS, Region } from '@pejling/contracts';
import { IsRecordId, UpdateDto } from '../../core/http/dto';

export class CreateOrganisationDto {
  @ApiProperty({ example: 'Uddannelses- og Forskningsministeriet' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name: string;

  @ApiProperty({ example: 'UFM' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(30)
  shortName: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS)
  kind: OrganisationKind;

  @ApiPropertyOptional({ enum: REGIONS, nullable: true })
  @IsOptional()
  @IsIn(REGIONS)
  region?: Region | null;

  @ApiPropertyOptional({
    nullable: true,
    description: 'the person escalations of overdue milestones go to',
  })
  @IsOptional()
  @IsRecordId()
  contactPersonId?: number | null;
}

export class UpdateOrganisationDto extends UpdateDto(CreateOrganisationDto) {}
