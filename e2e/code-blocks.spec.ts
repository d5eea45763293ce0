import { expect, test } from './fixtures'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

test('code examples are highlighted, say whether they are bad or good examples, and copy their code', async ({ page }) => {
  await page.goto('/es/lessons/capas/')

  const bad = page.locator('figure[data-variant="bad"]').first()
  await expect(bad.getByText('Ejemplo incorrecto')).toBeVisible()
  await expect(bad.getByText('DL3009')).toBeVisible()
  await expect(page.locator('figure[data-variant="good"]').first().getByText('Ejemplo correcto')).toBeVisible()

  // Highlighted at build time: the keyword has its own coloured token.
  const keyword = bad.locator('pre code span', { hasText: /^FROM$/ }).first()
  await expect(keyword).toBeVisible()
  const code = (await bad.locator('pre code').textContent())!
  expect(code.startsWith('FROM debian:')).toBe(true)

  await bad.getByRole('button', { name: 'Copiar el código' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Copiado' })).toBeAttached()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code)
})

test('the English page labels the same examples in English', async ({ page }) => {
  await page.goto('/en/lessons/capas/')
  await expect(page.locator('figure[data-variant="bad"]').first().getByText('Bad example')).toBeVisible()
  await expect(page.locator('figure[data-variant="good"]').first().getByText('Good example')).toBeVisible()
})
