import { Module } from '@nestjs/common';
import { ReminderDeliveriesController } from './reminder-deliveries.controller';
import { ReminderDeliveriesService } from './reminder-deliveries.service';
import { ReminderDispatcher } from './reminder-dispatcher';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';

/**
 * Reminders in the API: run the scan by hand (it records and enqueues, like the daily
 * job) and read the delivery log. Nothing here sends: the API needs no worker running.
 */
@Module({
  controllers: [RemindersController, ReminderDeliveriesController],
  providers: [RemindersService, ReminderDeliveriesService, ReminderDispatcher],
})
export class RemindersModule {}
