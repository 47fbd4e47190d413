// Flat config: typed rules for TypeScript, Astro's rules for .astro files, and the import
// boundaries between the folders (README.md, "Layout") enforced per folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

const pureLibImports = {
  patterns: [
    { group: ['astro:*', 'node:*'], message: 'src/lib is pure: no Astro, no Node built-ins.' },
    {
      group: ['**/server/**', '**/client/**'],
      message: 'src/lib must not import server or client code.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      // Destructuring a field away to drop it is a common, clear idiom.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // Small modules with one job: no function over 60 lines, no module over 250.
    files: ['src/**/*.ts', 'src/**/*.astro'],
    rules: {
      'max-lines': ['error', { max: 250 }],
      'max-lines-per-function': ['error', { max: 60 }],
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', pureLibImports],
      'no-restricted-globals': ['error', 'window', 'document'],
    },
  },
  {
    files: ['src/client/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['astro:*', 'node:*', '**/server/**'], message: 'Browser code only.' },
          ],
        },
      ],
    },
  },
  {
    // A test that reaches a missing value should fail loudly, which `!` does.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
