/** Content is code: the manifest, the lesson folders and both languages must agree. */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createMdxComponents } from '@/components/mdx/registry'
import { extractFences } from '@/lib/content/fence-meta'
import { extractHeadings } from '@/lib/content/headings'
import { locales } from '@/lib/i18n/locales'
import { lessonCatalog } from './catalog'
import { lessonContent } from './content'
import { course, courseLessons, plannedLessonIds } from './course'

const dir = import.meta.dirname
const read = (id: string, locale: string) => readFileSync(path.join(dir, id, `${locale}.mdx`), 'utf8')
const lessonFolders = readdirSync(dir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'meta.ts')))
  .map((entry) => entry.name)
  .sort()
const manifestIds = courseLessons.map((lesson) => lesson.id)

describe('course manifest', () => {
  it('lists every lesson folder exactly once, and nothing else', () => {
    expect([...manifestIds].sort()).toEqual(lessonFolders)
    expect(Object.keys(lessonCatalog).sort()).toEqual(lessonFolders)
    expect(Object.keys(lessonContent).sort()).toEqual(lessonFolders)
  })

  it('follows the planned course order', () => {
    const planned: readonly string[] = plannedLessonIds
    for (const id of manifestIds) expect(planned, `"${id}" is not a planned lesson id`).toContain(id)
    const positions = manifestIds.map((id) => planned.indexOf(id))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  })

  it('has no empty section', () => {
    for (const section of course.sections) expect(section.lessons.length, section.id).toBeGreaterThan(0)
  })
})

const jsxTag = /<\/?([A-Z][A-Za-z0-9.]*)\b/g
/** Prose only: fenced code replaced by blank lines (Dockerfile comments look like Markdown h1s). */
function prose(source: string): string {
  const lines = source.split('\n')
  for (const fence of extractFences(source)) {
    const end = fence.line + fence.code.split('\n').length
    for (let i = fence.line - 1; i <= end && i < lines.length; i++) lines[i] = ''
  }
  return lines.join('\n')
}
const allowedComponents = Object.keys(createMdxComponents('es')).filter((name) => /^[A-Z]/.test(name))

describe.each(lessonFolders)('lesson "%s"', (id) => {
  const sources = Object.fromEntries(locales.map((locale) => [locale, read(id, locale)]))

  it('has metadata whose id is its folder name', () => {
    expect(lessonCatalog[id as keyof typeof lessonCatalog].id).toBe(id)
  })

  it.each(locales)('%s: has no h1 (the page renders the title) and unique heading ids', (locale) => {
    const source = sources[locale] ?? ''
    expect(prose(source)).not.toMatch(/^#\s/m)
    const ids = extractHeadings(source).map((h) => h.id)
    expect(ids.length).toBeGreaterThan(0)
    expect(new Set(ids).size, `duplicate heading ids: ${ids.join(', ')}`).toBe(ids.length)
  })

  it.each(locales)('%s: uses only the registered teaching components', (locale) => {
    const used = [...prose(sources[locale] ?? '').matchAll(jsxTag)].map((m) => m[1])
    for (const name of used) expect(allowedComponents, `<${name}> is not a teaching component`).toContain(name)
  })

  it.each(locales)('%s: labels every code fence with a language', (locale) => {
    for (const fence of extractFences(sources[locale] ?? '')) expect(fence.lang, `fence at line ${fence.line}`).not.toBe('')
  })

  it('has the same structure in every language', () => {
    const shape = (source: string) => ({
      headings: extractHeadings(source).map((h) => h.depth),
      components: [...prose(source).matchAll(jsxTag)].map((m) => m[0]),
      // Dockerfiles must match line for line; only comments may be translated.
      fences: extractFences(source).map((f) => ({
        lang: f.lang,
        meta: f.rawMeta,
        code: f.lang === 'dockerfile' ? f.code.replace(/^\s*#(?!\s*syntax=).*$/gm, '#') : f.lang,
      })),
    })
    const [first, ...rest] = locales
    for (const locale of rest) expect(shape(sources[locale] ?? ''), locale).toEqual(shape(sources[first] ?? ''))
  })
})
