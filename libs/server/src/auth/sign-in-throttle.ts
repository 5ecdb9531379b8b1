import { HttpException, HttpStatus } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Failed sign-ins counted over this window … */
const WINDOW_MINUTES = 15;
/** … at most this many for one account … */
const MAX_PER_ACCOUNT = 5;
/** … and this many from one address (several people behind one office's address). */
const MAX_PER_ADDRESS = 30;

/**
 * Throttles guessing: too many failed sign-ins for an account, or from an address, within
 * the window answer 429 until the oldest failure leaves the window. Kept in Postgres, so
 * it holds across API processes and restarts.
 *
 * An attempt counts as a failure from before its password is checked (`begin`) until it
 * succeeds (`clear`): otherwise parallel attempts would all pass the check while the first
 * is still being verified, and a burst would get any number of guesses.
 */
export class SignInThrottle {
  constructor(private readonly dataSource: DataSource) {}

  /** Refuses the attempt with 429 when over a limit, and otherwise counts it as failed. */
  async begin(email: string, ip: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      // One attempt at a time per account and per address between the count and the insert;
      // accounts (key space 1) are always locked before addresses (2), so none wait in a ring.
      await m.query(
        'SELECT pg_advisory_xact_lock(1, hashtext($1)), pg_advisory_xact_lock(2, hashtext($2))',
        [email, ip],
      );
      const [row] = await m.query(
        `SELECT count(*) FILTER (WHERE email = $1)::int AS account,
                count(*) FILTER (WHERE ip = $2)::int AS address,
                ceil(extract(epoch FROM min(at) + make_interval(mins => $3) - now()))::int AS wait
           FROM sign_in_failures
          WHERE (email = $1 OR ip = $2) AND at > now() - make_interval(mins => $3)`,
        [email, ip, WINDOW_MINUTES],
      );
      if (row.account >= MAX_PER_ACCOUNT || row.address >= MAX_PER_ADDRESS) {
        throw new HttpException(
          {
            statusCode: 429,
            error: 'Too Many Requests',
            message: 'too many failed sign-ins; wait a while and try again',
            retryAfter: Math.max(1, row.wait ?? 60),
          },
          HttpStatus.TOO_MANY_REQUESTS,
        );
      }
      await m.query('INSERT INTO sign_in_failures (email, ip) VALUES ($1, $2)', [email, ip]);
    });
    // Old failures count for nothing; keep the table small.
    await this.dataSource.query(`DELETE FROM sign_in_failures WHERE at < now() - interval '1 day'`);
  }

  /** A successful sign-in: the account's failures, this attempt's included, are forgiven. */
  async clear(email: string): Promise<void> {
    await this.dataSource.query('DELETE FROM sign_in_failures WHERE email = $1', [email]);
  }
}
