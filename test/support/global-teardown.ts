// Jest loads the global teardown without its module mapper, so the aliases do not resolve here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { dropLeftoverTestDatabases } from '../../libs/server/src/testing/test-database';

export default async function globalTeardown(): Promise<void> {
  await dropLeftoverTestDatabases();
}
