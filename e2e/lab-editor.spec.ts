/** The lab editor: shared links, live findings, quick fixes, languages and persistence. */
import { expect, test } from './fixtures'
import { editor, openPlayground, problem, problemRows, replaceText, shareHash, visibleText } from './lab-helpers'

const BAD = 'FROM ubuntu:latest\nADD app.py /app/\n'

test('a shared link opens with its findings', async ({ page }) => {
  await openPlayground(page, 'es', shareHash(BAD))
  await expect(problem(page, 'DL3007', 1)).toBeVisible()
  await expect(problem(page, 'DL3020', 2)).toBeVisible()
  await expect(page.getByTestId('playground-notice')).toBeVisible()
  expect(await visibleText(page)).toContain('ADD app.py /app/')
  // The hash was consumed: a reload keeps later edits instead of going back to the link.
  await expect(page).toHaveURL(/\/es\/playground\/$/)
})

test('typing a new Dockerfile replaces the findings', async ({ page }) => {
  await openPlayground(page, 'es', shareHash(BAD))
  await expect(problem(page, 'DL3020', 2)).toBeVisible()
  await replaceText(page, 'FROM alpine:3.20\nCOPY app.py /app/\nADD conf.txt /etc/app/\n')
  await expect(problem(page, 'DL3020', 3)).toBeVisible()
  await expect(problem(page, 'DL3007')).toHaveCount(0)
  await expect(problem(page, 'DL3020', 2)).toHaveCount(0)
  // Rows stay ordered by line.
  const lines = await problemRows(page).evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-line'))))
  expect(lines).toEqual([...lines].sort((a, b) => a - b))
})

test('a quick fix applied from the keyboard removes its finding', async ({ page }) => {
  await openPlayground(page, 'es', shareHash('FROM alpine:3.20\nADD app.py /app/\n'))
  await expect(problem(page, 'DL3020', 2)).toBeVisible()
  // Keyboard only: go to line 2 from the Problems panel, then Ctrl+. and Enter.
  await problem(page, 'DL3020', 2).getByRole('button').first().focus()
  await page.keyboard.press('Enter')
  await expect(editor(page).locator('.monaco-editor')).toHaveClass(/\bfocused\b/)
  await page.keyboard.press('Control+.')
  const action = page.locator('.action-widget').getByText(/COPY/).first()
  await expect(action).toBeVisible()
  await page.keyboard.press('Enter')
  await expect(problem(page, 'DL3020')).toHaveCount(0)
  expect(await visibleText(page)).toContain('COPY app.py /app/')
})

test('clicking a problem jumps to its line', async ({ page }) => {
  await openPlayground(page, 'es', shareHash(BAD))
  await problem(page, 'DL3020', 2).getByRole('button').first().click()
  await expect(editor(page).locator('.current-line').first()).toBeVisible()
  const top = await editor(page).locator('.view-overlays .current-line').first().evaluate((el) => (el.parentElement as HTMLElement).style.top)
  const line2Top = await editor(page).locator('.view-line').filter({ hasText: 'ADD app.py' }).evaluate((el) => (el as HTMLElement).style.top)
  expect(top).toBe(line2Top)
})

test('switching to English keeps the text', async ({ page }) => {
  await openPlayground(page, 'es')
  await replaceText(page, 'FROM alpine:3.20\nRUN echo "hola desde el laboratorio"\n')
  await expect(problem(page, 'DL3020')).toHaveCount(0)
  await page.waitForTimeout(400) // the local-storage save is debounced
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/en\/playground\/$/)
  await expect(editor(page).locator('.monaco-editor')).toBeVisible({ timeout: 20_000 })
  await expect.poll(() => visibleText(page)).toContain('hola desde el laboratorio')
  await expect(page.getByRole('tab', { name: /Problems/ })).toBeVisible()
})

test('the text survives a reload', async ({ page }) => {
  await openPlayground(page, 'en')
  await replaceText(page, 'FROM alpine:3.20\nCMD ["echo", "kept across reloads"]\n')
  await page.waitForTimeout(400)
  await page.reload()
  await expect(editor(page).locator('.monaco-editor')).toBeVisible({ timeout: 20_000 })
  await expect.poll(() => visibleText(page)).toContain('kept across reloads')
})

test('hovering a finding explains it and links to the rule page', async ({ page }) => {
  await openPlayground(page, 'en', shareHash('FROM alpine:3.20\nADD app.py /app/\n'))
  await expect(problem(page, 'DL3020', 2)).toBeVisible()
  await editor(page).locator('.view-line').filter({ hasText: 'ADD app.py' }).locator('span').first().hover()
  const hover = page.locator('.monaco-hover').filter({ hasText: 'Why it matters' })
  await expect(hover).toBeVisible()
  await expect(hover.locator('a', { hasText: 'See rule DL3020' })).toHaveCount(1)
  await expect(hover).toContainText('ADD')
  await page.mouse.move(0, 0)
  await expect(hover).toBeHidden()
  // Hovering an instruction keyword explains the instruction itself.
  await editor(page).locator('.view-line').filter({ hasText: 'FROM alpine' }).getByText('FROM').hover()
  await expect(page.locator('.monaco-hover').filter({ hasText: 'Starts a new stage' })).toBeVisible()
})

test('completion offers instructions, flags and base images', async ({ page }) => {
  await openPlayground(page, 'en')
  await replaceText(page, 'FROM ')
  await page.keyboard.press('Control+Space')
  await expect(page.locator('.suggest-widget').getByText('node:22-alpine')).toBeVisible()
  await page.keyboard.press('Escape')
  await page.keyboard.insertText('alpine:3.20\nCOPY --')
  await page.keyboard.press('Control+Space')
  await expect(page.locator('.suggest-widget').getByText('--from')).toBeVisible()
})
