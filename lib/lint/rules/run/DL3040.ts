import type { ShellCommand } from '@/lib/shell/parse'
import { defineRule } from '../../rule'
import { cmdHasArgs } from '../../helpers'

const INSTALLS = ['install', 'in', 'upgrade', 'up', 'upgrade-minimal', 'up-min', 'reinstall', 'rei']

const removesCache = (c: ShellCommand) =>
  c.name === 'rm' && c.args.some((a) => a === '-rf' || a.startsWith('/var/cache/libdnf5'))

export default defineRule({
  meta: {
    id: 'DL3040',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'size',
    title: { es: 'Ejecuta dnf clean all después de instalar', en: 'Run dnf clean all after installing' },
    what: {
      es: 'Este RUN instala paquetes con dnf pero no limpia su caché después.',
      en: 'This RUN installs packages with dnf but does not clean its cache afterwards.',
    },
    why: {
      es: 'dnf guarda los metadatos de los repositorios y los paquetes descargados en /var/cache, a menudo más de 100 MB. Si no se borran en el mismo RUN, se quedan para siempre en esa capa.',
      en: 'dnf keeps repository metadata and downloaded packages in /var/cache, often over 100 MB. Unless they are deleted in the same RUN, they stay in that layer forever.',
    },
    fix: {
      es: 'Termina el mismo RUN con `&& dnf clean all` (o `microdnf clean all`), o monta una caché de BuildKit en /var/cache/libdnf5.',
      en: 'End the same RUN with `&& dnf clean all` (or `microdnf clean all`), or mount a BuildKit cache on /var/cache/libdnf5.',
    },
    examples: {
      bad: [{ code: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62\n', lines: [2] }],
      good: [
        { code: 'FROM fedora:40\nRUN dnf install -y httpd-2.4.62 && dnf clean all\n' },
        { code: 'FROM fedora:40\nRUN --mount=type=cache,target=/var/cache/libdnf5 dnf install -y httpd-2.4.62\n' },
      ],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      if (ctx.facts.hasCacheMount(run, '/var/cache/libdnf5') || ctx.facts.hasCacheMount(run, '.cache/libdnf5')) return
      const commands = ctx.facts.commands(run)
      const missing = ['dnf', 'microdnf'].some((tool) => {
        const install = commands.findIndex((c) => cmdHasArgs(c, tool, INSTALLS))
        if (install === -1) return false
        const clean = commands.findIndex((c) => cmdHasArgs(c, tool, ['clean', 'all']) || removesCache(c))
        return clean === -1 || clean < install
      })
      if (missing) ctx.report(run)
    })
  },
})
