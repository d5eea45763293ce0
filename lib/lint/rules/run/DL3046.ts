import type { ShellCommand } from '@/lib/shell/parse'
import { defineRule } from '../../rule'
import { flagValues, insertAfterCommand } from '../../helpers'
import { hasAnyFlag } from '../../facts'

const isOffending = (c: ShellCommand) => c.name === 'useradd' && !hasAnyFlag(c, 'l', 'no-log-init') &&
  hasAnyFlag(c, 'u', 'uid') && flagValues(c, 'u').some((v) => v.length > 5)

export default defineRule({
  meta: {
    id: 'DL3046',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'size',
    title: { es: 'Usa useradd -l con UID altos', en: 'Use useradd -l with high UIDs' },
    what: {
      es: 'useradd crea un usuario con un UID muy alto sin `-l` (`--no-log-init`).',
      en: 'useradd creates a user with a very high UID without `-l` (`--no-log-init`).',
    },
    why: {
      es: 'Sin `-l`, useradd reserva espacio en /var/log/lastlog y faillog para todos los UID hasta el tuyo. Con un UID de 6 cifras o más esos archivos dispersos pueden ocupar GB al guardarse en la capa.',
      en: 'Without `-l`, useradd reserves room in /var/log/lastlog and faillog for every UID up to yours. With a UID of 6 digits or more, those sparse files can take GBs once stored in the layer.',
    },
    fix: {
      es: 'Añade `-l` (o `--no-log-init`) a useradd, o usa un UID más bajo (por ejemplo 10001).',
      en: 'Add `-l` (or `--no-log-init`) to useradd, or use a lower UID (for example 10001).',
    },
    examples: {
      bad: [{ code: 'FROM debian:12-slim\nRUN useradd -u 123456 app\nUSER app\n', lines: [2] }],
      good: [
        { code: 'FROM debian:12-slim\nRUN useradd -l -u 123456 app\nUSER 123456\n' },
        { code: 'FROM debian:12-slim\nRUN useradd -u 10001 app\nUSER 10001\n' },
      ],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      const commands = ctx.facts.commands(run)
      const offending = commands.filter(isOffending)
      if (offending.length === 0) return
      const edits = insertAfterCommand(ctx.model, run, commands, offending, ' -l')
      ctx.report(run, { fix: edits.length ? { title: { es: 'Añadir -l', en: 'Add -l' }, edits } : null })
    })
  },
})
