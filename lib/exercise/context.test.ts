import { describe, expect, it } from 'vitest'
import { codeFromLab, labContextFor, ownDockerignore } from './context'

const files = {
  'src/index.js': 'console.log(1)\n',
  'package.json': '{}',
  './.dockerignore': 'node_modules\n',
  'node_modules/express/index.js': { size: 48_000 },
}

describe('exercise context', () => {
  it('gives the lab every file but the .dockerignore, sorted, with the context’s own ignore file by default', () => {
    const ctx = labContextFor(files, { dockerfile: 'FROM node', dockerignore: null })
    expect(ctx.files.map((f) => f.path)).toEqual(['node_modules/express/index.js', 'package.json', 'src/index.js'])
    expect(ctx.files[0]).toEqual({ path: 'node_modules/express/index.js', size: 48_000 })
    expect(ctx.dockerignore).toBe('node_modules\n')
    expect(labContextFor(files, { dockerfile: '', dockerignore: '.git\n' }).dockerignore).toBe('.git\n')
    expect(labContextFor({ a: 'x' }, { dockerfile: '', dockerignore: null }).dockerignore).toBeNull()
  })

  it('turns a removed .dockerignore into an empty one only when the context has its own', () => {
    expect(ownDockerignore(files)).toBe('node_modules\n')
    expect(codeFromLab('FROM x', null, files)).toEqual({ dockerfile: 'FROM x', dockerignore: '' })
    expect(codeFromLab('FROM x', null, { a: 'x' })).toEqual({ dockerfile: 'FROM x', dockerignore: null })
    expect(codeFromLab('FROM x', '**/.git\n', files)).toEqual({ dockerfile: 'FROM x', dockerignore: '**/.git\n' })
  })
})
