import { Module } from '@nestjs/common';
import { MailModule } from '../core/mail/mail.module';
import { DigestSender } from './digest-sender';
import { InvitationSender } from './invitations/invitation-sender';
import { ReminderDispatcher } from './reminder-dispatcher';
import { RemindersProcessor } from './reminders.processor';
import { RemindersScheduler } from './reminders.scheduler';

/**
 * Reminders in the worker: the schedules (the daily scan, the check that the queue has
 * every unsent e-mail), and the processor that runs the scan and sends the digests and
 * the invitations. Only the worker process imports this module: a
 * `@Processor` anywhere in a process makes it take jobs.
 */
@Module({
  imports: [MailModule],
  providers: [
    RemindersProcessor,
    RemindersScheduler,
    ReminderDispatcher,
    DigestSender,
    InvitationSender,
  ],
})
export class RemindersWorkerModule {}
