import { defineRule } from '../../rule'
import { cmdHasArgs } from '../../helpers'

export default defineRule({
  meta: {
    id: 'DL4005',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'correctness',
    title: { es: 'Usa SHELL en lugar de enlazar /bin/sh', en: 'Use SHELL instead of relinking /bin/sh' },
    what: {
      es: 'Este RUN cambia el enlace de /bin/sh con `ln`.',
      en: 'This RUN changes the /bin/sh link with `ln`.',
    },
    why: {
      es: 'Sustituir /bin/sh afecta a todo lo que hay en la imagen (scripts del sistema, paquetes, tu aplicación) y no solo a tus RUN, y lo hace de forma oculta. La instrucción SHELL cambia la shell de los RUN de forma explícita y sin tocar el sistema.',
      en: 'Replacing /bin/sh affects everything in the image (system scripts, packages, your application), not just your RUNs, and it does so invisibly. The SHELL instruction changes the shell of your RUNs explicitly, without touching the system.',
    },
    fix: {
      es: 'Quita el `ln` y añade `SHELL ["/bin/bash", "-c"]` (o la shell que quieras) antes de los RUN que la necesiten.',
      en: 'Remove the `ln` and add `SHELL ["/bin/bash", "-c"]` (or whichever shell you want) before the RUNs that need it.',
    },
    examples: {
      bad: [{ code: 'FROM debian:12-slim\nRUN ln -sf /bin/bash /bin/sh\nRUN source /etc/profile && env\n', lines: [2] }],
      good: [{ code: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-c"]\nRUN source /etc/profile && env\n' }],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      if (ctx.facts.commands(run).some((c) => cmdHasArgs(c, 'ln', ['/bin/sh']))) ctx.report(run)
    })
  },
})
