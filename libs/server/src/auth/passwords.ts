import { dictionary } from '@zxcvbn-ts/language-common';
import * as argon2 from 'argon2';
import { MIN_PASSWORD_LENGTH } from '@pejling/contracts';
import { fieldError } from '../core/http/validation';

/** The 3 000 most used passwords, from zxcvbn-ts's ranked list of leaked passwords. */
const COMMON_PASSWORDS = new Set(dictionary.passwords.slice(0, 3000).map((p) => p.toLowerCase()));

/** argon2id with the library's defaults (64 MiB, 3 passes), the OWASP-recommended kind. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) return false;
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the e-mail is unknown, so both cases take as long. */
let decoyHash: Promise<string> | undefined;
export function decoy(): Promise<string> {
  decoyHash ??= hashPassword('pejling-decoy-password-that-matches-nothing');
  return decoyHash;
}

/** Why a new password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  }
  if (password.length > 200) return 'must be at most 200 characters';
  if (COMMON_PASSWORDS.has(password.toLowerCase())) return 'is one of the most common passwords';
  return undefined;
}

export function assertGoodPassword(password: string, field: string): void {
  const problem = passwordProblem(password);
  if (problem) throw fieldError(field, problem);
}
