import {
  BadRequestException,
  ExecutionContext,
  Injectable,
  PipeTransform,
  createParamDecorator,
} from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** The largest id a record can have: ids are Postgres `integer`s. */
export const MAX_ID = 2_147_483_647;

/** Parses a record id as written; anything but a positive 32-bit integer is a 400. */
@Injectable()
export class IdPipe implements PipeTransform<string | number, number> {
  transform(value: string | number): number {
    const text = String(value);
    const id = /^[1-9][0-9]{0,9}$/.test(text) ? Number(text) : NaN;
    if (!(id <= MAX_ID)) throw new BadRequestException('id: must be a positive whole number');
    return id;
  }
}

/**
 * The `:id` of the path, parsed from the text as it was sent. A custom decorator, because
 * the global ValidationPipe transforms `@Param`s to the parameter's type first, and
 * `Number()` reads "1e0", "0x1", "1.0" and " 1" as 1.
 */
export const RecordId = createParamDecorator((_data: unknown, ctx: ExecutionContext): number =>
  new IdPipe().transform(
    ctx.switchToHttp().getRequest<FastifyRequest<{ Params: { id: string } }>>().params.id,
  ),
);
