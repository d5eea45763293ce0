/**
 * axe-core for the accessibility specs. The site's Content-Security-Policy (scripts/csp.mjs) lets
 * no injected <script> run, so Playwright's addScriptTag is refused; evaluating the source through
 * the DevTools protocol is not subject to the page's policy.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from '@playwright/test'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export async function injectAxe(page: Page): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource)
}
