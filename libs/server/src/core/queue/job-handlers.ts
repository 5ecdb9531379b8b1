import type { Job } from 'bullmq';

/** What a processor does per job name: exactly one handler for each. */
export type JobHandlers<Name extends string> = Record<Name, (job: Job) => Promise<unknown>>;

/**
 * Refuses a processor whose handlers do not match its queue's job names one to one: a job
 * added under a name no handler knows would otherwise fail at run time, or, worse, a typo
 * would leave reminders unsent. Called when the processor is created, so that the worker
 * stops at boot, before it takes any job.
 */
export function assertHandlers(queue: string, names: readonly string[], handlers: object): void {
  const problems: string[] = [];
  const duplicated = names.filter((name, i) => names.indexOf(name) !== i);
  if (duplicated.length) problems.push(`job names given twice: ${duplicated.join(', ')}`);
  const handled = Object.keys(handlers);
  const missing = names.filter((name) => !handled.includes(name));
  if (missing.length) problems.push(`no handler for ${missing.join(', ')}`);
  const unknown = handled.filter((name) => !names.includes(name));
  if (unknown.length) problems.push(`handlers for jobs that do not exist: ${unknown.join(', ')}`);
  if (problems.length) throw new Error(`queue "${queue}": ${problems.join('; ')}`);
}

/** The handler of a job's name; undefined for a name the processor does not know. */
export function handlerFor<Name extends string>(
  handlers: JobHandlers<Name>,
  name: string,
): ((job: Job) => Promise<unknown>) | undefined {
  return Object.hasOwn(handlers, name) ? handlers[name as Name] : undefined;
}
