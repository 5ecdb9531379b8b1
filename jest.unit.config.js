const path = require('node:path');

/**
 * `npm run test:unit`: the tests that need no Postgres, Redis or browser (the shared
 * contracts, the server's pure logic, the web app's and the API process's logic), in seconds.
 */
module.exports = {
  ...require('./jest.preset'),
  projects: [
    '<rootDir>/libs/contracts',
    '<rootDir>/libs/server/jest.unit.config.js',
    '<rootDir>/apps/web',
    '<rootDir>/apps/api',
  ],
  globalSetup: path.join(__dirname, 'test/support/unit-global-setup.ts'),
};
