import type { ShellCommand } from '@/lib/shell/parse'
import { defineRule } from '../../rule'
import { insertAfterCommand } from '../../helpers'
import { hasAnyArg, hasAnyFlag } from '../../facts'

function isNoisyWget(cmd: ShellCommand): boolean {
  return cmd.name === 'wget' &&
    !hasAnyFlag(cmd, 'progress', 'q', 'quiet', 'o', 'output-file', 'a', 'append-output', 'no-verbose') &&
    !hasAnyArg(cmd, '-nv')
}

export default defineRule({
  meta: {
    id: 'DL3047',
    aliases: [],
    severity: 'info',
    source: 'hadolint',
    category: 'style',
    title: { es: 'Controla la barra de progreso de wget', en: 'Tame the wget progress bar' },
    what: {
      es: 'wget se ejecuta con su barra de progreso por defecto.',
      en: 'wget runs with its default progress bar.',
    },
    why: {
      es: 'Sin terminal, la barra de progreso de wget se convierte en miles de líneas de puntos: el log del build se llena de ruido (a veces MB enteros) y cuesta encontrar los errores de verdad.',
      en: "Without a terminal, wget's progress bar turns into thousands of lines of dots: the build log fills with noise (sometimes megabytes of it) and the real errors are hard to find.",
    },
    fix: {
      es: 'Añade `--progress=dot:giga` (progreso compacto), o `-q`/`-nv` para silenciarlo.',
      en: 'Add `--progress=dot:giga` (compact progress), or `-q`/`-nv` to silence it.',
    },
    examples: {
      bad: [{ code: 'FROM debian:12-slim\nRUN wget https://example.com/tool.tgz\n', lines: [2] }],
      good: [
        { code: 'FROM debian:12-slim\nRUN wget --progress=dot:giga https://example.com/tool.tgz\n' },
        { code: 'FROM alpine:3.20\nRUN wget -q https://example.com/tool.tgz\n' },
      ],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      const commands = ctx.facts.commands(run)
      const noisy = commands.filter(isNoisyWget)
      if (noisy.length === 0) return
      const edits = insertAfterCommand(ctx.model, run, commands, noisy, ' --progress=dot:giga')
      ctx.report(run, {
        fix: edits.length ? { title: { es: 'Añadir --progress=dot:giga', en: 'Add --progress=dot:giga' }, edits } : null,
      })
    })
  },
})
