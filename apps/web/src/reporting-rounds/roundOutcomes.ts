import type { RoundOutcomeRecord } from '@pejling/contracts';

/** Decisions and action items have no pages of their own: they live on their round's. */
export const roundOutcomes = {
  recordRepresentation: (record: RoundOutcomeRecord) =>
    record.text.length > 60 ? `${record.text.slice(0, 60)}…` : record.text,
};
