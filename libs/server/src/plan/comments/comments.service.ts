import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { CommentRecord, mayWriteAuthored } from '@pejling/contracts';
import type { Actor } from '../../records/actor';
import { forbidden } from '../../records/access';
import { RecordStore, WriteCheck } from '../../records/record-store';
import { fieldError } from '../../core/http/validation';
import { notFound } from '../../records/versioned-write';
import { CreateCommentDto, UpdateCommentDto } from './comment.dto';
import { Comment } from './comment.entity';
import { col, nullable, RECORD_META } from '../../records/columns';
import { storyDaySql } from '../../core/clock/clock';

/** A comment as it is written: the body's fields, and the author from the session. */
type SignedComment = CreateCommentDto & { authorPersonId?: number };

/**
 * Comments on initiatives. Everyone signed in reads them and writes them on any initiative
 * (a comment is conversation, not a change to the plan: the steering group, which changes
 * nothing of the plan, comments too), always as themselves. Only the author changes a
 * comment; the author or the secretariat deletes it.
 */
@Injectable()
export class CommentsService extends RecordStore<
  CommentRecord,
  Comment,
  CreateCommentDto,
  UpdateCommentDto
> {
  constructor(dataSource: DataSource) {
    super(dataSource, {
      entity: Comment,
      resource: 'comments',
      label: 'comment',
      // A comment's changes belong to its initiative's history.
      initiativeOf: (record) => record.initiativeId,
      read: {
        from: ['comments', 'c'],
        columns: {
          ...RECORD_META,
          initiativeId: col.int(),
          authorPersonId: col.int(),
          body: col.text(),
          editedAt: nullable(col.instant()),
        },
        sortable: ['id', 'createdAt', 'initiativeId', 'authorPersonId'],
        // By day, then by the order they were written (see storyDaySql).
        sortBy: { createdAt: storyDaySql('c.created_at') },
        defaultSort: ['createdAt', 'ASC'],
        filters: {
          q: { kind: 'text', columns: ['c.body'] },
          initiativeId: { kind: 'id', column: 'c.initiative_id' },
          authorPersonId: { kind: 'id', column: 'c.author_person_id' },
        },
      },
      toColumns: (dto: SignedComment) => ({
        initiativeId: dto.initiativeId,
        authorPersonId: dto.authorPersonId,
        body: dto.body.trim(),
      }),
    });
  }

  protected override async checkWrite({
    action,
    actor,
    manager,
    before,
    dto,
  }: WriteCheck<CommentRecord, CreateCommentDto>) {
    if (action === 'create' && dto) {
      await assertInitiativeExists(manager, dto.initiativeId);
      (dto as SignedComment).authorPersonId = authorOf(actor);
      return;
    }
    if (!before) return;
    if (!mayWriteAuthored(actor, 'comments', action, before)) {
      const who = action === 'edit' ? 'its author' : 'its author or the secretariat';
      const verb = action === 'edit' ? 'change' : 'delete';
      throw forbidden(
        `comment ${before.id} was written by someone else: only ${who} may ${verb} it`,
      );
    }
    if (dto && dto.initiativeId !== before.initiativeId) {
      throw fieldError('initiativeId', 'a comment stays on the initiative it was written on');
    }
  }

  /** An update changes the text only, and marks the comment edited if the text changed. */
  protected override async columnsFor(dto: CreateCommentDto, manager: EntityManager, id?: number) {
    const columns = this.options.toColumns(dto);
    if (id === undefined) return columns;
    const [stored]: { body: string }[] = await manager.query(
      'SELECT body FROM comments WHERE id = $1',
      [id],
    );
    if (stored.body === columns.body) return { body: columns.body };
    // The same instant as `updatedAt`, set by the database as the row is written.
    return { body: columns.body, editedAt: (() => 'pejling_now()') as unknown as Date };
  }
}

/** A comment is signed by a person: the system (command line, seed) has none. */
function authorOf(actor: Actor): number {
  if (actor.personId === null) throw forbidden('a comment must be written by a signed-in person');
  return actor.personId;
}

/** An unknown initiative is a 404, as it would be at its own address. */
async function assertInitiativeExists(manager: EntityManager, initiativeId: number) {
  const rows = await manager.query('SELECT 1 FROM initiatives WHERE id = $1', [initiativeId]);
  if (!rows.length) throw notFound('initiative', initiativeId);
}
