import type { Instruction, KeyValue } from '@/lib/dockerfile/types'
import { referencedNames } from '@/lib/dockerfile/vars'
import { defineRule, type QuickFix } from '../../rule'

/** The value of a pair as written (escapes kept, which the model's value resolves), single-quoted parts removed. */
function rawValue(pair: KeyValue, lines: string[]): string {
  const { start, end } = pair.range
  const parts: string[] = []
  for (let l = start.line; l <= end.line; l++) {
    const line = lines[l] ?? ''
    parts.push(line.slice(l === start.line ? start.character : 0, l === end.line ? end.character : line.length))
  }
  const text = parts.join('\n')
  const eq = text.indexOf('=')
  // Docker does not expand inside single quotes.
  return eq === -1 ? (pair.value ?? '') : text.slice(eq + 1).replace(/'[^']*'/g, '')
}

/** Pairs of one ENV (by index) that reference a key set by another pair of the same ENV, unknown before it. */
function offendingReferences(pairs: KeyValue[], declared: Set<string>, lines: string[], escape: string): { from: number; name: string }[] {
  const keys = pairs.map((p) => p.key)
  const out: { from: number; name: string }[] = []
  pairs.forEach((p, i) => {
    for (const name of referencedNames(rawValue(p, lines), escape)) {
      if (declared.has(name)) continue
      if (keys.some((k, j) => j !== i && k === name)) out.push({ from: i, name })
    }
  })
  return out
}

/** Splits the ENV before every pair that reads a key set earlier in the same group; null if a reference points forward. */
function splitFix(instr: Instruction, refs: { from: number; name: string }[], lines: string[]): QuickFix | null {
  const pairs = instr.pairs
  const splitBefore = new Set<number>()
  let groupStart = 0
  for (let i = 0; i < pairs.length; i++) {
    const names = refs.filter((r) => r.from === i).map((r) => r.name)
    if (names.length === 0) continue
    const definedBefore = (name: string) => pairs.some((p, j) => j < i && p.key === name)
    // Reading its own key means the previous value, which a split keeps; any other key must come earlier.
    if (!names.filter((name) => name !== pairs[i]!.key).every(definedBefore)) return null
    if (names.some((name) => pairs.some((p, j) => j >= groupStart && j < i && p.key === name))) {
      splitBefore.add(i)
      groupStart = i
    }
  }
  if (splitBefore.size === 0) return null
  const edits = [...splitBefore].map((i) => {
    const prev = pairs[i - 1]!
    const next = pairs[i]!
    const indent = /^\s*/.exec(lines[instr.range.start.line] ?? '')?.[0] ?? ''
    return { range: { start: prev.range.end, end: next.range.start }, newText: `\n${indent}${instr.rawKeyword} ` }
  })
  return {
    title: { es: 'Separar en varios ENV', en: 'Split into several ENV instructions' },
    edits,
  }
}

export default defineRule({
  meta: {
    id: 'DL3044',
    aliases: [],
    severity: 'error',
    source: 'hadolint',
    category: 'correctness',
    title: { es: 'No uses una variable en el mismo ENV que la define', en: 'Do not use a variable in the same ENV that defines it' },
    what: {
      es: 'Este ENV usa una variable que se define en ese mismo ENV.',
      en: 'This ENV uses a variable that is defined in that same ENV.',
    },
    why: {
      es: 'Docker expande todas las variables de un ENV con los valores que había antes de la instrucción. En `ENV APP_HOME=/app APP_BIN=$APP_HOME/bin`, APP_BIN vale `/bin`, no `/app/bin`: un fallo silencioso que aparece más tarde como "archivo no encontrado".',
      en: 'Docker expands every variable of an ENV with the values from before the instruction. In `ENV APP_HOME=/app APP_BIN=$APP_HOME/bin`, APP_BIN becomes `/bin`, not `/app/bin`: a silent bug that shows up later as "file not found".',
    },
    fix: {
      es: 'Define la variable en un ENV anterior y úsala en el siguiente.',
      en: 'Define the variable in an earlier ENV and use it in the next one.',
    },
    examples: {
      bad: [{ code: 'FROM python:3.12-slim\nENV APP_HOME=/app APP_BIN=$APP_HOME/bin\nWORKDIR $APP_HOME\n', lines: [2] }],
      good: [{ code: 'FROM python:3.12-slim\nENV APP_HOME=/app\nENV APP_BIN=$APP_HOME/bin PATH=/app/bin:$PATH\nWORKDIR $APP_HOME\n' }],
    },
  },
  check(ctx) {
    // hadolint remembers ARG names and ENV keys for the whole file, in order.
    const declared = new Set<string>()
    for (const instr of ctx.model.instructions) {
      if (instr.keyword === 'ARG') {
        for (const p of instr.pairs) declared.add(p.key)
        continue
      }
      if (instr.keyword !== 'ENV') continue
      const refs = offendingReferences(instr.pairs, declared, ctx.model.lines, ctx.model.escape)
      for (const p of instr.pairs) declared.add(p.key)
      if (refs.length === 0) continue
      const names = [...new Set(refs.map((r) => r.name))].map((n) => `$${n}`).join(', ')
      ctx.report(instr, {
        message: {
          es: `${names} se define en este mismo ENV: aquí todavía tiene el valor anterior. Defínela en un ENV previo.`,
          en: `${names} is defined in this same ENV: here it still has its previous value. Define it in an earlier ENV.`,
        },
        fix: splitFix(instr, refs, ctx.model.lines),
      })
    }
  },
})
