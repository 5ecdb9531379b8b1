import { Body, Delete, Get, Post, Put, Query, Res, Type } from '@nestjs/common';
import { ApiBody, ApiParam, ApiQuery } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { ResourceName } from '@pejling/contracts';
import { Actor, CurrentActor } from './actor';
import { RecordId } from '../core/http/id.pipe';
import { ListParams, parseListParams } from './list-params';
import { createValidationPipe } from '../core/http/validation';
import { RoleMay } from './role-guard';

/** What every resource's service offers to its controller. */
export interface CrudService<R, C, U> {
  list(params: ListParams, actor: Actor): Promise<{ rows: R[]; total: number }>;
  get(id: number, actor: Actor): Promise<R>;
  create(dto: C, actor: Actor): Promise<R>;
  update(id: number, dto: U, actor: Actor): Promise<R>;
  remove(id: number, actor: Actor): Promise<R>;
}

/** `Content-Range` as ra-data-simple-rest reads it: `<resource> <start>-<end>/<total>`. */
function contentRange(resource: string, start: number, count: number, total: number) {
  return count === 0
    ? `${resource} */${total}`
    : `${resource} ${start}-${start + count - 1}/${total}`;
}

/**
 * Answers a simple-rest list: parses `sort`, `range` and `filter`, asks `list` for the
 * page, and sets `Content-Range` from its total.
 */
export async function listResponse<R>(
  resource: string,
  query: Record<string, unknown>,
  res: FastifyReply,
  list: (params: ListParams) => Promise<{ rows: R[]; total: number }>,
): Promise<R[]> {
  const params = parseListParams(query);
  const { rows, total } = await list(params);
  res.header('Content-Range', contentRange(resource, params.range[0], rows.length, total));
  return rows;
}

/**
 * The react-admin simple-rest endpoints of one resource. A resource's controller extends
 * the class this returns and passes its service to `super`; the controller stays a thin
 * translation from HTTP to one service call.
 *
 * The bodies are validated against the DTO classes given here: the global pipe cannot see
 * them through the generic signature. A role that may not do a route's action at all is
 * refused (403) before its id or body is read (`RoleMay`).
 */
export function CrudController<R, C extends object, U extends object>(
  resource: ResourceName,
  createDto: Type<C>,
  updateDto: Type<U>,
) {
  const createPipe = createValidationPipe(createDto);
  const updatePipe = createValidationPipe(updateDto);

  class CrudControllerBase {
    constructor(protected readonly service: CrudService<R, C, U>) {}

    @Get()
    @RoleMay(resource, 'list')
    @ApiQuery({ name: 'sort', required: false, example: '["id","ASC"]' })
    @ApiQuery({ name: 'range', required: false, example: '[0,24]' })
    @ApiQuery({ name: 'filter', required: false, example: '{}' })
    list(
      @Query() query: Record<string, unknown>,
      @Res({ passthrough: true }) res: FastifyReply,
      @CurrentActor() actor: Actor,
    ) {
      return listResponse(resource, query, res, (params) => this.service.list(params, actor));
    }

    @Get(':id')
    @RoleMay(resource, 'show')
    @ApiParam({ name: 'id', type: Number })
    get(@RecordId() id: number, @CurrentActor() actor: Actor) {
      return this.service.get(id, actor);
    }

    @Post()
    @RoleMay(resource, 'create')
    @ApiBody({ type: createDto })
    create(@Body(createPipe) dto: C, @CurrentActor() actor: Actor) {
      return this.service.create(dto, actor);
    }

    @Put(':id')
    @RoleMay(resource, 'edit')
    @ApiParam({ name: 'id', type: Number })
    @ApiBody({ type: updateDto })
    update(@RecordId() id: number, @Body(updatePipe) dto: U, @CurrentActor() actor: Actor) {
      return this.service.update(id, dto, actor);
    }

    @Delete(':id')
    @RoleMay(resource, 'delete')
    @ApiParam({ name: 'id', type: Number })
    remove(@RecordId() id: number, @CurrentActor() actor: Actor) {
      return this.service.remove(id, actor);
    }
  }
  return CrudControllerBase;
}
