import type { Instruction } from '@/lib/dockerfile/types'
import { defineRule } from '../../rule'

/** hadolint's list of well-known secret variable names (compared upper-cased). */
const KNOWN_SENSITIVE_NAMES = new Set([
  'ACCESS_TOKEN', 'APPLICATION_KEY', 'APP_SECRET', 'AUTH_TOKEN', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY',
  'BITTREX_API_KEY', 'BITTREX_API_SECRET', 'CF_PASSWORD', 'CF_USERNAME', 'CIRCLE_TOKEN', 'CI_DEPLOY_PASSWORD',
  'CI_DEPLOY_USER', 'DOCKERHUB_PASSWORD', 'DOCKER_EMAIL', 'DOCKER_PASSWORD', 'DOCKER_USERNAME',
  'FACEBOOK_ACCESS_TOKEN', 'FACEBOOK_APP_ID', 'FACEBOOK_APP_SECRET', 'FIREBASE_API_TOKEN', 'FIREBASE_TOKEN',
  'FOSSA_API_KEY', 'GH_ENTERPRISE_TOKEN', 'GH_TOKEN', 'GITHUB_ENTERPRISE_TOKEN', 'GITHUB_TOKEN', 'HEROKU_API_KEY',
  'HEROKU_API_USER', 'NPM_AUTH_TOKEN', 'NPM_TOKEN', 'OKTA_AUTHN_GROUPID', 'OKTA_CLIENT_ORGURL', 'OKTA_CLIENT_TOKEN',
  'OKTA_OAUTH2_CLIENTID', 'OKTA_OAUTH2_CLIENTSECRET', 'OPENAI_API_KEY', 'OS_PASSWORD', 'OS_USERNAME',
  'POSTGRES_PASSWORD', 'SLACK_TOKEN', 'STRIPE_API_KEY', 'STRIPE_DEVICE_NAME', 'TRAVIS_OS_NAME',
  'TRAVIS_SECURE_ENV_VARS', 'TRAVIS_SUDO', 'VAULT_CLIENT_KEY', 'VAULT_TOKEN',
])
/** hadolint's suspicious substrings (compared lower-cased). */
const SUSPICIOUS_SUBSTRINGS = ['api_key', 'client_key', 'password', 'private', 'secret', 'token', 'username']
/** BuildKit's words, matched whole between underscores, and the words that clear a name. */
const BUILDKIT_SECRET_WORDS = new Set(['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'token'])
const BUILDKIT_ALLOWED_WORDS = new Set(['public', 'file', 'version'])

function hadolintFlags(name: string): boolean {
  const lower = name.toLowerCase()
  return KNOWN_SENSITIVE_NAMES.has(name.toUpperCase()) || SUSPICIOUS_SUBSTRINGS.some((s) => lower.includes(s))
}

function buildkitFlags(name: string): boolean {
  const words = name.toLowerCase().split('_')
  if (words.some((w) => BUILDKIT_ALLOWED_WORDS.has(w))) return false
  return words.some((w) => BUILDKIT_SECRET_WORDS.has(w))
}

/** ARG names, from the argument text split the way the builder does (quotes kept together). */
function argNames(instr: Instruction): string[] {
  const names: string[] = []
  const text = instr.argsText
  let i = 0
  while (i < text.length) {
    while (i < text.length && /\s/.test(text[i]!)) i++
    if (i >= text.length) break
    let word = ''
    let quote = ''
    while (i < text.length && (quote || !/\s/.test(text[i]!))) {
      const c = text[i]!
      if (quote) {
        if (c === quote) quote = ''
      } else if (c === '"' || c === "'") {
        quote = c
      } else if (c === '\\' && i + 1 < text.length) {
        word += c
        i++
      }
      word += text[i]
      i++
    }
    const eq = word.indexOf('=')
    const name = eq === -1 ? word : word.slice(0, eq)
    if (name) names.push(name)
  }
  return names
}

export default defineRule({
  meta: {
    id: 'DL3064',
    aliases: ['SecretsUsedInArgOrEnv'],
    severity: 'warning',
    source: 'hadolint',
    category: 'security',
    title: { es: 'No pases secretos con ARG ni ENV', en: 'Do not pass secrets through ARG or ENV' },
    what: {
      es: 'El nombre de esta variable sugiere que guarda un secreto (contraseña, token, clave…).',
      en: 'The name of this variable suggests it holds a secret (password, token, key…).',
    },
    why: {
      es: 'Los valores de ENV se guardan en la configuración de la imagen y cualquiera que la descargue los ve con `docker inspect`. Los de ARG quedan registrados en `docker history` y en los metadatos de la build en cuanto un RUN los usa. Un secreto que entra así en una imagen ya no es secreto.',
      en: 'ENV values are stored in the image config, and anyone who pulls it can see them with `docker inspect`. ARG values are recorded in `docker history` and in the build metadata as soon as a RUN uses them. A secret that gets into an image this way is no longer secret.',
    },
    fix: {
      es: 'Usa un secreto de BuildKit, que solo existe durante ese RUN: `RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci` y `docker build --secret id=npm_token,env=NPM_TOKEN`. Para el contenedor en ejecución, pasa el secreto al arrancarlo, no al construir.',
      en: 'Use a BuildKit secret, which only exists during that RUN: `RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci` and `docker build --secret id=npm_token,env=NPM_TOKEN`. For the running container, pass the secret when it starts, not at build time.',
    },
    examples: {
      bad: [{ code: 'FROM node:20-alpine\nARG NPM_TOKEN\nENV DB_PASSWORD=changeme\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci\n', lines: [2, 3] }],
      good: [{
        code: '# syntax=docker/dockerfile:1\nFROM node:20-alpine\nARG APP_VERSION=1.0\nWORKDIR /app\nCOPY package*.json ./\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci\n',
      }],
    },
  },
  check(ctx) {
    const check = (instr: Instruction, names: string[], buildkitChecks: boolean) => {
      const flagged = names.filter((n) => hadolintFlags(n) || (buildkitChecks && buildkitFlags(n)))
      if (flagged.length === 0) return
      const list = flagged.map((n) => `\`${n}\``).join(', ')
      const where = instr.keyword === 'ENV'
        ? { es: 'queda guardado en la imagen y se ve con docker inspect', en: 'is stored in the image and visible with docker inspect' }
        : { es: 'queda registrado en el historial de la imagen', en: 'is recorded in the image history' }
      ctx.report(instr, {
        message: {
          es: `${list} parece un secreto: su valor ${where.es}. Usa RUN --mount=type=secret.`,
          en: `${list} looks like a secret: its value ${where.en}. Use RUN --mount=type=secret.`,
        },
      })
    }
    // BuildKit checks ARGs inside stages and ENV keys of dispatched instructions; hadolint also global ARGs and ONBUILD.
    for (const instr of ctx.facts.byKeyword('ARG', true)) check(instr, argNames(instr), instr.stage >= 0 && instr.index >= 0)
    for (const instr of ctx.facts.byKeyword('ENV', true)) check(instr, instr.pairs.map((p) => p.key), instr.index >= 0)
  },
})
