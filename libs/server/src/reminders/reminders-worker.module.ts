import { Module } from '@nestjs/common';
import { MailModule } from '../core/mail/mail.module';
import { DigestSender } from './digest-sender';
import { ReminderDispatcher } from './reminder-dispatcher';
import { RemindersProcessor } from './reminders.processor';
import { RemindersScheduler } from './reminders.scheduler';

/**
 * Reminders in the worker: the daily scan's scheduler, and the processor that runs the
 * scan and sends the digests. Only the worker process imports this module: a
 * `@Processor` anywhere in a process makes it take jobs.
 */
@Module({
  imports: [MailModule],
  providers: [RemindersProcessor, RemindersScheduler, ReminderDispatcher, DigestSender],
})
export class RemindersWorkerModule {}
