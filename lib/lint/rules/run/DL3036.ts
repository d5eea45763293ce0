import { defineRule } from '../../rule'
import { cmdHasArgs } from '../../helpers'

export default defineRule({
  meta: {
    id: 'DL3036',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'size',
    title: { es: 'Ejecuta zypper clean después de zypper install', en: 'Run zypper clean after zypper install' },
    what: {
      es: 'Este RUN ejecuta zypper install pero no `zypper clean` después.',
      en: 'This RUN runs zypper install but not `zypper clean` afterwards.',
    },
    why: {
      es: 'zypper guarda en /var/cache/zypp los metadatos de los repositorios y los paquetes descargados. Si no se borran en el mismo RUN, se quedan para siempre en esa capa y engordan la imagen.',
      en: 'zypper keeps repository metadata and downloaded packages in /var/cache/zypp. Unless they are deleted in the same RUN, they stay in that layer forever and bloat the image.',
    },
    fix: {
      es: 'Termina el mismo RUN con `&& zypper clean`, o monta una caché de BuildKit en /var/cache/zypp.',
      en: 'End the same RUN with `&& zypper clean`, or mount a BuildKit cache on /var/cache/zypp.',
    },
    examples: {
      bad: [{ code: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0\n', lines: [2] }],
      good: [
        { code: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0 && zypper clean\n' },
        { code: 'FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper install -y curl=8.6.0\n' },
      ],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      if (ctx.facts.hasCacheMount(run, '/var/cache/zypp')) return
      const commands = ctx.facts.commands(run)
      const install = commands.findIndex((c) => cmdHasArgs(c, 'zypper', ['install', 'in']))
      if (install === -1) return
      const clean = commands.findIndex((c) => cmdHasArgs(c, 'zypper', ['clean', 'cc']))
      if (clean === -1 || clean < install) ctx.report(run)
    })
  },
})
