import { Logger } from '@nestjs/common';
import { Queue, QueueOptions } from 'bullmq';

const logger = new Logger('Queue');

/**
 * A BullMQ queue that logs its connection errors (Redis down, refused, reset) from the
 * moment it is created: an `error` event before anyone listens would be printed raw. The
 * same message is logged once a minute at most, as ioredis retries every second or two.
 */
export class LoggedQueue extends Queue {
  private readonly lastLogged = new Map<string, number>();

  constructor(name: string, opts?: QueueOptions) {
    super(name, opts);
    this.on('error', (error: Error) => {
      const now = Date.now();
      if (now - (this.lastLogged.get(error.message) ?? 0) < 60_000) return;
      this.lastLogged.set(error.message, now);
      logger.warn(`queue ${name}: ${error.message}`);
    });
  }
}
