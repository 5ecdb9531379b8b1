/** The server's integration tests: real Postgres and Redis (see jest.unit.config.js for the rest). */
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'server',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  testPathIgnorePatterns: ['[.]unit[.]spec[.]ts$'],
};
