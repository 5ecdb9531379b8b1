/** The contracts' unit tests: the rules that server and web app share. */
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'contracts',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
