/** The API process's unit tests (`*.spec.ts` beside the code): pure logic, in seconds. */
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'api',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
