import {
  ArgumentMetadata,
  BadRequestException,
  Type,
  ValidationError,
  ValidationPipe,
} from '@nestjs/common';

/** One message per field: what is wrong with it, naming it. */
function describe(error: ValidationError, field: string): string {
  const constraints = error.constraints ?? {};
  if ('whitelistValidation' in constraints) return `${field}: is not a field of this resource`;
  if (error.value === undefined || error.value === null) return `${field}: is required`;
  return `${field}: ${Object.values(constraints)[0].replace(new RegExp(`^${error.property} `), '')}`;
}

function flatten(errors: ValidationError[], prefix = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints ? [{ field, messages: [describe(error, field)] }] : [];
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Deeper than any resource's body (a target's series are three levels down). */
const MAX_BODY_DEPTH = 16;

/**
 * The characters that override the direction of text (U+202A–U+202E embeddings and
 * overrides, U+2066–U+2069 isolates). Shown in an e-mail subject or a list, they reorder
 * what follows them, so that a title can pass for another ("Trojan Source"); no title,
 * name or text of a plan needs them.
 */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** What is wrong with a text of a body, if anything. */
function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'must not contain the NUL character (\\u0000)';
  if (DIRECTION_CONTROLS.test(text)) {
    return 'must not contain characters that override the direction of text (U+202A–U+202E, U+2066–U+2069)';
  }
  return undefined;
}

/**
 * What class-transformer, Postgres and the people who read a text cannot take, found
 * before any of them sees the body, in every text of every body: a nesting so deep that
 * copying it overflows the stack (a 500), a NUL character, which no Postgres text column
 * can store, and characters that override the direction of text.
 */
function screenBody(
  value: unknown,
  path: string,
  depth = 0,
): { field: string; message: string } | undefined {
  if (typeof value === 'string') {
    const message = textProblem(value);
    return message ? { field: path, message } : undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  if (depth >= MAX_BODY_DEPTH)
    return { field: path, message: `is nested more than ${MAX_BODY_DEPTH} levels deep` };
  for (const [key, child] of Object.entries(value)) {
    const found = screenBody(child, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return undefined;
}

class BodyValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata) {
    const problem = metadata.type === 'body' ? screenBody(value, '') : undefined;
    if (problem) throw fieldError(problem.field, problem.message);
    return super.transform(value, metadata);
  }
}

/**
 * Validation for every request body: unknown fields are refused (not ignored), values are
 * not coerced between types, and the 400 names every bad field.
 */
export function createValidationPipe(expectedType?: Type<unknown>): ValidationPipe {
  return new BodyValidationPipe({
    expectedType,
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    stopAtFirstError: true,
    // The value is read to tell "missing" from "wrong"; it never reaches the response.
    validationError: { target: false, value: true },
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return new BadRequestException({
        statusCode: 400,
        error: 'Bad Request',
        message: fields.map((f) => f.messages.join(', ')).join('; '),
        errors: fields,
      });
    },
  });
}

/** A 400 about one field, in the same shape as the validation pipe's. */
export function fieldError(field: string, problem: string): BadRequestException {
  const message = `${field}: ${problem}`;
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message,
    errors: [{ field, messages: [message] }],
  });
}
