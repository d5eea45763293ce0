import type { ShellCommand } from '@/lib/shell/parse'
import { defineRule } from '../../rule'
import { argsNoFlags } from '../../helpers'

const isLocalPath = (arg: string) => arg === '.' || arg.startsWith('/') || arg.startsWith('.')

function isPinned(arg: string): boolean {
  if (isLocalPath(arg)) return true
  const at = arg.lastIndexOf('@')
  if (at === -1) return false
  const version = arg.slice(at + 1)
  return version !== '' && version !== 'latest' && version !== 'none'
}

/** The module arguments to check: all of `go install`/`go get`, only the first of `go run`. */
function modules(cmd: ShellCommand): string[] {
  if (cmd.name !== 'go') return []
  const [sub, ...rest] = argsNoFlags(cmd)
  if (sub === 'install' || sub === 'get') return rest
  if (sub === 'run') return rest.slice(0, 1)
  return []
}

export default defineRule({
  meta: {
    id: 'DL3062',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'maintainability',
    title: { es: 'Fija la versión de las herramientas de Go', en: 'Pin versions of Go tools' },
    what: {
      es: 'go install, go get o go run usa aquí un módulo sin versión fija (o con @latest).',
      en: 'go install, go get or go run uses a module here without a pinned version (or with @latest).',
    },
    why: {
      es: 'Sin versión (o con @latest), cada build descarga la última publicada: la herramienta puede cambiar de comportamiento o dejar de compilar de un día para otro, y la imagen deja de ser reproducible.',
      en: 'Without a version (or with @latest), every build downloads the newest release: the tool can change behaviour or stop compiling from one day to the next, and the image is no longer reproducible.',
    },
    fix: {
      es: 'Añade una versión concreta: `go install módulo@v1.2.3`.',
      en: 'Add a concrete version: `go install module@v1.2.3`.',
    },
    examples: {
      bad: [{ code: 'FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@latest\n', lines: [2] }],
      good: [
        { code: 'FROM golang:1.22\nRUN go install golang.org/x/tools/gopls@v0.16.1\n' },
        {
          code: 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go install ./cmd/server\n',
          note: { es: 'Un paquete local usa la versión de tu go.mod.', en: 'A local package uses the versions in your go.mod.' },
        },
      ],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      const unpinned: string[] = []
      for (const cmd of ctx.facts.commands(run)) {
        for (const mod of modules(cmd)) if (!isPinned(mod) && !unpinned.includes(mod)) unpinned.push(mod)
      }
      if (unpinned.length === 0) return
      const list = unpinned.join(', ')
      ctx.report(run, {
        message: {
          es: `Fija la versión de ${list} con \`@vX.Y.Z\` (no @latest).`,
          en: `Pin the version of ${list} with \`@vX.Y.Z\` (not @latest).`,
        },
      })
    })
  },
})
