import { describe, expect, it } from 'vitest'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './DL3048'

describe('DL3048', () => {
  it('reports uppercase keys and reserved namespaces', () => {
    expect(linesOf(rule, 'FROM a:1\nLABEL Maintainer="me@example.com"\nLABEL com.docker.extension="x"\nLABEL io.docker.x=1 \nLABEL org.dockerproject.y=1\n')).toEqual([2, 3, 4, 5])
  })
  it('reports bad first or last characters, invalid characters and doubled separators', () => {
    const code = 'FROM a:1\nLABEL .invalid=1\nLABEL -invalid=1\nLABEL 1invalid=1\nLABEL invalid.=1\nLABEL invalid$character=1\nLABEL invalid..character=1\nLABEL invalid--character=1\n'
    expect(linesOf(rule, code)).toEqual([2, 3, 4, 5, 6, 7, 8])
  })
  it('accepts valid keys, including underscores and slashes', () => {
    expect(linesOf(rule, 'FROM a:1\nLABEL org.valid-key.label3="foo" validlabel=1 com.example.my_label=1 vendor/key=1\n')).toEqual([])
  })
  it('checks every pair, legacy form and lowercase keywords, naming the first bad key', () => {
    const code = 'FROM a:1\nlabel ok=1 Bad=2\nLABEL Version 1.0\n'
    expect(linesOf(rule, code)).toEqual([2, 3])
    expect(findingsOf(rule, code)[0]?.message.en).toBe('The key `Bad` must start with a lowercase letter.')
  })
  it('quick fix lowercases keys when that is enough, also quoted keys', () => {
    const fixed = applyFirstFix(rule, 'FROM a:1\nLABEL Maintainer="me" "Version"=1 \\\n  Vendor=acme\n')
    expect(fixed).toBe('FROM a:1\nLABEL maintainer="me" "version"=1 \\\n  vendor=acme\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('offers no fix when lowercasing is not enough', () => {
    expect(findingsOf(rule, 'FROM a:1\nLABEL com.docker.X=1\n')[0]?.fix).toBeNull()
  })
})
