/** Exercise progress: saved code and results, the home page, v1 migration, damaged storage, export and import. */
import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { checkRow, expectAllChecks, GO_SOLUTION, openExercise } from './exercise-helpers'
import { editor, replaceText, visibleText } from './lab-helpers'

test('a solved exercise survives a reload and shows on the home page and the exercise index', async ({ page }) => {
  test.setTimeout(60_000)
  await openExercise(page, 'multistage-go')
  await page.getByRole('button', { name: 'Mostrar la pista 1 de 3' }).click()
  await replaceText(page, GO_SOLUTION)
  await expectAllChecks(page, true)

  await page.reload()
  await expect(editor(page).locator('.monaco-editor')).toBeVisible({ timeout: 20_000 })
  await expect.poll(() => visibleText(page)).toContain('FROM gcr.io/distroless/static-debian12:nonroot')
  await expectAllChecks(page, true)
  await expect(page.getByTestId('exercise-success')).toContainText('¡Todas las comprobaciones pasan!')
  // Hints already seen stay revealed.
  await expect(page.locator('[data-hint]')).toHaveCount(1)

  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('stagecraft:progress:v2') ?? 'null'))
  expect(stored).toMatchObject({ schema: 'stagecraft-progress', version: 2 })
  expect(stored.exercises['multistage-go']).toMatchObject({ passed: true, hintsShown: 1, code: { dockerfile: GO_SOLUTION } })
  expect(stored.exercises['multistage-go'].solvedAt).toEqual(expect.any(String))

  await page.goto('/es/')
  await expect(page.getByTestId('exercises-summary')).toHaveText(/^1 de \d+ ejercicios resueltos$/)
  // Progress does not depend on the language.
  await page.goto('/en/exercises/')
  await expect(page.locator('[data-exercise="multistage-go"] [data-status]')).toHaveText('✓ Solved')
  await expect(page.locator('[data-exercise="cache-order-node"] [data-status]')).toHaveText('Not started')
  await expect(page.getByTestId('exercises-summary')).toHaveText(/^1 of \d+ exercises solved$/)

  // The home page reset clears exercises too.
  await page.goto('/en/')
  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('button', { name: 'Clear my progress' }).click()
  await expect(page.getByTestId('exercises-summary')).toHaveText(/^0 of \d+ exercises solved$/)
  await openExercise(page, 'multistage-go', 'en')
  await expect(checkRow(page, 'two-stages')).toHaveAttribute('data-passed', 'false')
})

test('v1 progress and quiz answers are migrated into the v2 document', async ({ page }) => {
  await page.goto('/es/')
  await page.evaluate(() => {
    localStorage.setItem('stagecraft:progress:v1', JSON.stringify({ lessons: { capas: { status: 'completed', updatedAt: '2026-01-01T00:00:00.000Z' } } }))
    localStorage.setItem('stagecraft:quiz:v1', JSON.stringify({ capas: [0, 1] }))
  })
  await page.reload()
  await expect(page.getByTestId('lessons-summary')).toHaveText(/^1 de \d+ lecciones completadas$/)
  const keys = await page.evaluate(() => ({
    v1: localStorage.getItem('stagecraft:progress:v1'),
    quiz: localStorage.getItem('stagecraft:quiz:v1'),
    v2: JSON.parse(localStorage.getItem('stagecraft:progress:v2') ?? 'null'),
  }))
  expect(keys.v1).toBeNull()
  expect(keys.quiz).toBeNull()
  expect(keys.v2.lessons.capas.status).toBe('completed')
  expect(keys.v2.quizzes.capas.answers).toEqual([0, 1])
  await expect(page.getByTestId('progress-recovered')).toHaveCount(0)
})

test('damaged progress is recovered with a notice, and the raw data is kept aside', async ({ page }) => {
  await page.goto('/es/')
  const raw = '{"schema":"stagecraft-progress","version":2,"lessons":{"capas":{"status":"completed"'
  await page.evaluate((value) => localStorage.setItem('stagecraft:progress:v2', value), raw)
  await page.reload()
  const notice = page.getByTestId('progress-recovered')
  await expect(notice).toBeVisible()
  await expect(notice).toHaveAttribute('role', 'alert')
  await expect(notice).toContainText('Tu progreso guardado estaba dañado')
  await expect(page.getByTestId('lessons-summary')).toHaveText(/^0 de \d+ lecciones completadas$/)
  const backup = await page.evaluate(() => JSON.parse(localStorage.getItem('stagecraft:progress:backup') ?? 'null'))
  expect(backup.values).toEqual([{ key: 'stagecraft:progress:v2', raw }])
  // The stored document is valid again.
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('stagecraft:progress:v2') ?? 'null'))
  expect(stored).toMatchObject({ schema: 'stagecraft-progress', version: 2, lessons: {} })

  // The notice also shows in an exercise, until dismissed; the data stays.
  await openExercise(page, 'multistage-go')
  await expect(page.getByTestId('progress-recovered')).toBeVisible()
  await page.getByRole('button', { name: 'Entendido' }).click()
  await expect(page.getByTestId('progress-recovered')).toHaveCount(0)
  await page.goto('/es/')
  await expect(page.getByTestId('lessons-summary')).toBeVisible()
  await expect(page.getByTestId('progress-recovered')).toHaveCount(0)
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('stagecraft:progress:backup') ?? 'null'))
  expect(kept).toMatchObject({ dismissed: true, values: [{ key: 'stagecraft:progress:v2', raw }] })
})

test('progress is exported as a file and imported back, merged with what is there', async ({ page }) => {
  test.setTimeout(60_000)
  await openExercise(page, 'multistage-go', 'en')
  await replaceText(page, GO_SOLUTION)
  await expectAllChecks(page, true)

  await page.goto('/en/')
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export my progress' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^stagecraft-progress-\d{4}-\d{2}-\d{2}\.json$/)
  const file = readFileSync((await download.path())!, 'utf8')
  const exported = JSON.parse(file)
  expect(exported).toMatchObject({ schema: 'stagecraft-progress', version: 2, exportedAt: expect.any(String) })
  expect(exported.exercises['multistage-go'].passed).toBe(true)

  page.once('dialog', (dialog) => void dialog.accept())
  await page.getByRole('button', { name: 'Clear my progress' }).click()
  await expect(page.getByTestId('exercises-summary')).toHaveText(/^0 of \d+ exercises solved$/)

  // Import in the other language: the file does not depend on it.
  await page.goto('/es/')
  await page.getByLabel('Importar progreso').setInputFiles({ name: 'progress.json', mimeType: 'application/json', buffer: Buffer.from(file) })
  await expect(page.getByTestId('progress-transfer-status')).toContainText('Progreso importado')
  await expect(page.getByTestId('exercises-summary')).toHaveText(/^1 de \d+ ejercicios resueltos$/)

  // A file that is not progress is refused, and says why.
  await page.getByLabel('Importar progreso').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"name":"not progress"}') })
  await expect(page.getByTestId('progress-transfer-status')).toContainText('no es un progreso exportado desde Stagecraft')
  await expect(page.getByTestId('exercises-summary')).toHaveText(/^1 de \d+ ejercicios resueltos$/)
})
