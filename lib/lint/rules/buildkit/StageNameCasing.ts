import { defineRule } from '../../rule'

export default defineRule({
  meta: {
    id: 'StageNameCasing',
    aliases: [],
    severity: 'warning',
    source: 'buildkit',
    category: 'style',
    title: { es: 'Escribe los nombres de etapa en minúsculas', en: 'Write stage names in lowercase' },
    what: {
      es: 'El nombre de esta etapa (`FROM … AS nombre`) tiene mayúsculas.',
      en: 'This stage name (`FROM … AS name`) has uppercase letters.',
    },
    why: {
      es: 'Docker pasa los nombres de etapa a minúsculas por dentro: `AS BuildBase` y `--from=buildbase` son la misma etapa. Escribirlos con mayúsculas sugiere una distinción que no existe y confunde al leer `COPY --from=` o `--target`.',
      en: 'Docker lowercases stage names internally: `AS BuildBase` and `--from=buildbase` are the same stage. Writing them with capitals suggests a distinction that does not exist and makes `COPY --from=` and `--target` confusing to read.',
    },
    fix: {
      es: 'Escribe el nombre en minúsculas, usando guiones para separar palabras: `AS build-base`.',
      en: 'Write the name in lowercase, with hyphens between words: `AS build-base`.',
    },
    examples: {
      bad: [{ code: 'FROM node:22-alpine AS BuildBase\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n', lines: [1] }],
      good: [{ code: 'FROM node:22-alpine AS build-base\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n' }],
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      // BuildKit checks only the plain `FROM image AS name` form (exactly three words).
      if (stage.from.args.length !== 3 || stage.rawName === null || stage.nameRange === null) continue
      const raw = stage.rawName
      const lower = raw.toLowerCase()
      if (raw === lower) continue
      ctx.report(stage.from, {
        message: {
          es: `El nombre de etapa '${raw}' debería ir en minúsculas ('${lower}').`,
          en: `Stage name '${raw}' should be lowercase ('${lower}').`,
        },
        fix: {
          title: { es: `Cambiar a '${lower}'`, en: `Change to '${lower}'` },
          edits: [{ range: stage.nameRange, newText: lower }],
        },
      })
    }
  },
})
