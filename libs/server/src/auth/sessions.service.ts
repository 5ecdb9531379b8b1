import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../core/config/config.module';
import type { AppConfig } from '../core/config/config';
import type { Actor } from '../records/actor';
import { newToken, tokenHash } from './tokens';

/** How often a session's last-seen time is written: not on every request. */
const TOUCH_EVERY_MS = 60_000;

/**
 * Server-side sessions. The cookie holds a random token; the database holds its hash, who
 * it belongs to, when it was last used and when it ends at the latest. A session ends when
 * it is idle too long, too old, revoked at sign-out, or its person is deactivated.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Starts a session and answers the token for the cookie. */
  async create(personId: number, client: { ip?: string; userAgent?: string }): Promise<string> {
    const token = newToken();
    await this.dataSource.query(
      `INSERT INTO sessions (id_hash, person_id, expires_at, ip, user_agent)
       VALUES ($1, $2, now() + make_interval(days => $3), $4, $5)`,
      [
        tokenHash(token),
        personId,
        this.config.sessionMaxDays,
        client.ip ?? null,
        client.userAgent?.slice(0, 300) ?? null,
      ],
    );
    return token;
  }

  /** The actor a session token stands for, or undefined when it is unknown or has ended. */
  async resolve(token: string): Promise<Actor | undefined> {
    const rows: (Actor & { lastSeen: Date })[] = await this.dataSource.query(
      `SELECT p.id AS "personId", p.name, p.role, p.organisation_id AS "organisationId",
              s.last_seen_at AS "lastSeen"
         FROM sessions s JOIN people p ON p.id = s.person_id
        WHERE s.id_hash = $1 AND s.revoked_at IS NULL AND p.active
          AND s.expires_at > now()
          AND s.last_seen_at > now() - make_interval(mins => $2)`,
      [tokenHash(token), this.config.sessionIdleMinutes],
    );
    if (!rows.length) return undefined;
    const { lastSeen, ...actor } = rows[0];
    if (Date.now() - lastSeen.getTime() > TOUCH_EVERY_MS) {
      await this.dataSource.query('UPDATE sessions SET last_seen_at = now() WHERE id_hash = $1', [
        tokenHash(token),
      ]);
    }
    return actor;
  }

  async revoke(token: string): Promise<void> {
    await this.dataSource.query(
      'UPDATE sessions SET revoked_at = now() WHERE id_hash = $1 AND revoked_at IS NULL',
      [tokenHash(token)],
    );
  }

  /** Ends every session of a person (deactivated, or a new password), except `keep`. */
  async revokeAllOf(
    personId: number,
    manager: EntityManager = this.dataSource.manager,
    keep?: string,
  ) {
    await manager.query(
      `UPDATE sessions SET revoked_at = now()
        WHERE person_id = $1 AND revoked_at IS NULL AND ($2::text IS NULL OR id_hash <> $2)`,
      [personId, keep ? tokenHash(keep) : null],
    );
  }
}
