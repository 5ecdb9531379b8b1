module.exports = {
  ...require('../../jest.preset'),
  displayName: 'server',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
};
