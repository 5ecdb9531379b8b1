import type { Identifier } from 'react-admin';

/** The round's compiled report, as a page. */
export const roundReportPath = (roundId: Identifier) => `/reporting-rounds/${roundId}/report`;

/**
 * The form on which an owner answers a round for one initiative. The server's sign-in
 * links in a round's e-mails lead to this very path: keep the two alike.
 */
export const ownerReportPath = (roundId: Identifier, initiativeId: Identifier) =>
  `/reporting-rounds/${roundId}/report/${initiativeId}`;
