import type { ShellCommand } from '@/lib/shell/parse'
import { defineRule } from '../../rule'
import { cmdHasArgs, flagCount, insertAfterSubcommand } from '../../helpers'
import { hasAnyArg, hasAnyFlag } from '../../facts'

/** `-y`, `--yes`, `--assume-yes`, or quiet level 2 (`-qq`, `-q -q`, `--quiet --quiet`, `-q=2`), which implies yes. */
function answersYes(cmd: ShellCommand): boolean {
  return hasAnyFlag(cmd, 'y', 'yes', 'assume-yes') ||
    flagCount(cmd, 'q') >= 2 || flagCount(cmd, 'quiet') >= 2 || hasAnyArg(cmd, '-q=2')
}

export default defineRule({
  meta: {
    id: 'DL3014',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'correctness',
    title: { es: 'Usa -y con apt-get install', en: 'Use -y with apt-get install' },
    what: {
      es: 'apt-get install se ejecuta sin `-y`, así que se detendrá a pedir confirmación.',
      en: 'apt-get install runs without `-y`, so it will stop and ask for confirmation.',
    },
    why: {
      es: 'Durante el build nadie puede responder a la pregunta «¿Desea continuar?»: apt-get la da por negativa y el build falla en cuanto hay algo que instalar.',
      en: 'Nobody can answer "Do you want to continue?" during a build: apt-get takes it as a no and the build fails as soon as there is something to install.',
    },
    fix: {
      es: 'Añade `-y` (o `--yes`) a apt-get install.',
      en: 'Add `-y` (or `--yes`) to apt-get install.',
    },
    examples: {
      bad: [{
        code: 'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install --no-install-recommends curl=7.88.1-10+deb12u8 \\\n && rm -rf /var/lib/apt/lists/*\n',
        lines: [2],
      }],
      good: [{
        code: 'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\\n && rm -rf /var/lib/apt/lists/*\n',
      }],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      const commands = ctx.facts.commands(run)
      const offending = commands.filter((c) => cmdHasArgs(c, 'apt-get', ['install']) && !answersYes(c))
      if (offending.length === 0) return
      const edits = insertAfterSubcommand(ctx.model, run, commands, offending, 'install', ' -y')
      ctx.report(run, {
        fix: edits.length ? { title: { es: 'Añadir -y', en: 'Add -y' }, edits } : null,
      })
    })
  },
})
