/** Shared facts for the course's rules: whole-context copies, dependency installs, secret-looking paths. */
import { copySources } from '@/lib/dockerfile/parse'
import type { Instruction } from '@/lib/dockerfile/types'
export { isDependencyInstall } from '@/lib/shell/recognize'

const CONTEXT_ROOTS = new Set(['.', './', '/', '*', './*', '.*'])

/** True for COPY/ADD from the build context of the whole context (`COPY . .`, `COPY ./ /app`, `COPY * ./`). */
export function isWholeContextCopy(instr: Instruction): boolean {
  if (instr.keyword !== 'COPY' && instr.keyword !== 'ADD') return false
  if (instr.flags.some((f) => f.name.toLowerCase() === 'from')) return false
  return copySources(instr).some((s) => CONTEXT_ROOTS.has(s))
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
