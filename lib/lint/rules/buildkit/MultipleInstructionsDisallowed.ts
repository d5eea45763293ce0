import type { Instruction } from '@/lib/dockerfile/types'
import { defineRule } from '../../rule'

const ONCE_PER_STAGE = new Set(['CMD', 'ENTRYPOINT', 'HEALTHCHECK'])

export default defineRule({
  meta: {
    id: 'MultipleInstructionsDisallowed',
    aliases: [],
    severity: 'warning',
    source: 'buildkit',
    category: 'correctness',
    dockerfileUtils: 'MULTIPLE_INSTRUCTIONS',
    title: { es: 'Un solo CMD, ENTRYPOINT y HEALTHCHECK por etapa', en: 'One CMD, ENTRYPOINT and HEALTHCHECK per stage' },
    what: {
      es: 'Esta instrucción queda anulada por otra igual más abajo en la misma etapa.',
      en: 'This instruction is overridden by another one of the same kind later in the same stage.',
    },
    why: {
      es: 'Una imagen solo guarda un CMD, un ENTRYPOINT y un HEALTHCHECK: gana el último. Los anteriores no hacen nada, pero quien lee el Dockerfile puede creer que se ejecutan (por ejemplo, dos CMD seguidos no arrancan dos procesos).',
      en: 'An image keeps only one CMD, one ENTRYPOINT and one HEALTHCHECK: the last one wins. The earlier ones do nothing, yet readers may think they run (two CMDs in a row do not start two processes, for instance).',
    },
    fix: {
      es: 'Borra la instrucción anulada y deja solo la última. Si necesitas varios procesos, usa un script de arranque o contenedores separados.',
      en: 'Delete the overridden instruction and keep only the last one. If you need several processes, use a start script or separate containers.',
    },
    examples: {
      bad: [{
        code: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "worker.js"]\nCMD ["node", "server.js"]\n',
        lines: [4],
        note: {
          es: 'BuildKit señala el CMD de la línea 4, el que se ignora (hadolint señalaría el de la línea 5).',
          en: 'BuildKit points at the CMD on line 4, the one that is ignored (hadolint would point at line 5).',
        },
      }],
      good: [
        { code: 'FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nHEALTHCHECK CMD ["node", "healthcheck.js"]\nCMD ["node", "server.js"]\n' },
        { code: 'FROM node:22-alpine AS base\nCMD ["node", "worker.js"]\n\nFROM base\nCMD ["node", "server.js"]\n' },
      ],
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      // Not inherited: a child stage (`FROM base`) starts with fresh trackers, as in BuildKit.
      const previous = new Map<string, Instruction>()
      for (const instr of stage.instructions) {
        if (!ONCE_PER_STAGE.has(instr.keyword)) continue
        const earlier = previous.get(instr.keyword)
        previous.set(instr.keyword, instr)
        if (!earlier) continue
        const k = instr.keyword
        const later = instr.range.start.line + 1
        ctx.report(earlier, {
          message: {
            es: `Hay varias instrucciones ${k} en la misma etapa y solo cuenta la última: esta se ignora porque la anula la de la línea ${later}.`,
            en: `Multiple ${k} instructions should not be used in the same stage because only the last one will be used: this one is overridden by line ${later}.`,
          },
          fix: {
            title: { es: `Borrar este ${k} anulado`, en: `Delete this overridden ${k}` },
            edits: [{ range: { start: { line: earlier.range.start.line, character: 0 }, end: { line: earlier.range.end.line + 1, character: 0 } }, newText: '' }],
          },
        })
      }
    }
  },
})
