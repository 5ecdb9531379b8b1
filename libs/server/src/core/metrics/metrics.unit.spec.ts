import { Metrics, routeLabel } from './metrics';

describe('routeLabel', () => {
  it.each([
    ['/api/milestones/17', '/api/milestones/:id', '/api/milestones/:id'],
    ['/api/milestones', '/api/milestones', '/api/milestones'],
    ['/api/nothing/here', '/*', 'unmatched'],
    ['/api/nothing', undefined, 'unmatched'],
    ['/assets/index-abc123.js', '/assets/index-abc123.js', 'web app'],
    ['/', '/', 'web app'],
    ['/apiary', '/*', 'web app'],
  ])('labels %s (route %s) as %s', (path, template, label) => {
    expect(routeLabel(path, template)).toBe(label);
  });
});

describe('Metrics', () => {
  it('reads a gauge at each scrape, and forgets the values it no longer has', async () => {
    const metrics = new Metrics(false);
    let figures: Record<string, number> = { waiting: 3, failed: 1 };
    metrics.gauge('pejling_test_jobs', 'jobs', 'state', async () => figures);
    expect(await metrics.registry.getSingleMetricAsString('pejling_test_jobs')).toContain(
      'pejling_test_jobs{state="waiting"} 3',
    );
    figures = { waiting: 0 };
    const text = await metrics.registry.getSingleMetricAsString('pejling_test_jobs');
    expect(text).toContain('pejling_test_jobs{state="waiting"} 0');
    expect(text).not.toContain('failed');
  });

  it("gathers the process's own figures only when asked to", async () => {
    expect(await new Metrics(false).registry.metrics()).not.toContain('process_cpu');
    expect(await new Metrics(true).registry.metrics()).toContain('process_cpu_user_seconds_total');
  });
});
