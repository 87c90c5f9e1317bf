// @ts-check
import eslint from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', '.tools/', 'node_modules/', 'test-results/', 'bench-results/'] },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // Without a fixed locale the order follows the machine's LANG; src/lib/sort.ts holds the one collator.
    files: ['src/**', 'scripts/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'localeCompare', message: 'Sort with compareText from src/lib/sort.ts (one fixed collator).' },
      ],
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'] } },
  },
  {
    // Templates are type-checked by `astro check` (part of lint); typed lint rules on them would build a second
    // TypeScript program per template run for little gain, since logic lives in src/lib and src/client.
    files: ['**/*.astro'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
