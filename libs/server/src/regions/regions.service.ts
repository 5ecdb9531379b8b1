import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { REGIONS, type RegionalView, type RegionSummary } from '@pejling/contracts';
import { Clock } from '../core/clock/clock';
import { StrategiesService } from '../plan/strategies/strategies.service';
import { initiativeCodeOrder } from '../plan/rules/initiative-order';
import { overdueMilestoneSql } from '../plan/rules/milestone-rules';
import { MILESTONE_COUNTS, PROGRESS } from '../plan/rules/progress-sql';
import { approvedMeasurementSql } from '../targets/rules/measurement-rules';

/** Whether one of the organisations of region `r` is among initiative `i`'s `table` (leads, partners). */
const inRegion = (table: 'initiative_leads' | 'initiative_partners') => `
  EXISTS (SELECT 1 FROM ${table} x JOIN organisations o ON o.id = x.organisation_id
           WHERE x.initiative_id = i.id AND o.region = r.region)`;

/**
 * Per region of $2 (in that order), for strategy $1 on day $3, as JSON built by Postgres in
 * one query: its organisations, the approved regional values of the targets broken down by
 * region, and the initiatives its organisations lead or take part in.
 */
const REGIONS_SQL = `
  WITH r AS (SELECT region, position FROM unnest($2::text[]) WITH ORDINALITY AS r(region, position))
  SELECT r.region,
         coalesce((SELECT json_agg(json_build_object('id', o.id, 'shortName', o.short_name, 'name', o.name)
                                   ORDER BY o.short_name)
                     FROM organisations o WHERE o.region = r.region), '[]'::json) AS organisations,
         coalesce((SELECT json_agg(json_build_object(
                            'targetId', t.id, 'number', t.number, 'title', t.title, 'unit', t.unit,
                            'seriesKey', s.key, 'seriesLabel', s.label,
                            'points', (SELECT coalesce(json_agg(json_build_object(
                                                'year', m.year, 'value', m.value::float8)
                                              ORDER BY m.year), '[]'::json)
                                         FROM measurements m
                                        WHERE m.series_id = s.id AND m.region = r.region
                                          AND ${approvedMeasurementSql('m')}))
                          ORDER BY t.number, s.sort_order, s.key)
                     FROM targets t JOIN target_series s ON s.target_id = t.id
                    WHERE t.strategy_id = $1 AND t.by_region), '[]'::json) AS targets,
         coalesce((SELECT json_agg(json_build_object(
                            'id', i.id, 'code', i.code, 'title', i.title, 'status', i.status,
                            'health', i.health, 'progress', ${PROGRESS},
                            'overdue', (SELECT count(*) FROM milestones m
                                         WHERE m.initiative_id = i.id AND ${overdueMilestoneSql('$3')}),
                            'role', CASE WHEN ${inRegion('initiative_leads')} THEN 'lead' ELSE 'partner' END,
                            'organisations', ARRAY(
                              SELECT DISTINCT o.short_name FROM organisations o
                               WHERE o.region = r.region AND o.id IN (
                                 SELECT organisation_id FROM initiative_leads WHERE initiative_id = i.id
                                 UNION SELECT organisation_id FROM initiative_partners WHERE initiative_id = i.id)
                               ORDER BY o.short_name))
                          ORDER BY ${initiativeCodeOrder()})
                     FROM initiatives i LEFT JOIN (${MILESTONE_COUNTS}) ms ON ms.initiative_id = i.id
                    WHERE i.strategy_id = $1
                      AND (${inRegion('initiative_leads')} OR ${inRegion('initiative_partners')})),
                  '[]'::json) AS initiatives
    FROM r
   ORDER BY r.position`;

@Injectable()
export class RegionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly strategies: StrategiesService,
    private readonly clock: Clock,
  ) {}

  async forStrategy(strategyId?: number): Promise<RegionalView> {
    const { id } = await this.strategies.periodOf(strategyId);
    const today = this.clock.today();
    const regions: RegionSummary[] = await this.dataSource.query(REGIONS_SQL, [id, REGIONS, today]);
    return { strategyId: id, today, regions };
  }
}
