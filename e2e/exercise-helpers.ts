/** Helpers for the exercise end-to-end tests (e2e/exercise-*.spec.ts). */
import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'
import { editor } from './lab-helpers'

export const GO_SOLUTION = `FROM golang:1.21 AS build
WORKDIR /src
COPY go.mod ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/hello .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/hello /hello
EXPOSE 8080
ENTRYPOINT ["/hello"]
`

export const GO_CHECKS = ['two-stages', 'no-go-toolchain', 'binary-from-build-stage', 'starts-existing-binary', 'size-under-10-percent']

/** Opens an exercise page and waits until Monaco and the checklist are up. */
export async function openExercise(page: Page, id: string, locale: 'es' | 'en' = 'es'): Promise<void> {
  await page.goto(`/${locale}/exercises/${id}/`)
  await expect(editor(page).locator('.monaco-editor')).toBeVisible({ timeout: 20_000 })
  await expect(editor(page).locator('.view-lines')).toBeVisible()
  await expect(checkRows(page).first()).toBeVisible()
}

export function checkRows(page: Page): Locator {
  return page.locator('li[data-check-id]')
}

export function checkRow(page: Page, id: string): Locator {
  return page.locator(`li[data-check-id="${id}"]`)
}

export async function expectAllChecks(page: Page, passed: boolean, ids: string[] = GO_CHECKS): Promise<void> {
  for (const id of ids) await expect(checkRow(page, id), id).toHaveAttribute('data-passed', String(passed))
}
