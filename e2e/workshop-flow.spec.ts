/**
 * The workshop story: two learners on two laptops (browser contexts) solve or fail multistage-go
 * and copy their submission codes; the instructor pastes them (with a tampered code and broken
 * lines) into the gradebook, sees the table, opens a learner's code, downloads the CSV, and shares
 * an agenda link that shows a learner their own progress.
 */
import { readFile } from 'node:fs/promises'
import { decodeSubmission, encodeSubmission } from '../lib/workshop/code'
import { expectAllChecks, GO_SOLUTION } from './exercise-helpers'
import { expect, test } from './fixtures'
import { editor, replaceText, visibleText } from './lab-helpers'
import { copySubmissionCode, gradebookCell, gradeCodes, guardedContext, openLearnerExercise, setLearnerName, submission } from './workshop-helpers'

test('two learners submit codes; the instructor regrades them, flags a tampered code and downloads the CSV', async ({ browser, page, baseURL }) => {
  test.setTimeout(240_000)

  // Ana solves the exercise and copies her code (to the clipboard and on the page).
  const ana = await guardedContext(browser, baseURL!, { permissions: ['clipboard-read', 'clipboard-write'] })
  const anaPage = await ana.context.newPage()
  await openLearnerExercise(anaPage)
  await setLearnerName(submission(anaPage), 'Ana Pérez')
  await replaceText(anaPage, GO_SOLUTION)
  await expectAllChecks(anaPage, true)
  const anaCode = await copySubmissionCode(anaPage)
  await expect(submission(anaPage).getByTestId('submission-code')).toHaveAttribute('data-passed', 'true')
  await expect(submission(anaPage).getByTestId('submission-status')).toHaveText('Código copiado: pégalo donde te indique tu instructor.')
  expect(await anaPage.evaluate(() => navigator.clipboard.readText())).toBe(anaCode)
  expect(anaCode.length).toBeLessThan(2000)

  // Luis leaves the starter as it is; asking for a code first asks for his name, then copies.
  const luis = await guardedContext(browser, baseURL!)
  const luisPage = await luis.context.newPage()
  await openLearnerExercise(luisPage)
  await expect(luisPage.locator('li[data-check-id="two-stages"]')).toHaveAttribute('data-passed', 'false')
  await submission(luisPage).getByRole('button', { name: 'Copiar código de entrega' }).click()
  await expect(submission(luisPage).getByTestId('submission-status')).toHaveText('Antes de copiar tu código, escribe tu nombre para el taller.')
  await submission(luisPage).getByLabel('Tu nombre para el taller').fill('Luis Gómez')
  await submission(luisPage).getByRole('button', { name: 'Guardar' }).click()
  const luisOutput = submission(luisPage).getByTestId('submission-code')
  await expect(luisOutput).toHaveValue(/^SC1\./)
  await expect(luisOutput).toHaveAttribute('data-passed', 'false')
  const luisCode = await luisOutput.inputValue()
  // The name stays for the next visit.
  await luisPage.reload()
  await expect(submission(luisPage).getByTestId('learner-name-current')).toHaveText('Entregas como Luis Gómez', { timeout: 20_000 })

  // What the codes hold, decoded in the test process.
  const anaPayload = decodeSubmission(anaCode)
  const luisPayload = decodeSubmission(luisCode)
  if (!anaPayload.ok || !luisPayload.ok) throw new Error('the page made codes that do not decode')
  expect(anaPayload.payload).toMatchObject({ name: 'Ana Pérez', exercise: 'multistage-go', result: { passed: true } })
  expect(anaPayload.payload.files.dockerfile).toContain('gcr.io/distroless/static-debian12:nonroot')
  expect(luisPayload.payload).toMatchObject({ name: 'Luis Gómez', exercise: 'multistage-go', result: { passed: false } })
  expect(luisPayload.payload.result.checks.find((c) => c.id === 'two-stages')).toEqual({ id: 'two-stages', passed: false })

  // Mallory re-encodes Luis's failing files claiming that every check passed.
  const tampered = encodeSubmission({
    name: 'Mallory',
    exercise: 'multistage-go',
    dockerfile: luisPayload.payload.files.dockerfile,
    dockerignore: luisPayload.payload.files.dockerignore,
    result: { passed: true, checks: luisPayload.payload.result.checks.map((c) => ({ id: c.id, passed: true })) },
  })

  // The instructor pastes everything: two honest codes, a blank line, four broken lines, the forgery.
  await gradeCodes(page, [anaCode, luisCode, '', 'hola, esto no es un código', anaCode.slice(0, 40), 'SC2.bm90LXlldA', `SC1.${'A'.repeat(90_000)}`, tampered])
  await expect(page.getByTestId('gradebook-status')).toContainText('3 alumnos, 3 códigos válidos, 4 códigos no válidos.')

  const table = page.getByTestId('gradebook-table')
  await expect(table.locator('tbody tr')).toHaveCount(3)
  await expect(table.locator('tbody tr th')).toHaveText(['Ana Pérez', 'Luis Gómez', 'Mallory'])
  await expect(gradebookCell(page, 'Ana Pérez', 'multistage-go')).toHaveAttribute('data-result', 'pass')
  await expect(gradebookCell(page, 'Ana Pérez', 'multistage-go')).toContainText('Pasa')
  await expect(gradebookCell(page, 'Ana Pérez', 'multistage-go')).toHaveAttribute('data-mismatch', 'false')
  await expect(gradebookCell(page, 'Luis Gómez', 'multistage-go')).toHaveAttribute('data-result', 'fail')
  await expect(gradebookCell(page, 'Luis Gómez', 'multistage-go')).toContainText('No pasa')
  await expect(gradebookCell(page, 'Luis Gómez', 'multistage-go').getByTestId('mismatch')).toHaveCount(0)
  // The forgery is regraded as failing, and flagged.
  const forged = gradebookCell(page, 'Mallory', 'multistage-go')
  await expect(forged).toHaveAttribute('data-result', 'fail')
  await expect(forged).toHaveAttribute('data-claimed', 'pass')
  await expect(forged.getByTestId('mismatch')).toContainText('declarado ≠ recorregido')

  // One error row per broken line, with its line number and reason.
  const invalid = page.getByTestId('gradebook-invalid').locator('tbody tr')
  await expect(invalid).toHaveCount(4)
  await expect(invalid.nth(0)).toContainText('4')
  await expect(invalid.nth(0)).toContainText('No es un código de entrega')
  await expect(invalid.nth(1)).toContainText('Incompleto o dañado')
  await expect(invalid.nth(2)).toContainText('una versión más nueva de Stagecraft')
  await expect(invalid.nth(3)).toContainText('Demasiado grande')
  await expect(invalid.locator('td:first-child')).toHaveText(['4', '5', '6', '7'])

  // Drill down into Ana's code: the checks and the read-only lab with her Dockerfile.
  await gradebookCell(page, 'Ana Pérez', 'multistage-go').getByRole('button', { name: /Ver la entrega de Ana Pérez/ }).click()
  const drill = page.getByTestId('drilldown')
  await expect(drill.getByRole('heading', { level: 3 })).toHaveText('Ana Pérez · Un binario de Go en una imagen mínima')
  await expect(drill.getByRole('heading', { level: 3 })).toBeFocused()
  await expect(drill.getByTestId('drilldown-regraded')).toContainText('Pasa')
  await expect(drill.locator('li[data-check-id][data-passed="true"]')).toHaveCount(anaPayload.payload.result.checks.length)
  await expect(editor(page).locator('.monaco-editor')).toBeVisible({ timeout: 20_000 })
  await expect.poll(() => visibleText(page)).toContain('FROM gcr.io/distroless/static-debian12:nonroot')
  // Read-only: typing changes nothing.
  await editor(page).locator('.view-lines').click()
  await page.keyboard.type('XYZ')
  expect(await visibleText(page)).not.toContain('XYZ')
  await drill.getByRole('button', { name: 'Cerrar' }).click()
  await expect(drill).toHaveCount(0)

  // The CSV: exactly the columns of the contract, one line per valid code, in input order.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar CSV' }).click()])
  expect(download.suggestedFilename()).toMatch(/^stagecraft-gradebook-\d{4}-\d{2}-\d{2}\.csv$/)
  const csv = (await readFile((await download.path())!, 'utf8')).trimEnd().split('\n')
  expect(csv[0]).toBe('name,exercise,passed,claimed_passed,failed_checks,submitted_at')
  expect(csv).toHaveLength(4)
  const cells = csv.slice(1).map((line) => line.split(','))
  expect(cells.map((c) => c.slice(0, 4))).toEqual([
    ['Ana Pérez', 'multistage-go', 'true', 'true'],
    ['Luis Gómez', 'multistage-go', 'false', 'false'],
    ['Mallory', 'multistage-go', 'false', 'true'],
  ])
  expect(cells[0]![4]).toBe('')
  expect(cells[1]![4]!.split(' ')).toContain('two-stages')
  expect(cells[2]![4]).toBe(cells[1]![4])
  expect(cells[0]![5]).toBe(anaPayload.payload.submittedAt)
  for (const c of cells) expect(c[5]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/)

  // A reload keeps the pasted codes and grades them again.
  await page.reload()
  await expect(gradebookCell(page, 'Mallory', 'multistage-go').getByTestId('mismatch')).toBeVisible({ timeout: 20_000 })

  // The agenda: a lesson and the exercise, reordered, with a title and notes, as a join link.
  await page.getByTestId('agenda-title').fill('Taller de Docker — grupo A')
  await page.getByTestId('agenda-notes').fill('Empezad por el ejercicio.\nLuego la lección.')
  await page.locator('[data-item="lesson:multistage"]').click()
  await page.locator('[data-item="exercise:multistage-go"]').click()
  const items = page.getByTestId('agenda-items').locator('li')
  await expect(items).toHaveCount(2)
  await items.nth(1).getByRole('button', { name: /^Subir/ }).click()
  await expect(items.nth(0)).toHaveAttribute('data-key', 'exercise:multistage-go')
  await expect(items.nth(0).getByRole('button', { name: /^Bajar/ })).toBeFocused()
  const link = await page.getByTestId('join-link').inputValue()
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/es\/workshop\/join\/#w=[A-Za-z0-9+\-$]+$/)

  // Ana opens the link: her solved exercise shows as solved, and the lesson links work.
  await anaPage.goto(link)
  await expect(anaPage.getByTestId('join-title')).toHaveText('Taller de Docker — grupo A')
  await expect(anaPage.getByTestId('join-notes')).toHaveText('Empezad por el ejercicio.\nLuego la lección.')
  const joined = anaPage.getByTestId('join-items').locator('li')
  await expect(joined).toHaveCount(2)
  await expect(joined.nth(0)).toHaveAttribute('data-item', 'exercise:multistage-go')
  await expect(joined.nth(0)).toHaveAttribute('data-status', 'solved')
  await expect(joined.nth(0)).toContainText('Resuelto')
  await expect(joined.nth(1)).toHaveAttribute('data-item', 'lesson:multistage')
  await expect(joined.nth(0).getByRole('link')).toHaveAttribute('href', '/es/exercises/multistage-go/')
  await expect(joined.nth(1).getByRole('link')).toHaveAttribute('href', '/es/lessons/multistage/')
  await expect(anaPage.getByTestId('learner-name-current')).toHaveText('Entregas como Ana Pérez')

  await ana.check()
  await luis.check()
})

test('codes arrive as a text file, chosen or dropped; a file too large is refused', async ({ page }) => {
  const code = (name: string, passed: boolean) => encodeSubmission({ name, exercise: 'multistage-go', dockerfile: passed ? GO_SOLUTION : 'FROM golang:1.21\n', result: { passed, checks: [] } })
  await page.goto('/en/workshop/')
  await expect(page.getByTestId('gradebook-input')).toBeVisible()

  // Chosen with the file picker.
  await page.getByTestId('gradebook-file').setInputFiles({ name: 'codes.txt', mimeType: 'text/plain', buffer: Buffer.from(`${code('Ana', true)}\r\n${code('Bo', false)}\r\n`) })
  await expect(page.getByTestId('gradebook-status')).toContainText('2 learners, 2 valid codes, 0 invalid codes.', { timeout: 20_000 })
  await expect(gradebookCell(page, 'Ana', 'multistage-go')).toContainText('Pass')
  await expect(gradebookCell(page, 'Bo', 'multistage-go')).toContainText('Fail')

  // Dropped on the gradebook: appended to what is there.
  await page.getByTestId('gradebook-dropzone').evaluate((zone, text) => {
    const data = new DataTransfer()
    data.items.add(new File([text], 'more.txt', { type: 'text/plain' }))
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }))
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
  }, `${code('Cleo', true)}\nnot a code\n`)
  await expect(page.getByTestId('gradebook-status')).toContainText('3 learners, 3 valid codes, 1 invalid code.', { timeout: 20_000 })
  await expect(page.getByTestId('gradebook-invalid').locator('tbody td').first()).toHaveText('4')

  // A file over 5 MB is not read.
  await page.getByTestId('gradebook-file').setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 'A') })
  await expect(page.getByTestId('gradebook-status')).toContainText('That file is too large (5 MB at most).')
  await expect(page.getByTestId('gradebook-table').locator('tbody tr')).toHaveCount(3)
})
