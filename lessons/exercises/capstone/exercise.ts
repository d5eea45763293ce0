import {
  cacheAfterEditing, installsDependencies, noLintFindings, runsAsExistingNonRoot, sizeAtMostFractionOfStarter, startsExistingScript,
} from '@/lib/grade/checks'
import { defineExercise } from '../../exercise-schema'

export default defineExercise({
  id: 'capstone',
  lesson: 'resumen',
  title: { es: 'Proyecto final: arregla un Dockerfile que lo hace todo mal', en: 'Capstone: fix a Dockerfile that gets everything wrong' },
  statement: {
    es: 'Esta API en TypeScript se construye con un Dockerfile que reúne casi todos los errores del curso: imagen base enorme, herramientas que nadie usa, caché que se rompe con cada cambio, root y un CMD en forma shell. Aplica la checklist hasta que la imagen estimada pese al menos un 80 % menos, el analizador no encuentre errores ni avisos, el contenedor corra con un usuario sin privilegios, editar `src/` deje en caché la instalación de dependencias y la aplicación compilada siga arrancando.',
    en: 'This TypeScript API is built by a Dockerfile that gathers almost every mistake from the course: a huge base image, tools nobody uses, a cache that breaks with every change, root and a shell-form CMD. Work through the checklist until the estimated image is at least 80 % smaller, the analyzer finds no errors or warnings, the container runs as an unprivileged user, editing `src/` leaves the dependency install cached, and the compiled app still starts.',
  },
  hints: [
    {
      es: 'Empieza por la caché: copia `package.json` y `package-lock.json`, ejecuta `npm ci`, y solo después copia `tsconfig.json` y `src/`. Mira el panel de problemas: cada aviso te dice qué cambiar.',
      en: 'Start with the cache: copy `package.json` and `package-lock.json`, run `npm ci`, and only then copy `tsconfig.json` and `src/`. Look at the Problems panel: each warning tells you what to change.',
    },
    {
      es: 'TypeScript, curl y vim no hacen falta para ejecutar la API. Compila en una etapa `build` y deja en la etapa final solo Node, `node_modules` de producción y `dist/`.',
      en: 'TypeScript, curl and vim are not needed to run the API. Compile in a `build` stage and keep only Node, the production `node_modules` and `dist/` in the final stage.',
    },
    {
      es: 'En la etapa final usa `node:20-slim`, `node:20-alpine` o distroless; `npm prune --omit=dev` tras compilar quita las devDependencies. Termina con `USER node` y `CMD ["node", "dist/index.js"]`.',
      en: 'In the final stage use `node:20-slim`, `node:20-alpine` or distroless; `npm prune --omit=dev` after the build removes the devDependencies. End with `USER node` and `CMD ["node", "dist/index.js"]`.',
    },
  ],
  concepts: ['BuildToolsInFinalImage', 'CopyAllBeforeDependencyInstall', 'FinalStageRunsAsRoot', 'DL3025', 'DL3008', 'DL3009'],
  checks: [
    sizeAtMostFractionOfStarter('size-reduced-by-80-percent', 0.2),
    noLintFindings('no-lint-errors-or-warnings', 'warning'),
    runsAsExistingNonRoot('runs-as-existing-non-root'),
    cacheAfterEditing(
      'install-cached-after-source-edit',
      { es: 'Editar src/index.ts deja en caché la instalación de dependencias', en: 'Editing src/index.ts leaves the dependency install cached' },
      'src/index.ts', installsDependencies, 'hit',
      { es: 'la instalación de dependencias', en: 'the dependency install' },
    ),
    startsExistingScript('starts-compiled-app', {
      es: 'El contenedor arranca la aplicación compilada (dist/index.js existe en la imagen final)',
      en: 'The container starts the compiled app (dist/index.js exists in the final image)',
    }),
  ],
})
