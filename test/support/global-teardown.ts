// Jest loads the global teardown without its module mapper, so the aliases do not resolve here.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { dropTestDatabases } from '../../libs/server/src/testing/test-database';

export default async function globalTeardown(): Promise<void> {
  await dropTestDatabases();
}
