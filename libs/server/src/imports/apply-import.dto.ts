import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  MAX_IMPORT_ROWS,
  WORKBOOK_SHEETS,
  type ImportApplyRequest,
  type WorkbookSheet,
} from '@pejling/contracts';
import { IsRecordId } from '../core/http/dto';

class DeletionDto {
  @IsIn(WORKBOOK_SHEETS)
  sheet: WorkbookSheet;

  @IsRecordId()
  id: number;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  key?: string;
}

/** `POST /imports/:id/apply`. */
export class ApplyImportDto implements ImportApplyRequest {
  @ApiPropertyOptional({
    type: [String],
    description: 'people (by their stored e-mail) whose change of e-mail or role is confirmed',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_IMPORT_ROWS)
  @IsEmail({}, { each: true })
  confirm?: string[];

  @ApiPropertyOptional({ description: 'records listed as not in the file, to delete' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_IMPORT_ROWS)
  @ValidateNested({ each: true })
  @Type(() => DeletionDto)
  delete?: DeletionDto[];
}
