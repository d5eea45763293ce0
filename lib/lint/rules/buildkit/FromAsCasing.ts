import { defineRule } from '../../rule'

export default defineRule({
  meta: {
    id: 'FromAsCasing',
    aliases: [],
    severity: 'warning',
    source: 'buildkit',
    category: 'style',
    title: { es: 'Escribe AS con el mismo estilo que FROM', en: 'Write AS in the same case as FROM' },
    what: {
      es: 'La palabra `AS` no usa las mismas mayúsculas o minúsculas que `FROM`.',
      en: 'The `AS` keyword does not use the same case as `FROM`.',
    },
    why: {
      es: 'A Docker le da igual, pero mezclar `FROM … as …` hace el Dockerfile menos uniforme y más difícil de leer de un vistazo. Es una convención sencilla que BuildKit comprueba en cada build.',
      en: 'Docker does not care, but mixing `FROM … as …` makes the Dockerfile less uniform and harder to scan. It is a simple convention that BuildKit checks on every build.',
    },
    fix: {
      es: 'Usa `FROM … AS …` (todo en mayúsculas) o `from … as …` (todo en minúsculas).',
      en: 'Use `FROM … AS …` (all uppercase) or `from … as …` (all lowercase).',
    },
    examples: {
      bad: [{ code: 'FROM golang:1.22 as build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n', lines: [1] }],
      good: [
        { code: 'FROM golang:1.22 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n' },
        { code: 'from golang:1.22 as build\nworkdir /src\ncopy . .\nrun go build -o /out/app .\n' },
      ],
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const from = stage.from
      const asArg = from.args[1]
      if (from.args.length < 3 || !asArg) continue
      const keyword = from.rawKeyword
      const isLower = keyword === keyword.toLowerCase()
      const isUpper = keyword === keyword.toUpperCase()
      // A mixed-case `From` is ConsistentInstructionCasing's business, not this rule's.
      if (!isLower && !isUpper) continue
      const as = asArg.value
      const wanted = isLower ? as.toLowerCase() : as.toUpperCase()
      if (as === wanted) continue
      ctx.report(from, {
        message: {
          es: `Las palabras '${as}' y '${keyword}' no usan las mismas mayúsculas: escribe '${wanted}'.`,
          en: `'${as}' and '${keyword}' keywords' casing do not match: write '${wanted}'.`,
        },
        fix: {
          title: { es: `Cambiar '${as}' por '${wanted}'`, en: `Change '${as}' to '${wanted}'` },
          edits: [{ range: asArg.range, newText: wanted }],
        },
      })
    }
  },
})
