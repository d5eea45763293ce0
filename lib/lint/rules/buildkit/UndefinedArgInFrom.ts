import { BUILTIN_ARGS } from '@/lib/dockerfile/parse'
import { defineRule } from '../../rule'
import { didYouMean } from './support/suggest'
import { argDeclarations, variableReferences } from './support/words'

export default defineRule({
  meta: {
    id: 'UndefinedArgInFrom',
    aliases: [],
    severity: 'warning',
    source: 'buildkit',
    category: 'correctness',
    dockerfileUtils: 'BASE_NAME_EMPTY',
    title: { es: 'Declara antes del primer FROM los ARG que usa FROM', en: 'Declare the ARGs that FROM uses before the first FROM' },
    what: {
      es: 'Este FROM usa una variable que no está declarada como ARG global (antes del primer FROM).',
      en: 'This FROM uses a variable that is not declared as a global ARG (before the first FROM).',
    },
    why: {
      es: 'FROM solo ve los ARG declarados antes del primer FROM y los predefinidos (TARGETPLATFORM, BUILDPLATFORM…). Una variable sin declarar se sustituye por una cadena vacía: `node:${NODE_VERSION}-alpine` se convierte en `node:-alpine` y el build falla, o peor, usa otra imagen sin avisar. Suele ser una errata o un ARG declarado dentro de la etapa, donde FROM no llega.',
      en: 'FROM only sees ARGs declared before the first FROM and the predefined ones (TARGETPLATFORM, BUILDPLATFORM…). An undeclared variable is replaced by an empty string: `node:${NODE_VERSION}-alpine` becomes `node:-alpine` and the build fails, or worse, silently uses another image. It is usually a typo or an ARG declared inside the stage, which FROM cannot see.',
    },
    fix: {
      es: 'Declara la variable con `ARG NOMBRE=valor` al principio del Dockerfile, antes del primer FROM, o corrige la errata.',
      en: 'Declare the variable with `ARG NAME=value` at the top of the Dockerfile, before the first FROM, or fix the typo.',
    },
    examples: {
      bad: [{ code: 'FROM node:${NODE_VERSION}-alpine\nARG NODE_VERSION=22\nWORKDIR /app\n', lines: [1] }],
      good: [
        { code: 'ARG NODE_VERSION=22\nFROM node:${NODE_VERSION}-alpine\nWORKDIR /app\n' },
        { code: 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nWORKDIR /src\n' },
      ],
    },
  },
  check(ctx) {
    const declared: string[] = []
    for (const arg of ctx.model.globalArgs) for (const { key } of argDeclarations(arg.argsText, ctx.model.escape)) if (!declared.includes(key)) declared.push(key)
    declared.push(...Object.keys(BUILTIN_ARGS).filter((k) => !declared.includes(k)))
    const known = new Set(declared)
    for (const stage of ctx.model.stages) {
      const texts = [stage.rawImage]
      const platform = stage.from.flags.find((f) => f.name.toLowerCase() === 'platform')?.value
      if (platform) texts.push(platform)
      const names = new Set(texts.flatMap((t) => variableReferences(t, ctx.model.escape)))
      for (const name of names) {
        if (known.has(name)) continue
        const suggestion = didYouMean(name, declared)
        ctx.report(stage.from, {
          message: suggestion
            ? {
                es: `El argumento '${name}' de FROM no está declarado (¿querías decir ${suggestion}?).`,
                en: `FROM argument '${name}' is not declared (did you mean ${suggestion}?).`,
              }
            : {
                es: `El argumento '${name}' de FROM no está declarado: decláralo con \`ARG ${name}=…\` antes del primer FROM.`,
                en: `FROM argument '${name}' is not declared: declare it with \`ARG ${name}=…\` before the first FROM.`,
              },
        })
      }
    }
  },
})
