/**
 * The web app's unit tests (`*.spec.ts` beside the code): its logic in Node, without a
 * browser, a server or a database, in seconds.
 */
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'web',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
