import { EntityManager } from 'typeorm';
import { draftsReadBy } from '@pejling/contracts';
import type { Actor } from './actor';
import { ownInitiativeIds } from './ownership';

/**
 * Which drafts of status reports an actor reads (the contracts' `draftsReadBy`), as the
 * values of `readsDraftsOf`'s parameters: every draft, or those of the initiatives listed.
 */
export interface DraftReader {
  allDrafts: boolean;
  draftInitiatives: number[];
}

export async function draftReaderOf(manager: EntityManager, actor: Actor): Promise<DraftReader> {
  switch (draftsReadBy(actor.role)) {
    case 'all':
      return { allDrafts: true, draftInitiatives: [] };
    case 'own-initiatives':
      return { allDrafts: false, draftInitiatives: await ownInitiativeIds(manager, actor) };
    case 'none':
      return { allDrafts: false, draftInitiatives: [] };
  }
}

/**
 * SQL that holds when the actor reads the drafts of the initiative `initiativeId` (an SQL
 * expression); `parameters` name a `DraftReader`'s values in the query (named, as a query
 * builder takes them, by default).
 */
export function readsDraftsOf(
  initiativeId: string,
  parameters: [allDrafts: string, draftInitiatives: string] = [':allDrafts', ':draftInitiatives'],
): string {
  return `(${parameters[0]} OR ${initiativeId} = ANY(${parameters[1]}))`;
}

/** Who reads a draft report, for the message of a refusal. */
export const DRAFT_READERS =
  'a draft report is read only by the secretariat and by those who report on its initiative';
