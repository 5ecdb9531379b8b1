import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../records/actor';
import { notFound } from '../records/versioned-write';
import { newToken, tokenHash } from './tokens';

type Db = DataSource | EntityManager;

/** An invitation just made, with the link shown to whoever made it. */
export interface CreatedInvitation {
  id: number;
  personId: number;
  url: string;
  expiresAt: string;
}

/** The page of the web app where a link from an invitation sets the password. */
export function setPasswordUrl(appUrl: string, token: string): string {
  return `${appUrl.replace(/\/+$/, '')}/#/set-password?token=${token}`;
}

/** The job that e-mails an invitation; one per invitation. */
export function invitationJobId(invitationId: number): string {
  return `invitation-${invitationId}`;
}

/**
 * A single-use link of an invitation, valid until the invitation expires. Only its hash is
 * stored. An invitation may have several (the one shown to the secretariat, the one in
 * each e-mail sent); the first used sets the password and ends the others.
 */
export async function issuePasswordToken(db: Db, invitationId: number): Promise<string> {
  const token = newToken();
  await db.query(
    `INSERT INTO password_tokens (token_hash, person_id, created_by, expires_at, invitation_id)
     SELECT $1, person_id, created_by, expires_at, id FROM invitations WHERE id = $2`,
    [tokenHash(token), invitationId],
  );
  return token;
}

/**
 * A new invitation for a person to set their first (or a new) password, with a link to
 * show. Earlier invitations stop: their unused links no longer work, and an e-mail of
 * theirs not sent yet is not sent. With `email`, the invitation is to be e-mailed: it is
 * recorded as pending, for the caller to queue; without, the link is handed over by other
 * means (`npm run user:create`) and nothing is sent.
 */
export async function createInvitation(
  dataSource: DataSource,
  personId: number,
  by: Actor,
  options: { days: number; appUrl: string; email: boolean },
): Promise<CreatedInvitation> {
  return dataSource.transaction(async (tx) => {
    const [person] = await tx.query('SELECT id FROM people WHERE id = $1 FOR UPDATE', [personId]);
    if (!person) throw notFound('person', personId);
    await tx.query(
      'UPDATE password_tokens SET used_at = now() WHERE person_id = $1 AND used_at IS NULL',
      [personId],
    );
    await tx.query(
      `UPDATE invitations SET status = 'failed', problem = 'superseded', claimed_until = NULL
        WHERE person_id = $1 AND status IN ('pending', 'queued')`,
      [personId],
    );
    const [row]: { id: number; expiresAt: Date }[] = await tx.query(
      `INSERT INTO invitations (person_id, created_by, expires_at, status)
       VALUES ($1, $2, now() + make_interval(days => $3), $4)
       RETURNING id, expires_at AS "expiresAt"`,
      [personId, by.personId, options.days, options.email ? 'pending' : null],
    );
    const token = await issuePasswordToken(tx, row.id);
    return {
      id: row.id,
      personId,
      url: setPasswordUrl(options.appUrl, token),
      expiresAt: row.expiresAt.toISOString(),
    };
  });
}
