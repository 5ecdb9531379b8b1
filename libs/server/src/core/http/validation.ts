import { BadRequestException, Type, ValidationError, ValidationPipe } from '@nestjs/common';

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

/**
 * Validation for every request body: unknown fields are refused (not ignored), values are
 * not coerced between types, and the 400 names every bad field.
 */
export function createValidationPipe(expectedType?: Type<unknown>): ValidationPipe {
  return new ValidationPipe({
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
