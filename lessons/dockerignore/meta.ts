import { defineLesson } from '../schema'

export default defineLesson({
  id: 'dockerignore',
  title: {
    es: '.dockerignore: lo que no debe entrar en el build',
    en: '.dockerignore: what must stay out of the build',
  },
  summary: {
    es: 'El punto de docker build . es tu contexto de construcción. Aprende qué se envía al builder, cómo funcionan los patrones de .dockerignore y qué ganas en tamaño, caché y seguridad.',
    en: 'The dot in docker build . is your build context. Learn what is sent to the builder, how .dockerignore patterns work and what you gain in size, cache and security.',
  },
  youWillLearn: {
    es: [
      'Qué es el contexto de construcción y qué parte de él llega al builder.',
      'Cómo se interpretan los patrones: anclados a la raíz, *, ** y excepciones con ! donde gana la última coincidencia.',
      'Por qué sin .dockerignore un COPY . . se invalida al cambiar .git, un log o el propio Dockerfile.',
      'Cómo evitar que node_modules, .env y otros archivos locales acaben en la imagen.',
      'Un .dockerignore de partida para proyectos de Node, Python y Go.',
    ],
    en: [
      'What the build context is and which part of it reaches the builder.',
      'How patterns are read: anchored at the root, *, ** and ! exceptions where the last match wins.',
      'Why, without a .dockerignore, a COPY . . is invalidated when .git, a log or the Dockerfile itself changes.',
      'How to keep node_modules, .env and other local files out of the image.',
      'A starting .dockerignore for Node, Python and Go projects.',
    ],
  },
  estimatedMinutes: 11,
  exercises: ['dockerignore'],
})
