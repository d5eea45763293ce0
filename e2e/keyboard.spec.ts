/**
 * Keyboard-only stories: a learner who never touches a mouse can answer a lesson's quiz and work
 * the lab (edit, leave the editor with Ctrl+M, reach a problem and jump to its line).
 */
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { openPlayground, shareHash } from './lab-helpers'

/** Presses Tab until the condition holds, like a person would (bounded). */
async function tabUntil(page: Page, reached: () => Promise<boolean>, max = 150): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await reached()) return
    await page.keyboard.press('Tab')
  }
  throw new Error('could not get there with Tab')
}

async function tabTo(page: Page, target: Locator): Promise<void> {
  await tabUntil(page, () => target.evaluate((el) => el === document.activeElement).catch(() => false))
}

test('a keyboard-only learner answers the quiz at the end of a lesson', async ({ page }) => {
  await page.goto('/en/lessons/capas/')
  const quiz = page.locator('[data-quiz]').first()
  const questions = quiz.locator('fieldset')
  const count = await questions.count()
  expect(count).toBeGreaterThanOrEqual(2)
  for (let q = 0; q < count; q++) {
    await tabTo(page, questions.nth(q).locator('input[type="radio"]').first())
    // Arrow keys move through a radio group and select, as in any native form.
    await page.keyboard.press('ArrowDown')
  }
  const check = quiz.getByRole('button', { name: 'Check' })
  await tabTo(page, check)
  await page.keyboard.press('Enter')
  await expect(quiz.getByText(new RegExp(`\\d+ of ${count} correct`))).toBeVisible()
  await expect(quiz.locator('[role="status"]')).toHaveCount(count)
})

test('a keyboard-only learner edits in the lab, leaves the editor and jumps to a problem', async ({ page }) => {
  await openPlayground(page, 'en', shareHash('FROM alpine:3.20\nRUN echo hi\nADD app.py /app/\n'))
  const row = page.getByTestId('problems').locator('li[data-rule="DL3020"]')
  await expect(row).toBeVisible()
  // Into the editor with Tab, then out again: Ctrl+M turns Tab back into focus navigation.
  const monaco = page.getByTestId('dockerfile-editor').first().locator('.monaco-editor')
  await tabUntil(page, async () => (await monaco.getAttribute('class'))?.includes('focused') ?? false)
  await page.keyboard.press('ControlOrMeta+End')
  await page.keyboard.type('\nUSER 10001')
  await page.keyboard.press('Control+m')
  const jump = row.locator('button').first()
  await tabTo(page, jump)
  await page.keyboard.press('Enter')
  // Jumping puts the cursor back in the editor.
  await expect(monaco).toHaveClass(/\bfocused\b/)
  // The edit made from the keyboard was analyzed: the file now ends with a non-root USER.
  await expect(page.getByTestId('problems').locator('li[data-rule="FinalStageRunsAsRoot"]')).toHaveCount(0)
})
