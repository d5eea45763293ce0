/** The playground around the lab: share links, download, examples, context editing, theme, announcements. */
import { readFile } from 'node:fs/promises'
import { expect, test } from './fixtures'
import { editor, openPanel, openPlayground, problem, replaceText, visibleText } from './lab-helpers'

test('"copy link" shares the Dockerfile, its context and the what-if state', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await openPlayground(page, 'en')
  await page.getByTestId('example-picker').selectOption('node-bad-order')
  await openPanel(page, 'whatif')
  await page.locator('[data-change-path="src/index.js"]').click()
  await expect(page.locator('[data-step-line="4"]')).toHaveAttribute('data-status', 'miss')
  await page.getByTestId('copy-link').click()
  await expect(page.getByTestId('playground-status')).toHaveText('Link copied to the clipboard.')
  const url = await page.evaluate(() => navigator.clipboard.readText())
  expect(url).toMatch(/\/en\/playground\/#code=[^&]+&ctx=[^&]+&whatif=[^&]+$/)

  const other = await context.newPage()
  await other.goto(url)
  await expect(editor(other).locator('.monaco-editor')).toBeVisible({ timeout: 20_000 })
  await expect.poll(() => visibleText(other)).toContain('RUN npm ci')
  await openPanel(other, 'whatif')
  await expect(other.locator('[data-change-path="src/index.js"]')).toHaveAttribute('aria-pressed', 'true')
  await expect(other.locator('[data-step-line="4"]')).toHaveAttribute('data-status', 'miss')
})

test('"download Dockerfile" saves the editor text as a file named Dockerfile', async ({ page }) => {
  await openPlayground(page, 'es')
  await replaceText(page, 'FROM alpine:3.20\nCMD ["echo", "descargado"]\n')
  await expect.poll(() => visibleText(page)).toContain('descargado')
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-dockerfile').click()])
  expect(download.suggestedFilename()).toBe('Dockerfile')
  expect(await readFile((await download.path())!, 'utf8')).toBe('FROM alpine:3.20\nCMD ["echo", "descargado"]\n')
})

test('loading an example can be undone', async ({ page }) => {
  await openPlayground(page, 'en')
  await replaceText(page, 'FROM alpine:3.20\nRUN echo "my own work"\n')
  await expect.poll(() => visibleText(page)).toContain('my own work')
  await page.waitForTimeout(100)
  await page.getByTestId('example-picker').selectOption('go')
  await expect.poll(() => visibleText(page)).toContain('go mod download')
  await page.getByRole('button', { name: 'Bring back my previous text' }).click()
  await expect.poll(() => visibleText(page)).toContain('my own work')
})

test('context files and the .dockerignore can be edited, and the what-if follows', async ({ page }) => {
  await openPlayground(page, 'en')
  await page.getByTestId('example-picker').selectOption('node-bad-order')
  await openPanel(page, 'context')
  const panel = page.getByTestId('context-panel')
  await panel.getByLabel('Path of the new file').fill('src/health.js')
  await panel.getByRole('button', { name: 'Add file' }).click()
  await panel.getByLabel('Content of src/health.js').fill('module.exports = () => "ok"\n')
  await panel.getByLabel('Content of the .dockerignore').fill('node_modules\n.git\n*.md\nsrc/health.js\n')
  await expect(panel.locator('[data-context-path="src/health.js"]')).toContainText('ignored')
  await openPanel(page, 'whatif')
  // An ignored file changes nothing: every step stays cached.
  await page.locator('[data-change-path="src/health.js"]').click()
  await expect(page.locator('[data-step-line="3"]')).toHaveAttribute('data-status', 'hit')
  await page.locator('[data-change-path="src/routes.js"]').click()
  await expect(page.locator('[data-step-line="3"]')).toHaveAttribute('data-status', 'miss')
  await expect(page.locator('[data-step-line="3"]')).toContainText('src/routes.js')
})

test('the editor follows the site theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await openPlayground(page, 'en')
  await expect(editor(page).locator('.monaco-editor')).not.toHaveClass(/\bvs-dark\b/)
  await page.getByRole('button', { name: 'Dark theme' }).click()
  await expect(page.locator('html')).toHaveClass(/\bdark\b/)
  await expect(editor(page).locator('.monaco-editor')).toHaveClass(/\bvs-dark\b/)
})

test('screen readers hear the result once typing pauses', async ({ page }) => {
  await openPlayground(page, 'es')
  await replaceText(page, 'FROM alpine:3.20\nADD app.py /app/\n')
  await expect(problem(page, 'DL3020', 2)).toBeVisible()
  await expect(page.getByTestId('lab-announcer')).toContainText(/Problemas: \d+ error/)
  await replaceText(page, 'FROM alpine:3.20\nCOPY app.py /app/\nUSER 65534\n')
  await expect(page.getByTestId('lab-announcer')).toContainText('Sin problemas')
  await expect(page.getByTestId('no-problems')).toBeVisible()
})
