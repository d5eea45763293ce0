import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL3067'

describe('DL3067', () => {
  it('reports COPY --from of / to /, quoted or in JSON form', () => {
    expect(linesOf(rule, 'FROM a:1\nCOPY --from=build / /\nCOPY --from=build "/" "/"\nCOPY --from=0 ["/", "/"]\n')).toEqual([2, 3, 4])
  })
  it('reports when / is one of several sources', () => {
    expect(linesOf(rule, 'FROM a:1\nCOPY --from=build /etc / /\n')).toEqual([2])
  })
  it('accepts specific paths and copies from the build context', () => {
    expect(linesOf(rule, 'FROM a:1\nCOPY --from=build /out/app /usr/local/bin/app\nCOPY --from=build / /rootfs/\nCOPY / /\n')).toEqual([])
  })
  it('handles lowercase keywords and ignores ADD', () => {
    expect(linesOf(rule, 'from a:1\ncopy --from=build / /\nADD --from=build / /\n')).toEqual([2])
  })
})
