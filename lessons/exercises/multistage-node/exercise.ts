import type { ImageInfo } from '@/lib/images'
import { contextText, defineCheck, fail, sizeAtMostFractionOfStarter, startLine, startsExistingProgram } from '@/lib/grade/checks'
import { entriesWithTag, finalStage, startScript } from '@/lib/simulate/queries'
import { defineExercise } from '../../exercise-schema'

/** node:*-slim, node:*-alpine, distroless nodejs or Chainguard's node image. */
function isSmallNodeBase(image: ImageInfo | null): boolean {
  if (!image) return false
  if (image.repository === 'node') return image.variant === 'slim' || image.variant === 'alpine'
  return /^gcr\.io\/distroless\/nodejs\d+-debian\d+$/.test(image.repository) || image.repository === 'cgr.dev/chainguard/node'
}

export default defineExercise({
  id: 'multistage-node',
  lesson: 'patrones',
  title: { es: 'Una API de TypeScript en un runtime de Node ligero', en: 'A TypeScript API on a light Node runtime' },
  statement: {
    es: 'Esta API en TypeScript se instala, se compila y se ejecuta en una sola etapa `node:20`: la imagen lleva el compilador de TypeScript, todas las devDependencies y la imagen completa de Node (~1 GB). Conviértela en un build multistage: compila `dist/` en una etapa y ejecútalo en una base de Node slim, alpine o distroless con solo las dependencias de producción.',
    en: 'This TypeScript API is installed, compiled and run in a single `node:20` stage: the image carries the TypeScript compiler, every devDependency and the full Node image (~1 GB). Turn it into a multistage build: compile `dist/` in one stage and run it on a slim, alpine or distroless Node base with production dependencies only.',
  },
  hints: [
    {
      es: 'Para compilar hacen falta las devDependencies (typescript, @types/…); para ejecutar `dist/index.js`, solo las dependencias de producción.',
      en: 'Compiling needs the devDependencies (typescript, @types/…); running `dist/index.js` needs only the production dependencies.',
    },
    {
      es: 'Convierte la etapa actual en `FROM node:20-slim AS build` y añade una etapa final `FROM node:20-slim` que copie `dist/` con `COPY --from=build /app/dist ./dist`.',
      en: 'Turn the current stage into `FROM node:20-slim AS build` and add a final `FROM node:20-slim` stage that copies `dist/` with `COPY --from=build /app/dist ./dist`.',
    },
    {
      es: 'No copies el `node_modules` de la etapa de build: en la etapa final copia `package.json` y `package-lock.json` y ejecuta `npm ci --omit=dev`, o cópialo de una etapa que solo instale producción (o que haya hecho `npm prune --omit=dev`).',
      en: 'Do not copy the build stage\'s `node_modules`: in the final stage copy `package.json` and `package-lock.json` and run `npm ci --omit=dev`, or copy it from a stage that installs production only (or ran `npm prune --omit=dev`).',
    },
  ],
  concepts: ['BuildToolsInFinalImage', 'DL3016', 'DL3025'],
  checks: [
    defineCheck('build-output-from-build-stage', { es: 'La salida del build (dist/) viene de una etapa de build', en: 'The build output (dist/) comes from a build stage' }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      const outputs = [...stage.fs.values()].filter((e) => e.tags.includes('build-output'))
      if (outputs.some((e) => e.copiedFrom)) return { passed: true }
      if (outputs.length > 0) {
        const line = stage.layers.find((l) => l.id === outputs[0]!.layer)?.line ?? null
        return fail(`La etapa final compila ella misma (${outputs[0]!.path}, línea ${line ?? '?'}): compila en otra etapa y copia solo dist/ con COPY --from.`,
          `The final stage compiles by itself (${outputs[0]!.path}, line ${line ?? '?'}): compile in another stage and copy only dist/ with COPY --from.`, line)
      }
      return fail('La imagen final no tiene la salida del build (dist/): cópiala de la etapa de build con COPY --from.',
        'The final image has no build output (dist/): copy it from the build stage with COPY --from.')
    }),
    defineCheck('production-dependencies-only', { es: 'La imagen final tiene solo las dependencias de producción', en: 'The final image has production dependencies only' }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      const dev = entriesWithTag(stage, ['dev-dependencies'])[0]
      if (dev) {
        const line = dev.line > 0 ? dev.line : null
        return fail(
          `${dev.entry.path} (línea ${line ?? '?'}) incluye las devDependencies (typescript, tsx, @types/…). Instala con --omit=dev o copia node_modules de una etapa de producción.`,
          `${dev.entry.path} (line ${line ?? '?'}) includes the devDependencies (typescript, tsx, @types/…). Install with --omit=dev or copy node_modules from a production stage.`,
          line,
        )
      }
      const modules = [...stage.fs.values()].filter((e) => e.tags.includes('dependencies') && e.path.endsWith('/node_modules'))
      if (modules.length === 0) {
        return fail('La imagen final no tiene node_modules: express, pino y zod hacen falta para arrancar dist/index.js.',
          'The final image has no node_modules: express, pino and zod are needed to start dist/index.js.')
      }
      const script = startScript(stage, (p) => contextText(env, p))
      if (script?.exists && !modules.some((m) => script.path.startsWith(m.path.slice(0, -'node_modules'.length)))) {
        return fail(`Node busca node_modules desde ${script.path} hacia arriba, pero está en ${modules[0]!.path}.`,
          `Node looks for node_modules from ${script.path} upwards, but it is at ${modules[0]!.path}.`, startLine(stage))
      }
      return { passed: true }
    }),
    defineCheck('starts-dist-entry', { es: 'El contenedor arranca un archivo de dist/ que existe', en: 'The container starts an existing file from dist/' }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      const line = startLine(stage)
      const script = startScript(stage, (p) => contextText(env, p))
      if (!script) return fail('CMD/ENTRYPOINT no nombra ningún archivo JavaScript (p. ej. dist/index.js).', 'CMD/ENTRYPOINT names no JavaScript file (e.g. dist/index.js).', line)
      if (!script.exists) return fail(`El contenedor arranca ${script.arg}, pero ${script.path} no existe en la imagen final.`, `The container starts ${script.arg}, but ${script.path} does not exist in the final image.`, line)
      if (!script.entry?.tags.includes('build-output')) {
        return fail(`${script.path} no es parte de la salida del build: arranca el JavaScript compilado de dist/.`, `${script.path} is not part of the build output: start the compiled JavaScript in dist/.`, line)
      }
      return { passed: true }
    }),
    startsExistingProgram('starts-existing-program'),
    defineCheck('slim-node-base', { es: 'La imagen final usa una base de Node slim, alpine o distroless', en: 'The final image uses a slim, alpine or distroless Node base' }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      if (isSmallNodeBase(stage.image)) return { passed: true }
      const line = stage.instructions[0]?.line ?? null
      return fail(`La etapa final parte de ${stage.from}: usa node:20-slim, node:20-alpine o gcr.io/distroless/nodejs20-debian12.`,
        `The final stage starts from ${stage.from}: use node:20-slim, node:20-alpine or gcr.io/distroless/nodejs20-debian12.`, line)
    }),
    sizeAtMostFractionOfStarter('size-under-40-percent', 0.4),
  ],
})
