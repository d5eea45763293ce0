/** The exercise workbench: a learner solves multistage-go in the browser. */
import { expect, test } from './fixtures'
import { checkRow, checkRows, expectAllChecks, GO_CHECKS, GO_SOLUTION, openExercise } from './exercise-helpers'
import { editor, openPanel, replaceText, visibleText } from './lab-helpers'

test('a learner sees failing checks, reveals hints one by one, types a solution and hears that all checks pass', async ({ page }) => {
  test.setTimeout(60_000)
  await openExercise(page, 'multistage-go')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Un binario de Go en una imagen mínima')
  expect(await visibleText(page)).toContain('FROM golang:1.21')

  // The starter fails: each row says so with data-passed, an icon and a word, not only a colour.
  await expect(checkRows(page)).toHaveCount(GO_CHECKS.length)
  await expect(checkRow(page, 'two-stages')).toHaveAttribute('data-passed', 'false')
  await expect(checkRow(page, 'no-go-toolchain')).toHaveAttribute('data-passed', 'false')
  await expect(checkRow(page, 'two-stages')).toContainText('Falla')
  await expect(checkRow(page, 'two-stages').getByTestId('check-message')).not.toBeEmpty()
  await expect(page.getByTestId('exercise-success')).toBeEmpty()

  // A failing check with a line jumps there.
  await checkRow(page, 'no-go-toolchain').getByRole('button', { name: 'Ir a la línea 3' }).click()
  await expect(editor(page).locator('.monaco-editor')).toHaveClass(/\bfocused\b/)

  // Hints: one at a time, focus moves to the new one.
  await expect(page.locator('[data-hint]')).toHaveCount(0)
  await page.getByRole('button', { name: 'Mostrar la pista 1 de 3' }).click()
  await expect(page.locator('[data-hint]')).toHaveCount(1)
  await expect(page.locator('[data-hint="1"]')).toBeFocused()
  await expect(page.locator('[data-hint="1"]')).toContainText('FROM golang:1.21 AS build')
  await page.getByRole('button', { name: 'Mostrar la pista 2 de 3' }).click()
  await expect(page.locator('[data-hint]')).toHaveCount(2)
  await expect(page.getByRole('button', { name: 'Mostrar la pista 3 de 3' })).toBeVisible()

  // Type a correct solution (another one than the reference: other base, other paths).
  await replaceText(page, GO_SOLUTION)
  await expectAllChecks(page, true)
  const success = page.getByTestId('exercise-success')
  await expect(success).toHaveAttribute('role', 'status')
  await expect(success).toHaveAttribute('aria-live', 'polite')
  await expect(success).toContainText('¡Todas las comprobaciones pasan!')
  await expect(success).toBeVisible()
  await expect(page.locator('[data-exercise-workbench]')).toHaveAttribute('data-passed', 'true')

  // The size panel compares with the starter: "1.1 GB → 143 MB (−87 %)".
  await openPanel(page, 'layers')
  const comparison = page.getByTestId('size-comparison')
  await expect(comparison).toContainText('Comparado con el punto de partida')
  await expect(comparison).toContainText(/\d.* [kMG]B → .* [kMG]B \(−\d+ %\)/)

  // An explicit check counts as an attempt and is announced.
  const attempts = Number((await page.getByTestId('attempts').textContent())?.match(/\d+/)?.[0] ?? 0)
  await page.getByRole('button', { name: 'Comprobar' }).click()
  await expect(page.getByTestId('exercise-announcer')).toHaveText('¡Todas las comprobaciones pasan!')
  await expect(page.getByTestId('attempts')).toContainText(String(attempts + 1))
})

test('breaking a passing solution turns checks back to failing', async ({ page }) => {
  await openExercise(page, 'multistage-go', 'en')
  await replaceText(page, GO_SOLUTION)
  await expect(page.getByTestId('exercise-success')).toContainText('All checks pass!')
  await replaceText(page, GO_SOLUTION.replace('FROM gcr.io/distroless/static-debian12:nonroot\n', 'FROM golang:1.21\n'))
  await expect(checkRow(page, 'no-go-toolchain')).toHaveAttribute('data-passed', 'false')
  await expect(checkRow(page, 'no-go-toolchain')).toContainText('Fails')
  await expect(page.getByTestId('exercise-success')).toBeEmpty()
})

test('the solution appears only after a confirmation, as a diff against the learner’s text', async ({ page }) => {
  await openExercise(page, 'multistage-go')
  await page.getByRole('button', { name: 'Ver la solución' }).click()
  const dialog = page.getByTestId('confirm-solution')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Cancelar' })).toBeFocused()
  // Escape cancels.
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByTestId('solution')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Ver la solución' })).toBeFocused()

  await page.getByRole('button', { name: 'Ver la solución' }).click()
  await dialog.getByRole('button', { name: 'Sí, ver la solución' }).click()
  await expect(dialog).toBeHidden()
  const solution = page.getByTestId('solution')
  await expect(solution.getByRole('heading', { name: 'Solución de referencia' })).toBeFocused()
  const diff = solution.getByTestId('solution-diff')
  await expect(diff.locator('tr[data-kind="added"]').filter({ hasText: 'COPY --from=build /out/hello /hello' })).toHaveCount(1)
  await expect(diff.locator('tr[data-kind="removed"]').filter({ hasText: 'CMD ["hello"]' })).toHaveCount(1)
  await expect(diff.locator('tr[data-kind="same"]').filter({ hasText: 'RUN go mod download' })).toHaveCount(1)
  await expect(diff.locator('tr[data-kind="added"]').first()).toContainText('solo en la solución')
})

test('reset restores the starter after a confirmation', async ({ page }) => {
  await openExercise(page, 'multistage-go')
  await replaceText(page, GO_SOLUTION)
  await expectAllChecks(page, true)

  await page.getByRole('button', { name: 'Volver al punto de partida' }).click()
  const dialog = page.getByTestId('confirm-reset')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancelar' }).click()
  await expect(dialog).toBeHidden()
  expect(await visibleText(page)).toContain('FROM gcr.io/distroless/static-debian12:nonroot')

  await page.getByRole('button', { name: 'Volver al punto de partida' }).click()
  await dialog.getByRole('button', { name: 'Sí, restaurar' }).click()
  await expect(editor(page).locator('.monaco-editor')).toBeVisible({ timeout: 20_000 })
  await expect.poll(() => visibleText(page)).toContain('CMD ["hello"]')
  expect(await visibleText(page)).not.toContain('distroless')
  await expect(checkRow(page, 'two-stages')).toHaveAttribute('data-passed', 'false')
  await expect(page.getByTestId('exercise-status')).toHaveText('Se restauró el punto de partida.')

  // The starter is what a reload shows, too.
  await page.reload()
  await expect(editor(page).locator('.monaco-editor')).toBeVisible({ timeout: 20_000 })
  await expect.poll(() => visibleText(page)).toContain('CMD ["hello"]')
  await expect(checkRow(page, 'two-stages')).toHaveAttribute('data-passed', 'false')
})

test('a lesson loads its exercise only when the learner starts it', async ({ page }) => {
  await page.goto('/es/lessons/capas/')
  const slot = page.locator('[data-slot="exercise"][data-exercise-id="layers-combine-run"]')
  await expect(slot.getByRole('heading', { level: 2 })).toBeVisible()
  // Nothing heavy yet: no workbench, no editor.
  await expect(page.locator('[data-exercise-workbench]')).toHaveCount(0)
  await expect(page.locator('.monaco-editor')).toHaveCount(0)
  // Pressed without scrolling there first (scrolling there starts it by itself).
  await slot.getByRole('button', { name: 'Empezar el ejercicio' }).dispatchEvent('click')
  await expect(slot.locator('[data-exercise-workbench]')).toBeVisible({ timeout: 20_000 })
  await expect(slot.locator('[data-exercise-workbench]')).toBeFocused()
  await expect(slot.locator('li[data-check-id]').first()).toHaveAttribute('data-passed', /true|false/)
  await expect(slot.locator('.monaco-editor')).toBeVisible({ timeout: 20_000 })
  await expect(slot.getByRole('link', { name: 'Abrir el ejercicio en su propia página' })).toHaveAttribute('href', '/es/exercises/layers-combine-run/')
})

test('a lesson starts its exercise when it scrolls into view', async ({ page }) => {
  await page.goto('/en/lessons/capas/')
  await expect(page.locator('[data-exercise-workbench]')).toHaveCount(0)
  // The live demos above load first; scrolling before they grow could leave the spot out of view again.
  await expect(page.locator('.lab-demo .animate-pulse')).toHaveCount(0)
  await page.locator('[data-slot="exercise"]').first().scrollIntoViewIfNeeded()
  await expect(page.locator('[data-exercise-workbench]')).toBeVisible({ timeout: 20_000 })
})

test('a keyboard user who tabs to "Start exercise" keeps the focus in the exercise', async ({ page }) => {
  await page.goto('/en/lessons/capas/')
  const start = page.getByRole('button', { name: 'Start exercise' })
  // Focusing scrolls the button into view, which starts the workbench in its place.
  await start.focus()
  const workbench = page.locator('[data-exercise-workbench]')
  await expect(workbench).toBeVisible({ timeout: 20_000 })
  await expect(workbench).toBeFocused()
})

test('in the dockerignore exercise the learner edits the .dockerignore, which is graded and saved', async ({ page }) => {
  test.setTimeout(60_000)
  await openExercise(page, 'dockerignore', 'en')
  await expect(page.getByTestId('dockerignore-note')).toBeVisible()
  // The Context panel, with the .dockerignore editor, is open from the start.
  await expect(page.locator('[role="tabpanel"][data-panel="context"]')).toBeVisible()
  await expect(checkRow(page, 'no-node-modules-copied')).toHaveAttribute('data-passed', 'false')
  const ignore = page.getByLabel('Content of the .dockerignore')
  await ignore.fill('**/node_modules\n.git\n**/*.log\n**/.env\n')
  for (const id of ['no-node-modules-copied', 'no-git-copied', 'no-logs-copied', 'no-env-files-copied', 'sources-and-manifests-kept']) {
    await expect(checkRow(page, id), id).toHaveAttribute('data-passed', 'true')
  }
  await expect(page.getByTestId('exercise-success')).toContainText('All checks pass!')

  await page.reload()
  await expect(page.getByLabel('Content of the .dockerignore')).toHaveValue('**/node_modules\n.git\n**/*.log\n**/.env\n', { timeout: 20_000 })
  await expect(page.getByTestId('exercise-success')).toContainText('All checks pass!')
})
