import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  QUEUES,
  REMINDER_JOBS,
  type InvitationResult,
  type Language,
  type SendInvitationJobData,
} from '@pejling/contracts';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../core/config/config';
import { APP_CONFIG } from '../core/config/config.module';
import { mailModeOf } from '../core/mail/mailer';
import { addJobs, sendJobOptions } from '../core/queue/send-jobs';
import type { Actor } from '../records/actor';
import { createInvitation, invitationJobId } from './invitations';
import { Clock } from '../core/clock/clock';

/**
 * The secretariat's invitations (`POST /api/people/:id/invitation`): a link to set the
 * password, shown to the secretariat and e-mailed to the person in their language through
 * the reminder queue, like every e-mail Pejling sends. The invitation is the record of its
 * e-mail (status, attempts, the mail server's answer); the worker sends it. When the queue
 * cannot be reached the link is still given, and the worker's regular check queues the
 * e-mail once Redis is back.
 */
@Injectable()
export class InvitationsService {
  private readonly logger = new Logger('Auth');

  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(QUEUES.reminders) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async invite(personId: number, by: Actor): Promise<InvitationResult> {
    const invitation = await createInvitation(this.dataSource, personId, by, {
      days: this.config.invitationDays,
      appUrl: this.config.appUrl,
      email: true,
    });
    const [person]: { email: string; language: Language }[] = await this.dataSource.query(
      'SELECT email, language FROM people WHERE id = $1',
      [personId],
    );
    const queued = await this.queueEmail(invitation.id);
    this.logger.log(
      `invitation ${invitation.id} made for person ${personId} by ${by.personId ?? 'the system'}` +
        (queued ? '' : ', its e-mail waits for the queue'),
    );
    return {
      url: invitation.url,
      // The link expires in real time; the person reads when on the story's clock.
      expiresAt: this.clock.toStory(new Date(invitation.expiresAt)).toISOString(),
      email: { to: person.email, language: person.language, mail: mailModeOf(this.config), queued },
    };
  }

  /** Queues the invitation's e-mail; false, and said on the invitation, when Redis is away. */
  private async queueEmail(invitationId: number): Promise<boolean> {
    const jobId = invitationJobId(invitationId);
    try {
      await addJobs(
        this.queue,
        [
          {
            name: REMINDER_JOBS.sendInvitation,
            data: { invitationId } satisfies SendInvitationJobData,
            opts: sendJobOptions(jobId),
          },
        ],
        'the invitation',
      );
    } catch (error) {
      await this.dataSource.query(
        `UPDATE invitations SET problem = 'not_queued', error = $2 WHERE id = $1 AND status = 'pending'`,
        [invitationId, (error as Error).message],
      );
      return false;
    }
    await this.dataSource.query(
      `UPDATE invitations SET status = 'queued', job_id = $2, next_attempt_at = now()
        WHERE id = $1 AND status = 'pending'`,
      [invitationId, jobId],
    );
    return true;
  }
}
