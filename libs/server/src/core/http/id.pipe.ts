import { BadRequestException, Injectable, PipeTransform } from '@nestjs/common';

const MAX_ID = 2_147_483_647;

/** Parses a record id from the path; anything but a positive 32-bit integer is a 400. */
@Injectable()
export class IdPipe implements PipeTransform<string | number, number> {
  // The global ValidationPipe may already have turned the path segment into a number.
  transform(value: string | number): number {
    const text = String(value);
    const id = /^[1-9][0-9]{0,9}$/.test(text) ? Number(text) : NaN;
    if (!(id <= MAX_ID)) throw new BadRequestException('id: must be a positive whole number');
    return id;
  }
}
