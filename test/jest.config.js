module.exports = {
  ...require('../jest.preset'),
  displayName: 'e2e',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  // A built app and a browser take longer than a unit.
  testTimeout: 60000,
};
