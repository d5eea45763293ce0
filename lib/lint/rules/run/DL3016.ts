import type { ShellCommand } from '@/lib/shell/parse'
import { defineRule } from '../../rule'
import { argsNoFlags, cmdHasArgs } from '../../helpers'

const GIT_PREFIXES = ['git://', 'git+ssh://', 'git+http://', 'git+https://']
const TARBALL_SUFFIXES = ['.tar', '.tar.gz', '.tgz']
const PATH_PREFIXES = ['/', './', '../', '~/']

function isPinned(pkg: string): boolean {
  if (GIT_PREFIXES.some((p) => pkg.startsWith(p))) return pkg.includes('#')
  if (TARBALL_SUFFIXES.some((s) => pkg.endsWith(s))) return true
  if (PATH_PREFIXES.some((p) => pkg.startsWith(p))) return true
  // A leading `@scope` is skipped the way hadolint does it: drop the leading characters sorting after `/`.
  let rest = pkg
  if (rest.startsWith('@')) {
    let i = 0
    while (i < rest.length && rest[i]! > '/') i++
    rest = rest.slice(i)
  }
  return rest.includes('@')
}

/** Packages of `npm install …` when `install` is the first word that is not a flag (or a --loglevel/--registry value). */
function packages(cmd: ShellCommand): string[] {
  if (!cmdHasArgs(cmd, 'npm', ['install'])) return []
  const words = argsNoFlags(cmd, ['loglevel', 'registry'])
  if (words[0] !== 'install') return []
  let i = 0
  while (words[i] === 'install') i++
  return words.slice(i)
}

export default defineRule({
  meta: {
    id: 'DL3016',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'maintainability',
    title: { es: 'Fija la versión de los paquetes de npm', en: 'Pin versions in npm install' },
    what: {
      es: 'npm install instala aquí paquetes sin versión fija.',
      en: 'npm install installs packages here without a pinned version.',
    },
    why: {
      es: 'Sin versión, npm instala la última publicada en el registro: cada build puede traer una versión distinta, con cambios incompatibles o, en el peor caso, una versión comprometida.',
      en: 'Without a version, npm installs the newest release in the registry: every build can bring a different version, with breaking changes or, at worst, a compromised release.',
    },
    fix: {
      es: 'Indica la versión con `paquete@versión`. Para las dependencias de tu proyecto, usa package-lock.json y `npm ci`.',
      en: 'Give the version as `package@version`. For your project dependencies, use package-lock.json and `npm ci`.',
    },
    examples: {
      bad: [{ code: 'FROM node:20-alpine\nRUN npm install -g typescript\n', lines: [2] }],
      good: [
        { code: 'FROM node:20-alpine\nRUN npm install -g typescript@5.5.4\n' },
        {
          code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\n',
          note: { es: 'Las versiones salen de package-lock.json.', en: 'The versions come from package-lock.json.' },
        },
      ],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      const unpinned: string[] = []
      for (const cmd of ctx.facts.commands(run)) {
        for (const pkg of packages(cmd)) if (!isPinned(pkg) && !unpinned.includes(pkg)) unpinned.push(pkg)
      }
      if (unpinned.length === 0) return
      const list = unpinned.join(', ')
      ctx.report(run, {
        message: {
          es: `Fija la versión de ${list} con \`paquete@versión\` en npm install.`,
          en: `Pin the version of ${list} with \`package@version\` in npm install.`,
        },
      })
    })
  },
})
