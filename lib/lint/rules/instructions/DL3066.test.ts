import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL3066'

describe('DL3066', () => {
  it('reports user names, root included, with or without a group', () => {
    expect(linesOf(rule, 'FROM a:1\nUSER node\nUSER root\nUSER foobar:barfoo\n')).toEqual([2, 3, 4])
  })
  it('accepts numeric UIDs, with a named or numeric group', () => {
    expect(linesOf(rule, 'FROM a:1\nUSER 12345\nUSER 1234:5678\nUSER 1000:app\n')).toEqual([])
  })
  it('accepts a user that references an ARG declared earlier, in the stage or globally', () => {
    expect(linesOf(rule, 'ARG GID=1\nFROM a:1\nARG APP_UID=10001\nUSER ${APP_UID}\nUSER $GID:$GID\n')).toEqual([])
  })
  it('still reports a variable that is not an earlier ARG', () => {
    expect(linesOf(rule, 'FROM a:1\nENV UID=1000\nUSER $UID\nUSER ${LATER}\nARG LATER=1\n')).toEqual([3, 4])
  })
  it('handles lowercase keywords and ignores an empty USER', () => {
    expect(linesOf(rule, 'from a:1\nuser app\nUSER\n')).toEqual([2])
  })
})
