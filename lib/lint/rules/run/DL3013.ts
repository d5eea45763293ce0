import type { ShellCommand } from '@/lib/shell/parse'
import { defineRule } from '../../rule'
import { argsNoFlags, isPipInstall } from '../../helpers'
import { hasAnyArg, hasAnyFlag } from '../../facts'

/** pip options whose value is the next word, not a package. */
const OPTIONS_WITH_VALUES = [
  'abi', 'b', 'build', 'e', 'editable', 'extra-index-url', 'f', 'find-links', 'i', 'index-url', 'implementation',
  'no-binary', 'only-binary', 'platform', 'prefix', 'progress-bar', 'proxy', 'python', 'python-version', 'root',
  'src', 't', 'target', 'trusted-host', 'upgrade-strategy',
]
const VERSION_SYMBOLS = ['==', '>=', '<=', '>', '<', '!=', '~=', '===']
const VCS_SCHEMES = [
  'git+file', 'git+https', 'git+ssh', 'git+http', 'git+git', 'git', 'hg+file', 'hg+http', 'hg+https', 'hg+ssh',
  'hg+static-http', 'svn', 'svn+svn', 'svn+http', 'svn+https', 'svn+ssh', 'bzr+http', 'bzr+https', 'bzr+ssh',
  'bzr+sftp', 'bzr+ftp', 'bzr+lp',
]

function isPinned(pkg: string): boolean {
  const vcs = VCS_SCHEMES.some((s) => pkg.startsWith(s))
  return VERSION_SYMBOLS.some((s) => pkg.includes(s)) ||
    (vcs && pkg.includes('@')) ||
    pkg.endsWith('.whl') || pkg.endsWith('.tar.gz') ||
    (!vcs && pkg.includes('/'))
}

/** The packages after `install` (hadolint's stripInstallPrefix). */
function packages(cmd: ShellCommand): string[] {
  const words = argsNoFlags(cmd, OPTIONS_WITH_VALUES)
  let i = words.indexOf('install')
  if (i === -1) return []
  while (words[i] === 'install') i++
  return words.slice(i)
}

export default defineRule({
  meta: {
    id: 'DL3013',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'maintainability',
    title: { es: 'Fija la versión de los paquetes de pip', en: 'Pin versions in pip install' },
    what: {
      es: 'pip install instala aquí paquetes sin versión fija.',
      en: 'pip install installs packages here without a pinned version.',
    },
    why: {
      es: 'Sin versión, cada build descarga la última publicada en PyPI: la imagen cambia sin que cambie tu Dockerfile, y una versión nueva con cambios incompatibles puede romper tu aplicación en el peor momento.',
      en: 'Without a version, every build downloads the newest release on PyPI: the image changes while your Dockerfile does not, and a new release with breaking changes can break your application at the worst moment.',
    },
    fix: {
      es: 'Fija la versión con `paquete==versión`, o mejor, lista las dependencias con versión en un requirements.txt e instálalo con `pip install -r requirements.txt`.',
      en: 'Pin the version with `package==version`, or better, list pinned dependencies in a requirements.txt and install it with `pip install -r requirements.txt`.',
    },
    examples: {
      bad: [{ code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask gunicorn\n', lines: [2] }],
      good: [
        { code: 'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3 gunicorn==22.0.0\n' },
        {
          code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n',
          note: { es: 'Las versiones se fijan en requirements.txt.', en: 'The versions are pinned in requirements.txt.' },
        },
      ],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      const unpinned: string[] = []
      for (const cmd of ctx.facts.commands(run)) {
        if (!isPipInstall(cmd) || cmd.name.startsWith('pipenv')) continue
        if (hasAnyFlag(cmd, 'c', 'constraint') || hasAnyArg(cmd, '-r', '--requirement', '.')) continue
        for (const pkg of packages(cmd)) if (!isPinned(pkg) && !unpinned.includes(pkg)) unpinned.push(pkg)
      }
      if (unpinned.length === 0) return
      const list = unpinned.join(', ')
      ctx.report(run, {
        message: {
          es: `Fija la versión de ${list} con \`paquete==versión\` en pip install (o usa un requirements.txt).`,
          en: `Pin the version of ${list} with \`package==version\` in pip install (or use a requirements.txt).`,
        },
      })
    })
  },
})
