import { copyDestination } from '@/lib/dockerfile/parse'
import { baseChain } from '@/lib/dockerfile/graph'
import { defineRule } from '../../rule'

/** `/…`, `C:\…`, `C:/…` and `$VAR…` destinations do not depend on the working directory (hadolint's test). */
function isAbsoluteOrVariable(destination: string): boolean {
  return destination.startsWith('/') || destination.startsWith('$') || /^.:[\\/]/u.test(destination)
}

export default defineRule({
  meta: {
    id: 'DL3045',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'correctness',
    title: { es: 'COPY a una ruta relativa necesita un WORKDIR', en: 'COPY to a relative path needs a WORKDIR' },
    what: {
      es: 'Este COPY copia a una ruta relativa, pero la etapa no ha fijado WORKDIR.',
      en: 'This COPY copies to a relative path, but the stage has not set a WORKDIR.',
    },
    why: {
      es: 'Sin WORKDIR, una ruta relativa se resuelve contra el directorio de trabajo de la imagen base, que no aparece en tu Dockerfile y puede ser `/` o cualquier otro. `COPY . .` podría llenar la raíz del sistema con tu código o acabar en un sitio distinto al que esperan tus RUN y CMD.',
      en: 'Without a WORKDIR, a relative path resolves against the base image\'s working directory, which does not appear in your Dockerfile and may be `/` or anything else. `COPY . .` could spill your code into the root of the filesystem, or end up somewhere other than where your RUN and CMD expect it.',
    },
    fix: {
      es: 'Añade `WORKDIR /app` (o la ruta que uses) antes del COPY, o escribe un destino absoluto.',
      en: 'Add `WORKDIR /app` (or your path) before the COPY, or write an absolute destination.',
    },
    examples: {
      bad: [{ code: 'FROM node:20-alpine\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]\n', lines: [2, 4] }],
      good: [
        { code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]\n' },
        { code: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n' },
      ],
    },
  },
  check(ctx) {
    const workdirInChain = new Map<number, boolean>()
    const chainHasWorkdir = (stageIndex: number): boolean => {
      let known = workdirInChain.get(stageIndex)
      if (known === undefined) {
        known = baseChain(ctx.model, stageIndex).some((s) => s.instructions.some((i) => i.keyword === 'WORKDIR'))
        workdirInChain.set(stageIndex, known)
      }
      return known
    }
    for (const instr of ctx.facts.byKeyword('COPY')) {
      const destination = copyDestination(instr).replace(/^["']|["']$/g, '')
      if (!destination || isAbsoluteOrVariable(destination)) continue
      const stage = ctx.facts.stageOf(instr)
      if (stage) {
        if (chainHasWorkdir(stage.index)) continue
        if (stage.instructions.some((i) => i.keyword === 'WORKDIR' && i.index < instr.index)) continue
      }
      ctx.report(instr, {
        message: {
          es: `El destino \`${destination}\` es relativo y no hay WORKDIR: depende del directorio de trabajo de la imagen base.`,
          en: `The destination \`${destination}\` is relative and there is no WORKDIR: it depends on the base image's working directory.`,
        },
      })
    }
  },
})
