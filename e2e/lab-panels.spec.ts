/** The lab's simulation panels: stage graph, layers and size, what-if. */
import { expect, test } from './fixtures'
import { openPanel, openPlayground, replaceText } from './lab-helpers'

async function pickExample(page: import('@playwright/test').Page, id: string) {
  await page.getByTestId('example-picker').selectOption(id)
  await expect(page.getByTestId('playground-status')).not.toBeEmpty()
}

test('the stage graph greys a stage when the target changes', async ({ page }) => {
  await openPlayground(page, 'en')
  await pickExample(page, 'node')
  await openPanel(page, 'stages')
  const graph = page.getByTestId('stage-graph')
  await expect(graph.locator('[data-stage="0"]')).toHaveAttribute('data-built', 'true')
  await expect(graph.locator('[data-stage="1"]')).toHaveAttribute('data-built', 'true')
  // elkjs lays it out (lazily loaded) and the edge says what crosses it.
  await expect(graph.locator('[data-edge-label]').filter({ hasText: 'COPY --from=builder /app/dist ./dist' })).toBeVisible()
  await graph.getByTestId('target-select').selectOption('builder')
  await expect(graph.locator('[data-stage="1"]')).toHaveAttribute('data-built', 'false')
  await expect(graph.locator('[data-stage="1"]')).toContainText('skipped')
  await expect(graph.locator('[data-stage="0"]')).toHaveAttribute('data-built', 'true')
  await expect(graph.getByTestId('stage-summary')).toContainText('Skipped')
})

test('marking src/index.js edited rebuilds npm ci in a bad-order Node Dockerfile, and not after reordering', async ({ page }) => {
  await openPlayground(page, 'en')
  await pickExample(page, 'node-bad-order')
  await openPanel(page, 'whatif')
  const whatIf = page.getByTestId('what-if')
  await expect(whatIf.locator('[data-step-line="4"]')).toHaveAttribute('data-status', 'hit')
  await whatIf.locator('[data-change-path="src/index.js"]').click()
  await expect(whatIf.locator('[data-change-path="src/index.js"]')).toHaveAttribute('aria-pressed', 'true')
  const npmCi = whatIf.locator('[data-step-line="4"]')
  await expect(npmCi).toContainText('RUN npm ci')
  await expect(npmCi).toHaveAttribute('data-status', 'miss')
  await expect(npmCi).toContainText('REBUILT')
  await expect(whatIf.getByTestId('build-log')).toContainText('RUN npm ci\n#8 DONE')

  await replaceText(page, 'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "src/index.js"]\n')
  await expect(whatIf.locator('[data-step-line="4"]')).toContainText('RUN npm ci')
  await expect(whatIf.locator('[data-step-line="4"]')).toHaveAttribute('data-status', 'hit')
  await expect(whatIf.locator('[data-step-line="5"]')).toHaveAttribute('data-status', 'miss')
  await expect(whatIf.locator('[data-step-line="5"]')).toContainText('src/index.js')
  await expect(whatIf.getByTestId('build-log')).toContainText('RUN npm ci\n#8 CACHED')
})

test('a build-arg override rebuilds the steps after its ARG', async ({ page }) => {
  await openPlayground(page, 'en')
  await replaceText(page, 'FROM alpine:3.20\nARG VERSION=1.0\nRUN echo "building $VERSION" > /version\nCMD ["cat", "/version"]\n')
  await openPanel(page, 'whatif')
  const whatIf = page.getByTestId('what-if')
  await expect(whatIf.locator('[data-step-line="3"]')).toHaveAttribute('data-status', 'hit')
  await whatIf.locator('input[data-arg="VERSION"]').fill('2.0')
  await expect(whatIf.locator('[data-step-line="3"]')).toHaveAttribute('data-status', 'miss')
  await expect(whatIf.locator('[data-step-line="3"]')).toContainText('VERSION')
})

test('the layers panel shows the estimated size and compares it with the example as loaded', async ({ page }) => {
  await openPlayground(page, 'en')
  await pickExample(page, 'node-bad-order')
  await openPanel(page, 'layers')
  const size = page.getByTestId('image-size')
  await expect(size).toHaveAttribute('data-bytes', /^[1-9]\d+$/)
  const before = Number(await size.getAttribute('data-bytes'))
  await expect(page.getByTestId('size-bar').locator('[data-layer-line]')).not.toHaveCount(0)
  await replaceText(page, 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "src/index.js"]\n')
  await expect.poll(async () => Number(await size.getAttribute('data-bytes'))).toBeGreaterThan(before)
  await expect(page.getByTestId('size-comparison')).toContainText(/MB → .*GB \(\+\d+ %\)/)
})

test('the what-if panel works on a phone-sized screen', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await openPlayground(page, 'es')
  await pickExample(page, 'node-bad-order')
  await openPanel(page, 'whatif')
  const toggle = page.locator('[data-change-path="src/index.js"]')
  await toggle.scrollIntoViewIfNeeded()
  await toggle.click()
  await expect(page.locator('[data-step-line="4"]')).toHaveAttribute('data-status', 'miss')
  // Stacked layout: the panels are below the editor, not beside it.
  const editorBox = await page.getByTestId('dockerfile-editor').boundingBox()
  const panelBox = await page.getByTestId('what-if').boundingBox()
  expect(panelBox!.y).toBeGreaterThan(editorBox!.y + editorBox!.height - 1)
})

test('"compare with my previous version" rebuilds what the edit changed', async ({ page }) => {
  await openPlayground(page, 'en')
  await pickExample(page, 'node-bad-order')
  await replaceText(page, 'FROM node:20-alpine\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "src/index.js"]\n')
  await openPanel(page, 'whatif')
  const whatIf = page.getByTestId('what-if')
  await expect(whatIf.locator('[data-step-line="3"]')).toHaveAttribute('data-status', 'hit')
  await whatIf.getByTestId('compare-previous').check()
  // The example as loaded copied everything first; the reordered COPY is a new step.
  await expect(whatIf.locator('[data-step-line="3"]')).toHaveAttribute('data-status', 'miss')
  await expect(whatIf.locator('[data-step-line="1"]')).toHaveAttribute('data-status', 'hit')
  await expect(whatIf.getByTestId('what-if-summary')).toContainText('rebuilt')
})
