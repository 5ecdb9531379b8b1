import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'pejling:public';

/** Marks a route that answers without a session (health, docs, sign-in). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
