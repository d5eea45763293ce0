import { cacheAfterEditing, installsDependencies, startsExistingScript } from '@/lib/grade/checks'
import { defineExercise } from '../../exercise-schema'

export default defineExercise({
  id: 'cache-order-node',
  lesson: 'cache',
  title: { es: 'Ordena el Dockerfile para cachear npm ci', en: 'Order the Dockerfile so npm ci stays cached' },
  statement: {
    es: 'Esta API de Node copia todo el proyecto antes de instalar las dependencias, así que cada cambio en `src/` invalida la caché y vuelve a ejecutar `npm ci`. Reordena el Dockerfile para que editar el código deje la instalación en caché, que cambiar `package.json` sí la repita, y que `CMD` siga encontrando `src/index.js`.',
    en: 'This Node API copies the whole project before installing its dependencies, so every change under `src/` invalidates the cache and reruns `npm ci`. Reorder the Dockerfile so that editing the code leaves the install cached, changing `package.json` does rerun it, and `CMD` still finds `src/index.js`.',
  },
  hints: [
    {
      es: 'Una instrucción se reutiliza de la caché solo si ella y todas las anteriores no han cambiado. ¿Qué archivos necesita de verdad `npm ci`?',
      en: 'A step comes from the cache only if it and every step before it are unchanged. Which files does `npm ci` really need?',
    },
    {
      es: '`npm ci` solo lee `package.json` y `package-lock.json`: cópialos antes de la instalación, y el resto del código después.',
      en: '`npm ci` only reads `package.json` and `package-lock.json`: copy those before the install, and the rest of the code after it.',
    },
    {
      es: 'Algo así: `COPY package.json package-lock.json ./`, luego `RUN npm ci --omit=dev`, luego `COPY src ./src`. Fíjate en que `COPY src .` dejaría los archivos en `/app` y no en `/app/src`.',
      en: 'Something like: `COPY package.json package-lock.json ./`, then `RUN npm ci --omit=dev`, then `COPY src ./src`. Note that `COPY src .` would put the files in `/app`, not in `/app/src`.',
    },
  ],
  concepts: ['CopyAllBeforeDependencyInstall', 'DL3016'],
  checks: [
    cacheAfterEditing(
      'install-cached-after-code-edit',
      { es: 'Editar src/index.js deja la instalación de dependencias en caché', en: 'Editing src/index.js leaves the dependency install cached' },
      'src/index.js', installsDependencies, 'hit',
      { es: 'la instalación de dependencias', en: 'the dependency install' },
    ),
    cacheAfterEditing(
      'install-reruns-after-manifest-edit',
      { es: 'Editar package.json vuelve a ejecutar la instalación', en: 'Editing package.json reruns the install' },
      'package.json', installsDependencies, 'miss',
      { es: 'la instalación de dependencias', en: 'the dependency install' },
    ),
    startsExistingScript('sources-where-cmd-expects', {
      es: 'El código sigue donde CMD lo espera (src/index.js existe en la imagen)',
      en: 'The code is still where CMD expects it (src/index.js exists in the image)',
    }),
  ],
})
