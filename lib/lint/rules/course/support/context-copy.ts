/** Shared facts for the course's rules: whole-context copies, dependency installs, secret-looking paths. */
import { copySources } from '@/lib/dockerfile/parse'
import type { Instruction } from '@/lib/dockerfile/types'
import type { ShellCommand } from '@/lib/shell/parse'
import { commandBase, hasAnyArg } from '../../../facts'

const CONTEXT_ROOTS = new Set(['.', './', '/', '*', './*', '.*'])

/** True for COPY/ADD from the build context of the whole context (`COPY . .`, `COPY ./ /app`, `COPY * ./`). */
export function isWholeContextCopy(instr: Instruction): boolean {
  if (instr.keyword !== 'COPY' && instr.keyword !== 'ADD') return false
  if (instr.flags.some((f) => f.name.toLowerCase() === 'from')) return false
  return copySources(instr).some((s) => CONTEXT_ROOTS.has(s))
}

/** Recognises a command that installs a project's dependencies from its manifests. */
export function isDependencyInstall(cmd: ShellCommand): boolean {
  const name = commandBase(cmd)
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
      return first === 'mod' && hasAnyArg(cmd, 'download')
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

const SECRET_BASENAMES = new Set([
  '.env', '.npmrc', '.pypirc', '.netrc', '.git-credentials', 'id_rsa', 'id_dsa', 'id_ecdsa', 'id_ed25519',
  'credentials', 'credentials.json', '.htpasswd', 'secrets.json', 'secrets.yml', 'secrets.yaml', 'service-account.json',
])
const SECRET_EXTENSIONS = ['.pem', '.key', '.p12', '.pfx', '.jks', '.keystore']
const TEMPLATE_SUFFIXES = ['.example', '.sample', '.template', '.dist', '.defaults']

/** True when a path looks like it holds a secret (`.env`, `.npmrc`, `id_rsa`, `*.pem`, `.aws/credentials`…). */
export function looksLikeSecret(path: string): boolean {
  const clean = path.replace(/\\/g, '/').replace(/\/+$/, '')
  const base = clean.slice(clean.lastIndexOf('/') + 1).toLowerCase()
  if (!base || TEMPLATE_SUFFIXES.some((s) => base.endsWith(s))) return false
  if (SECRET_BASENAMES.has(base)) return base !== 'credentials' || /(^|\/)\.(aws|docker)\//.test(clean) || clean.endsWith('.aws/credentials')
  if (base.startsWith('.env.')) return true
  if (SECRET_EXTENSIONS.some((e) => base.endsWith(e))) return !base.endsWith('.pub')
  return /(^|\/)\.ssh\/[^/]+$/.test(clean) && !base.endsWith('.pub') && base !== 'known_hosts' && base !== 'config'
}
