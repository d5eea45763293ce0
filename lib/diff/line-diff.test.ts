import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diffLines, diffStats, formatDiff, MAX_LCS_CELLS, splitLines, type DiffLine } from './line-diff'

const before = (diff: DiffLine[]) => diff.filter((l) => l.kind !== 'added').map((l) => l.text)
const after = (diff: DiffLine[]) => diff.filter((l) => l.kind !== 'removed').map((l) => l.text)

/** LCS length by plain recursion with memo, to check the diff keeps as many lines as possible. */
function lcsLength(a: string[], b: string[]): number {
  const memo = new Map<string, number>()
  const go = (i: number, j: number): number => {
    if (i === a.length || j === b.length) return 0
    const key = `${i},${j}`
    let v = memo.get(key)
    if (v === undefined) {
      v = a[i] === b[j] ? go(i + 1, j + 1) + 1 : Math.max(go(i + 1, j), go(i, j + 1))
      memo.set(key, v)
    }
    return v
  }
  return go(0, 0)
}

describe('splitLines', () => {
  it('reads CRLF as LF and ignores the final newline', () => {
    expect(splitLines('a\r\nb\n')).toEqual(['a', 'b'])
    expect(splitLines('a\n\n')).toEqual(['a', ''])
    expect(splitLines('')).toEqual([])
    expect(splitLines('\n')).toEqual([''])
  })
})

describe('diffLines', () => {
  it('marks the lines a multistage solution adds to a single-stage starter', () => {
    const starter = 'FROM golang:1.21\nWORKDIR /src\nCOPY . .\nRUN go build -o /hello\nCMD ["/hello"]\n'
    const solution = 'FROM golang:1.21 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /hello\n\nFROM scratch\nCOPY --from=build /hello /hello\nENTRYPOINT ["/hello"]\n'
    const diff = diffLines(starter, solution)
    expect(formatDiff(diff)).toBe(
      [
        '-FROM golang:1.21',
        '+FROM golang:1.21 AS build',
        ' WORKDIR /src',
        ' COPY . .',
        ' RUN go build -o /hello',
        '-CMD ["/hello"]',
        '+',
        '+FROM scratch',
        '+COPY --from=build /hello /hello',
        '+ENTRYPOINT ["/hello"]',
      ].join('\n'),
    )
    expect(diffStats(diff)).toEqual({ same: 3, removed: 2, added: 5 })
  })

  it('numbers lines on both sides', () => {
    const diff = diffLines('a\nb\nc', 'a\nx\nc')
    expect(diff).toEqual([
      { kind: 'same', text: 'a', beforeLine: 1, afterLine: 1 },
      { kind: 'removed', text: 'b', beforeLine: 2, afterLine: null },
      { kind: 'added', text: 'x', beforeLine: null, afterLine: 2 },
      { kind: 'same', text: 'c', beforeLine: 3, afterLine: 3 },
    ])
  })

  it('handles empty sides and identical texts', () => {
    expect(diffLines('', '')).toEqual([])
    expect(diffStats(diffLines('', 'a\nb'))).toEqual({ same: 0, removed: 0, added: 2 })
    expect(diffStats(diffLines('a\nb', ''))).toEqual({ same: 0, removed: 2, added: 0 })
    expect(diffStats(diffLines('a\nb\n', 'a\r\nb'))).toEqual({ same: 2, removed: 0, added: 0 })
  })

  it('replaces a huge middle as one block instead of building a giant table', () => {
    const size = Math.ceil(Math.sqrt(MAX_LCS_CELLS)) + 10
    const a = Array.from({ length: size }, (_, i) => `a${i}`).join('\n')
    const b = Array.from({ length: size }, (_, i) => `b${i}`).join('\n')
    const diff = diffLines(`head\n${a}\ntail`, `head\n${b}\ntail`)
    expect(diffStats(diff)).toEqual({ same: 2, removed: size, added: size })
    expect(diff[1]?.kind).toBe('removed')
  })

  it('rebuilds both texts and keeps a longest common subsequence (property)', () => {
    const lines = fc.array(fc.constantFrom('FROM a', 'RUN x', 'RUN y', 'COPY . .', '', 'CMD z'), { maxLength: 12 })
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const diff = diffLines(a.join('\n'), b.join('\n'))
        const sa = splitLines(a.join('\n'))
        const sb = splitLines(b.join('\n'))
        expect(before(diff)).toEqual(sa)
        expect(after(diff)).toEqual(sb)
        expect(diffStats(diff).same).toBe(lcsLength(sa, sb))
        // Line numbers count up on each side.
        const bl = diff.map((l) => l.beforeLine).filter((n): n is number => n !== null)
        const al = diff.map((l) => l.afterLine).filter((n): n is number => n !== null)
        expect(bl).toEqual(sa.map((_, i) => i + 1))
        expect(al).toEqual(sb.map((_, i) => i + 1))
      }),
      { numRuns: 300 },
    )
  })
})
