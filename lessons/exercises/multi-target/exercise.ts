import { contextText, defineCheck, fail, imageLacks, startLine } from '@/lib/grade/checks'
import { commandWords, finalStage, startScript } from '@/lib/simulate/queries'
import type { GradeEnv } from '@/lib/grade/types'
import { parseShell } from '@/lib/shell/parse'
import type { BuildResult, SimStage } from '@/lib/simulate/types'
import { defineExercise } from '../../exercise-schema'

const DEVELOPMENT = { target: 'development' }
const PRODUCTION = { target: 'production' }

function stageNamed(result: BuildResult, name: string): SimStage | undefined {
  return result.stages.find((s) => s.name?.toLowerCase() === name)
}

/** Indexes of the stages a stage is built FROM inside the Dockerfile, nearest first. */
function ancestors(result: BuildResult, stage: SimStage): number[] {
  const out: number[] = []
  for (let s = stage; s.baseStage !== null && s.baseStage < s.index && !out.includes(s.baseStage); s = result.stages[s.baseStage]!) out.push(s.baseStage)
  return out
}

function missingTarget(env: GradeEnv, name: string) {
  return stageNamed(env.build(), name)
    ? null
    : fail(`No hay ninguna etapa llamada «${name}»: \`docker build --target ${name}\` fallaría.`, `There is no stage named "${name}": \`docker build --target ${name}\` would fail.`)
}

/** The dev server as package.json's `dev` script defines it (program and arguments). */
function devScript(env: GradeEnv): string[] | null {
  try {
    const json = JSON.parse(contextText(env, 'package.json') ?? '') as { scripts?: Record<string, string> }
    const first = parseShell(json.scripts?.dev ?? '').commands[0]
    return first ? [first.name, ...first.args] : null
  } catch {
    return null
  }
}

/** True when the start command runs the `dev` script (`npm run dev`, `yarn dev`…) or its program directly. */
function runsDevServer(words: string[], dev: string[] | null): boolean {
  const names = words.map((w) => w.slice(w.lastIndexOf('/') + 1))
  const runner = names.findIndex((w) => w === 'npm' || w === 'yarn' || w === 'pnpm')
  if (runner >= 0) {
    const rest = names.slice(runner + 1).filter((w) => w !== 'run' && w !== 'run-script' && !w.startsWith('-'))
    if (rest[0] === 'dev') return true
  }
  if (!dev) return false
  const program = dev[0]!.slice(dev[0]!.lastIndexOf('/') + 1)
  // `nodemon src/index.js`, `npx nodemon …`, `node_modules/.bin/nodemon …`
  return names[0] === program || (names[0] === 'npx' && names.slice(1).find((w) => !w.startsWith('-')) === program)
}

const productionLacksDevDependencies = imageLacks('production-without-dev-dependencies',
  { es: 'La imagen de production no lleva devDependencies en ninguna capa', en: 'The production image carries no devDependencies in any layer' },
  ['dev-dependencies'], { es: 'las devDependencies', en: 'the devDependencies' }, PRODUCTION)

export default defineExercise({
  id: 'multi-target',
  lesson: 'estrategias-avanzadas',
  title: { es: 'Desarrollo y producción desde un mismo Dockerfile', en: 'Development and production from one Dockerfile' },
  statement: {
    es: 'Este Dockerfile sirve para desarrollar: instala todas las dependencias y arranca nodemon. El problema es que producción usa la misma imagen. Divídelo en dos destinos, `development` y `production`, que partan (`FROM`) de una etapa base compartida. `docker build --target production` no debe construir `development` ni llevar devDependencies, y `--target development` debe arrancar el servidor de desarrollo con todas las dependencias.',
    en: 'This Dockerfile is made for development: it installs every dependency and starts nodemon. The problem is that production uses the same image. Split it into two targets, `development` and `production`, both built `FROM` a shared base stage. `docker build --target production` must not build `development` nor carry devDependencies, and `--target development` must start the dev server with every dependency.',
  },
  hints: [
    {
      es: 'Pon lo común (imagen, WORKDIR, los manifiestos) en una etapa `FROM node:20-slim AS base`, y crea `FROM base AS development` y `FROM base AS production`.',
      en: 'Put what is shared (image, WORKDIR, the manifests) in a `FROM node:20-slim AS base` stage, and create `FROM base AS development` and `FROM base AS production`.',
    },
    {
      es: 'BuildKit solo construye las etapas de las que depende el destino. Si `production` hiciera `FROM development`, construirías también la de desarrollo y heredarías sus devDependencies.',
      en: 'BuildKit only builds the stages the target depends on. If `production` were `FROM development`, you would also build the development one and inherit its devDependencies.',
    },
    {
      es: '`development`: `RUN npm ci`, `COPY . .` y `CMD ["npm", "run", "dev"]`. `production`: `ENV NODE_ENV=production`, `RUN npm ci --omit=dev`, `COPY src ./src` y `CMD ["node", "src/index.js"]`.',
      en: '`development`: `RUN npm ci`, `COPY . .` and `CMD ["npm", "run", "dev"]`. `production`: `ENV NODE_ENV=production`, `RUN npm ci --omit=dev`, `COPY src ./src` and `CMD ["node", "src/index.js"]`.',
    },
  ],
  concepts: ['DL3016', 'CopyAllBeforeDependencyInstall'],
  checks: [
    defineCheck('targets-share-a-base-stage', {
      es: 'Las etapas development y production parten de una etapa base compartida',
      en: 'The development and production stages are built FROM a shared base stage',
    }, (env) => {
      const result = env.build()
      const missing = missingTarget(env, 'development') ?? missingTarget(env, 'production')
      if (missing) return missing
      const dev = stageNamed(result, 'development')!
      const prod = stageNamed(result, 'production')!
      const shared = ancestors(result, dev).filter((i) => ancestors(result, prod).includes(i) && i !== dev.index && i !== prod.index)
      if (shared.length > 0) return { passed: true }
      return fail(`development (FROM ${dev.from}) y production (FROM ${prod.from}) no parten de ninguna etapa común del Dockerfile.`,
        `development (FROM ${dev.from}) and production (FROM ${prod.from}) do not start from any common stage of the Dockerfile.`,
        prod.instructions[0]?.line ?? null)
    }),
    defineCheck('production-skips-development', {
      es: '--target production no construye la etapa development',
      en: '--target production does not build the development stage',
    }, (env) => {
      const missing = missingTarget(env, 'production') ?? missingTarget(env, 'development')
      if (missing) return missing
      const result = env.build(PRODUCTION)
      const dev = stageNamed(result, 'development')!
      if (!dev.built) return { passed: true }
      const prod = stageNamed(result, 'production')!
      return fail(`Para construir production, BuildKit tiene que construir development (production depende de ella, línea ${prod.instructions[0]?.line ?? '?'}).`,
        `To build production, BuildKit has to build development (production depends on it, line ${prod.instructions[0]?.line ?? '?'}).`,
        prod.instructions[0]?.line ?? null)
    }),
    defineCheck(productionLacksDevDependencies.id, productionLacksDevDependencies.label,
      (env) => missingTarget(env, 'production') ?? productionLacksDevDependencies.run(env)),
    defineCheck('production-starts-app', {
      es: 'production arranca la aplicación con sus dependencias instaladas',
      en: 'production starts the app with its dependencies installed',
    }, (env) => {
      const missing = missingTarget(env, 'production')
      if (missing) return missing
      const stage = finalStage(env.build(PRODUCTION))!
      const script = startScript(stage, (p) => contextText(env, p))
      if (!script?.exists) {
        return fail(`production no arranca ningún script que exista en su imagen${script ? ` (${script.path})` : ''}.`,
          `production starts no script that exists in its image${script ? ` (${script.path})` : ''}.`, startLine(stage))
      }
      if (![...stage.fs.values()].some((e) => e.tags.includes('dependencies'))) {
        return fail('La imagen de production no tiene node_modules: instala las dependencias de producción (npm ci --omit=dev).',
          'The production image has no node_modules: install the production dependencies (npm ci --omit=dev).')
      }
      return { passed: true }
    }),
    defineCheck('development-runs-dev-server', {
      es: '--target development arranca el servidor de desarrollo (el script dev)',
      en: '--target development starts the dev server (the dev script)',
    }, (env) => {
      const missing = missingTarget(env, 'development')
      if (missing) return missing
      const stage = finalStage(env.build(DEVELOPMENT))!
      const words = commandWords(stage)
      if (runsDevServer(words, devScript(env))) return { passed: true }
      return fail(`development arranca «${words.join(' ') || '(nada)'}», no el servidor de desarrollo (npm run dev).`,
        `development starts "${words.join(' ') || '(nothing)'}", not the dev server (npm run dev).`, startLine(stage))
    }),
    defineCheck('development-has-all-dependencies', {
      es: 'La imagen de development tiene todas las dependencias, devDependencies incluidas',
      en: 'The development image has every dependency, devDependencies included',
    }, (env) => {
      const missing = missingTarget(env, 'development')
      if (missing) return missing
      const stage = finalStage(env.build(DEVELOPMENT))!
      if ([...stage.fs.values()].some((e) => e.tags.includes('dev-dependencies'))) return { passed: true }
      return fail('La imagen de development no tiene las devDependencies (nodemon no estaría): instala con `npm ci`, sin --omit=dev ni NODE_ENV=production.',
        'The development image lacks the devDependencies (nodemon would be missing): install with `npm ci`, without --omit=dev or NODE_ENV=production.')
    }),
  ],
})
