import { defineRule } from '../../rule'
import { cmdHasArgs, insertAfterSubcommand } from '../../helpers'
import { hasAnyFlag } from '../../facts'

const SUBCOMMANDS = ['install', 'groupinstall', 'localinstall']

export default defineRule({
  meta: {
    id: 'DL3030',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'correctness',
    title: { es: 'Usa -y con yum install', en: 'Use -y with yum install' },
    what: {
      es: 'yum install se ejecuta sin `-y`, así que se detendrá a pedir confirmación.',
      en: 'yum install runs without `-y`, so it will stop and ask for confirmation.',
    },
    why: {
      es: 'Durante el build nadie puede responder «Is this ok [y/N]»: yum lo toma como un no y el build falla.',
      en: 'Nobody can answer "Is this ok [y/N]" during a build: yum takes it as a no and the build fails.',
    },
    fix: { es: 'Añade `-y` (o `--assumeyes`) a yum install.', en: 'Add `-y` (or `--assumeyes`) to yum install.' },
    examples: {
      bad: [{ code: 'FROM centos:7\nRUN yum install httpd-2.4.6 && yum clean all\n', lines: [2] }],
      good: [{ code: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n' }],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      const commands = ctx.facts.commands(run)
      const offending = commands.filter((c) => cmdHasArgs(c, 'yum', SUBCOMMANDS) && !hasAnyFlag(c, 'y', 'assumeyes'))
      if (offending.length === 0) return
      const edits = offending.flatMap((c) => insertAfterSubcommand(
        ctx.model, run, commands, [c], c.args.find((a) => SUBCOMMANDS.includes(a)) ?? 'install', ' -y'))
      ctx.report(run, { fix: edits.length ? { title: { es: 'Añadir -y', en: 'Add -y' }, edits } : null })
    })
  },
})
