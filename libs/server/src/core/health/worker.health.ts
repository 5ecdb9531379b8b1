import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';

/** A worker run beside the API: started and not yet ready, ready, or dead (restarting). */
export type WorkerState = 'starting' | 'up' | 'down';

/**
 * The reminders, as the health check sees them when the API runs its own worker (`npm
 * start`): up while that worker is ready, down while it starts or restarts. An API whose
 * workers run apart (containers) is told nothing, and the check leaves reminders out.
 */
@Injectable()
export class WorkerHealthIndicator {
  private workerState?: () => WorkerState;

  constructor(private readonly indicator: HealthIndicatorService) {}

  /** Called by the process that runs the worker, with how to read its state. */
  follow(state: () => WorkerState): void {
    this.workerState = state;
  }

  get followed(): boolean {
    return this.workerState !== undefined;
  }

  check(key: string) {
    const check = this.indicator.check(key);
    const state = this.workerState?.();
    return state === 'up'
      ? check.up()
      : check.down({ message: `the worker beside the API is ${state ?? 'unknown'}` });
  }
}
