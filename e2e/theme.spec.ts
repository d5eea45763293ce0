import { expect, test } from './fixtures'

const html = (page: import('@playwright/test').Page) => page.locator('html')

test.describe('theme', () => {
  test('follows the system until the visitor chooses, then remembers the choice across reloads', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto('/es/')
    const toggle = page.getByRole('button', { name: 'Tema oscuro' })
    await expect(html(page)).toHaveClass(/\bdark\b/)
    await expect(toggle).toHaveAttribute('aria-pressed', 'true')

    await toggle.click()
    await expect(html(page)).not.toHaveClass(/\bdark\b/)
    await expect(toggle).toHaveAttribute('aria-pressed', 'false')

    await page.reload()
    await expect(html(page)).not.toHaveClass(/\bdark\b/)
    await page.goto('/en/lessons/capas/')
    await expect(html(page)).not.toHaveClass(/\bdark\b/)
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'false')

    // Forgetting the choice goes back to the system's (dark) preference.
    await page.getByRole('button', { name: 'Use the system theme' }).click()
    await expect(html(page)).toHaveClass(/\bdark\b/)
    await page.reload()
    await expect(html(page)).toHaveClass(/\bdark\b/)
    await expect(page.getByRole('button', { name: 'Use the system theme' })).toHaveCount(0)
  })

  test('switches live when the system theme changes and no choice was made', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/es/')
    await expect(html(page)).not.toHaveClass(/\bdark\b/)
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect(html(page)).toHaveClass(/\bdark\b/)
  })
})

test.describe('theme before the app loads', () => {
  // The Next.js bundles are blocked, so React never runs: only the inline <head> script can set the theme.
  test.use({ allowedConsoleErrors: [/Failed to load resource: net::ERR_FAILED \(.*\/_next\/static\/chunks\//] })

  test('is applied by the inline script, so a stored dark choice never flashes light', async ({ page }) => {
    await page.route('**/_next/static/chunks/*.js', (route) => route.abort('failed'))
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/es/')
    await page.evaluate(() => localStorage.setItem('stagecraft:theme', 'dark'))
    await page.goto('/es/lessons/capas/')
    await expect(html(page)).toHaveClass(/\bdark\b/)
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    expect(background).toBe('rgb(13, 17, 23)')
  })
})
