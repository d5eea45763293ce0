import { defineRule } from '../../rule'
import { argsNoFlags, cmdHasArgs } from '../../helpers'

const isPinned = (pkg: string) => /[=<>]/.test(pkg) || pkg.endsWith('.rpm')

export default defineRule({
  meta: {
    id: 'DL3037',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'maintainability',
    title: { es: 'Fija la versión de los paquetes de zypper', en: 'Pin versions in zypper install' },
    what: {
      es: 'zypper install instala aquí paquetes sin versión fija.',
      en: 'zypper install installs packages here without a pinned version.',
    },
    why: {
      es: 'Sin versión, cada build instala lo último del repositorio: la misma receta puede dar imágenes distintas y una actualización inesperada puede romper tu build.',
      en: 'Without a version, every build installs whatever is newest in the repository: the same recipe can produce different images, and an unexpected update can break your build.',
    },
    fix: {
      es: 'Indica la versión con `paquete=versión` (o un rango con `>`/`<`).',
      en: 'Give the version as `package=version` (or a range with `>`/`<`).',
    },
    examples: {
      bad: [{ code: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl && zypper clean\n', lines: [2] }],
      good: [{ code: 'FROM opensuse/leap:15.6\nRUN zypper install -y curl=8.6.0 && zypper clean\n' }],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      const unpinned: string[] = []
      for (const cmd of ctx.facts.commands(run)) {
        if (!cmdHasArgs(cmd, 'zypper', ['install', 'in'])) continue
        for (const pkg of argsNoFlags(cmd)) {
          if (pkg !== 'install' && pkg !== 'in' && !isPinned(pkg) && !unpinned.includes(pkg)) unpinned.push(pkg)
        }
      }
      if (unpinned.length === 0) return
      const list = unpinned.join(', ')
      ctx.report(run, {
        message: {
          es: `Fija la versión de ${list} con \`paquete=versión\` en zypper install.`,
          en: `Pin the version of ${list} with \`package=version\` in zypper install.`,
        },
      })
    })
  },
})
