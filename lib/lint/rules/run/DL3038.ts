import { defineRule } from '../../rule'
import { cmdHasArgs, insertAfterSubcommand } from '../../helpers'
import { hasAnyFlag } from '../../facts'

const SUBCOMMANDS = ['install', 'groupinstall', 'localinstall']

export default defineRule({
  meta: {
    id: 'DL3038',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'correctness',
    title: { es: 'Usa -y con dnf install', en: 'Use -y with dnf install' },
    what: {
      es: 'dnf install se ejecuta sin `-y`, así que se detendrá a pedir confirmación.',
      en: 'dnf install runs without `-y`, so it will stop and ask for confirmation.',
    },
    why: {
      es: 'Durante el build nadie puede responder «Is this ok [y/N]»: dnf lo toma como un no y el build falla.',
      en: 'Nobody can answer "Is this ok [y/N]" during a build: dnf takes it as a no and the build fails.',
    },
    fix: { es: 'Añade `-y` (o `--assumeyes`) a dnf install (o microdnf install).', en: 'Add `-y` (or `--assumeyes`) to dnf install (or microdnf install).' },
    examples: {
      bad: [{ code: 'FROM fedora:40\nRUN dnf install httpd-2.4.62 && dnf clean all\n', lines: [2] }],
      good: [{ code: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n' }],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      const commands = ctx.facts.commands(run)
      const offending = commands.filter((c) =>
        (cmdHasArgs(c, 'dnf', SUBCOMMANDS) || cmdHasArgs(c, 'microdnf', SUBCOMMANDS)) && !hasAnyFlag(c, 'y', 'assumeyes'))
      if (offending.length === 0) return
      const edits = offending.flatMap((c) => insertAfterSubcommand(
        ctx.model, run, commands, [c], c.args.find((a) => SUBCOMMANDS.includes(a)) ?? 'install', ' -y'))
      ctx.report(run, { fix: edits.length ? { title: { es: 'Añadir -y', en: 'Add -y' }, edits } : null })
    })
  },
})
