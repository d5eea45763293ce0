import type { Page } from '@playwright/test'
import { localeRedirectScript } from '../components/site/locale-preference'
import { expect, test } from './fixtures'
import { injectAxe } from './axe'

interface AxeViolation {
  id: string
  help: string
  nodes: { target: unknown[] }[]
}

async function axeViolations(page: Page): Promise<string[]> {
  await injectAxe(page)
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
    return result.violations
  })
  return violations.map((v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
}

const pages = ['/es/', '/en/', '/es/lessons/introduccion/', '/en/lessons/capas/', '/es/lessons/multistage/', '/en/lessons/cache/', '/es/rules/', '/en/rules/DL3020/', '/es/rules/CopyAllBeforeDependencyInstall/', '/es/lessons/missing/', '/']

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme, allowedConsoleErrors: [/status of 404/] })

    test('every kind of page passes axe-core', async ({ page }) => {
      test.setTimeout(60_000)
      // Keep `/` from redirecting, so the gateway's own markup is checked.
      let gatewayChecked = false
      await page.route(
        (url) => url.pathname === '/',
        async (route) => {
          if (route.request().resourceType() !== 'document') return route.fallback()
          const response = await route.fetch()
          const html = await response.text()
          gatewayChecked = html.includes(localeRedirectScript)
          await route.fulfill({ response, body: html.replace(localeRedirectScript, '') })
        },
      )
      for (const path of pages) {
        await page.goto(path)
        await expect(page).toHaveURL(path)
        // Lazy lab panels in lessons render after hydration: check them too.
        await page.waitForLoadState('networkidle')
        await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
        // Deep dives open, so their content is checked too.
        for (const summary of await page.locator('details > summary').all()) await summary.click()
        expect(await axeViolations(page), path).toEqual([])
      }
      expect(gatewayChecked, 'the gateway was checked without its redirect').toBe(true)
    })
  })
}

test('keyboard users can skip straight to the content', async ({ page }) => {
  await page.goto('/es/lessons/capas/')
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Saltar al contenido' })
  await expect(skip).toBeFocused()
  await expect(skip).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
})

test('pages fit a 360 px wide screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  for (const path of ['/es/', '/en/', '/es/lessons/introduccion/', '/en/lessons/capas/']) {
    await page.goto(path)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
})
