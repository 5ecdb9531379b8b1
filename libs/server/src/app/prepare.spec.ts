import { Client } from 'pg';
import { databaseUrl, dropDatabase, testDatabaseName } from '../testing';
import { prepareDatabase } from './prepare';

describe('prepareDatabase', () => {
  const name = testDatabaseName('prepare');
  afterAll(() => dropDatabase(name));

  it('runs the migrations and loads the plan once when three prepare a new database at the same moment, each on connections of its own as processes would', async () => {
    const url = databaseUrl(name);
    await Promise.all([1, 2, 3].map(() => prepareDatabase(url, { seedIfEmpty: true })));

    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(`
        SELECT (SELECT count(*)::int FROM migrations) AS ran,
               (SELECT count(DISTINCT name)::int FROM migrations) AS distinct,
               (SELECT count(*)::int FROM strategies) AS strategies,
               (SELECT count(*)::int FROM initiatives) AS initiatives`);
      expect(rows[0].ran).toBeGreaterThan(0);
      expect(rows[0]).toEqual({
        ran: rows[0].distinct,
        distinct: rows[0].distinct,
        strategies: 1,
        initiatives: 20,
      });
    } finally {
      await client.end();
    }
  });
});
