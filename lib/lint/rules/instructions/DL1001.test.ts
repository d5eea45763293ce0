import { describe, expect, it } from 'vitest'
import { lint } from '../../engine'
import { linesOf } from '../../testing'
import rule from './DL1001'

describe('DL1001', () => {
  it('reports inline hadolint ignore comments on their line', () => {
    expect(linesOf(rule, 'FROM debian:12\n# hadolint ignore=DL3003\nRUN cd /tmp && make\n  #hadolint ignore=DL3008,DL3015\nRUN apt-get install -y curl\n')).toEqual([2, 4])
  })
  it('does not report global, stage or shell pragmas, or ordinary comments', () => {
    const code = '# hadolint global ignore=DL3003\nFROM debian:12\n# hadolint stage ignore=DL3008\n# hadolint shell=bash\n# ignore this\nRUN echo hi\n'
    expect(linesOf(rule, code)).toEqual([])
  })
  it('is off by default', () => {
    expect(lint('FROM debian:12\n# hadolint ignore=DL3003\nRUN cd /tmp\n', { rules: [rule] })).toEqual([])
  })
})
