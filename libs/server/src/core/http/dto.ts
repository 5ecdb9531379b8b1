import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import {
  Allow,
  IsInt,
  Min,
  ValidationArguments,
  ValidationOptions,
  registerDecorator,
} from 'class-validator';

/** A calendar date as `YYYY-MM-DD` that really exists (no 2017-02-30). */
export function IsDateOnly(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDateOnly',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
          const date = new Date(`${value}T00:00:00Z`);
          return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
        },
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must be a date as YYYY-MM-DD`,
      },
    });
}

/** Fields every record has that a client may send back but never sets. */
const RECORD_META = ['id', 'createdAt', 'updatedAt'] as const;

/**
 * The body of `PUT /<resource>/:id`: the create fields, the `version` the client read (the
 * optimistic-lock token), and the read-only fields react-admin's edit form sends back
 * (accepted and ignored). Anything else is still refused.
 */
export function UpdateDto<C>(createDto: Type<C>, readOnly: readonly string[] = []) {
  class Update extends (createDto as Type<object>) {
    @ApiProperty({ description: 'the version that was read; a stale one is refused with 409' })
    @IsInt()
    @Min(1)
    version: number;
  }
  for (const field of [...RECORD_META, ...readOnly]) {
    Allow()(Update.prototype, field);
  }
  return Update as Type<C & { version: number }>;
}

/** Drops the read-only fields that `UpdateDto` accepted, keeping only what may be written. */
export function writable<C extends object>(dto: C, fields: readonly (keyof C)[]): Partial<C> {
  const out: Partial<C> = {};
  for (const field of fields) {
    if (dto[field] !== undefined) out[field] = dto[field];
  }
  return out;
}
