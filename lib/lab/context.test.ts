import { describe, expect, it } from 'vitest'
import { contextTree, isValidContextPath, removeFile, toBuildContext, upsertFile, utf8Length } from './context'

describe('the lab build context', () => {
  const ctx = { files: [{ path: 'src/index.js', content: 'hola\n' }, { path: './node_modules/a/b.js', size: 4000 }], dockerignore: 'node_modules\n' }

  it('becomes an analyzer context with sizes, hashes and the .dockerignore as a file', () => {
    const b = toBuildContext(ctx)
    expect(b.dockerignore).toBe('node_modules\n')
    expect(b.files.map((f) => [f.path, f.size])).toEqual([['.dockerignore', 13], ['node_modules/a/b.js', 4000], ['src/index.js', 5]])
  })

  it('gives edited files a different hash and leaves the others alone', () => {
    const plain = toBuildContext(ctx)
    const edited = toBuildContext(ctx, new Set(['src/index.js']))
    expect(edited.files[2]!.hash).not.toBe(plain.files[2]!.hash)
    expect(edited.files[1]!.hash).toBe(plain.files[1]!.hash)
  })

  it('counts UTF-8 bytes, not UTF-16 units', () => {
    expect(utf8Length('ñ')).toBe(2)
    expect(utf8Length('€')).toBe(3)
    expect(utf8Length('🐳')).toBe(4)
  })

  it('shows files as a tree, folders first, with summed sizes', () => {
    const tree = contextTree([...ctx.files, { path: 'package.json', content: '{}' }])
    expect(tree.map((n) => [n.name, n.kind, n.size])).toEqual([['node_modules', 'folder', 4000], ['src', 'folder', 5], ['package.json', 'file', 2]])
    expect(tree[1]!.children[0]!.path).toBe('src/index.js')
  })

  it('adds, replaces and removes files by normalised path', () => {
    const added = upsertFile(ctx, { path: './src/index.js', content: 'adiós' })
    expect(added.files.filter((f) => f.path === 'src/index.js')).toEqual([{ path: 'src/index.js', content: 'adiós' }])
    expect(removeFile(added, 'src/index.js').files.map((f) => f.path)).toEqual(['./node_modules/a/b.js'])
  })

  it('accepts only relative paths inside the context', () => {
    expect(isValidContextPath('src/app.js')).toBe(true)
    expect(isValidContextPath('../etc/passwd')).toBe(false)
    expect(isValidContextPath('')).toBe(false)
    expect(isValidContextPath('a//b')).toBe(false)
    expect(isValidContextPath('src/*.js')).toBe(false)
  })
})
