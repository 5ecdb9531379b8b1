import { levels, type Level } from 'pino';
import type { AppConfig } from '../config/config';

/** `LOG_LEVEL` speaks Nest's words; pino has its own for the same thresholds. */
const PINO_LEVELS: Record<AppConfig['logLevel'], Level> = {
  error: 'error',
  warn: 'warn',
  log: 'info',
  debug: 'debug',
  verbose: 'trace',
};

/**
 * The pino level for a configuration. Under NODE_ENV=test it is never chattier than
 * `warn`: a test run prints nothing for the requests it makes, but still shows a 500.
 */
export function pinoLevel(config: Pick<AppConfig, 'logLevel' | 'env'>): Level {
  const level = PINO_LEVELS[config.logLevel];
  if (config.env === 'test' && levels.values[level] < levels.values['warn']) return 'warn';
  return level;
}
