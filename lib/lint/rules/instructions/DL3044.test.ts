import { describe, expect, it } from 'vitest'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './DL3044'

describe('DL3044', () => {
  it('reports a reference to a key defined in the same ENV, with or without braces', () => {
    expect(linesOf(rule, 'FROM a:1\nENV BLA="blubb" BLUBB="${BLA}/blubb"\nENV X=1 Y=$X/y\nENV P=1 Q="$P"\n')).toEqual([2, 3, 4])
  })
  it('accepts references across separate ENVs', () => {
    expect(linesOf(rule, 'FROM a:1\nENV BLA="blubb"\nENV BLUBB="${BLA}/blubb"\n')).toEqual([])
  })
  it('does not match names that only share a prefix or suffix', () => {
    expect(linesOf(rule, 'FROM a:1\nENV BLA=1 B="${FOOBLA}/x" C=$BLAFOO/x D="BLA/$BLAFOO/BLA"\n')).toEqual([])
    expect(linesOf(rule, 'FROM a:1\nENV BLA=1 B="$BLA/$BLAFOO/x"\n')).toEqual([2])
  })
  it('accepts a key declared earlier by ARG or ENV, anywhere before', () => {
    expect(linesOf(rule, 'ARG BLA\nFROM a:1\nENV BLA=${BLA} X=$BLA\n')).toEqual([])
    expect(linesOf(rule, 'FROM a:1\nENV BLA blubb\nENV BLA=2 X=${BLA}\n')).toEqual([])
  })
  it('accepts self-reference, unless the key appears twice in the same ENV', () => {
    expect(linesOf(rule, 'FROM a:1\nENV PATH=/bla:${PATH}\nENV PATH=/blubb:${PATH}\n')).toEqual([])
    expect(linesOf(rule, 'FROM a:1\nENV PATH=/bla:${PATH} PATH=/blubb:${PATH}\n')).toEqual([2])
  })
  it('ignores escaped dollars and single quotes, and names the variable', () => {
    expect(linesOf(rule, "FROM a:1\nENV A=1 B=\\$A C='$A'\n")).toEqual([])
    expect(findingsOf(rule, 'FROM a:1\nENV APP_HOME=/app APP_BIN=$APP_HOME/bin\n')[0]?.message.en).toMatch(/^\$APP_HOME is defined in this same ENV/)
  })
  it('handles lowercase keywords and continuation lines', () => {
    expect(linesOf(rule, 'from a:1\nenv A=1 \\\n    B=$A\n')).toEqual([2])
  })
  it('quick fix splits the ENV before the pair that reads the new value', () => {
    const fixed = applyFirstFix(rule, 'FROM a:1\nENV APP_HOME=/app APP_BIN=$APP_HOME/bin PORT=80\n')
    expect(fixed).toBe('FROM a:1\nENV APP_HOME=/app\nENV APP_BIN=$APP_HOME/bin PORT=80\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('quick fix splits a repeated self-reference and continuation lines', () => {
    expect(applyFirstFix(rule, 'FROM a:1\nENV PATH=/a:$PATH PATH=/b:$PATH\n')).toBe('FROM a:1\nENV PATH=/a:$PATH\nENV PATH=/b:$PATH\n')
    expect(applyFirstFix(rule, 'FROM a:1\nENV A=1 \\\n    B=$A\n')).toBe('FROM a:1\nENV A=1\nENV B=$A\n')
  })
  it('offers no fix when a value reads a key defined after it', () => {
    expect(findingsOf(rule, 'FROM a:1\nENV B=$A A=1\n')[0]?.fix).toBeNull()
  })
})
