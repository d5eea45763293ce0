import { expect, test } from './fixtures'

// Chromium logs the 404 status of the document itself as a console error; that one is expected.
test.use({ allowedConsoleErrors: [/the server responded with a status of 404/] })

test('an unknown lesson shows the 404 page in the language of the URL', async ({ page }) => {
  const response = await page.goto('/es/lessons/no-existe/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Página no encontrada' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
  await expect(page.locator('html')).toHaveAttribute('lang', 'es')

  await page.getByRole('link', { name: 'Ir al inicio del curso' }).click()
  await expect(page).toHaveURL('/es/')
})

test('an unknown English lesson shows the English 404 page', async ({ page }) => {
  const response = await page.goto('/en/lessons/does-not-exist/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page).toHaveTitle(/Page not found/)
})

test('an unknown language is a 404 too', async ({ page }) => {
  const response = await page.goto('/fr/')
  expect(response?.status()).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Página no encontrada' })).toBeVisible()
})
