import { describe, expect, it } from 'vitest'
import { completionSpot } from './completion'

const spot = (text: string) => {
  const lines = text.split('\n')
  const line = lines.length - 1
  return completionSpot(lines, line, lines[line]!.length)
}

describe('where completion applies', () => {
  it('offers instructions at the start of a line and after ONBUILD', () => {
    expect(spot('FROM a\nRU')).toMatchObject({ kind: 'instruction', prefix: 'RU', start: 0 })
    expect(spot('FROM a\n')).toMatchObject({ kind: 'instruction', prefix: '' })
    expect(spot('ONBUILD CO')).toMatchObject({ kind: 'instruction', prefix: 'CO', start: 8 })
  })

  it('offers flags of the instruction after --, even on a continuation line', () => {
    expect(spot('COPY --')).toMatchObject({ kind: 'flag', keyword: 'COPY', prefix: '' })
    expect(spot('RUN --mo')).toMatchObject({ kind: 'flag', keyword: 'RUN', prefix: 'mo' })
    expect(spot('COPY \\\n  --li')).toMatchObject({ kind: 'flag', keyword: 'COPY', prefix: 'li' })
  })

  it('offers base images right after FROM and its flags, not after the image', () => {
    expect(spot('FROM ')).toMatchObject({ kind: 'image', prefix: '' })
    expect(spot('FROM nod')).toMatchObject({ kind: 'image', prefix: 'nod', start: 5 })
    expect(spot('FROM --platform=$BUILDPLATFORM go')).toMatchObject({ kind: 'image', prefix: 'go' })
    expect(spot('FROM node:20 AS b')).toBeNull()
  })

  it('offers stage names after --from=', () => {
    expect(spot('COPY --from=bu')).toMatchObject({ kind: 'stage', prefix: 'bu', start: 12 })
  })

  it('offers nothing in comments, arguments or unknown instructions', () => {
    expect(spot('# RU')).toBeNull()
    expect(spot('RUN apt-get ins')).toBeNull()
    expect(spot('FOO --x')).toBeNull()
  })
})
