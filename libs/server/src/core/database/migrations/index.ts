import { PlanSchema1764201600000 } from './1764201600000-plan-schema';

/** Every migration, in order. New ones are appended here. */
export const MIGRATIONS = [PlanSchema1764201600000];
