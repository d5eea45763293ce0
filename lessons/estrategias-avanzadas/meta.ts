import { defineLesson } from '../schema'

export default defineLesson({
  id: 'estrategias-avanzadas',
  title: {
    es: 'Estrategias avanzadas: dependencias, limpieza y varios destinos',
    en: 'Advanced strategies: dependencies, cleanup and several targets',
  },
  summary: {
    es: 'Tres técnicas para builds más rápidos y capas más limpias: el build dummy que cachea dependencias, la limpieza en la misma capa (o con cache mounts) y un Dockerfile con varios destinos.',
    en: 'Three techniques for faster builds and cleaner layers: the dummy build that caches dependencies, cleanup in the same layer (or with cache mounts) and one Dockerfile with several targets.',
  },
  youWillLearn: {
    es: [
      'Cómo cachear la compilación de dependencias en Rust con un main.rs dummy, y qué hacen Go, Node y Python en su lugar.',
      'Cómo instalar y quitar las herramientas de compilación en una sola capa, con apk --virtual en Alpine y apt-get purge en Debian.',
      'Por qué limpiar en una capa posterior no ahorra nada y cuándo un cache mount es mejor opción.',
      'Cómo sacar imágenes de desarrollo, test y producción de un mismo Dockerfile con --target.',
      'Qué etapas construye BuildKit para cada destino y cuáles se salta.',
    ],
    en: [
      'How to cache the dependency compile in Rust with a dummy main.rs, and what Go, Node and Python do instead.',
      'How to install and remove build tools within one layer, with apk --virtual on Alpine and apt-get purge on Debian.',
      'Why cleaning up in a later layer saves nothing and when a cache mount is the better choice.',
      'How to get development, test and production images from one Dockerfile with --target.',
      'Which stages BuildKit builds for each target and which it skips.',
    ],
  },
  estimatedMinutes: 14,
  exercises: ['rust-dummy-build', 'cleanup-same-layer', 'multi-target'],
})
