/** What every Jest project here shares: TypeScript through SWC (with decorator metadata
 * for NestJS), the workspace's path aliases, and the test databases. */
const path = require('node:path');

module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true, tsx: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@pejling/contracts$': path.join(__dirname, 'libs/contracts/src/index.ts'),
    '^@pejling/server$': path.join(__dirname, 'libs/server/src/index.ts'),
    '^@pejling/server/testing$': path.join(__dirname, 'libs/server/src/testing/index.ts'),
  },
};
