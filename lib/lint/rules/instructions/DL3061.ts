import { defineRule } from '../../rule'

export default defineRule({
  meta: {
    id: 'DL3061',
    aliases: [],
    severity: 'error',
    source: 'hadolint',
    category: 'correctness',
    dockerfileUtils: 'NO_SOURCE_IMAGE',
    title: { es: 'El Dockerfile debe empezar por FROM', en: 'The Dockerfile must start with FROM' },
    what: {
      es: 'Esta instrucción aparece antes del primer FROM.',
      en: 'This instruction comes before the first FROM.',
    },
    why: {
      es: 'Antes del primer FROM solo se permiten ARG (para parametrizar la imagen base), comentarios y directivas como `# syntax=`. Cualquier otra instrucción no tiene una imagen sobre la que aplicarse y Docker rechaza el Dockerfile.',
      en: 'Before the first FROM only ARG (to parameterize the base image), comments and directives such as `# syntax=` are allowed. Any other instruction has no image to apply to, and Docker rejects the Dockerfile.',
    },
    fix: {
      es: 'Mueve la instrucción después del FROM de la etapa en la que la quieres.',
      en: 'Move the instruction after the FROM of the stage where you want it.',
    },
    examples: {
      bad: [{ code: 'LABEL team=web\nFROM alpine:3.20\nCOPY app /usr/local/bin/app\n', lines: [1] }],
      good: [{ code: '# syntax=docker/dockerfile:1\nARG ALPINE=3.20\nFROM alpine:${ALPINE}\nLABEL team=web\n' }],
    },
  },
  check(ctx) {
    for (const instr of ctx.model.instructions) {
      if (instr.keyword === 'FROM') break
      if (instr.keyword === 'ARG') continue
      ctx.report(instr, {
        message: {
          es: `${instr.keyword} aparece antes del primer FROM: aquí solo se permiten ARG.`,
          en: `${instr.keyword} comes before the first FROM: only ARG is allowed here.`,
        },
      })
    }
  },
})
