import { describe, expect, it } from 'vitest'
import { formatBytes, formatChange, formatComparison, formatPercent } from './format'

describe('size formatting', () => {
  it('uses decimal units with about three significant digits', () => {
    expect(formatBytes(1_100_000_000, 'en')).toBe('1.1 GB')
    expect(formatBytes(143_200_000, 'en')).toBe('143 MB')
    expect(formatBytes(950, 'en')).toBe('950 B')
    expect(formatBytes(12_400, 'es')).toBe('12,4 kB')
  })

  it('reads like "1.1 GB → 143 MB (−87 %)"', () => {
    expect(formatComparison(1_100_000_000, 143_000_000, 'en')).toBe('1.1 GB → 143 MB (−87 %)')
    expect(formatChange(100, 120, 'en')).toBe('+20 %')
    expect(formatChange(0, 0, 'en')).toBe('0 %')
  })

  it('formats ratios as whole percentages', () => {
    expect(formatPercent(0.876, 'en')).toBe('88%')
  })
})
