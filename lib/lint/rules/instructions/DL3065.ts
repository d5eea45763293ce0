import { BUILTIN_ARGS, unquote } from '@/lib/dockerfile/parse'
import type { DockerfileModel, Flag } from '@/lib/dockerfile/types'
import { expandVariables } from '@/lib/dockerfile/vars'
import { defineRule } from '../../rule'

/** The flag and the blanks after it, so removing it leaves `FROM image`. */
function flagRemovalRange(model: DockerfileModel, flag: Flag) {
  const line = model.lines[flag.range.end.line] ?? ''
  let end = flag.range.end.character
  while (line[end] === ' ' || line[end] === '\t') end++
  return { start: flag.range.start, end: { line: flag.range.end.line, character: end } }
}

/** BuildKit's test: TARGETPLATFORM is the only variable and the value expands to exactly its value. */
function expandsToTargetPlatform(value: string, escape: string): boolean {
  const target = BUILTIN_ARGS.TARGETPLATFORM
  const result = expandVariables(unquote(value), (n) => (n === 'TARGETPLATFORM' ? target : undefined), escape)
  return result.names.length === 1 && result.names[0] === 'TARGETPLATFORM' && result.value === target
}

export default defineRule({
  meta: {
    id: 'DL3065',
    aliases: ['RedundantTargetPlatform'],
    severity: 'warning',
    source: 'hadolint',
    category: 'maintainability',
    title: { es: '`--platform=$TARGETPLATFORM` sobra', en: '`--platform=$TARGETPLATFORM` is redundant' },
    what: {
      es: 'Este FROM usa `--platform=$TARGETPLATFORM`, que es justo lo que Docker hace por defecto.',
      en: 'This FROM uses `--platform=$TARGETPLATFORM`, which is exactly what Docker does by default.',
    },
    why: {
      es: 'Sin `--platform`, cada etapa ya se construye para la plataforma destino. Escribirlo no cambia nada, añade ruido y hace pensar a quien lee que hay algo especial en esta etapa.',
      en: 'Without `--platform`, every stage is already built for the target platform. Writing it changes nothing, adds noise and makes readers think there is something special about this stage.',
    },
    fix: {
      es: 'Quita `--platform=$TARGETPLATFORM`. El único valor útil en FROM suele ser `$BUILDPLATFORM`, para etapas de compilación cruzada.',
      en: 'Remove `--platform=$TARGETPLATFORM`. The only useful value in FROM is usually `$BUILDPLATFORM`, for cross-compilation stages.',
    },
    examples: {
      bad: [{ code: 'FROM --platform=$TARGETPLATFORM alpine:3.20\nRUN apk add --no-cache ca-certificates\n', lines: [1] }],
      good: [{ code: 'FROM alpine:3.20\nRUN apk add --no-cache ca-certificates\n' }],
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const flag = stage.from.flags.find((f) => f.name.toLowerCase() === 'platform')
      const value = flag?.value
      if (!flag || !value) continue
      const hadolint = value === '$TARGETPLATFORM' || value === '${TARGETPLATFORM}'
      if (!hadolint && !expandsToTargetPlatform(value, ctx.model.escape)) continue
      ctx.report(stage.from, {
        fix: {
          title: { es: 'Quitar --platform', en: 'Remove --platform' },
          edits: [{ range: flagRemovalRange(ctx.model, flag), newText: '' }],
        },
      })
    }
  },
})
