import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CommentRecord } from '@pejling/contracts';
import { CrudController } from '../../records/crud-controller';
import { CreateCommentDto, UpdateCommentDto } from './comment.dto';
import { CommentsService } from './comments.service';

@ApiTags('comments')
@Controller('comments')
export class CommentsController extends CrudController<
  CommentRecord,
  CreateCommentDto,
  UpdateCommentDto
>('comments', CreateCommentDto, UpdateCommentDto) {
  constructor(service: CommentsService) {
    super(service);
  }
}
