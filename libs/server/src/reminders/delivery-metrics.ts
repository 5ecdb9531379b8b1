import { Injectable } from '@nestjs/common';
import { DELIVERY_STATUSES } from '@pejling/contracts';
import { DataSource } from 'typeorm';
import { Metrics } from '../core/metrics/metrics';

/**
 * The e-mails by state, as Postgres holds them, among the API's metrics: counted over the
 * delivery log at each scrape (the API only; every process would count the same rows).
 */
@Injectable()
export class DeliveryMetrics {
  constructor(metrics: Metrics, dataSource: DataSource) {
    metrics.gauge(
      'pejling_reminder_deliveries',
      'E-mails by state, as Postgres holds them (one count over the delivery log per scrape)',
      'status',
      async () => {
        const rows: { status: string; n: number }[] = await dataSource.query(
          'SELECT status, count(*)::int AS n FROM reminder_deliveries GROUP BY status',
        );
        const counts = Object.fromEntries(DELIVERY_STATUSES.map((status) => [status, 0]));
        for (const { status, n } of rows) counts[status] = n;
        return counts;
      },
    );
  }
}
