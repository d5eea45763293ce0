import type { ShellCommand } from '@/lib/shell/parse'
import { defineRule } from '../../rule'
import { cmdHasArgs, insertAfterCommand } from '../../helpers'
import { hasAnyFlag } from '../../facts'

const SUBCOMMANDS = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch']

const isOffending = (c: ShellCommand) =>
  cmdHasArgs(c, 'zypper', SUBCOMMANDS) && !hasAnyFlag(c, 'n', 'non-interactive', 'y', 'no-confirm')

export default defineRule({
  meta: {
    id: 'DL3034',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'correctness',
    title: { es: 'Usa zypper en modo no interactivo', en: 'Run zypper non-interactively' },
    what: {
      es: 'zypper se ejecuta sin `--non-interactive` (ni `-y`), así que se detendrá a pedir confirmación.',
      en: 'zypper runs without `--non-interactive` (or `-y`), so it will stop and ask for confirmation.',
    },
    why: {
      es: 'Durante el build nadie puede responder a las preguntas de zypper: se queda esperando o falla, y el build no termina.',
      en: "Nobody can answer zypper's questions during a build: it waits or fails, and the build does not finish.",
    },
    fix: {
      es: 'Usa `zypper --non-interactive install …` (o `-n`), o `zypper install -y …`.',
      en: 'Use `zypper --non-interactive install …` (or `-n`), or `zypper install -y …`.',
    },
    examples: {
      bad: [{ code: 'FROM opensuse/leap:15.6\nRUN zypper install curl=8.6.0 && zypper clean\n', lines: [2] }],
      good: [
        { code: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl=8.6.0 && zypper clean\n' },
        { code: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0 && zypper clean\n' },
      ],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      const commands = ctx.facts.commands(run)
      const offending = commands.filter(isOffending)
      if (offending.length === 0) return
      // `--non-interactive` is a global option: it goes right after `zypper`, before the subcommand.
      const edits = insertAfterCommand(ctx.model, run, commands, offending, ' --non-interactive')
      ctx.report(run, {
        fix: edits.length ? { title: { es: 'Añadir --non-interactive', en: 'Add --non-interactive' }, edits } : null,
      })
    })
  },
})
