import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReminderRule } from './rules/reminder-rule.entity';
import { ReminderDeliveriesController } from './reminder-deliveries.controller';
import { DeliveryMetrics } from './delivery-metrics';
import { ReminderDeliveriesService } from './reminder-deliveries.service';
import { ReminderDispatcher } from './reminder-dispatcher';
import { RemindersController } from './reminders.controller';
import { RemindersService } from './reminders.service';
import { ReminderRulesController } from './rules/reminder-rules.controller';
import { ReminderRulesService } from './rules/reminder-rules.service';
import { UnsubscribeController } from './unsubscribe.controller';

/**
 * Reminders in the API: the rules, running the scan by hand (it records and enqueues,
 * like the daily job), the delivery log with re-sending, and unsubscribing. Nothing here
 * sends: the API needs no worker running.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ReminderRule])],
  controllers: [
    RemindersController,
    ReminderRulesController,
    ReminderDeliveriesController,
    UnsubscribeController,
  ],
  providers: [
    RemindersService,
    ReminderRulesService,
    ReminderDeliveriesService,
    ReminderDispatcher,
    DeliveryMetrics,
  ],
  // Reporting rounds send their requests through it.
  exports: [ReminderDispatcher],
})
export class RemindersModule {}
