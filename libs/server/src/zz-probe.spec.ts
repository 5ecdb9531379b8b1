import { TestApp, createTestApp } from './testing/test-app';

describe('probe', () => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(); t.dataSource.setOptions({ logging: ['warn'] }); });
  afterAll(() => t.close());

  it('probes', async () => {
    const out: string[] = [];
    const log = (label: string, r: { status: number; body: unknown; headers: Record<string, string> }) =>
      out.push(`${label} -> ${r.status} ${r.headers['content-type']} ${JSON.stringify(r.body).slice(0, 250)}`);
    await t.http().post('/api/strategies').send({ name: 'S', periodStart: '2016-01-01', periodEnd: '2018-12-31' });
    log('nul name', await t.http().post('/api/strategies').send({ name: 'a\u0000b', periodStart: '2016-01-01', periodEnd: '2018-12-31' }));
    log('surrogate', await t.http().post('/api/strategies').send({ name: 'a\ud800b', periodStart: '2016-01-01', periodEnd: '2018-12-31' }));
    log('nul q', await t.http().get('/api/strategies').query({ filter: JSON.stringify({ q: 'a\u0000' }) }));
    log('proto filter', await t.http().get('/api/strategies?filter={"__proto__":1}'));
    log('constructor filter', await t.http().get('/api/strategies?filter={"constructor":1}'));
    log('toString sort', await t.http().get('/api/strategies?sort=["toString","ASC"]'));
    log('hasOwnProperty filter', await t.http().get('/api/strategies?filter={"hasOwnProperty":"x"}'));
    log('dueFrom 02-30', await t.http().get('/api/milestones?filter={"dueFrom":"2017-02-30"}'));
    log('dueFrom 0000', await t.http().get('/api/milestones?filter={"dueFrom":"0000-01-01"}'));
    log('dueFrom 99999', await t.http().get('/api/milestones?filter={"dueTo":"9999-99-99"}'));
    log('range big', await t.http().get('/api/strategies?range=[9007199254740990,9007199254740991]'));
    log('range float', await t.http().get('/api/strategies?range=[0,1e3]'));
    log('year filter', await t.http().get('/api/measurements?filter={"year":99999999999}'));
    log('version huge', await t.http().put('/api/strategies/1').send({ name: 'S', periodStart: '2016-01-01', periodEnd: '2018-12-31', version: 99999999999 }));
    log('version float', await t.http().put('/api/strategies/1').send({ name: 'S', periodStart: '2016-01-01', periodEnd: '2018-12-31', version: 1.5 }));
    log('value huge', await t.http().post('/api/measurements').send({ targetId: 1, seriesKey: 'main', year: 2017, value: 1e308 }));
    log('strategy long subtitle', await t.http().post('/api/strategies').send({ name: 'x'.repeat(300), periodStart: '2016-01-01', periodEnd: '2018-12-31' }));
    log('emoji', await t.http().post('/api/strategies').send({ name: '😀', periodStart: '2016-01-01', periodEnd: '2018-12-31' }));
    log('ws name', await t.http().post('/api/strategies').send({ name: '   ', periodStart: '2016-01-01', periodEnd: '2018-12-31' }));
    log('date 10000', await t.http().post('/api/strategies').send({ name: 'Y', periodStart: '2016-01-01', periodEnd: '+10000-01-01' }));
    log('head', await t.http().head('/api/strategies'));
    log('patch', await t.http().patch('/api/strategies/1').send({}));
    log('post on id', await t.http().post('/api/strategies/1').send({}));
    log('delete coll', await t.http().delete('/api/strategies'));
    log('options', await t.http().options('/api/strategies'));
    log('dashboard arr', await t.http().get('/api/dashboard?strategyId=1&strategyId=2'));
    log('dashboard 1e0', await t.http().get('/api/dashboard?strategyId=1e0'));
    log('dashboard unk', await t.http().get('/api/dashboard?x=1'));
    log('dashboard nested', await t.http().get('/api/dashboard?strategyId[a]=1'));
    log('list nested', await t.http().get('/api/strategies?sort[a]=1'));
    log('hpp', await t.http().get('/api/strategies?filter={}&filter={}'));
    log('empty filter', await t.http().get('/api/strategies?filter='));
    log('url enc', await t.http().get('/api/strategies/%E0%A4%A'));
    log('url long', await t.http().get('/api/strategies?filter=' + encodeURIComponent(JSON.stringify({ q: 'x'.repeat(6000) }))));
    log('urlencoded', await t.http().post('/api/strategies').type('form').send('name=x&periodStart=2016-01-01&periodEnd=2018-12-31'));
    log('urlencoded nested', await t.http().post('/api/strategies').type('form').send('name[a][b]=x'));
    console.log(out.join('\n'));
  });
});
