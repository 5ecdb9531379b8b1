import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { IsRecordId, UpdateDto } from '../../core/http/dto';

/** The longest comment, in characters. */
export const COMMENT_MAX_LENGTH = 5000;

/** A new comment. Its author is the signed-in person, so the body cannot name one. */
export class CreateCommentDto {
  @ApiProperty()
  @IsRecordId()
  initiativeId: number;

  @ApiProperty({
    example: 'Workshoppen er flyttet til september; vi afventer regionernes deltagelse.',
    maxLength: COMMENT_MAX_LENGTH,
  })
  @IsString()
  @Matches(/\S/, { message: 'body must not be blank' })
  @MaxLength(COMMENT_MAX_LENGTH)
  body: string;
}

/** Only the text changes; the initiative must be the one the comment is on. */
export class UpdateCommentDto extends UpdateDto(CreateCommentDto, ['authorPersonId', 'editedAt']) {}
