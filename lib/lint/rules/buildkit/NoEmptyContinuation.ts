import { isCommentLine, isContinued } from '@/lib/dockerfile/split'
import type { DockerfileModel, Instruction } from '@/lib/dockerfile/types'
import { defineRule } from '../../rule'

/**
 * Walks the continuation lines of an instruction like BuildKit's parser: returns the blank lines
 * inside the continuation and the last line of the logical instruction (heredoc bodies excluded).
 */
function continuation(model: DockerfileModel, instr: Instruction): { blank: number[]; last: number } {
  const { lines, escape } = model
  const blank: number[] = []
  let l = instr.range.start.line
  let last = l
  let continued = isContinued(lines[l] ?? '', escape)
  while (continued && l + 1 < lines.length) {
    l++
    const text = lines[l] ?? ''
    // The empty string after a final newline is not a line of the file.
    if (l === lines.length - 1 && text === '') break
    last = l
    if (text.trim() === '') {
      blank.push(l)
      continue
    }
    if (isCommentLine(text)) continue
    continued = isContinued(text, escape)
  }
  return { blank, last }
}

export default defineRule({
  meta: {
    id: 'NoEmptyContinuation',
    aliases: [],
    severity: 'warning',
    source: 'buildkit',
    category: 'correctness',
    dockerfileUtils: 'EMPTY_CONTINUATION_LINE',
    title: { es: 'Sin líneas vacías dentro de una continuación', en: 'No empty lines inside a line continuation' },
    what: {
      es: 'Esta instrucción continúa con `\\` a través de una línea vacía.',
      en: 'This instruction continues with `\\` across an empty line.',
    },
    why: {
      es: 'Hoy Docker se salta la línea vacía y une el resto, pero está obsoleto y una versión futura de BuildKit lo tratará como error: el build dejará de funcionar. Además es fácil de malinterpretar: parece que la instrucción termina en la línea vacía y no es así.',
      en: 'Docker currently skips the empty line and joins the rest, but this is deprecated and a future BuildKit release will make it an error, breaking the build. It is also easy to misread: the instruction looks like it ends at the empty line, and it does not.',
    },
    fix: {
      es: 'Borra las líneas vacías de la continuación. Si querías separar partes, usa una línea de comentario (`# …`), que sí está permitida.',
      en: 'Delete the empty lines inside the continuation. If you wanted to separate parts, use a comment line (`# …`), which is allowed.',
    },
    examples: {
      bad: [{
        code: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n\n    curl \\\n    ca-certificates\n',
        lines: [5],
        note: {
          es: 'BuildKit informa en la última línea de la instrucción.',
          en: 'BuildKit reports it on the last line of the instruction.',
        },
      }],
      good: [{ code: 'FROM alpine:3.20\nRUN apk add --no-cache \\\n# tools for the healthcheck\n    curl \\\n    ca-certificates\n' }],
    },
  },
  check(ctx) {
    for (const instr of ctx.model.instructions) {
      // The model's emptyContinuationLines is a cheap first filter, but dockerfile-ast can misplace a
      // heredoc body that follows a continued line, so the lines are walked again the BuildKit way.
      if (instr.emptyContinuationLines.length === 0 && !(instr.heredocs.length > 0 && instr.range.end.line > instr.range.start.line)) continue
      const { blank, last } = continuation(ctx.model, instr)
      if (blank.length === 0) continue
      const lineList = blank.map((l) => l + 1).join(', ')
      ctx.report(instr, {
        range: { start: { line: last, character: 0 }, end: { line: last, character: (ctx.model.lines[last] ?? '').length } },
        message: {
          es: `Línea de continuación vacía (línea ${lineList}) dentro de ${instr.keyword}: pronto será un error.`,
          en: `Empty continuation line (line ${lineList}) in ${instr.keyword}: this will become an error.`,
        },
        fix: {
          title: { es: 'Borrar las líneas vacías', en: 'Delete the empty lines' },
          edits: blank.map((l) => ({ range: { start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } }, newText: '' })),
        },
      })
    }
  },
})
