import { defineLesson } from '../schema'

export default defineLesson({
  id: 'multistage',
  title: {
    es: 'Construcciones multietapa: compilar en una imagen, ejecutar en otra',
    en: 'Multi-stage builds: build in one image, run in another',
  },
  summary: {
    es: 'Varias instrucciones FROM en un mismo Dockerfile: una etapa con todas las herramientas para construir y otra mínima que solo recibe el resultado.',
    en: 'Several FROM instructions in one Dockerfile: a stage with every tool needed to build, and a minimal one that only receives the result.',
  },
  youWillLearn: {
    es: [
      'Cómo se declaran y se nombran las etapas con FROM … AS.',
      'Cómo copiar artefactos con COPY --from, desde otra etapa o desde una imagen externa.',
      'La arquitectura builder/runtime y por qué reduce el tamaño y la superficie de ataque.',
      'Qué etapas construye BuildKit para cada --target y cuáles se salta.',
      'Qué suele faltar en la imagen final y cómo evitarlo.',
    ],
    en: [
      'How stages are declared and named with FROM … AS.',
      'How to copy artifacts with COPY --from, from another stage or from an external image.',
      'The builder/runtime architecture and why it reduces size and attack surface.',
      'Which stages BuildKit builds for each --target and which ones it skips.',
      'What is often missing from the final image and how to avoid it.',
    ],
  },
  estimatedMinutes: 13,
})
