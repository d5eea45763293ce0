import type { KeyValue } from '@/lib/dockerfile/types'
import { defineRule, type TextEdit } from '../../rule'

const RESERVED_PREFIXES = ['com.docker.', 'io.docker.', 'org.dockerproject.']

/** Why a label key is invalid, or null when it is fine. */
function problem(key: string): { es: string; en: string } | null {
  if (!/^[a-z]/.test(key)) return { es: 'debe empezar por una letra minúscula', en: 'must start with a lowercase letter' }
  if (!/[a-z0-9]$/.test(key)) return { es: 'debe terminar en letra minúscula o número', en: 'must end with a lowercase letter or a digit' }
  if (/[^a-z0-9._/-]/.test(key)) return { es: 'solo admite minúsculas, números, `.`, `_`, `/` y `-`', en: 'may only contain lowercase letters, digits, `.`, `_`, `/` and `-`' }
  if (RESERVED_PREFIXES.some((p) => key.startsWith(p))) return { es: 'usa un espacio de nombres reservado por Docker', en: 'uses a namespace reserved by Docker' }
  if (key.includes('..') || key.includes('--')) return { es: 'no puede tener `..` ni `--` seguidos', en: 'may not contain `..` or `--`' }
  return null
}

/** Replaces a key with its lowercase form when that alone makes it valid. */
function lowercaseEdit(pair: KeyValue, lines: string[]): TextEdit | null {
  const lower = pair.key.toLowerCase()
  if (lower === pair.key || problem(lower)) return null
  const line = lines[pair.range.start.line] ?? ''
  let start = pair.range.start.character
  if (line[start] === '"' || line[start] === "'") start++
  if (line.slice(start, start + pair.key.length) !== pair.key) return null
  const at = pair.range.start.line
  return { range: { start: { line: at, character: start }, end: { line: at, character: start + pair.key.length } }, newText: lower }
}

export default defineRule({
  meta: {
    id: 'DL3048',
    aliases: [],
    severity: 'style',
    source: 'hadolint',
    category: 'style',
    title: { es: 'Usa claves de etiqueta válidas', en: 'Use valid label keys' },
    what: {
      es: 'Una clave de este LABEL no sigue el formato recomendado para etiquetas.',
      en: 'A key of this LABEL does not follow the recommended label format.',
    },
    why: {
      es: 'Las herramientas que leen etiquetas (registros, escáneres, `docker inspect --format`) esperan claves en minúsculas con espacio de nombres DNS inverso, como `org.opencontainers.image.version`. Las mayúsculas crean duplicados que solo difieren en el caso, y los prefijos `com.docker.`, `io.docker.` y `org.dockerproject.` están reservados para Docker.',
      en: 'Tools that read labels (registries, scanners, `docker inspect --format`) expect lowercase keys in reverse-DNS namespaces, such as `org.opencontainers.image.version`. Uppercase creates duplicates that differ only in case, and the `com.docker.`, `io.docker.` and `org.dockerproject.` prefixes are reserved for Docker.',
    },
    fix: {
      es: 'Escribe la clave en minúsculas, empezando por letra, sin separadores dobles, y preferiblemente con las claves estándar `org.opencontainers.image.*`.',
      en: 'Write the key in lowercase, starting with a letter, without double separators, and preferably use the standard `org.opencontainers.image.*` keys.',
    },
    examples: {
      bad: [{ code: 'FROM alpine:3.20\nLABEL Maintainer="ana@example.com"\nLABEL com.docker.extension="x"\n', lines: [2, 3] }],
      good: [{ code: 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="ana@example.com" \\\n      org.opencontainers.image.version="1.4.0"\n' }],
    },
  },
  check(ctx) {
    for (const instr of ctx.facts.byKeyword('LABEL')) {
      const bad = instr.pairs.map((p) => ({ pair: p, why: problem(p.key) })).filter((b) => b.why !== null)
      const first = bad[0]
      if (!first?.why) continue
      const edits = bad.map((b) => lowercaseEdit(b.pair, ctx.model.lines))
      const fixable = edits.every((e) => e !== null)
      ctx.report(instr, {
        message: {
          es: `La clave \`${first.pair.key}\` ${first.why.es}.`,
          en: `The key \`${first.pair.key}\` ${first.why.en}.`,
        },
        fix: fixable
          ? { title: { es: 'Pasar las claves a minúsculas', en: 'Lowercase the keys' }, edits: edits as TextEdit[] }
          : null,
      })
    }
  },
})
