import { describe, expect, it } from 'vitest'
import { applyContextChange, contextFromFiles, diffContexts, hashText } from './build'
import { sentFiles } from './select'

describe('contextFromFiles', () => {
  it('sizes text files in UTF-8 bytes and hashes their content', () => {
    const ctx = contextFromFiles({ 'a.txt': 'hola', 'ñ.txt': 'ñ', './b/c.txt': 'x' })
    expect(ctx.files.map((f) => [f.path, f.size])).toEqual([['a.txt', 4], ['b/c.txt', 1], ['ñ.txt', 2]])
    expect(ctx.files[0]!.hash).toBe(hashText('hola'))
    expect(ctx.files[0]!.content).toBe('hola')
  })

  it('accepts sized files without content and reads .dockerignore from the map', () => {
    const ctx = contextFromFiles({ 'big.bin': { size: 5_000_000 }, '.dockerignore': 'node_modules\n' })
    expect(ctx.files.find((f) => f.path === 'big.bin')).toMatchObject({ size: 5_000_000, hash: 'size:5000000' })
    expect(ctx.dockerignore).toBe('node_modules\n')
  })
})

describe('.dockerignore semantics through sentFiles', () => {
  const files = { 'node_modules/a.js': 'a', 'web/node_modules/b.js': 'b', 'README.md': 'r', 'docs/x.md': 'x', 'keep.md': 'k', 'src/app.ts': 's' }
  const all = ['README.md', 'docs/x.md', 'keep.md', 'node_modules/a.js', 'src/app.ts', 'web/node_modules/b.js']
  const without = (...gone: string[]) => all.filter((p) => !gone.includes(p))
  it.each([
    ['patterns are anchored at the root', 'node_modules', without('node_modules/a.js')],
    ['** matches at any depth', '**/node_modules', without('node_modules/a.js', 'web/node_modules/b.js')],
    ['*.md matches only root-level files', '*.md', without('README.md', 'keep.md')],
    ['! re-includes and the last match wins', '*.md\n!keep.md', without('README.md')],
    ['a later pattern overrides an earlier exception', '!keep.md\n*.md', without('README.md', 'keep.md')],
    ['comments and blank lines are ignored', '# node_modules\n\n', all],
  ])('%s', (_, ignore, expected) => {
    expect(sentFiles(contextFromFiles(files, ignore)).map((f) => f.path)).toEqual(expected)
  })
})

describe('applyContextChange', () => {
  const base = contextFromFiles({ 'a.txt': 'a', 'b.txt': 'b' })

  it('changes the hash of modified files, keeps their size and leaves the input alone', () => {
    const next = applyContextChange(base, { modified: ['a.txt'] })
    expect(next.files.find((f) => f.path === 'a.txt')!.hash).not.toBe(base.files[0]!.hash)
    expect(base.files[0]!.hash).toBe(hashText('a'))
    expect(diffContexts(base, next)).toEqual(['a.txt'])
  })

  it('treats a modified path that is not in the context as added', () => {
    expect(diffContexts(base, applyContextChange(base, { modified: ['c.txt'] }))).toEqual(['c.txt'])
  })

  it('adds and removes files', () => {
    const next = applyContextChange(base, { added: ['d/e.txt', { path: 'f.txt', size: 3, hash: 'h' }], removed: ['b.txt'] })
    expect(next.files.map((f) => f.path)).toEqual(['a.txt', 'd/e.txt', 'f.txt'])
    expect(diffContexts(base, next)).toEqual(['b.txt', 'd/e.txt', 'f.txt'])
  })

  it('works without a first context', () => {
    expect(applyContextChange(null, { added: ['x'] }).files.map((f) => f.path)).toEqual(['x'])
  })
})

describe('file order', () => {
  it('does not change what is sent, so it cannot change cache keys', () => {
    const a = { files: [{ path: 'b.txt', size: 1, hash: '1' }, { path: 'a.txt', size: 1, hash: '2' }], dockerignore: null }
    const b = { files: [...a.files].reverse(), dockerignore: null }
    expect(sentFiles(a).map((f) => f.path)).toEqual(sentFiles(b).map((f) => f.path))
  })
})
