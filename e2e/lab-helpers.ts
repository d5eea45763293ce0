/** Helpers for the lab's end-to-end tests (e2e/lab-*.spec.ts). */
import LZString from 'lz-string'
import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

export function shareHash(code: string, extra = ''): string {
  return `#code=${LZString.compressToEncodedURIComponent(code)}${extra}`
}

export function jsonParam(name: string, value: unknown): string {
  return `&${name}=${LZString.compressToEncodedURIComponent(JSON.stringify(value))}`
}

export function editor(page: Page): Locator {
  return page.getByTestId('dockerfile-editor').first()
}

/** Opens the playground and waits until Monaco is up (the fallback textarea is gone). */
export async function openPlayground(page: Page, locale: 'es' | 'en' = 'es', hash = ''): Promise<void> {
  await page.goto(`/${locale}/playground/${hash}`)
  await expect(editor(page).locator('.monaco-editor')).toBeVisible({ timeout: 20_000 })
  await expect(editor(page).locator('.view-lines')).toBeVisible()
}

export function problemRows(page: Page): Locator {
  return page.getByTestId('problems').locator('li[data-rule]')
}

export function problem(page: Page, rule: string, line?: number): Locator {
  return page.getByTestId('problems').locator(`li[data-rule="${rule}"]${line ? `[data-line="${line}"]` : ''}`)
}

/**
 * Focuses the editor and replaces its whole text with a paste (typing it would let Monaco
 * auto-indent every line after the previous one, as it does for a person typing).
 */
export async function replaceText(page: Page, text: string): Promise<void> {
  await editor(page).locator('.view-lines').click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.evaluate((value) => {
    const data = new DataTransfer()
    data.setData('text/plain', value)
    const target = document.activeElement ?? document.body
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, text)
}

/** The editor's text as Monaco renders it (visible lines only; fine for short files). */
export async function visibleText(page: Page): Promise<string> {
  const lines = await editor(page).locator('.view-lines .view-line').evaluateAll((els) =>
    els
      .map((el) => ({ top: parseFloat((el as HTMLElement).style.top || '0'), text: (el.textContent ?? '').replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text),
  )
  return lines.join('\n')
}

export async function openPanel(page: Page, key: 'problems' | 'stages' | 'layers' | 'whatif' | 'context'): Promise<void> {
  await page.locator(`[role="tab"][data-tab="${key}"]`).click()
  await expect(page.locator(`[role="tabpanel"][data-panel="${key}"]`)).toBeVisible()
}
