/** Recognising what a shell command does, shared by lint rules, the simulator and the grader. */
import type { ShellCommand } from './parse'

/** The basename of a command (`/usr/bin/pip3` → `pip3`). */
function base(cmd: ShellCommand): string {
  return cmd.name.slice(cmd.name.lastIndexOf('/') + 1)
}

/** Recognises a command that installs a project's dependencies from its manifests. */
export function isDependencyInstall(cmd: ShellCommand): boolean {
  const name = base(cmd)
  const first = cmd.args.find((a) => !a.startsWith('-'))
  switch (name) {
    case 'npm':
      return first === 'install' || first === 'ci' || first === 'i'
    case 'yarn':
      return first === undefined || first === 'install'
    case 'pnpm':
      return first === 'install' || first === 'i'
    case 'bun':
      return first === 'install' || first === 'i'
    case 'go':
      return first === 'mod' && cmd.args.includes('download')
    case 'cargo':
      return first === 'build' || first === 'fetch'
    case 'bundle':
      return first === undefined || first === 'install'
    case 'composer':
      return first === 'install'
    case 'mvn':
    case './mvnw':
    case 'mvnw':
      return cmd.args.some((a) => a.startsWith('dependency:'))
    case 'gradle':
    case 'gradlew':
      return cmd.args.some((a) => a === 'dependencies' || a === '--refresh-dependencies')
    case 'poetry':
    case 'uv':
    case 'pipenv':
      return first === 'install' || first === 'sync'
    default:
      break
  }
  const isPip = /^pip[0-9.]*$/.test(name) || (/^python[0-9.]*$/.test(name) && cmd.args[0] === '-m' && /^pip/.test(cmd.args[1] ?? ''))
  return isPip && cmd.args.includes('install') && cmd.args.some((a) => a === '-r' || a.startsWith('--requirement') || a.startsWith('-r'))
}

