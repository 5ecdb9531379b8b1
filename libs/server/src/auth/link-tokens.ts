import type { DataSource, EntityManager } from 'typeorm';
import { newToken, tokenHash } from './tokens';

/** How long a sign-in link from an e-mail works (once). */
export const SIGN_IN_LINK_DAYS = 7;
/** How long an unsubscribe link works: a while after the e-mail is read, not for ever. */
export const UNSUBSCRIBE_LINK_DAYS = 365;
/** Expired tokens are deleted this long after they expired (the log can still explain a refusal). */
const PURGE_AFTER_DAYS = 30;

type Db = DataSource | EntityManager;
type Purpose = 'sign_in' | 'unsubscribe' | 'calendar';

/**
 * The secrets in e-mail and calendar links. Each is 256 random bits; the database keeps
 * only its SHA-256, so a copy of the database opens no link.
 */
async function issue(
  db: Db,
  purpose: Purpose,
  personId: number,
  days: number | null,
  path: string | null = null,
): Promise<{ token: string; createdAt: Date }> {
  const token = newToken();
  const [row] = await db.query(
    `INSERT INTO link_tokens (token_hash, purpose, person_id, path, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(days => $5))
     RETURNING created_at AS "createdAt"`,
    [tokenHash(token), purpose, personId, path, days],
  );
  return { token, createdAt: row.createdAt };
}

/** A link that signs the person in and opens `path` in the web app. */
export async function issueSignInToken(db: Db, personId: number, path: string): Promise<string> {
  return (await issue(db, 'sign_in', personId, SIGN_IN_LINK_DAYS, path)).token;
}

/**
 * Uses a sign-in link: answers whom it signs in and where it leads, or undefined when it
 * is unknown, used, expired or its person is inactive. Marking it used is the same
 * statement as reading it, so two clicks at once sign in once.
 */
export async function useSignInToken(
  db: Db,
  token: string,
): Promise<{ personId: number; path: string } | undefined> {
  // TypeORM answers an UPDATE as [rows, affected count], even with RETURNING.
  const [rows]: [{ personId: number; path: string }[], number] = await db.query(
    `UPDATE link_tokens t SET used_at = now()
       FROM people p
      WHERE t.token_hash = $1 AND t.purpose = 'sign_in' AND t.used_at IS NULL
        AND t.expires_at > now() AND p.id = t.person_id AND p.active
      RETURNING t.person_id AS "personId", t.path`,
    [tokenHash(token)],
  );
  return rows[0];
}

export async function issueUnsubscribeToken(db: Db, personId: number): Promise<string> {
  return (await issue(db, 'unsubscribe', personId, UNSUBSCRIBE_LINK_DAYS)).token;
}

/**
 * Whose unsubscribe link a token is, while it works; undefined when it is unknown or
 * expired. (The person's record is changed through `PeopleService`, versioned and audited.)
 */
export async function personOfUnsubscribeToken(db: Db, token: string): Promise<number | undefined> {
  const [row] = await db.query(
    `SELECT person_id AS "personId" FROM link_tokens
      WHERE token_hash = $1 AND purpose = 'unsubscribe' AND expires_at > now()`,
    [tokenHash(token)],
  );
  return row?.personId;
}

/**
 * A new calendar feed token for a person; the one before stops working. Both happen in
 * `manager`'s transaction.
 */
export async function renewCalendarToken(
  manager: EntityManager,
  personId: number,
): Promise<{ token: string; createdAt: Date }> {
  await revokeCalendarToken(manager, personId);
  return issue(manager, 'calendar', personId, null);
}

export async function revokeCalendarToken(db: Db, personId: number): Promise<void> {
  await db.query(
    `UPDATE link_tokens SET revoked_at = now()
      WHERE person_id = $1 AND purpose = 'calendar' AND revoked_at IS NULL`,
    [personId],
  );
}

/** When the person's live calendar token was made, or undefined without one. */
export async function calendarTokenCreatedAt(db: Db, personId: number): Promise<Date | undefined> {
  const [row] = await db.query(
    `SELECT created_at AS "createdAt" FROM link_tokens
      WHERE person_id = $1 AND purpose = 'calendar' AND revoked_at IS NULL`,
    [personId],
  );
  return row?.createdAt;
}

/** Whose calendar a token opens: an active person's, while the token is live. */
export async function personOfCalendarToken(db: Db, token: string): Promise<number | undefined> {
  const [row] = await db.query(
    `SELECT t.person_id AS "personId" FROM link_tokens t JOIN people p ON p.id = t.person_id
      WHERE t.token_hash = $1 AND t.purpose = 'calendar' AND t.revoked_at IS NULL AND p.active`,
    [tokenHash(token)],
  );
  return row?.personId;
}

/** Deletes tokens that expired, or were revoked, a while ago. */
export async function purgeExpiredLinkTokens(db: Db): Promise<number> {
  const [, count]: [unknown, number] = await db.query(
    `DELETE FROM link_tokens
      WHERE expires_at < now() - make_interval(days => $1)
         OR revoked_at < now() - make_interval(days => $1)`,
    [PURGE_AFTER_DAYS],
  );
  return count;
}
