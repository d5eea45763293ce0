/**
 * The workshop pages render untrusted text (names, Dockerfiles, agenda titles and notes from codes and
 * links): their code must never reach for an HTML or code-evaluation sink.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '..', '..')
const folders = ['components/workshop', 'components/present', 'app/[locale]/workshop', 'app/[locale]/present', 'lib/workshop']
const sinks = /dangerouslySetInnerHTML|\.innerHTML\b|\.outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\s*\(|new Function\b|createContextualFragment/

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith('.test.ts'))
    .map((e) => path.join(e.parentPath, e.name))
}

describe('workshop code', () => {
  it.each(folders)('%s has no HTML or eval sinks', (folder) => {
    const files = sources(path.join(root, folder))
    expect(files.length).toBeGreaterThan(0)
    for (const file of files) expect(readFileSync(file, 'utf8'), path.relative(root, file)).not.toMatch(sinks)
  })
})
