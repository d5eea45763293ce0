import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // lib/ is the pure core: it must run unchanged in the browser, the CLI and tests.
    files: ['lib/**/*.ts'],
    ignores: ['lib/content/**', 'lib/cli/**'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'react', message: 'lib/ is framework-free.' },
          { name: 'react-dom', message: 'lib/ is framework-free.' },
          { name: 'fs', message: 'lib/ has no file system access (only lib/content and lib/cli do).' },
          { name: 'node:fs', message: 'lib/ has no file system access (only lib/content and lib/cli do).' },
          { name: 'fs/promises', message: 'lib/ has no file system access.' },
          { name: 'node:fs/promises', message: 'lib/ has no file system access.' },
        ],
        patterns: [
          { group: ['next', 'next/*'], message: 'lib/ is framework-free.' },
          { group: ['@/components/*', '@/app/*'], message: 'lib/ must not depend on UI code.' },
        ],
      }],
    },
  },
  {
    // Only the parser wrapper may touch dockerfile-ast, so a parser change stays in one folder.
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['lib/dockerfile/**', 'scripts/bench.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'dockerfile-ast', message: 'Use the model from @/lib/dockerfile instead.' }],
      }],
    },
  },
  globalIgnores(['.next/**', 'out/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'node_modules/**']),
])
