import { Inject, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Me } from '@pejling/contracts';
import { APP_CONFIG } from '../core/config/config.module';
import type { AppConfig } from '../core/config/config';
import { fieldError } from '../core/http/validation';
import type { Actor } from '../records/actor';
import { ownInitiativeIds } from '../records/ownership';
import { dataTargetIds } from '../records/data-ownership';
import { assertGoodPassword, decoy, hashPassword, verifyPassword } from './passwords';
import { operationsFor, permissionsFor } from '@pejling/contracts';
import { SessionsService } from './sessions.service';
import { SignInThrottle } from './sign-in-throttle';
import { createInvitation } from './invitations';
import { useSignInToken } from './link-tokens';
import { tokenHash } from './tokens';
import { Metrics } from '../core/metrics/metrics';

export interface Client {
  ip: string;
  userAgent?: string;
}

const normalise = (email: string) => email.trim().toLowerCase();

/** Signing in and out, passwords and invitations. */
@Injectable()
export class AuthService {
  private readonly logger = new Logger('Auth');
  private readonly throttle: SignInThrottle;

  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: Metrics,
  ) {
    this.throttle = new SignInThrottle(dataSource);
  }

  /**
   * Checks e-mail and password and starts a session. A wrong e-mail and a wrong password
   * get the same answer, in about the same time.
   */
  async login(
    emailInput: string,
    password: string,
    client: Client,
  ): Promise<{ token: string; me: Me }> {
    const email = normalise(emailInput);
    await this.throttle.begin(email, client.ip).catch((error) => {
      this.logger.warn(`sign-in refused (throttled) for ${email} from ${client.ip}`);
      this.metrics.signInFailures.inc({ reason: 'throttled' });
      throw error;
    });
    const [person]: { id: number; password_hash: string | null; active: boolean }[] =
      await this.dataSource.query(
        'SELECT id, password_hash, active FROM people WHERE lower(email) = $1',
        [email],
      );
    const valid = await verifyPassword(person?.password_hash ?? (await decoy()), password);
    if (!person || !valid || !person.active || !person.password_hash) {
      // `begin` has already counted the attempt as failed.
      this.logger.warn(`sign-in failed for ${email} from ${client.ip}`);
      this.metrics.signInFailures.inc({ reason: 'wrong_credentials' });
      throw new UnauthorizedException('wrong e-mail or password');
    }
    await this.throttle.clear(email);
    const token = await this.sessions.create(person.id, client);
    this.logger.log(`signed in: person ${person.id} from ${client.ip}`);
    return { token, me: await this.me(await this.actorOf(person.id)) };
  }

  /**
   * Signs in with a link from a reminder e-mail: no password, as the link came to the
   * person's own mailbox. Answers the session token and where the link leads.
   */
  async signInWithLink(
    linkToken: string,
    client: Client,
  ): Promise<{ token: string; me: Me; path: string }> {
    const link = await useSignInToken(this.dataSource, linkToken);
    if (!link) {
      this.logger.warn(`sign-in link refused from ${client.ip}`);
      throw fieldError(
        'token',
        'the link is unknown, used or expired; sign in with your password, or use the link in a newer e-mail',
      );
    }
    const token = await this.sessions.create(link.personId, client);
    this.logger.log(`signed in by link: person ${link.personId} from ${client.ip}`);
    return { token, me: await this.me(await this.actorOf(link.personId)), path: link.path };
  }

  async logout(token: string | undefined, actor: Actor | undefined): Promise<void> {
    if (token) await this.sessions.revoke(token);
    if (actor) this.logger.log(`signed out: person ${actor.personId}`);
  }

  /** The signed-in person with what their role allows. */
  async me(actor: Actor): Promise<Me> {
    const [row] = await this.dataSource.query(
      `SELECT p.id, p.name, p.email, p.organisation_id AS "organisationId", p.language,
              o.id AS org_id, o.name AS org_name, o.short_name AS org_short
         FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id
        WHERE p.id = $1`,
      [actor.personId],
    );
    return {
      person: {
        id: row.id,
        name: row.name,
        email: row.email,
        organisationId: row.organisationId,
        language: row.language,
      },
      role: actor.role,
      organisation: row.org_id
        ? { id: row.org_id, name: row.org_name, shortName: row.org_short }
        : null,
      permissions: permissionsFor(actor.role),
      operations: operationsFor(actor.role),
      initiativeIds:
        actor.role === 'owner' ? await ownInitiativeIds(this.dataSource.manager, actor) : [],
      dataTargetIds: await dataTargetIds(this.dataSource.manager, actor),
    };
  }

  /** A new password for oneself; the other sessions of the person end. */
  async changePassword(
    actor: Actor,
    current: string,
    next: string,
    keepSession: string | undefined,
  ) {
    const [row] = await this.dataSource.query('SELECT password_hash FROM people WHERE id = $1', [
      actor.personId,
    ]);
    if (!(await verifyPassword(row?.password_hash ?? null, current))) {
      throw fieldError('currentPassword', 'is not your current password');
    }
    assertGoodPassword(next, 'newPassword');
    await this.setPassword(actor.personId as number, next, keepSession);
    this.logger.log(`password changed: person ${actor.personId}`);
  }

  /**
   * An invitation, without an e-mail (`npm run user:create`): a single-use link that lets a
   * person set their first (or a new) password. The secretariat's invitations are also
   * e-mailed (`InvitationsService`).
   */
  async invite(personId: number, by: Actor): Promise<{ url: string; expiresAt: string }> {
    const { url, expiresAt } = await createInvitation(this.dataSource, personId, by, {
      days: this.config.invitationDays,
      appUrl: this.config.appUrl,
      email: false,
    });
    this.logger.log(`invitation made for person ${personId} by ${by.personId ?? 'the system'}`);
    return { url, expiresAt };
  }

  /**
   * Sets a password from an invitation link. The link works once, and only while its
   * invitation is the person's newest; setting the password ends the person's other links.
   */
  async acceptInvitation(token: string, password: string): Promise<void> {
    assertGoodPassword(password, 'password');
    const personId = await this.dataSource.transaction(async (m) => {
      // TypeORM answers an UPDATE as [rows, affected count], even with RETURNING.
      const [[row]]: [{ person_id: number }[], number] = await m.query(
        `UPDATE password_tokens t SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
            AND (invitation_id IS NULL
                 OR invitation_id = (SELECT max(i.id) FROM invitations i WHERE i.person_id = t.person_id))
          RETURNING person_id`,
        [tokenHash(token)],
      );
      if (!row)
        throw fieldError(
          'token',
          'the link is unknown, used or expired; ask the secretariat for a new one',
        );
      await m.query(
        'UPDATE password_tokens SET used_at = now() WHERE person_id = $1 AND used_at IS NULL',
        [row.person_id],
      );
      return row.person_id as number;
    });
    await this.setPassword(personId, password);
    this.logger.log(`invitation accepted: person ${personId}`);
  }

  private async setPassword(personId: number, password: string, keepSession?: string) {
    const hash = await hashPassword(password);
    await this.dataSource.transaction(async (m) => {
      await m.query(
        'UPDATE people SET password_hash = $2, password_changed_at = now() WHERE id = $1',
        [personId, hash],
      );
      await this.sessions.revokeAllOf(personId, m, keepSession);
    });
  }

  private async actorOf(personId: number): Promise<Actor> {
    const [row] = await this.dataSource.query(
      'SELECT id AS "personId", name, role, organisation_id AS "organisationId" FROM people WHERE id = $1',
      [personId],
    );
    return row;
  }
}
