import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Folder boundaries from the house style, enforced here rather than remembered.
// lib/sigma is pure: no app code, no file system, no node: modules.
// components never touch lib/content (the file system).
// Outside a lib folder, code imports only that folder's index.
const libIndexOnly = ['sigma', 'content', 'attack', 'importer', 'kusto', 'export', 'search', 'feeds'].map(
  (name) => ({
    group: [`@/lib/${name}/*`, `**/lib/${name}/*`],
    message: `Import lib/${name} through its index.ts.`,
  }),
);

export default tseslint.config(
  {
    ignores: ['node_modules', '.next', 'out', '.cache', 'next-env.d.ts', 'test-results', 'playwright-report'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['app/**', 'components/**', 'scripts/**', 'tests/**'],
    ignores: [],
    rules: { 'no-restricted-imports': ['error', { patterns: libIndexOnly }] },
  },
  {
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...libIndexOnly,
            {
              group: ['@/lib/content', '@/lib/content/*', '**/lib/content'],
              message: 'Components never read content files: pass data in as props.',
            },
            { group: ['node:*', 'fs', 'path'], message: 'Components run in the browser too.' },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/sigma/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process'],
              message: 'lib/sigma is pure TypeScript: no node modules.',
            },
            {
              group: [
                '@/app/*',
                '@/components/*',
                '@/lib/content*',
                '@/lib/importer*',
                '@/lib/attack*',
                'react',
                'next',
                'next/*',
              ],
              message: 'lib/sigma imports nothing from the app, content or importer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['lib/**'],
    ignores: ['lib/sigma/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/app/*', '@/components/*'], message: 'lib never imports app or components.' },
          ],
        },
      ],
    },
  },
);
