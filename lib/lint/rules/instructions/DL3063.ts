import { defineRule } from '../../rule'

const RESERVED = new Set(['scratch', 'context'])

export default defineRule({
  meta: {
    id: 'DL3063',
    aliases: ['ReservedStageName'],
    severity: 'warning',
    source: 'hadolint',
    category: 'correctness',
    title: { es: 'No llames a una etapa scratch ni context', en: 'Do not name a stage scratch or context' },
    what: {
      es: 'Esta etapa usa un nombre reservado por Docker.',
      en: 'This stage uses a name reserved by Docker.',
    },
    why: {
      es: '`scratch` es la imagen vacía y `context` es el nombre del contexto de construcción: `FROM scratch` o `COPY --from=context` no apuntarían a tu etapa, y BuildKit no permite sustituirlos con `--build-context`. El resultado es confuso o directamente un error.',
      en: '`scratch` is the empty image and `context` is the name of the build context: `FROM scratch` or `COPY --from=context` would not point at your stage, and BuildKit does not let `--build-context` replace them. The result is confusing or an outright error.',
    },
    fix: {
      es: 'Elige otro nombre que describa la etapa, como `base`, `build` o `runtime`.',
      en: 'Pick another name that describes the stage, such as `base`, `build` or `runtime`.',
    },
    examples: {
      bad: [{ code: 'FROM alpine:3.20 AS scratch\nRUN apk add --no-cache ca-certificates\n', lines: [1] }],
      good: [{ code: 'FROM alpine:3.20 AS base\nRUN apk add --no-cache ca-certificates\n\nFROM scratch\nCOPY --from=base /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/\n' }],
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      if (stage.name === null || !RESERVED.has(stage.name)) continue
      ctx.report(stage.from, {
        message: {
          es: `\`${stage.rawName}\` es un nombre reservado: Docker lo usa para ${stage.name === 'scratch' ? 'la imagen vacía' : 'el contexto de construcción'}.`,
          en: `\`${stage.rawName}\` is a reserved name: Docker uses it for ${stage.name === 'scratch' ? 'the empty image' : 'the build context'}.`,
        },
      })
    }
  },
})
