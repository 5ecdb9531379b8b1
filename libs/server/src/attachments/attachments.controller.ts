import { Controller, Delete, Get, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ATTACHMENT_PARENT_TYPES, type AttachmentRecord } from '@pejling/contracts';
import { RecordId } from '../core/http/id.pipe';
import { StreamsMultipart } from '../core/http/multipart';
import { Actor, CurrentActor } from '../records/actor';
import { listResponse } from '../records/crud-controller';
import { RoleMay } from '../records/role-guard';
import { AttachmentsService } from './attachments.service';

/**
 * Files attached to records as evidence: listed per record, uploaded as a form, downloaded
 * (never shown inline), deleted. Never changed: a new version is a new file.
 */
@ApiTags('attachments')
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  @Get()
  @RoleMay('attachments', 'list')
  @ApiQuery({ name: 'filter', required: true, example: '{"parentType":"milestone","parentId":1}' })
  @ApiQuery({ name: 'sort', required: false, example: '["createdAt","ASC"]' })
  @ApiQuery({ name: 'range', required: false, example: '[0,24]' })
  list(
    @Query() query: Record<string, unknown>,
    @Res({ passthrough: true }) res: FastifyReply,
    @CurrentActor() actor: Actor,
  ): Promise<AttachmentRecord[]> {
    return listResponse('attachments', query, res, (params) =>
      this.attachments.list(params, actor),
    );
  }

  @Get(':id')
  @RoleMay('attachments', 'show')
  @ApiParam({ name: 'id', type: Number })
  get(@RecordId() id: number, @CurrentActor() actor: Actor): Promise<AttachmentRecord> {
    return this.attachments.get(id, actor);
  }

  /**
   * The file's bytes, as a download under its (safe) name and the type its content was
   * found to be: a browser neither shows it nor guesses another type for it.
   */
  @Get(':id/content')
  @RoleMay('attachments', 'show')
  @ApiParam({ name: 'id', type: Number })
  async content(
    @RecordId() id: number,
    @CurrentActor() actor: Actor,
    @Res() res: FastifyReply,
  ): Promise<void> {
    const { record, content } = await this.attachments.open(id, actor);
    await res
      .type(record.contentType)
      .header('Content-Length', String(record.size))
      .header('Content-Disposition', contentDisposition(record.fileName))
      .header('X-Content-Type-Options', 'nosniff')
      .header('Cache-Control', 'private, no-store')
      .send(content);
  }

  @Post()
  @RoleMay('attachments', 'create')
  @StreamsMultipart()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['parentType', 'parentId', 'file'],
      properties: {
        parentType: { type: 'string', enum: [...ATTACHMENT_PARENT_TYPES] },
        parentId: { type: 'integer' },
        file: { type: 'string', format: 'binary', description: 'last, after the fields' },
      },
    },
  })
  upload(@Req() request: FastifyRequest, @CurrentActor() actor: Actor): Promise<AttachmentRecord> {
    return this.attachments.upload(request.raw, actor);
  }

  @Delete(':id')
  @RoleMay('attachments', 'delete')
  @ApiParam({ name: 'id', type: Number })
  remove(@RecordId() id: number, @CurrentActor() actor: Actor): Promise<AttachmentRecord> {
    return this.attachments.remove(id, actor);
  }
}
