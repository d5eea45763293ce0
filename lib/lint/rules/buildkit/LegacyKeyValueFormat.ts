import type { Instruction } from '@/lib/dockerfile/types'
import { defineRule, type QuickFix } from '../../rule'

/** `value` written so that `key=value` means the same, or null when that is not obvious. */
function asAssignmentValue(value: string): string | null {
  if (!/\s/.test(value)) return value
  if (/^"[^"\\]*"$/.test(value) || /^'[^']*'$/.test(value)) return value
  if (/["'\\`]/.test(value)) return null
  return `"${value}"`
}

function legacyFix(instr: Instruction): QuickFix | null {
  const key = instr.args[0]
  if (!key || instr.args.length < 2 || instr.range.start.line !== instr.range.end.line) return null
  if (!instr.argsText.startsWith(key.value)) return null
  const value = asAssignmentValue(instr.argsText.slice(key.value.length).trim())
  if (value === null) return null
  const newText = `${key.value}=${value}`
  return {
    title: { es: `Cambiar a ${newText}`, en: `Change to ${newText}` },
    edits: [{ range: { start: key.range.start, end: instr.range.end }, newText }],
  }
}

export default defineRule({
  meta: {
    id: 'LegacyKeyValueFormat',
    aliases: [],
    severity: 'warning',
    source: 'buildkit',
    category: 'style',
    title: { es: 'Usa clave=valor en ENV y LABEL', en: 'Use key=value in ENV and LABEL' },
    what: {
      es: 'Esta instrucción usa el formato antiguo `clave valor` (separado por un espacio) en lugar de `clave=valor`.',
      en: 'This instruction uses the legacy `key value` format (separated by a space) instead of `key=value`.',
    },
    why: {
      es: 'Con el formato antiguo solo cabe una variable por instrucción y todo lo que sigue a la clave, espacios incluidos, pasa a ser el valor: `ENV A 1 B 2` crea una sola variable A con el valor "1 B 2". Docker lo mantiene por compatibilidad, pero está desaconsejado.',
      en: 'The legacy format allows only one variable per instruction and everything after the key, spaces included, becomes the value: `ENV A 1 B 2` creates a single variable A with the value "1 B 2". Docker keeps it for compatibility, but it is discouraged.',
    },
    fix: {
      es: 'Escribe `clave=valor`, con comillas si el valor tiene espacios: `ENV NODE_ENV=production`, `LABEL description="Mi app"`.',
      en: 'Write `key=value`, quoting the value if it has spaces: `ENV NODE_ENV=production`, `LABEL description="My app"`.',
    },
    examples: {
      bad: [{ code: 'FROM node:22-alpine\nENV NODE_ENV production\nLABEL org.opencontainers.image.title My API\nWORKDIR /app\n', lines: [2, 3] }],
      good: [{ code: 'FROM node:22-alpine\nENV NODE_ENV=production\nLABEL org.opencontainers.image.title="My API"\nWORKDIR /app\n' }],
    },
  },
  check(ctx) {
    // Dispatch-time check: ONBUILD triggers are not dispatched in their own stage, so only top-level
    // ENV and LABEL count, in every stage (lint without --target checks all stages).
    for (const keyword of ['ENV', 'LABEL']) {
      for (const instr of ctx.facts.byKeyword(keyword)) {
        if (!instr.legacyKeyValue || instr.args.length < 2) continue
        const fix = legacyFix(instr)
        const rewrite = fix?.edits[0]?.newText
        ctx.report(instr, {
          message: {
            es: `Usa "${keyword} clave=valor" en lugar del formato antiguo "${keyword} clave valor"${rewrite ? `: ${keyword} ${rewrite}` : ''}.`,
            en: `"${keyword} key=value" should be used instead of legacy "${keyword} key value" format${rewrite ? `: ${keyword} ${rewrite}` : ''}.`,
          },
          fix,
        })
      }
    }
  },
})
