import { defineRule } from '../../rule'

export default defineRule({
  meta: {
    id: 'DL3022',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'correctness',
    title: { es: 'COPY --from debe apuntar a una etapa anterior', en: 'COPY --from should reference an earlier stage' },
    what: {
      es: 'El `--from` de este COPY no nombra ninguna etapa definida antes.',
      en: 'The `--from` of this COPY does not name any stage defined earlier.',
    },
    why: {
      es: 'Si el nombre no coincide con una etapa anterior, Docker lo interpreta como una imagen externa y la descarga del registro: un error tipográfico acaba copiando archivos de una imagen desconocida, o la build falla porque esa imagen no existe. Una etapa definida más abajo tampoco vale.',
      en: 'If the name does not match an earlier stage, Docker treats it as an external image and pulls it from the registry: a typo ends up copying files from an unknown image, or the build fails because that image does not exist. A stage defined further down does not count either.',
    },
    fix: {
      es: 'Usa el nombre (`AS nombre`) o el número de una etapa anterior. Si de verdad quieres copiar de una imagen externa, escríbela con etiqueta: `--from=nginx:1.27`.',
      en: 'Use the name (`AS name`) or the number of an earlier stage. If you really want to copy from an external image, write it with a tag: `--from=nginx:1.27`.',
    },
    examples: {
      bad: [{
        code: 'FROM golang:1.22 AS builder\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM alpine:3.20\nCOPY --from=bulder /out/app /usr/local/bin/app\nCOPY --from=nginx /etc/nginx/mime.types /etc/\n',
        lines: [7, 8],
        note: { es: 'Un error tipográfico (`bulder`) y una imagen externa sin etiqueta.', en: 'A typo (`bulder`) and an external image without a tag.' },
      }],
      good: [{
        code: 'FROM golang:1.22 AS builder\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n\nFROM alpine:3.20\nCOPY --from=builder /out/app /usr/local/bin/app\nCOPY --from=nginx:1.27 /etc/nginx/mime.types /etc/\n',
      }],
    },
  },
  check(ctx) {
    const stages = ctx.model.stages
    for (const instr of ctx.facts.byKeyword('COPY')) {
      const from = instr.flags.find((f) => f.name.toLowerCase() === 'from')
      if (!from) continue
      const ref = from.value ?? ''
      if (ref.includes(':')) continue
      const lower = ref.toLowerCase()
      const current = instr.stage
      if (stages.some((s) => s.index <= current && s.name === lower)) continue
      if (/^\d+$/.test(ref) && Number(ref) <= current) continue
      const later = stages.find((s) => s.index > current && s.name === lower)
      ctx.report(instr, {
        message: later
          ? {
            es: `La etapa \`${ref}\` se define más abajo (línea ${later.from.range.start.line + 1}): solo puedes copiar de etapas anteriores.`,
            en: `The stage \`${ref}\` is defined further down (line ${later.from.range.start.line + 1}): you can only copy from earlier stages.`,
          }
          : /^\d+$/.test(ref)
            ? {
              es: `No hay ninguna etapa número ${ref} antes de este COPY (se cuentan desde 0).`,
              en: `There is no stage number ${ref} before this COPY (they count from 0).`,
            }
            : {
              es: `No hay ninguna etapa anterior llamada \`${ref}\`: Docker la buscará como imagen externa. Si es una imagen, ponle etiqueta.`,
              en: `There is no earlier stage named \`${ref}\`: Docker will look it up as an external image. If it is an image, give it a tag.`,
            },
      })
    }
  },
})
