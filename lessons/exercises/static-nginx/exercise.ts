import { defineCheck, fail, imageLacks, startsExistingProgram } from '@/lib/grade/checks'
import { finalStage } from '@/lib/simulate/queries'
import { defineExercise } from '../../exercise-schema'

const WEB_ROOT = '/usr/share/nginx/html'
const NGINX_REPOSITORIES = ['nginx', 'nginxinc/nginx-unprivileged']

export default defineExercise({
  id: 'static-nginx',
  lesson: 'patrones',
  title: { es: 'Un frontend estático servido con nginx', en: 'A static frontend served by nginx' },
  statement: {
    es: 'Este frontend de React se compila con `npm run build`, que escribe el sitio estático en `dist/`. Sin embargo, la imagen lo sirve con `vite preview` sobre `node:20`, con Node, npm, las dependencias y el código fuente dentro. Compila en una etapa y sirve `dist/` desde la raíz web de una imagen de nginx (la oficial o la unprivileged), sin Node en la imagen final.',
    en: 'This React frontend is compiled with `npm run build`, which writes the static site to `dist/`. Yet the image serves it with `vite preview` on `node:20`, with Node, npm, the dependencies and the sources inside. Build in one stage and serve `dist/` from the web root of an nginx image (the official one or the unprivileged one), with no Node in the final image.',
  },
  hints: [
    {
      es: 'Después de `npm run build`, el sitio son archivos estáticos: para servirlos no hace falta Node, basta un servidor web.',
      en: 'After `npm run build` the site is just static files: serving them needs a web server, not Node.',
    },
    {
      es: 'Nombra la etapa actual (`FROM node:20-alpine AS build`) y añade una etapa final `FROM nginx:1.27-alpine`.',
      en: 'Name the current stage (`FROM node:20-alpine AS build`) and add a final `FROM nginx:1.27-alpine` stage.',
    },
    {
      es: 'La raíz web de nginx es `/usr/share/nginx/html`: `COPY --from=build /app/dist /usr/share/nginx/html`. La imagen de nginx ya trae su propio `CMD`. Si quieres, copia también `nginx.conf` a `/etc/nginx/conf.d/default.conf`.',
      en: 'nginx\'s web root is `/usr/share/nginx/html`: `COPY --from=build /app/dist /usr/share/nginx/html`. The nginx image already has its own `CMD`. If you like, also copy `nginx.conf` to `/etc/nginx/conf.d/default.conf`.',
    },
  ],
  concepts: ['BuildToolsInFinalImage'],
  checks: [
    defineCheck('nginx-final-image', { es: 'La imagen final es de nginx (oficial o unprivileged)', en: 'The final image is nginx (official or unprivileged)' }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      if (stage.image && NGINX_REPOSITORIES.includes(stage.image.repository)) return { passed: true }
      return fail(`La etapa final parte de ${stage.from}: usa nginx (p. ej. nginx:1.27-alpine) o nginxinc/nginx-unprivileged.`,
        `The final stage starts from ${stage.from}: use nginx (e.g. nginx:1.27-alpine) or nginxinc/nginx-unprivileged.`, stage.instructions[0]?.line ?? null)
    }),
    defineCheck('build-output-in-web-root', { es: 'La salida del build (dist/) está en la raíz web de nginx', en: 'The build output (dist/) is in nginx\'s web root' }, (env) => {
      const stage = finalStage(env.build())
      if (!stage) return fail('No hay ninguna etapa que construir.', 'There is no stage to build.')
      const outputs = [...stage.fs.values()].filter((e) => e.tags.includes('build-output'))
      const parent = (p: string) => p.slice(0, p.lastIndexOf('/'))
      if (outputs.some((e) => e.path === WEB_ROOT || parent(e.path) === WEB_ROOT)) return { passed: true }
      if (outputs.length > 0) {
        const where = outputs[0]!.path
        const line = stage.layers.find((l) => l.id === outputs[0]!.layer)?.line ?? null
        return fail(`La salida del build está en ${where} (línea ${line ?? '?'}), pero nginx sirve ${WEB_ROOT}.`, `The build output is at ${where} (line ${line ?? '?'}), but nginx serves ${WEB_ROOT}.`, line)
      }
      return fail(`La imagen final no tiene la salida del build: copia dist/ de la etapa de build a ${WEB_ROOT}.`,
        `The final image has no build output: copy dist/ from the build stage to ${WEB_ROOT}.`)
    }),
    imageLacks('no-node-runtime', { es: 'La imagen final no contiene Node', en: 'The final image contains no Node runtime' },
      ['node-runtime'], { es: 'el runtime de Node', en: 'the Node runtime' }),
    startsExistingProgram('starts-existing-program'),
  ],
})
