import { describe, expect, it } from 'vitest'
import { runFuzz } from './fuzz-runner'

describe('fuzzing slice (npm run fuzz runs 100k)', () => {
  it('1,000 generated inputs go through lint, analyze, what-if and grade without a throw', () => {
    const stats = runFuzz(1000, 7)
    expect(stats.failures).toEqual([])
    expect(stats.inputs).toBe(1000)
  })
})
