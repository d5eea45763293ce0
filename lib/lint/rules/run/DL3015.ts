import { defineRule } from '../../rule'
import { cmdHasArgs, insertAfterSubcommand } from '../../helpers'
import { hasAnyArg, hasAnyFlag } from '../../facts'

export default defineRule({
  meta: {
    id: 'DL3015',
    aliases: [],
    severity: 'info',
    source: 'hadolint',
    category: 'size',
    title: { es: 'Evita los paquetes recomendados con --no-install-recommends', en: 'Avoid recommended packages with --no-install-recommends' },
    what: {
      es: 'apt-get install se ejecuta sin `--no-install-recommends`, así que también instala los paquetes «recomendados».',
      en: 'apt-get install runs without `--no-install-recommends`, so it also installs the "recommended" packages.',
    },
    why: {
      es: 'Los paquetes recomendados no hacen falta para que funcione lo que pides y a menudo arrastran decenas o cientos de MB (documentación, utilidades, librerías gráficas). Son más tamaño, más tiempo de build y más superficie con vulnerabilidades.',
      en: 'Recommended packages are not needed for what you asked for and often pull in tens or hundreds of MB (docs, utilities, graphics libraries). That is more size, more build time and more attack surface.',
    },
    fix: {
      es: 'Añade `--no-install-recommends` a apt-get install e instala explícitamente lo que de verdad necesites.',
      en: 'Add `--no-install-recommends` to apt-get install and install explicitly whatever you really need.',
    },
    examples: {
      bad: [{
        code: 'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y python3=3.11.2-1+b1 \\\n && rm -rf /var/lib/apt/lists/*\n',
        lines: [2],
      }],
      good: [{
        code: 'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends python3=3.11.2-1+b1 \\\n && rm -rf /var/lib/apt/lists/*\n',
      }],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      const commands = ctx.facts.commands(run)
      const offending = commands.filter((c) => cmdHasArgs(c, 'apt-get', ['install']) &&
        !hasAnyFlag(c, 'no-install-recommends') && !hasAnyArg(c, 'APT::Install-Recommends=false'))
      if (offending.length === 0) return
      const edits = insertAfterSubcommand(ctx.model, run, commands, offending, 'install', ' --no-install-recommends')
      ctx.report(run, {
        fix: edits.length
          ? { title: { es: 'Añadir --no-install-recommends', en: 'Add --no-install-recommends' }, edits }
          : null,
      })
    })
  },
})
