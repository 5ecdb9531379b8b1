import { databaseUrl, dropDatabase, preparedState, testDatabaseName } from '../testing';
import { prepareDatabase } from './prepare';

describe('prepareDatabase', () => {
  const name = testDatabaseName('prepare');
  afterAll(() => dropDatabase(name));

  it('runs the migrations and loads the plan once when three prepare a new database at the same moment, each on connections of its own as processes would', async () => {
    const url = databaseUrl(name);
    await Promise.all([1, 2, 3].map(() => prepareDatabase(url, { seedIfEmpty: true })));

    const state = await preparedState(name);
    expect(state.ran).toBeGreaterThan(0);
    expect(state).toEqual({
      ran: state.distinct,
      distinct: state.distinct,
      strategies: 1,
      initiatives: 20,
      rounds: 0,
    });
  });
});
