import { defineRule } from '../../rule'
import { cmdHasArgs } from '../../helpers'

export default defineRule({
  meta: {
    id: 'DL3032',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'size',
    title: { es: 'Ejecuta yum clean all después de yum install', en: 'Run yum clean all after yum install' },
    what: {
      es: 'Este RUN ejecuta yum install pero no limpia la caché de yum después.',
      en: 'This RUN runs yum install but does not clean the yum cache afterwards.',
    },
    why: {
      es: 'yum guarda en /var/cache/yum los metadatos de los repositorios y los paquetes descargados, a menudo más de 100 MB. Si no se borran en el mismo RUN, se quedan para siempre en esa capa.',
      en: 'yum keeps repository metadata and downloaded packages in /var/cache/yum, often over 100 MB. Unless they are deleted in the same RUN, they stay in that layer forever.',
    },
    fix: {
      es: 'Termina el mismo RUN con `&& yum clean all` (después del install, no antes).',
      en: 'End the same RUN with `&& yum clean all` (after the install, not before it).',
    },
    examples: {
      bad: [{ code: 'FROM centos:7\nRUN yum install -y httpd-2.4.6\n', lines: [2] }],
      good: [{ code: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 && yum clean all\n' }],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      const commands = ctx.facts.commands(run)
      const install = commands.findIndex((c) => cmdHasArgs(c, 'yum', ['install']))
      if (install === -1) return
      // As in hadolint, any yum command with `clean` or `all`, or any `rm -rf`, counts as the clean.
      const clean = commands.findIndex((c) => cmdHasArgs(c, 'yum', ['clean', 'all']) || cmdHasArgs(c, 'rm', ['-rf', '/var/cache/yum/*']))
      if (clean === -1 || clean < install) ctx.report(run)
    })
  },
})
