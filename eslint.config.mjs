import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const frameworkFree = [
  { name: 'react', message: 'lib/ is framework-free: it runs in the browser, the CLI and tests.' },
  { name: 'react-dom', message: 'lib/ is framework-free.' },
  ...['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({
    name,
    message: 'lib/ has no file system access (only lib/content and lib/cli do).',
  })),
]
const frameworkFreePatterns = [
  { group: ['next', 'next/*'], message: 'lib/ is framework-free.' },
  { group: ['@/components/*', '@/app/*'], message: 'lib/ must not depend on UI code.' },
]
// Only lib/dockerfile wraps the parser, so a parser change stays in one folder.
const parserOnlyInWrapper = { name: 'dockerfile-ast', message: 'Use the model from @/lib/dockerfile instead.' }

const restrict = (paths, patterns = []) => ['error', { paths, patterns }]

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    rules: { 'no-restricted-imports': restrict([parserOnlyInWrapper]) },
  },
  {
    files: ['lib/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([...frameworkFree, parserOnlyInWrapper], frameworkFreePatterns) },
  },
  {
    files: ['lib/dockerfile/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(frameworkFree, frameworkFreePatterns) },
  },
  {
    // The server-only content loader and the CLI are the two edges allowed to read files.
    files: ['lib/content/**/*.ts', 'lib/cli/**/*.ts'],
    rules: { 'no-restricted-imports': restrict([parserOnlyInWrapper]) },
  },
  {
    // Tests may read fixtures and walk folders.
    files: ['lib/**/*.test.ts'],
    rules: { 'no-restricted-imports': restrict([parserOnlyInWrapper]) },
  },
  {
    // The benchmark compares against the peer, which needs the raw parser package.
    files: ['scripts/bench.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  globalIgnores(['.next/**', 'out/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'node_modules/**', 'lessons/examples/**', 'lessons/exercises/*/context/**']),
])
