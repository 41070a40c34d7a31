/** The direction of dependencies from STYLE.md, enforced by `npm run lint`. */
module.exports = {
  forbidden: [
    { name: 'no-cycles', severity: 'error', from: {}, to: { circular: true } },
    {
      name: 'domain-is-pure',
      comment: 'src/domain imports only itself and a few pure libraries',
      severity: 'error',
      from: { path: '^src/domain', pathNot: '\.test\.ts$' },
      to: {
        pathNot: [
          '^src/domain',
          'node_modules/(csv-parse|zod|sanitize-html|file-type|@zxcvbn-ts/core|@zxcvbn-ts/language-common)/',
        ],
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'adapters-depend-on-domain-only',
      severity: 'error',
      from: { path: '^src/(db|documents|extract)' },
      to: { path: '^src/(server|portal|jobs|web|cli)' },
    },
    {
      name: 'nothing-imports-web',
      severity: 'error',
      from: { pathNot: '^src/web' },
      to: { path: '^src/web' },
    },
    {
      name: 'web-uses-contracts-only',
      severity: 'error',
      from: { path: '^src/web' },
      to: { path: '^src/(domain|db|server|portal|jobs|extract|documents)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
