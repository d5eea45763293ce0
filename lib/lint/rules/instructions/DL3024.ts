import { defineRule } from '../../rule'

export default defineRule({
  meta: {
    id: 'DL3024',
    aliases: ['DuplicateStageName'],
    severity: 'error',
    source: 'hadolint',
    category: 'correctness',
    dockerfileUtils: 'DUPLICATE_BUILD_STAGE_NAME',
    title: { es: 'Los nombres de etapa deben ser únicos', en: 'Stage names must be unique' },
    what: {
      es: 'Este FROM reutiliza un nombre de etapa que ya existe.',
      en: 'This FROM reuses a stage name that already exists.',
    },
    why: {
      es: '`COPY --from=nombre`, `FROM nombre` y `--target nombre` necesitan saber a qué etapa te refieres. Con dos etapas con el mismo nombre (Docker no distingue mayúsculas) la referencia es ambigua y BuildKit rechaza el Dockerfile.',
      en: '`COPY --from=name`, `FROM name` and `--target name` need to know which stage you mean. With two stages of the same name (Docker ignores case) the reference is ambiguous and BuildKit rejects the Dockerfile.',
    },
    fix: {
      es: 'Da a cada etapa un nombre distinto que describa lo que hace, como `web-build` y `api-build`.',
      en: 'Give each stage a different name that says what it does, such as `web-build` and `api-build`.',
    },
    examples: {
      bad: [{
        code: 'FROM node:20-alpine AS build\nWORKDIR /web\nRUN npm ci && npm run build\n\nFROM golang:1.22 AS build\nWORKDIR /api\nRUN go build -o /out/api .\n',
        lines: [5],
      }],
      good: [{
        code: 'FROM node:20-alpine AS web-build\nWORKDIR /web\nRUN npm ci && npm run build\n\nFROM golang:1.22 AS api-build\nWORKDIR /api\nRUN go build -o /out/api .\n',
      }],
    },
  },
  check(ctx) {
    const seen = new Map<string, number>()
    for (const stage of ctx.model.stages) {
      if (stage.name === null) continue
      const first = seen.get(stage.name)
      if (first === undefined) {
        seen.set(stage.name, stage.index)
        continue
      }
      const line = ctx.model.stages[first]!.from.range.start.line + 1
      ctx.report(stage.from, {
        message: {
          es: `El nombre de etapa \`${stage.rawName}\` ya se usa en la línea ${line} (Docker no distingue mayúsculas).`,
          en: `The stage name \`${stage.rawName}\` is already used on line ${line} (Docker ignores case).`,
        },
      })
    }
  },
})
