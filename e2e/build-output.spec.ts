/** Checks on the built site itself (out/), after `npm run build`. No browser needed. */
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
