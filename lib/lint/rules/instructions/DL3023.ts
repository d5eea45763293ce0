import { defineRule } from '../../rule'

export default defineRule({
  meta: {
    id: 'DL3023',
    aliases: [],
    severity: 'error',
    source: 'hadolint',
    category: 'correctness',
    title: { es: 'COPY --from no puede apuntar a su propia etapa', en: 'COPY --from cannot reference its own stage' },
    what: {
      es: 'Este COPY intenta copiar desde la misma etapa en la que está.',
      en: 'This COPY tries to copy from the same stage it is in.',
    },
    why: {
      es: 'Una etapa no puede leer de sí misma mientras se construye: BuildKit lo detecta como una dependencia circular y la build falla. Casi siempre es un nombre de etapa equivocado o un COPY en la etapa que no toca.',
      en: 'A stage cannot read from itself while it is being built: BuildKit sees a circular dependency and the build fails. It is almost always a wrong stage name or a COPY placed in the wrong stage.',
    },
    fix: {
      es: 'Mueve el COPY a la etapa que necesita los archivos o apunta `--from` a la etapa que los produce. Dentro de la misma etapa, los archivos ya están ahí: usa RUN cp o una ruta directa.',
      en: 'Move the COPY to the stage that needs the files, or point `--from` at the stage that produces them. Within the same stage the files are already there: use RUN cp or the path directly.',
    },
    examples: {
      bad: [{ code: 'FROM node:20-alpine AS build\nWORKDIR /app\nRUN npm ci && npm run build\nCOPY --from=build /app/dist /srv\n', lines: [4] }],
      good: [{ code: 'FROM node:20-alpine AS build\nWORKDIR /app\nRUN npm ci && npm run build\n\nFROM nginx:1.27-alpine\nCOPY --from=build /app/dist /usr/share/nginx/html\n' }],
    },
  },
  check(ctx) {
    for (const instr of ctx.facts.byKeyword('COPY')) {
      const stage = ctx.facts.stageOf(instr)
      if (!stage?.name) continue
      const from = instr.flags.find((f) => f.name.toLowerCase() === 'from')
      if (!from?.value || from.value.toLowerCase() !== stage.name) continue
      ctx.report(instr, {
        message: {
          es: `\`--from=${from.value}\` apunta a la etapa en la que está este COPY.`,
          en: `\`--from=${from.value}\` points at the stage this COPY is in.`,
        },
      })
    }
  },
})
