/** Helpers for the workshop end-to-end tests (e2e/workshop-*.spec.ts). */
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test'
import { expect } from './fixtures'
import { openExercise } from './exercise-helpers'

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

/**
 * Another browser context (a second learner's laptop) with the same guard as the `test` fixture:
 * requests to other hosts are aborted and recorded, console errors and uncaught exceptions are
 * recorded. Call `check()` at the end of the test.
 */
export async function guardedContext(browser: Browser, baseURL: string, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.newContext({ baseURL, locale: 'es-ES', ...options })
  const problems: string[] = []
  const isRemote = (raw: string) => {
    const url = new URL(raw)
    return ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !LOCAL_HOSTS.has(url.hostname)
  }
  await context.route(
    (url) => isRemote(url.href),
    (route) => {
      problems.push(`request to another host: ${route.request().url()}`)
      return route.abort('blockedbyclient')
    },
  )
  context.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${message.text()} (${message.location().url})`)
  })
  context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`))
  return {
    context,
    async check() {
      expect(problems, 'console errors, uncaught exceptions or remote requests in a learner context').toEqual([])
      await context.close()
    },
  }
}

/** The submission section of the exercise workbench. */
export function submission(page: Page): Locator {
  return page.getByTestId('submission')
}

/** Sets the learner's workshop name with the form in the submission section (or any name form on the page). */
export async function setLearnerName(scope: Page | Locator, name: string): Promise<void> {
  const form = scope.getByTestId('learner-name')
  await form.getByRole('textbox').fill(name)
  await form.getByRole('button', { name: /^(Guardar|Save)$/ }).click()
  await expect(form.getByTestId('learner-name-current')).toHaveText(new RegExp(escapeRegExp(name)))
}

/** Presses "Copy submission code" and returns the code shown on the page. */
export async function copySubmissionCode(page: Page): Promise<string> {
  await submission(page).getByRole('button', { name: /Copiar código de entrega|Copy submission code/ }).click()
  const output = page.getByTestId('submission-code')
  await expect(output).toHaveValue(/^SC1\.[A-Za-z0-9_-]+$/)
  return output.inputValue()
}

/** Opens an exercise page as a learner (Monaco and the checklist up). */
export async function openLearnerExercise(page: Page, id = 'multistage-go'): Promise<void> {
  await openExercise(page, id)
  await expect(submission(page)).toBeVisible()
}

/** Opens the instructor page, pastes codes into the gradebook and grades them. */
export async function gradeCodes(page: Page, codes: string[], locale: 'es' | 'en' = 'es'): Promise<void> {
  await page.goto(`/${locale}/workshop/`)
  const input = page.getByTestId('gradebook-input')
  await expect(input).toBeVisible()
  await input.fill(codes.join('\n'))
  await page.getByRole('button', { name: /^(Corregir|Grade)$/ }).click()
  await expect(page.getByTestId('gradebook-status')).toContainText(/alumno|learner/, { timeout: 20_000 })
}

export function gradebookCell(page: Page, learner: string, exercise: string): Locator {
  return page.getByTestId('gradebook-table').locator(`tr[data-learner="${cssString(learner)}"] td[data-exercise="${exercise}"]`)
}

function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&')
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * A page-wide tripwire for script payloads: records dialogs, and `window.__pwned` is what every
 * payload in these tests tries to set.
 */
export function trackDialogs(page: Page): string[] {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return dialogs
}

export async function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)
}

export type { BrowserContext }
