import { readFileSync } from 'node:fs'
import { extractFences } from '../lib/content/fence-meta'
import { expect, test } from './fixtures'

// The first ❌ example of the lesson, as written in its source.
const firstBad = extractFences(readFileSync('lessons/capas/es.mdx', 'utf8')).find((fence) => fence.meta.variant === 'bad')!

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

test('code examples are highlighted, say whether they are bad or good examples, and copy their code', async ({ page }) => {
  await page.goto('/es/lessons/capas/')

  const bad = page.locator('figure[data-variant="bad"]').first()
  await expect(bad.getByText('Ejemplo incorrecto')).toBeVisible()
  for (const rule of firstBad.meta.rules) await expect(bad.getByText(rule, { exact: true })).toBeVisible()
  await expect(page.locator('figure[data-variant="good"]').first().getByText('Ejemplo correcto')).toBeVisible()

  // Highlighted at build time: the keyword has its own coloured token.
  const keyword = bad.locator('pre code span', { hasText: /^FROM$/ }).first()
  await expect(keyword).toBeVisible()
  const code = (await bad.locator('pre code').textContent())!
  expect(code).toBe(firstBad.code)

  await bad.getByRole('button', { name: 'Copiar el código' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Copiado' })).toBeAttached()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code)
})

test('the English page labels the same examples in English', async ({ page }) => {
  await page.goto('/en/lessons/capas/')
  await expect(page.locator('figure[data-variant="bad"]').first().getByText('Bad example')).toBeVisible()
  await expect(page.locator('figure[data-variant="good"]').first().getByText('Good example')).toBeVisible()
})
