import { copyDestination, copySources } from '@/lib/dockerfile/parse'
import type { Instruction } from '@/lib/dockerfile/types'
import { defineRule, type TextEdit } from '../../rule'

/** Inserts `/` at the end of the destination, inside its quotes when it has any. */
function appendSlash(instr: Instruction): TextEdit | null {
  const last = instr.args[instr.args.length - 1]
  if (!last) return null
  const value = last.value
  let offset = value.length
  if (instr.json) {
    offset = value.lastIndexOf('"')
    if (offset <= 0) return null
  } else if (value.length >= 2 && (value.endsWith('"') || value.endsWith("'"))) {
    offset = value.length - 1
  }
  if (last.range.start.line !== last.range.end.line) return null
  const at = { line: last.range.start.line, character: last.range.start.character + offset }
  return { range: { start: at, end: at }, newText: '/' }
}

export default defineRule({
  meta: {
    id: 'DL3021',
    aliases: [],
    severity: 'error',
    source: 'hadolint',
    category: 'correctness',
    dockerfileUtils: 'INVALID_DESTINATION',
    title: { es: 'Con varios orígenes, el destino de COPY debe acabar en /', en: 'With several sources, the COPY destination must end in /' },
    what: {
      es: 'Este COPY copia varios archivos, pero el destino no termina en `/`.',
      en: 'This COPY copies several files, but the destination does not end in `/`.',
    },
    why: {
      es: 'Con más de un origen Docker necesita un directorio de destino, y solo lo sabe seguro si la ruta termina en `/`. Si no, la build falla o, según la versión, los archivos se sobrescriben unos a otros en un único archivo.',
      en: 'With more than one source Docker needs a destination directory, and it only knows for sure when the path ends in `/`. Otherwise the build fails or, depending on the version, the files overwrite each other into a single file.',
    },
    fix: {
      es: 'Añade `/` al final del destino: `COPY package.json package-lock.json /app/`.',
      en: 'Add `/` at the end of the destination: `COPY package.json package-lock.json /app/`.',
    },
    examples: {
      bad: [{ code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json /app\nRUN npm ci\n', lines: [3] }],
      good: [{ code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json /app/\nRUN npm ci\n' }],
    },
  },
  check(ctx) {
    for (const instr of ctx.facts.byKeyword('COPY')) {
      if (copySources(instr).length < 2) continue
      // The model splits quoted words at spaces, so a quoted destination may keep only its closing quote.
      const destination = copyDestination(instr).replace(/^["']|["']$/g, '')
      if (destination.endsWith('/')) continue
      const edit = appendSlash(instr)
      ctx.report(instr, {
        message: {
          es: `COPY con varios orígenes: el destino \`${destination}\` debe terminar en \`/\`.`,
          en: `COPY with several sources: the destination \`${destination}\` must end in \`/\`.`,
        },
        fix: edit ? { title: { es: `Cambiar el destino a ${destination}/`, en: `Change the destination to ${destination}/` }, edits: [edit] } : null,
      })
    }
  },
})
