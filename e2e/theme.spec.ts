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

  test('a system theme change while the page is still loading is not missed', async ({ page }) => {
    // Hold the app's scripts so the change lands after the inline <head> script and before React listens.
    let release: () => void = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/_next/static/chunks/*.js', async (route) => {
      await held
      await route.continue()
    })
    await page.emulateMedia({ colorScheme: 'light' })
    await page.goto('/es/', { waitUntil: 'commit' })
    await expect(html(page)).not.toHaveClass(/\bdark\b/)
    await page.emulateMedia({ colorScheme: 'dark' })
    release()
    // Once the app runs it notices the change it could not hear.
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
