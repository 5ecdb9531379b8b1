import { representation } from '../common/recordNames';

/** Decisions and action items have no pages of their own: they live on their round's. */
export const roundOutcomes = {
  recordRepresentation: representation('round-outcomes'),
};
