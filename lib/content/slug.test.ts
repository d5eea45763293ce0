import { describe, expect, it } from 'vitest'
import { slugify } from './slug'

describe('slugify', () => {
  it('gives ASCII, lowercase, dash-separated ids, without accents or punctuation', () => {
    expect(slugify('¿Por qué importa el tamaño?')).toBe('por-que-importa-el-tamano')
    expect(slugify('Capas de solo lectura y sistema de archivos de unión')).toBe('capas-de-solo-lectura-y-sistema-de-archivos-de-union')
    expect(slugify('COPY --from=build  y  `RUN`')).toBe('copy-from-build-y-run')
  })

  it('is stable for the same text', () => {
    expect(slugify('Menos capas, y mejor ordenadas')).toBe(slugify('Menos capas, y mejor ordenadas'))
  })
})
