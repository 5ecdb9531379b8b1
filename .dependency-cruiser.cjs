/**
 * The layers of Pejling's code, enforced (`npm run lint`). docs/architecture.md explains
 * them; in short, for the server (libs/server/src), bottom up:
 *
 *   core      configuration, clock, database connection, HTTP plumbing, queue, mail, logs
 *   records   the record machinery: list queries, versioned writes, the audit trail,
 *             the actor and the access rules
 *   features  every other folder: plan, people, targets, reporting, reminders, …
 *   app       the modules that assemble the features, the schema, migrations and seed
 *
 * A layer imports only from layers below it (a feature may import another feature), and
 * no folder anywhere may import from a folder that imports it back, directly or not.
 * Tests (`*.spec.ts`, `testing/`) may import anything, and nothing else may import them:
 * they are not cruised as starting points, so a test never makes a loop of production code.
 */
const SERVER = '^libs/server/src/';
const TESTS = '[.]spec[.]tsx?$|/testing/';

module.exports = {
  forbidden: [
    {
      name: 'core-knows-no-feature',
      comment:
        'core is the bottom layer: it may import only core (and packages, and the contracts). ' +
        'Let the feature register itself with core instead (see docs/architecture.md).',
      severity: 'error',
      from: { path: `${SERVER}core/` },
      to: { path: SERVER, pathNot: `${SERVER}core/` },
    },
    {
      name: 'records-stand-on-core-only',
      comment:
        'records (list queries, versioned writes, audit trail, access rules) may import only ' +
        'core and records.',
      severity: 'error',
      from: { path: `${SERVER}records/` },
      to: { path: SERVER, pathNot: `${SERVER}(core|records)/` },
    },
    {
      name: 'features-do-not-import-the-assembly',
      comment:
        'a feature may import core, records and other features, never the modules that ' +
        'assemble them (app/, index.ts).',
      severity: 'error',
      from: { path: `${SERVER}[^/]+/`, pathNot: `${SERVER}(core|records|app)/` },
      to: { path: `${SERVER}(app/|index[.]ts$)` },
    },
    {
      name: 'production-code-never-imports-tests',
      comment: 'test helpers and specs are never part of a build.',
      severity: 'error',
      from: { pathNot: TESTS },
      to: { path: TESTS },
    },
    {
      name: 'no-import-loop-between-folders',
      comment:
        'a folder imports from a folder that imports it back (directly or through others): ' +
        'move what both need down into a folder of its own.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^(libs|apps)/' },
      to: { circular: true },
    },
    {
      name: 'no-import-loop',
      comment: 'modules that import each other: move what both need into a module of its own.',
      severity: 'error',
      from: { path: '^(libs|apps)/' },
      to: { circular: true },
    },
  ],
  options: {
    // Tests are cruised only when production code imports them, which a rule refuses.
    doNotFollow: { path: ['node_modules', TESTS] },
    exclude: { path: ['node_modules', '(^|/)dist/', '[.]d[.]ts$'] },
    tsPreCompilationDeps: true,
    // The workspace's view of every project, for the path aliases (@pejling/contracts).
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json'],
    },
  },
};
