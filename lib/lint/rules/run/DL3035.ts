import { defineRule } from '../../rule'
import { cmdHasArgs } from '../../helpers'

export default defineRule({
  meta: {
    id: 'DL3035',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'maintainability',
    title: { es: 'No uses zypper dist-upgrade', en: 'Do not use zypper dist-upgrade' },
    what: {
      es: 'Este RUN ejecuta `zypper dist-upgrade` (o `dup`).',
      en: 'This RUN runs `zypper dist-upgrade` (or `dup`).',
    },
    why: {
      es: 'dist-upgrade puede saltar a otra versión de la distribución dentro del build: el resultado cambia según el día en que construyas y puede romper la imagen. Las actualizaciones del sistema base deben llegar con una imagen base nueva.',
      en: 'dist-upgrade can jump to another release of the distribution inside the build: the result depends on the day you build and can break the image. Base system updates should arrive with a new base image.',
    },
    fix: {
      es: 'Quita el dist-upgrade y usa una etiqueta más reciente de la imagen base. Si solo necesitas parches de seguridad, usa `zypper patch`.',
      en: 'Drop the dist-upgrade and use a newer tag of the base image. If you only need security fixes, use `zypper patch`.',
    },
    examples: {
      bad: [{ code: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive dup\n', lines: [2] }],
      good: [{ code: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl=8.6.0 && zypper clean\n' }],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      if (ctx.facts.commands(run).some((c) => cmdHasArgs(c, 'zypper', ['dist-upgrade', 'dup']))) ctx.report(run)
    })
  },
})
