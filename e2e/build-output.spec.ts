/** Checks on the built site itself (out/), after `npm run build`. No browser needed. */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { scanSite } from '../scripts/external-urls.mjs'
import { LESSON_BUDGET_BYTES, pageWeight, trackedPages } from '../scripts/page-weight.mjs'
import { courseLessons } from '../lessons/course'
import { expect, test } from './fixtures'

const out = path.resolve('out')

test('the built site loads nothing from CDNs, font hosts or any other host', () => {
  expect(scanSite(out)).toEqual([])
})

test(`each lesson page's initial JavaScript stays within ${LESSON_BUDGET_BYTES / 1000} kB gzipped`, () => {
  const pages = trackedPages(out)
  const lessons = pages.filter((page) => page.includes(`${path.sep}lessons${path.sep}`))
  expect(lessons).toHaveLength(courseLessons.length * 2)
  for (const file of lessons) {
    const weight = pageWeight(out, file)
    expect(weight.scripts.length, weight.page).toBeGreaterThan(0)
    expect(weight.gzip, `${weight.page}: ${(weight.gzip / 1000).toFixed(1)} kB`).toBeLessThanOrEqual(LESSON_BUDGET_BYTES)
  }
})

// Code only Monaco's core and elkjs contain: the editor and the graph layout must arrive lazily.
const HEAVY = { monaco: 'monaco-scrollable-element', elkjs: 'org.eclipse.elk' }

test('Monaco and elkjs load only in lazy chunks, never in a page\'s initial scripts', () => {
  const chunksDir = path.join(out, '_next', 'static', 'chunks')
  const chunks = readdirSync(chunksDir).filter((f) => f.endsWith('.js')).map((f) => readFileSync(path.join(chunksDir, f), 'utf8'))
  for (const [name, mark] of Object.entries(HEAVY)) expect(chunks.some((c) => c.includes(mark)), `${name} is in the build`).toBe(true)
  const pages = [...trackedPages(out), path.join(out, 'es', 'playground', 'index.html'), path.join(out, 'en', 'exercises', 'multistage-go', 'index.html')]
  for (const file of pages) {
    for (const script of pageWeight(out, file).scripts) {
      const body = readFileSync(path.join(out, new URL(script.src, 'http://127.0.0.1/').pathname), 'utf8')
      for (const [name, mark] of Object.entries(HEAVY)) expect(body.includes(mark), `${name} in the initial scripts of ${file}`).toBe(false)
    }
  }
})
