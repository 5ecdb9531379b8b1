import { DataSource } from 'typeorm';
import { ROLES, Role } from '@pejling/contracts';
import { recordAudit } from '../records/audit-trail';
import type { AppConfig } from '../core/config/config';
import { SYSTEM_ACTOR } from '../records/actor';
import { AuthService } from './auth.service';
import { SessionsService } from './sessions.service';
import { Metrics } from '../core/metrics/metrics';

/**
 * `npm run user:create`: the way in for a new installation, which has no accounts. Creates
 * the person (or finds them by e-mail and gives them the role) and answers a one-time link
 * to set their password.
 */
export async function createFirstUser(
  dataSource: DataSource,
  config: AppConfig,
  input: { email: string; role: string; name?: string },
): Promise<{ url: string; expiresAt: string }> {
  if (!ROLES.includes(input.role as Role)) {
    throw new Error(`--role must be one of ${ROLES.join(', ')}`);
  }
  if (!/^[^@\s]+@[^@\s]+$/.test(input.email)) throw new Error('--email must be an e-mail address');
  const personId = await dataSource.transaction(async (m) => {
    const [existing] = await m.query(
      'SELECT to_jsonb(p) - $2::text AS row, id FROM people p WHERE lower(email) = lower($1)',
      [input.email, 'password_hash'],
    );
    // TypeORM answers an UPDATE as [rows, affected count], an INSERT as rows.
    const [after] = existing
      ? (
          await m.query(
            `UPDATE people SET role = $2, active = true, version = version + 1, updated_at = pejling_now()
              WHERE id = $1 RETURNING id, to_jsonb(people) - 'password_hash' AS row`,
            [existing.id, input.role],
          )
        )[0]
      : await m.query(
          `INSERT INTO people (name, email, role) VALUES ($1, $2, $3)
           RETURNING id, to_jsonb(people) - 'password_hash' AS row`,
          [input.name ?? input.email.split('@')[0], input.email, input.role],
        );
    await recordAudit(m, {
      actor: SYSTEM_ACTOR,
      resource: 'people',
      recordId: after.id,
      action: existing ? 'update' : 'create',
      before: existing?.row ?? null,
      after: after.row,
      initiativeId: null,
    });
    return after.id as number;
  });
  // The command line serves no metrics: its counts go to a registry nobody reads.
  const sessions = new SessionsService(dataSource, config);
  const auth = new AuthService(dataSource, sessions, config, new Metrics(false));
  return auth.invite(personId, SYSTEM_ACTOR);
}
