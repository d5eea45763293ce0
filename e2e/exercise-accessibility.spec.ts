/** Exercise pages: axe-core (no serious or critical violations), keyboard use and a 360 px screen. */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { injectAxe } from './axe'
import { openExercise } from './exercise-helpers'
import { openPanel } from './lab-helpers'

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[]
}

async function seriousViolations(page: Page): Promise<string[]> {
  await injectAxe(page)
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe
    return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
  })
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} → ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe-core finds no serious or critical violations on an exercise page (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000)
    await page.emulateMedia({ colorScheme: scheme })
    await openExercise(page, 'multistage-go')
    const found: string[] = []
    found.push(...(await seriousViolations(page)).map((v) => `[start] ${v}`))

    // Hints, the layers panel, the solution diff, and the confirmation dialog.
    await page.getByRole('button', { name: 'Mostrar la pista 1 de 3' }).click()
    await openPanel(page, 'layers')
    await page.getByRole('button', { name: 'Ver la solución' }).click()
    found.push(...(await seriousViolations(page)).map((v) => `[dialog] ${v}`))
    await page.getByTestId('confirm-solution').getByRole('button', { name: 'Sí, ver la solución' }).click()
    await expect(page.getByTestId('solution-diff')).toBeVisible()
    found.push(...(await seriousViolations(page)).map((v) => `[solution] ${v}`))

    await page.goto('/es/exercises/')
    await expect(page.locator('[data-exercise="multistage-go"] [data-status]')).toBeVisible()
    found.push(...(await seriousViolations(page)).map((v) => `[index] ${v}`))
    expect(found).toEqual([])
  })
}

test('the workbench is usable from the keyboard', async ({ page }) => {
  await openExercise(page, 'multistage-go', 'en')
  const hint = page.getByRole('button', { name: 'Show hint 1 of 3' })
  await hint.focus()
  await page.keyboard.press('Enter')
  await expect(page.locator('[data-hint="1"]')).toBeFocused()
  const show = page.getByRole('button', { name: 'Show the solution' })
  await show.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('confirm-solution').getByRole('button', { name: 'Cancel' })).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('button', { name: 'Yes, show the solution' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { name: 'Reference solution' })).toBeFocused()
})

test('exercise pages fit a 360 px wide screen without horizontal scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await openExercise(page, 'multistage-go')
  await page.getByRole('button', { name: 'Mostrar la pista 1 de 3' }).click()
  await page.getByRole('button', { name: 'Ver la solución' }).click()
  await page.getByTestId('confirm-solution').getByRole('button', { name: 'Sí, ver la solución' }).click()
  await expect(page.getByTestId('solution-diff')).toBeVisible()
  for (const path of [null, '/es/exercises/', '/en/exercises/']) {
    if (path) await page.goto(path)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, path ?? 'exercise page').toBeLessThanOrEqual(0)
  }
})
