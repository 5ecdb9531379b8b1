import { BadRequestException, ExecutionContext, createParamDecorator } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { IdPipe } from '../../core/http/id.pipe';

/**
 * The `strategyId` of a view over a whole plan (the dashboard, the timeline), or
 * undefined for the current strategy. Any other query parameter is a 400.
 */
export const StrategyQuery = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): number | undefined => {
    const query = ctx.switchToHttp().getRequest<FastifyRequest>().query as Record<string, string>;
    const unknown = Object.keys(query).filter((key) => key !== 'strategyId');
    if (unknown.length) {
      throw new BadRequestException(`unknown query parameter: ${unknown.join(', ')}`);
    }
    return query['strategyId'] === undefined
      ? undefined
      : new IdPipe().transform(query['strategyId']);
  },
);
