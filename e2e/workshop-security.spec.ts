/**
 * Codes, names and join links are untrusted: script payloads in them are shown as text and never
 * run. Every payload tries to set `window.__pwned` or open a dialog; both must stay untouched. And
 * the Content-Security-Policy is really in force on the workshop pages.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Page } from '@playwright/test'
import LZString from 'lz-string'
import { encodeSubmission } from '../lib/workshop/code'
import { inlineScriptHashes } from '../scripts/csp.mjs'
import { expect, test } from './fixtures'
import { editor, visibleText } from './lab-helpers'
import { gradebookCell, gradeCodes, pwned, setLearnerName, trackDialogs } from './workshop-helpers'

const NAME = `<img src=x onerror="window.__pwned='name';alert(1)">`
const NAME_2 = `</script><script>window.__pwned='script'</script>`
const DOCKERFILE = [
  'FROM alpine:3.20',
  "# </script><script>window.__pwned='dockerfile';alert(2)</script>",
  `LABEL note="<img src=x onerror=window.__pwned='label'>"`,
  "RUN echo '<svg onload=window.__pwned=1>'",
  '',
].join('\n')
const DOCKERIGNORE = `</pre><img src=x onerror="window.__pwned='ignore'">\n`

async function expectNothingRan(page: Page, dialogs: string[]) {
  // Give any error/load handler a moment to fire, had it been created.
  await page.waitForTimeout(500)
  expect(await pwned(page)).toBeUndefined()
  expect(dialogs).toEqual([])
  await expect(page.locator('img[src="x"], svg[onload]')).toHaveCount(0)
}

test('submission codes with script payloads in names, Dockerfiles and .dockerignore are shown as text and run nothing', async ({ page }) => {
  test.setTimeout(90_000)
  const dialogs = trackDialogs(page)
  const hostile = encodeSubmission({ name: NAME, exercise: 'multistage-go', dockerfile: DOCKERFILE, dockerignore: DOCKERIGNORE, result: { passed: true, checks: [] } })
  const hostile2 = encodeSubmission({ name: NAME_2, exercise: 'multistage-go', dockerfile: DOCKERFILE, result: { passed: false, checks: [] } })
  await gradeCodes(page, [hostile, hostile2, 'SC1.<img src=x onerror=alert(1)>', '<script>window.__pwned="line"</script>'])

  await expect(page.getByTestId('gradebook-table').locator('tbody th')).toHaveText([NAME_2, NAME].sort((a, b) => a.localeCompare(b, 'es-ES')))
  await expect(gradebookCell(page, NAME, 'multistage-go')).toHaveAttribute('data-result', 'fail')
  await expect(gradebookCell(page, NAME, 'multistage-go').getByTestId('mismatch')).toBeVisible()
  await expect(page.getByTestId('gradebook-invalid').locator('tbody tr')).toHaveCount(2)
  await expect(page.getByTestId('gradebook-invalid')).toContainText('SC1.')

  // The drill-down shows the name, the .dockerignore and the Dockerfile as text.
  await gradebookCell(page, NAME, 'multistage-go').getByRole('button').click()
  const drill = page.getByTestId('drilldown')
  await expect(drill.getByRole('heading', { level: 3 })).toHaveText(`${NAME} · Un binario de Go en una imagen mínima`)
  await expect(drill.getByTestId('drilldown-dockerignore')).toHaveText(DOCKERIGNORE.trimEnd())
  await expect(editor(page).locator('.monaco-editor')).toBeVisible({ timeout: 20_000 })
  await expect.poll(() => visibleText(page)).toContain("# </script><script>window.__pwned='dockerfile';alert(2)</script>")
  // Hovers and panels render findings about that text, also as text.
  await editor(page).locator('.view-line').filter({ hasText: 'LABEL' }).locator('span').first().hover()
  await page.waitForTimeout(800)
  for (const tab of ['stages', 'layers', 'context'] as const) {
    await drill.locator(`[role="tab"][data-tab="${tab}"]`).click()
    await expect(drill.locator(`[role="tabpanel"][data-panel="${tab}"]`)).toBeVisible()
  }
  await expectNothingRan(page, dialogs)

  // The CSV keeps the name as data (quoted, never a formula).
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar CSV' }).click()])
  const csv = await readFile((await download.path())!, 'utf8')
  expect(csv).toContain(`"<img src=x onerror=""window.__pwned='name';alert(1)"">",multistage-go,false,true,`)
  await expectNothingRan(page, dialogs)
})

test('a join link with script payloads in its title and notes shows them as text and runs nothing', async ({ page }) => {
  const dialogs = trackDialogs(page)
  const agenda = {
    v: 1,
    title: `<img src=x onerror="window.__pwned='title';alert(1)"></script><script>window.__pwned='title2'</script>`,
    notes: `<script>window.__pwned='notes'</script>\n<a href="javascript:window.__pwned='href'">x</a>`,
    items: [
      { type: 'lesson', id: 'capas' },
      { type: 'exercise', id: 'no-such-exercise' },
    ],
  }
  await page.goto(`/es/workshop/join/#w=${LZString.compressToEncodedURIComponent(JSON.stringify(agenda))}`)
  await expect(page.getByTestId('join-title')).toHaveText(agenda.title)
  await expect(page.getByTestId('join-notes')).toHaveText(agenda.notes)
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0)
  // An id the course does not know is shown, not linked.
  const unknown = page.locator('[data-item="exercise:no-such-exercise"]')
  await expect(unknown).toContainText('Elemento desconocido: no-such-exercise')
  await expect(unknown.getByRole('link')).toHaveCount(0)
  await expectNothingRan(page, dialogs)

  // Payloads where the agenda should be, or in an id, become an error message (text).
  await page.goto(`/es/workshop/join/#w=<img src=x onerror="window.__pwned='hash'">`)
  await expect(page.getByTestId('join-error')).toHaveAttribute('data-error', 'corrupted')
  const badId = { ...agenda, items: [{ type: 'lesson', id: '"><img src=x onerror=alert(1)>' }] }
  await page.goto(`/es/workshop/join/#w=${LZString.compressToEncodedURIComponent(JSON.stringify(badId))}`)
  await expect(page.getByTestId('join-error')).toHaveAttribute('data-error', 'invalid')
  await expect(page.getByTestId('join-error')).toHaveText('El enlace no contiene una agenda válida.')
  await expectNothingRan(page, dialogs)
})

test('a learner name and an agenda title with markup stay text from the builder to the join page', async ({ page }) => {
  const dialogs = trackDialogs(page)
  await page.goto(`/es/workshop/join/#w=${LZString.compressToEncodedURIComponent(JSON.stringify({ v: 1, title: '', notes: '', items: [] }))}`)
  await setLearnerName(page, NAME)
  await expect(page.getByTestId('learner-name-current')).toHaveText(`Entregas como ${NAME}`)

  await page.goto('/es/workshop/')
  await page.getByTestId('agenda-title').fill(NAME_2)
  await page.locator('[data-item="lesson:capas"]').click()
  const link = await page.getByTestId('join-link').inputValue()
  await page.goto(link)
  await expect(page.getByTestId('join-title')).toHaveText(NAME_2)
  await expectNothingRan(page, dialogs)
})

test.describe('Content-Security-Policy', () => {
  test.use({ allowedConsoleErrors: [/Content Security Policy/] })

  test('the workshop pages allow only their own hashed inline scripts', async ({ page }) => {
    for (const path of ['/es/workshop/', '/en/workshop/join/', '/es/present/capas/']) {
      await page.goto(path)
      const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
      expect(policy, path).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/)
      expect(policy, path).not.toMatch(/unsafe-inline'?[^;]*;.*script|script-src[^;]*unsafe/)
      expect(policy, path).toContain("object-src 'none'")
      expect(policy, path).toContain("base-uri 'self'")
      const ran = await page.evaluate(() => {
        const script = document.createElement('script')
        script.textContent = 'window.__pwned = "injected"'
        document.body.append(script)
        const img = document.createElement('img')
        img.setAttribute('onerror', 'window.__pwned = "handler"')
        img.src = 'data:image/png;base64,AAAA'
        document.body.append(img)
        return new Promise((resolve) => setTimeout(() => resolve((window as unknown as { __pwned?: unknown }).__pwned), 300))
      })
      expect(ran, path).toBeUndefined()
    }
  })
})

test('every built page carries a policy whose hashes cover exactly its inline scripts', () => {
  const out = path.resolve('out')
  const pages = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html'))
  expect(pages.length).toBeGreaterThan(100)
  for (const entry of pages) {
    const file = path.join(entry.parentPath, entry.name)
    const html = readFileSync(file, 'utf8')
    const metas = [...html.matchAll(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/g)]
    expect(metas, file).toHaveLength(1)
    // Before any script: right after <meta charset>.
    expect(html.indexOf(metas[0]![0]), file).toBeLessThan(html.indexOf('<script'))
    const scriptSrc = /script-src ([^;]*)/.exec(metas[0]![1]!)![1]!.split(' ')
    expect(scriptSrc.slice(1).sort(), file).toEqual(inlineScriptHashes(html).sort())
  }
})
