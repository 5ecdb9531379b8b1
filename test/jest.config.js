module.exports = {
  ...require('../jest.preset'),
  displayName: 'e2e',
  rootDir: '.',
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
};
