/** Server-only access to lesson sources on disk (build time), e.g. for the table of contents. */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { contentDir } from './root'
import type { Locale } from '@/lib/i18n/locales'
import { extractHeadings, type Heading } from './headings'

/** Folder holding `<lesson-id>/{es,en}.mdx`; the build and tests run from the project root. */
export const lessonsDir = contentDir

export function lessonSourcePath(lessonId: string, locale: Locale): string {
  return path.join(lessonsDir, lessonId, `${locale}.mdx`)
}

export function readLessonSource(lessonId: string, locale: Locale): string {
  return readFileSync(lessonSourcePath(lessonId, locale), 'utf8')
}

export function getLessonHeadings(lessonId: string, locale: Locale): Heading[] {
  return extractHeadings(readLessonSource(lessonId, locale))
}
