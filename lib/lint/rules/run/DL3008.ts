import { defineRule } from '../../rule'
import { argsNoFlags, cmdHasArgs } from '../../helpers'

const isPinned = (pkg: string) => pkg.includes('=') || pkg.includes('/') || pkg.endsWith('.deb')

export default defineRule({
  meta: {
    id: 'DL3008',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'maintainability',
    title: { es: 'Fija la versión de los paquetes de apt-get', en: 'Pin versions in apt-get install' },
    what: {
      es: 'apt-get install instala aquí paquetes sin versión fija.',
      en: 'apt-get install installs packages here without a pinned version.',
    },
    why: {
      es: 'Sin versión, cada build instala lo último que haya en el repositorio: dos builds del mismo Dockerfile pueden dar imágenes distintas y un cambio inesperado de un paquete puede romper la tuya sin que toques nada.',
      en: 'Without a version, every build installs whatever is newest in the repository: two builds of the same Dockerfile can produce different images, and an unexpected package change can break yours without you touching anything.',
    },
    fix: {
      es: 'Indica la versión con `paquete=versión` (consúltala con `apt-cache policy paquete`).',
      en: 'Give the version as `package=version` (look it up with `apt-cache policy package`).',
    },
    examples: {
      bad: [{
        code: 'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n',
        lines: [2],
      }],
      good: [
        { code: 'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\\n && rm -rf /var/lib/apt/lists/*\n' },
        {
          code: 'FROM debian:12-slim\nCOPY vendor/tool_1.0_amd64.deb /tmp/\nRUN apt-get install -y --no-install-recommends /tmp/tool_1.0_amd64.deb\n',
          note: { es: 'Un archivo .deb local ya lleva su versión.', en: 'A local .deb file already carries its version.' },
        },
      ],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      const unpinned: string[] = []
      for (const cmd of ctx.facts.commands(run)) {
        if (!cmdHasArgs(cmd, 'apt-get', ['install'])) continue
        for (const pkg of argsNoFlags(cmd, ['t', 'target-release'])) {
          if (pkg !== 'install' && !isPinned(pkg) && !unpinned.includes(pkg)) unpinned.push(pkg)
        }
      }
      if (unpinned.length === 0) return
      const list = unpinned.join(', ')
      ctx.report(run, {
        message: {
          es: `Fija la versión de ${list} con \`paquete=versión\` en apt-get install.`,
          en: `Pin the version of ${list} with \`package=version\` in apt-get install.`,
        },
      })
    })
  },
})
