/** Helpers for tests only; never part of a build. */
export * from './test-app';
export * from './test-database';
export * from './factories';
export * from './expectations';
export * from './accounts';
export * from './smtp';
export * from './mail-links';
export * from './pdf-text';
