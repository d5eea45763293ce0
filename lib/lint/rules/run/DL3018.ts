import { defineRule } from '../../rule'
import { argsNoFlags, cmdHasArgs } from '../../helpers'

const isPinned = (pkg: string) => /[=~<>]/.test(pkg) || pkg.endsWith('.apk')

export default defineRule({
  meta: {
    id: 'DL3018',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'maintainability',
    title: { es: 'Fija la versión de los paquetes de apk', en: 'Pin versions in apk add' },
    what: {
      es: 'apk add instala aquí paquetes sin versión fija.',
      en: 'apk add installs packages here without a pinned version.',
    },
    why: {
      es: 'Sin versión, cada build instala lo último del repositorio de Alpine: la misma receta puede dar imágenes distintas de un día para otro y un cambio en un paquete puede romper tu build sin que hayas tocado nada.',
      en: 'Without a version, every build installs whatever is newest in the Alpine repository: the same recipe can produce different images from one day to the next, and a package change can break your build without you touching anything.',
    },
    fix: {
      es: 'Indica la versión con `paquete=versión` (o `paquete~versión` para aceptar parches). Consúltala con `apk policy paquete`.',
      en: 'Give the version as `package=version` (or `package~version` to accept patch releases). Look it up with `apk policy package`.',
    },
    examples: {
      bad: [{ code: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n', lines: [2] }],
      good: [
        { code: 'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r2\n' },
        { code: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc~13.2 musl-dev~1.2\n' },
      ],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      const unpinned: string[] = []
      for (const cmd of ctx.facts.commands(run)) {
        if (!cmdHasArgs(cmd, 'apk', ['add'])) continue
        for (const pkg of argsNoFlags(cmd, ['t', 'virtual', 'repository', 'X'])) {
          if (pkg !== 'add' && !isPinned(pkg) && !unpinned.includes(pkg)) unpinned.push(pkg)
        }
      }
      if (unpinned.length === 0) return
      const list = unpinned.join(', ')
      ctx.report(run, {
        message: {
          es: `Fija la versión de ${list} con \`paquete=versión\` en apk add.`,
          en: `Pin the version of ${list} with \`package=version\` in apk add.`,
        },
      })
    })
  },
})
