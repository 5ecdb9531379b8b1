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
 */
export class SignInThrottle {
  constructor(private readonly dataSource: DataSource) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [row] = await this.dataSource.query(
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
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    await this.dataSource.query('INSERT INTO sign_in_failures (email, ip) VALUES ($1, $2)', [
      email,
      ip,
    ]);
    // Old failures count for nothing; keep the table small.
    await this.dataSource.query(`DELETE FROM sign_in_failures WHERE at < now() - interval '1 day'`);
  }

  async clear(email: string): Promise<void> {
    await this.dataSource.query('DELETE FROM sign_in_failures WHERE email = $1', [email]);
  }
}
