// ESLint (flat config): the type rules and the layer zones of architecture.md ("Tooling that keeps the structure
// honest"). tests/architecture/layers.test.ts checks the same zones from the sources, so they hold even if this
// file is switched off; the two must say the same thing.
import vitest from '@vitest/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = { group: ['node:*'], message: 'Node APIs belong to electron/ (A10).' };
const databasePackages = ['better-sqlite3', 'kysely'];
const banned = (names, message) => names.map((name) => ({ name, message }));

/** snake_case names (two or more lower-case words joined by `_`): the shape of a database column. */
const snakeCase = '/^[a-z][a-z0-9]*(_[a-z0-9]+)+$/';
const snakeCaseSelectors = [
  `MemberExpression[computed=false] > Identifier.property[name=${snakeCase}]`,
  `MemberExpression[computed=true] > Literal.property[value=${snakeCase}]`,
  `Property > Identifier.key[name=${snakeCase}]`,
  `Property > Literal.key[value=${snakeCase}]`,
  `TSPropertySignature > Identifier.key[name=${snakeCase}]`,
];
const rowMessage = 'A snake_case property is a database row: repositories map rows to camelCase types (rule 8).';

/** One `no-restricted-imports` rule per zone: flat config replaces a rule's options per file, so each zone lists everything it bans. */
function zone(files, { paths = [], patterns = [] }, ignores = []) {
  return { files, ignores, rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths, patterns }] } };
}

const useCaseBans = {
  paths: [
    ...banned(['electron'], 'The backend runs without Electron.'),
    ...banned(databasePackages, 'Only electron/backend/db/ speaks SQL (rule 8).'),
    ...banned(['decimal.js'], 'Only money-policy imports decimal.js.'),
  ],
  patterns: [
    { group: ['**/renderer/**'], message: 'The backend never imports the UI.' },
    { group: ['**/db/schema'], message: 'Row types stay in db/: repositories map rows to domain types (rule 8).' },
  ],
};

const sharedBans = {
  paths: banned(
    ['electron', ...databasePackages, 'exceljs', 'react', 'pdfkit'],
    'shared/ runs everywhere: no Node, Electron, database or UI package.',
  ),
  patterns: [nodeBuiltins, { group: ['**/electron/**', '**/renderer/**', '**/tests/**'], message: 'shared/ imports no other layer.' }],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', '.tsbuild/', 'test-artifacts/', 'bin/'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['eslint.config.js', 'electron/backend/db/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-exports': [
        'error',
        { restrictDefaultExports: { direct: true, named: true, defaultFrom: true, namedFrom: true, namespaceFrom: true } },
      ],
    },
  },
  // Config files are the one place a default export is the convention.
  { files: ['*.config.{js,ts}', 'renderer/vite.config.ts'], rules: { 'no-restricted-exports': 'off' } },
  { files: ['eslint.config.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['renderer/**/*.tsx', 'renderer/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['tests/**/*.ts'],
    plugins: { vitest },
    rules: {
      'vitest/no-focused-tests': 'error',
      'vitest/no-disabled-tests': 'error',
      // Vitest's asymmetric matchers (expect.any, expect.stringMatching) are typed `any` by design.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },

  // The zones (architecture.md, "ESLint zones").
  zone(['shared/**/*.ts'], sharedBans, ['shared/domain/**', 'shared/api/**']),
  zone(['shared/api/**/*.ts'], sharedBans),
  zone(['shared/domain/**/*.ts'], {
    paths: [...sharedBans.paths, ...banned(['zod'], 'The domain knows nothing of the API layer.')],
    patterns: [...sharedBans.patterns, { group: ['**/api/**'], message: 'The domain knows nothing of the API layer.' }],
  }),
  {
    files: ['shared/domain/**/*.ts'],
    ignores: ['shared/domain/money/money-policy.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            ...sharedBans.paths,
            ...banned(['zod'], 'The domain knows nothing of the API layer.'),
            ...banned(['decimal.js'], 'Only shared/domain/money/money-policy.ts imports decimal.js (A6 of the ten rules).'),
          ],
          patterns: [...sharedBans.patterns, { group: ['**/api/**'], message: 'The domain knows nothing of the API layer.' }],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'The domain reads no clock: take today as an argument.' },
        { selector: "CallExpression[callee.object.name='Date']", message: 'The domain reads no clock: take today as an argument.' },
        { selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']", message: 'The domain has no randomness.' },
      ],
    },
  },
  zone(['renderer/**/*.{ts,tsx}'], {
    paths: banned(['electron', ...databasePackages, 'exceljs', 'pdfkit', 'decimal.js'], 'The renderer talks to the contracts only (A10).'),
    patterns: [nodeBuiltins, { group: ['**/electron/**'], message: 'The renderer never reaches the backend.' }],
  }),
  zone(
    ['electron/**/*.ts'],
    {
      paths: [
        ...banned(['electron'], 'Only electron/main and electron/preload import electron, so tests, web mode and the CLI run without it.'),
        ...banned(databasePackages, 'Only electron/backend/db/ speaks SQL (rule 8).'),
        ...banned(['decimal.js'], 'Only shared/domain/money/money-policy.ts imports decimal.js.'),
      ],
      patterns: [{ group: ['**/renderer/**'], message: 'The backend never imports the UI.' }],
    },
    ['electron/main/**', 'electron/preload/**', 'electron/backend/db/**', 'electron/backend/use-cases/**', 'electron/backend/steps/**'],
  ),
  zone(['electron/main/**/*.ts', 'electron/preload/**/*.ts'], {
    paths: [
      ...banned(databasePackages, 'Only electron/backend/db/ speaks SQL (rule 8).'),
      ...banned(['decimal.js'], 'Only money-policy imports decimal.js.'),
    ],
    patterns: [{ group: ['**/renderer/**'], message: 'The shell never imports the UI.' }],
  }),
  zone(['electron/backend/db/**/*.ts'], {
    paths: banned(['electron'], 'The backend runs without Electron.'),
    patterns: [{ group: ['**/renderer/**', '**/use-cases/**'], message: 'Repositories know nothing of use cases or the UI.' }],
  }),
  // Use cases, and the steps they share, see domain types only: Kysely row types stay inside db/ (rule 8), mapped
  // by the repositories. Use cases never call each other (A6); steps may build on one another.
  zone(['electron/backend/use-cases/**/*.ts'], {
    paths: useCaseBans.paths,
    patterns: [
      ...useCaseBans.patterns,
      { group: ['./*', '!./use-case-context'], message: 'Use cases never call each other (A6): a step two of them share goes in steps/.' },
    ],
  }),
  zone(['electron/backend/steps/**/*.ts'], useCaseBans),
  // The import ban above keeps out schema.ts, but a repository could still hand out a snake_case record of its own.
  // Reading, writing or declaring a snake_case property here is what a row looks like, so it is refused by name.
  {
    files: ['electron/backend/use-cases/**/*.ts', 'electron/backend/steps/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...snakeCaseSelectors.map((selector) => ({ selector, message: rowMessage }))],
    },
  },
  // A migration's code step is pure over the connection it is given (A9): nothing of the app beyond shared/domain.
  zone(['migrations/**/*.ts'], {
    paths: banned(['electron', 'kysely'], 'A migration step runs over the connection it is given.'),
    patterns: [
      {
        group: ['**/electron/**', '**/renderer/**', '**/shared/api/**', '**/tests/**'],
        message: 'A migration imports nothing of the app beyond shared/domain (A9).',
      },
    ],
  }),
);
