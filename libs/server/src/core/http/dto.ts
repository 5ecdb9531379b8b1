import { Type, applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import {
  Allow,
  IsInt,
  Max,
  Min,
  ValidationArguments,
  ValidationOptions,
  registerDecorator,
} from 'class-validator';
import { MAX_ID } from './id.pipe';

/**
 * Whether a value is a calendar date as `YYYY-MM-DD` that really exists (no 2017-02-30)
 * and that Postgres can store (no year 0000).
 */
export function isDateOnly(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || value < '0001')
    return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A calendar date as `YYYY-MM-DD` that really exists (no 2017-02-30). */
export function IsDateOnly(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDateOnly',
      target: target.constructor,
      propertyName: propertyName as string,
      options,
      validator: {
        validate: isDateOnly,
        defaultMessage: (args?: ValidationArguments) =>
          `${args?.property} must be a date as YYYY-MM-DD`,
      },
    });
}

/**
 * A reference to a record: a positive Postgres `integer`. A larger number gets a 400 that
 * names the field here, not a database error that names none.
 */
export function IsRecordId(options?: ValidationOptions): PropertyDecorator {
  return applyDecorators(IsInt(options), Min(1, options), Max(MAX_ID, options));
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
    @IsRecordId()
    version: number;
  }
  for (const field of [...RECORD_META, ...readOnly]) {
    Allow()(Update.prototype, field);
  }
  return Update as Type<C & { version: number }>;
}
