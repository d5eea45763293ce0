import type { Instruction } from '@/lib/dockerfile/types'
import { parseShell } from '@/lib/shell/parse'
import { defineRule } from '../../rule'
import { commandBase, hasAnyFlag } from '../../facts'

const NON_POSIX = ['pwsh', 'powershell', 'cmd']
const PIPEFAIL_SHELLS = new Set(['bash', 'zsh', 'ash'])

/** True when the SHELL makes pipes safe: bash/zsh/ash with `-o pipefail`, or a non-POSIX shell where the rule does not apply. */
function shellIsSafe(shell: Instruction): boolean {
  const text = shell.json ? shell.json.join(' ') : shell.argsText
  if (NON_POSIX.some((p) => text.startsWith(p))) return true
  return parseShell(text).commands.some((c) =>
    PIPEFAIL_SHELLS.has(commandBase(c)) && hasAnyFlag(c, 'o') && c.args.includes('pipefail'))
}

export default defineRule({
  meta: {
    id: 'DL4006',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'correctness',
    title: { es: 'Activa pipefail antes de usar tuberías', en: 'Set pipefail before using pipes' },
    what: {
      es: 'Este RUN usa una tubería (`|`) pero la shell no tiene `-o pipefail`.',
      en: 'This RUN uses a pipe (`|`) but the shell does not have `-o pipefail`.',
    },
    why: {
      es: 'Sin pipefail, una tubería solo falla si falla su última orden. En `curl … | sh`, si la descarga falla, `sh` recibe un script vacío o cortado, termina bien y el build sigue con una imagen rota sin avisarte.',
      en: 'Without pipefail, a pipeline only fails when its last command fails. In `curl … | sh`, if the download fails, `sh` gets an empty or truncated script, exits fine and the build carries on with a broken image without telling you.',
    },
    fix: {
      es: 'Antes del RUN, añade `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (en Alpine, que no trae bash, `SHELL ["/bin/ash", "-eo", "pipefail", "-c"]`). Hay que repetirlo en cada etapa.',
      en: 'Before the RUN, add `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (on Alpine, which has no bash, `SHELL ["/bin/ash", "-eo", "pipefail", "-c"]`). Repeat it in every stage.',
    },
    examples: {
      bad: [{ code: 'FROM alpine:3.20\nRUN wget -qO- https://example.com/install.sh | sh\n', lines: [2] }],
      good: [
        { code: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/install.sh | bash\n' },
        { code: 'FROM alpine:3.20\nSHELL ["/bin/ash", "-eo", "pipefail", "-c"]\nRUN wget -qO- https://example.com/install.sh | sh\n' },
      ],
    },
  },
  check(ctx) {
    let safe = false
    for (const instr of ctx.model.instructions) {
      if (instr.keyword === 'FROM') safe = false
      else if (instr.keyword === 'SHELL') safe = shellIsSafe(instr)
      else if (instr.keyword === 'RUN' && !safe && ctx.facts.shell(instr).hasPipe) ctx.report(instr)
    }
  },
})
