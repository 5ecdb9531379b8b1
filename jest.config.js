const path = require('node:path');

/**
 * `npx jest` runs every project's tests: the unit tests of jest.unit.config.js (contracts,
 * server, web app), the server's integration tests beside its code, and the end-to-end
 * tests of the built app and the browser in test/. The global setup migrates one template
 * database for the whole run.
 */
module.exports = {
  ...require('./jest.preset'),
  projects: [...require('./jest.unit.config').projects, '<rootDir>/libs/server', '<rootDir>/test'],
  // A global option (ignored in a project's config): a built app and a browser take
  // longer than a unit test.
  testTimeout: 60_000,
  // Jest's default on a machine of 2 cores (CI's) is one worker: the suites one after the
  // other. They spend much of their time waiting on Postgres, Redis, a built app or a
  // browser, and each has a database of its own, so two at once take about half as long.
  maxWorkers: 2,
  globalSetup: path.join(__dirname, 'test/support/global-setup.ts'),
  globalTeardown: path.join(__dirname, 'test/support/global-teardown.ts'),
};
