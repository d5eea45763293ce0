import { defineRule } from '../../rule'

const FORBIDDEN = new Set(['ONBUILD', 'FROM', 'MAINTAINER'])

export default defineRule({
  meta: {
    id: 'DL3043',
    aliases: [],
    severity: 'error',
    source: 'hadolint',
    category: 'correctness',
    dockerfileUtils: 'ONBUILD_TRIGGER_DISALLOWED',
    title: { es: 'ONBUILD no admite ONBUILD, FROM ni MAINTAINER', en: 'ONBUILD does not allow ONBUILD, FROM or MAINTAINER' },
    what: {
      es: 'Este ONBUILD lleva dentro una instrucción que Docker no permite como disparador.',
      en: 'This ONBUILD wraps an instruction that Docker does not allow as a trigger.',
    },
    why: {
      es: 'ONBUILD guarda una instrucción para ejecutarla cuando otra imagen use esta como base. Docker prohíbe encadenar `ONBUILD ONBUILD` y no acepta `FROM` ni `MAINTAINER` como disparadores: la build falla con un error.',
      en: 'ONBUILD stores an instruction to run when another image uses this one as its base. Docker forbids chaining `ONBUILD ONBUILD` and does not accept `FROM` or `MAINTAINER` as triggers: the build fails with an error.',
    },
    fix: {
      es: 'Quita ese ONBUILD. Para los metadatos usa `LABEL`; la imagen base la decide el FROM de quien construya encima.',
      en: 'Remove that ONBUILD. For metadata use `LABEL`; the base image is chosen by the FROM of whoever builds on top.',
    },
    examples: {
      bad: [{ code: 'FROM node:20-alpine\nWORKDIR /app\nONBUILD ONBUILD RUN npm ci\n', lines: [3] }],
      good: [{ code: 'FROM node:20-alpine\nWORKDIR /app\nONBUILD COPY package*.json ./\nONBUILD RUN npm ci\n' }],
    },
  },
  check(ctx) {
    for (const instr of ctx.facts.byKeyword('ONBUILD')) {
      const inner = instr.trigger?.keyword
      if (!inner || !FORBIDDEN.has(inner)) continue
      ctx.report(instr, {
        message: {
          es: `\`ONBUILD ${inner}\` no está permitido: Docker rechaza ${inner} como disparador de ONBUILD.`,
          en: `\`ONBUILD ${inner}\` is not allowed: Docker rejects ${inner} as an ONBUILD trigger.`,
        },
      })
    }
  },
})
