const path = require('node:path');

/**
 * `npx jest` runs every project's tests: unit and integration tests beside the code
 * (libs/server), end-to-end tests of the built app and the browser in test/. The global
 * setup migrates one template database for the whole run.
 */
module.exports = {
  ...require('./jest.preset'),
  projects: ['<rootDir>/libs/server', '<rootDir>/test'],
  // A global option (ignored in a project's config): a built app and a browser take
  // longer than a unit test.
  testTimeout: 60_000,
  globalSetup: path.join(__dirname, 'test/support/global-setup.ts'),
  globalTeardown: path.join(__dirname, 'test/support/global-teardown.ts'),
};
