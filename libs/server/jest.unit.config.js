/** The server's unit tests (`*.unit.spec.ts`): pure logic, no database, no Redis. */
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'server-unit',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.unit.spec.ts'],
};
