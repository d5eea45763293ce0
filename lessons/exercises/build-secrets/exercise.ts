import { defineCheck, fail, installsDependencies } from '@/lib/grade/checks'
import { entriesWithTag, finalStage } from '@/lib/simulate/queries'
import type { GradeEnv } from '@/lib/grade/types'
import type { Instruction } from '@/lib/dockerfile/types'
import { runScript } from '@/lib/lint/facts'
import type { SimInstruction, SimStage } from '@/lib/simulate/types'
import { defineExercise } from '../../exercise-schema'

/** npm's credential settings: a RUN that mentions one is handing npm a token. */
const CREDENTIAL = /_authToken|:_auth\b|:_password\b/
const VARIABLE = /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)[^}]*\}|([A-Za-z_][A-Za-z0-9_]*))/g

interface SecretMount { id: string | null; target: string | null; env: string | null }

function secretMounts(instr: Instruction): SecretMount[] {
  return instr.flags
    .filter((f) => f.name.toLowerCase() === 'mount' && (f.options.type ?? '').toLowerCase() === 'secret')
    .map((f) => ({ id: f.options.id ?? null, target: f.options.target ?? f.options.dst ?? f.options.destination ?? null, env: f.options.env ?? null }))
}

function variablesIn(script: string): Set<string> {
  const names = new Set<string>()
  for (const m of script.matchAll(VARIABLE)) names.add((m[1] ?? m[2])!)
  return names
}

/** Built stages' instructions, with the user and working directory each one runs with. */
function* builtInstructions(env: GradeEnv): Generator<{ stage: SimStage; si: SimInstruction; user: string; workdir: string }> {
  const result = env.build()
  for (const stage of result.stages) {
    if (!stage.built) continue
    // Walk the stage's FROM chain so USER/WORKDIR inherited from a parent stage count.
    const chain: SimStage[] = []
    for (let s: SimStage | undefined = stage; s; s = s.baseStage !== null && s.baseStage < s.index ? result.stages[s.baseStage] : undefined) chain.unshift(s)
    let user = chain[0]!.image?.defaultUser ?? 'root'
    let workdir = chain[0]!.image?.workdir ?? '/'
    for (const s of chain) {
      for (const si of s.instructions) {
        const text = si.instruction.argsText.trim()
        if (si.keyword === 'USER') user = text.split(':')[0] || 'root'
        if (si.keyword === 'WORKDIR') workdir = text.startsWith('/') ? text : `${workdir.replace(/\/+$/, '')}/${text}`
        if (s === stage) yield { stage, si, user, workdir }
      }
    }
  }
}

function abs(path: string, workdir: string): string {
  return path.startsWith('/') ? path : `${workdir.replace(/\/+$/, '')}/${path.replace(/^\.\//, '')}`
}

/** Where npm reads the mounted secret from, or why it would not. */
function npmReadsSecret(instr: Instruction, user: string, workdir: string): boolean {
  const script = runScript(instr)
  const home = user === 'root' || user === '0' ? '/root' : `/home/${user}`
  const userconfig = /(?:NPM_CONFIG_USERCONFIG|npm_config_userconfig)=(\S+)|--userconfig[= ](\S+)/.exec(script)
  const readsFrom = new Set([`${home}/.npmrc`, `${workdir.replace(/\/+$/, '')}/.npmrc`, '/usr/local/etc/npmrc'])
  if (userconfig) readsFrom.add(abs((userconfig[1] ?? userconfig[2])!.replace(/^["']|["']$/g, ''), workdir))
  const used = variablesIn(script)
  return secretMounts(instr).some((m) => {
    if (m.env) return used.has(m.env)
    const target = abs(m.target ?? `/run/secrets/${m.id ?? ''}`, workdir)
    return readsFrom.has(target)
  })
}

export default defineExercise({
  id: 'build-secrets',
  lesson: 'seguridad',
  title: { es: 'El token de npm, como secreto de build', en: 'The npm token as a build secret' },
  statement: {
    es: 'Esta API instala @acme/money desde GitHub Packages, que pide un token. Ahora el token llega con `--build-arg NPM_TOKEN=…`: queda en el historial de la imagen y en la caché de build, aunque el `.npmrc` se borre. Pásaselo a npm con `RUN --mount=type=secret` (como archivo o como variable con `env=`), sin ARG ni ENV y sin que el token acabe en ninguna capa, y comprueba que la instalación sigue funcionando.',
    en: 'This API installs @acme/money from GitHub Packages, which requires a token. Today the token arrives with `--build-arg NPM_TOKEN=…`: it stays in the image history and the build cache, even though the `.npmrc` is deleted. Hand it to npm with `RUN --mount=type=secret` (as a file, or as a variable with `env=`), with no ARG or ENV and without the token ending up in any layer, and make sure the install still works.',
  },
  hints: [
    {
      es: 'Un secreto de BuildKit solo existe mientras se ejecuta el RUN que lo monta: no queda en la capa, ni en el historial, ni en la clave de caché. Se pasa con `docker build --secret id=…`.',
      en: 'A BuildKit secret only exists while the RUN that mounts it runs: it stays out of the layer, the history and the cache key. You pass it with `docker build --secret id=…`.',
    },
    {
      es: 'Quita `ARG NPM_TOKEN` y los `echo` al `.npmrc`. Monta tu propio `.npmrc` (con el registro de @acme y el token) justo donde npm lo busca: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev`.',
      en: 'Remove `ARG NPM_TOKEN` and the `echo`s into `.npmrc`. Mount your own `.npmrc` (with the @acme registry and the token) right where npm looks for it: `RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev`.',
    },
    {
      es: 'Sin `target`, el secreto aparece en `/run/secrets/<id>`, donde npm no mira. Con `env=NPM_TOKEN` tienes la variable solo en ese RUN: escribe el `.npmrc`, instala y bórralo en el mismo RUN.',
      en: 'Without `target`, the secret shows up at `/run/secrets/<id>`, where npm does not look. With `env=NPM_TOKEN` you get the variable in that RUN only: write the `.npmrc`, install and delete it in the same RUN.',
    },
  ],
  concepts: ['DL3064', 'SecretInImage'],
  checks: [
    defineCheck('token-not-in-arg-or-env', {
      es: 'El token no pasa por ARG ni ENV',
      en: 'The token does not go through ARG or ENV',
    }, (env) => {
      const flagged = env.findings().find((f) => f.rule === 'DL3064')
      if (flagged) {
        const line = flagged.range.start.line + 1
        return fail(`Línea ${line}: ${flagged.message.es}`, `Line ${line}: ${flagged.message.en}`, line)
      }
      // A variable with an innocent name still leaks if an ARG or ENV feeds npm's credentials.
      const declared = new Map<string, number>()
      for (const a of env.model.globalArgs) for (const p of a.pairs) declared.set(p.key, a.range.start.line + 1)
      for (const stage of env.model.stages) {
        for (const i of stage.instructions) if (i.keyword === 'ARG' || i.keyword === 'ENV') for (const p of i.pairs) declared.set(p.key, i.range.start.line + 1)
      }
      for (const { si } of builtInstructions(env)) {
        if (si.keyword !== 'RUN') continue
        const script = runScript(si.instruction)
        if (!CREDENTIAL.test(script)) continue
        const fromSecret = new Set(secretMounts(si.instruction).map((m) => m.env).filter(Boolean))
        for (const name of variablesIn(script)) {
          const at = declared.get(name)
          if (at !== undefined && !fromSecret.has(name)) {
            return fail(`El RUN de la línea ${si.line} escribe la credencial de npm con $${name}, declarada con ARG/ENV en la línea ${at}.`,
              `The RUN at line ${si.line} writes npm's credential from $${name}, declared with ARG/ENV at line ${at}.`, at)
          }
        }
      }
      return { passed: true }
    }),
    defineCheck('no-secret-in-layers', {
      es: 'Ninguna capa guarda el token (.npmrc u otro archivo con credenciales)',
      en: 'No layer keeps the token (.npmrc or another credentials file)',
    }, (env) => {
      for (const stage of env.build().stages) {
        if (!stage.built) continue
        const own = { ...stage, layers: stage.layers.slice(stage.ownLayersFrom) }
        const hit = entriesWithTag(own, ['secret'])[0]
        if (hit) {
          return fail(`${hit.entry.path} queda en la capa de la línea ${hit.line} (etapa ${stage.label}), aunque se borre después.`,
            `${hit.entry.path} stays in the layer of line ${hit.line} (stage ${stage.label}), even if it is deleted later.`, hit.line)
        }
      }
      return { passed: true }
    }),
    defineCheck('install-uses-secret-mount', {
      es: 'La instalación recibe el token con RUN --mount=type=secret, donde npm lo lee',
      en: 'The install gets the token through RUN --mount=type=secret, where npm reads it',
    }, (env) => {
      const installs = [...builtInstructions(env)].filter(({ si }) => installsDependencies(si.instruction))
      if (installs.length === 0) return fail('No encuentro la instalación de dependencias (npm ci).', 'I can\'t find the dependency install (npm ci).')
      for (const { si, user, workdir } of installs) {
        const mounts = secretMounts(si.instruction)
        if (mounts.length === 0) {
          return fail(`La instalación de la línea ${si.line} no monta ningún secreto (RUN --mount=type=secret,…).`,
            `The install at line ${si.line} mounts no secret (RUN --mount=type=secret,…).`, si.line)
        }
        if (!npmReadsSecret(si.instruction, user, workdir)) {
          const m = mounts[0]!
          const where = m.env ? `$${m.env}` : abs(m.target ?? `/run/secrets/${m.id ?? ''}`, workdir)
          return fail(`En la línea ${si.line}, el secreto queda en ${where}, pero npm no lo usa: móntalo en ~/.npmrc o en el .npmrc del proyecto, o úsalo en el script.`,
            `At line ${si.line}, the secret lands at ${where}, but npm never uses it: mount it at ~/.npmrc or the project's .npmrc, or use it in the script.`, si.line)
        }
      }
      return { passed: true }
    }),
    defineCheck('dependencies-installed', {
      es: 'Las dependencias siguen instaladas en la imagen final',
      en: 'The dependencies are still installed in the final image',
    }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      const deps = [...stage.fs.values()].some((e) => e.tags.includes('dependencies'))
      return deps ? { passed: true } : fail('La imagen final no tiene node_modules.', 'The final image has no node_modules.')
    }),
  ],
})
