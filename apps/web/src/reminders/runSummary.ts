import type { ReminderPreview, ReminderRun } from '@pejling/contracts';
import type { Translate } from '../i18n/types';

/**
 * What a preview says, sentence by sentence: what is due on the day, and what "Send now"
 * would do now: record the reminders not recorded yet, and queue e-mail (or, without a
 * mail server, put it in the outbox) to whom has something new or waiting. What is
 * recorded already is shown beside it, so that the run's answer says the same.
 */
export function previewSummary(preview: ReminderPreview, date: string, t: Translate): string[] {
  const due = preview.due.length;
  const out = [t(due ? 'pejling.run.due' : 'pejling.run.none_due', { smart_count: due, date })];
  if (!preview.queueAvailable) out.push(t('pejling.run.queue_down'));
  if (!preview.toRecord && !preview.toQueue) {
    if (due) out.push(t('pejling.run.would_nothing'));
    return out;
  }
  if (preview.toRecord) {
    out.push(t('pejling.run.would_record', { smart_count: preview.toRecord }));
  }
  if (preview.toQueue) {
    const key = preview.mail === 'smtp' ? 'pejling.run.would_queue' : 'pejling.run.would_outbox';
    out.push(t(key, { smart_count: preview.toQueue }));
  }
  return out;
}

/** What a run did, in the same words: what it recorded, and whom it queued e-mail to. */
export function runSummary(run: ReminderRun, t: Translate): string[] {
  const queued = run.queued.length;
  if (!run.recorded && !queued) return [t('pejling.run.nothing_new')];
  const out = [
    run.recorded
      ? t('pejling.run.recorded', { smart_count: run.recorded })
      : t('pejling.run.none_recorded'),
  ];
  if (queued) {
    const key = run.mail === 'smtp' ? 'pejling.run.queued' : 'pejling.run.outbox';
    out.push(t(key, { smart_count: queued }));
  }
  return out;
}
