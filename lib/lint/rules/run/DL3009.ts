import { defineRule } from '../../rule'
import { hasAnyArg } from '../../facts'

const UPDATERS = new Set(['apt-get', 'apt', 'aptitude'])

export default defineRule({
  meta: {
    id: 'DL3009',
    aliases: [],
    severity: 'info',
    source: 'hadolint',
    category: 'size',
    title: { es: 'Borra las listas de apt en la misma capa', en: 'Delete the apt lists in the same layer' },
    what: {
      es: 'Este RUN ejecuta apt-get update pero no borra /var/lib/apt/lists después.',
      en: 'This RUN runs apt-get update but does not delete /var/lib/apt/lists afterwards.',
    },
    why: {
      es: 'Las listas de paquetes ocupan decenas de MB y solo sirven durante la instalación. Si no se borran en el mismo RUN, quedan para siempre en esa capa de la imagen.',
      en: 'Package lists take tens of MB and are only needed during the install. Unless they are deleted in the same RUN, they stay in that image layer forever.',
    },
    fix: {
      es: 'Termina el mismo RUN con `&& rm -rf /var/lib/apt/lists/*`, o usa un cache mount en /var/lib/apt/lists.',
      en: 'End the same RUN with `&& rm -rf /var/lib/apt/lists/*`, or use a cache mount on /var/lib/apt/lists.',
    },
    examples: {
      bad: [{ code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n', lines: [2] }],
      good: [
        { code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n' },
        { code: 'FROM debian:12-slim\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends curl\n' },
      ],
    },
  },
  check(ctx) {
    for (const run of ctx.facts.runs(true)) {
      // ONBUILD triggers run in a child build, so hadolint checks them in any stage.
      const isTrigger = run.index === -1
      if (!isTrigger && !ctx.facts.isLastOrBaseStage(run.stage)) continue
      const commands = ctx.facts.commands(run)
      if (!commands.some((c) => UPDATERS.has(c.name) && hasAnyArg(c, 'update'))) continue
      if (commands.some((c) => c.name === 'rm' && hasAnyArg(c, '-rf', '/var/lib/apt/lists/*'))) continue
      if (ctx.facts.hasCacheMount(run, '/var/lib/apt/lists')) continue
      if (ctx.facts.hasCacheMount(run, '/var/lib/apt') && ctx.facts.hasCacheMount(run, '/var/cache/apt')) continue
      ctx.report(run)
    }
  },
})
