import { BadRequestException } from '@nestjs/common';
import type { Language } from '@pejling/contracts';

/** A `lang` query parameter: Danish when left out, else `da` or `en` (400 otherwise). */
export function parseLanguage(value: unknown): Language {
  if (value === undefined || value === 'da') return 'da';
  if (value === 'en') return 'en';
  throw new BadRequestException('lang must be da or en');
}
