import { BadRequestException, Type, ValidationError, ValidationPipe } from '@nestjs/common';

function flatten(errors: ValidationError[], prefix = ''): { field: string; messages: string[] }[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = error.constraints
      ? [
          {
            field,
            // class-validator says "property x should not exist" for unknown fields.
            messages: Object.values(error.constraints).map((m) =>
              m.startsWith(`property ${error.property} `) ? `${field}: is not a field of this resource` : m,
            ),
          },
        ]
      : [];
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
    validationError: { target: false, value: false },
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
