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
 * What class-transformer and Postgres cannot take, found before they see the body: a
 * nesting so deep that copying it overflows the stack (a 500), and a text holding a NUL
 * character, which no Postgres text column can store.
 */
function screenBody(
  value: unknown,
  path: string,
  depth = 0,
): { field: string; message: string } | undefined {
  if (typeof value === 'string') {
    return value.includes('\u0000')
      ? { field: path, message: 'must not contain the NUL character (\\u0000)' }
      : undefined;
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
