import { defineLesson } from '../schema'

export default defineLesson({
  id: 'cache',
  title: {
    es: 'Caché de construcción: reconstruir solo lo que cambia',
    en: 'The build cache: rebuild only what changed',
  },
  summary: {
    es: 'Cómo decide BuildKit qué pasos reutilizar, por qué un cambio arrastra a todos los pasos siguientes y cómo ordenar el Dockerfile para que casi todo salga de la caché.',
    en: 'How BuildKit decides which steps to reuse, why one change drags every later step along, and how to order your Dockerfile so that nearly everything comes from the cache.',
  },
  youWillLearn: {
    es: [
      'Qué compara BuildKit para reutilizar un paso: el comando, los archivos copiados y el estado anterior.',
      'Por qué un cambio invalida ese paso y todos los siguientes.',
      'El orden óptimo: manifiestos, instalación de dependencias, código y compilación.',
      'Cómo afectan a la caché ARG, ENV, las instrucciones de metadatos y el propio Dockerfile.',
      'Cómo conservar las descargas entre construcciones con montajes de caché.',
    ],
    en: [
      'What BuildKit compares to reuse a step: the command, the copied files and the previous state.',
      'Why one change invalidates that step and every step after it.',
      'The optimal order: manifests, dependency install, code and build.',
      'How ARG, ENV, metadata instructions and the Dockerfile itself affect the cache.',
      'How to keep downloads between builds with cache mounts.',
    ],
  },
  estimatedMinutes: 14,
  exercises: ['cache-order-node'],
})
