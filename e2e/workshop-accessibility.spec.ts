/** axe-core on the workshop pages (instructor, join, presenter) in both themes. */
import type { Page } from '@playwright/test'
import LZString from 'lz-string'
import { encodeSubmission } from '../lib/workshop/code'
import { injectAxe } from './axe'
import { GO_SOLUTION } from './exercise-helpers'
import { expect, test } from './fixtures'
import { editor } from './lab-helpers'
import { gradebookCell, gradeCodes } from './workshop-helpers'

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[]
}

/** Violations outside Monaco's own DOM; `seriousOnly` for states that embed the lab's panels. */
async function violations(page: Page, seriousOnly = false): Promise<string[]> {
  await injectAxe(page)
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<AxeResult> } }).axe
    return axe.run({ exclude: [['.monaco-editor']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })
  })
  return result.violations
    .filter((v) => !seriousOnly || v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} → ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)
}

const agenda = {
  v: 1,
  title: 'Docker workshop',
  notes: 'Start with the exercise.',
  items: [
    { type: 'exercise', id: 'multistage-go' },
    { type: 'lesson', id: 'capas' },
    { type: 'exercise', id: 'retired-exercise' },
  ],
}

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} theme`, () => {
    test.use({ colorScheme: scheme })

    test('the instructor page, with a graded table, passes axe-core', async ({ page }) => {
      test.setTimeout(90_000)
      const pass = encodeSubmission({ name: 'Ana Pérez', exercise: 'multistage-go', dockerfile: GO_SOLUTION, result: { passed: true, checks: [] } })
      const forged = encodeSubmission({ name: 'Mallory', exercise: 'multistage-go', dockerfile: 'FROM golang:1.21\n', result: { passed: true, checks: [] } })
      await gradeCodes(page, [pass, forged, 'not a code'])
      await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
      await page.locator('[data-item="lesson:capas"]').click()
      await page.locator('[data-item="exercise:multistage-go"]').click()
      expect(await violations(page), 'workshop page').toEqual([])

      await gradebookCell(page, 'Mallory', 'multistage-go').getByRole('button').click()
      await expect(editor(page).locator('.monaco-editor')).toBeVisible({ timeout: 20_000 })
      expect(await violations(page, true), 'drill-down').toEqual([])
    })

    test('the join page passes axe-core, with an agenda and without one', async ({ page }) => {
      await page.goto(`/en/workshop/join/#w=${LZString.compressToEncodedURIComponent(JSON.stringify(agenda))}`)
      await expect(page.getByTestId('join-items').locator('li')).toHaveCount(3)
      await expect(page.getByTestId('join-items')).toContainText('Not started')
      expect(await violations(page), 'join page').toEqual([])
      await page.goto('/es/workshop/join/')
      await expect(page.getByTestId('join-error')).toBeVisible()
      expect(await violations(page), 'join page without an agenda').toEqual([])
    })

    test('the presenter view passes axe-core', async ({ page }) => {
      test.setTimeout(60_000)
      await page.goto('/es/present/capas/')
      await expect(page.getByTestId('slide-indicator')).toBeVisible()
      expect(await violations(page), 'title slide').toEqual([])
      await page.keyboard.press('ArrowRight')
      await page.getByRole('button', { name: 'Abrir el laboratorio en vivo' }).click()
      await expect(editor(page).locator('.monaco-editor')).toBeVisible({ timeout: 20_000 })
      expect(await violations(page, true), 'slide with the live lab').toEqual([])
    })
  })
}

test('the workshop pages fit a 360 px wide screen', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  for (const path of ['/es/workshop/', `/es/workshop/join/#w=${LZString.compressToEncodedURIComponent(JSON.stringify(agenda))}`, '/es/present/capas/']) {
    await page.goto(path)
    await page.waitForTimeout(300)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow, path).toBeLessThanOrEqual(0)
  }
})
