import { defineLesson } from '../schema'

export default defineLesson({
  id: 'instrucciones',
  title: {
    es: 'Instrucciones clave: COPY y ADD, ENTRYPOINT y CMD, RUN',
    en: 'Key instructions: COPY and ADD, ENTRYPOINT and CMD, RUN',
  },
  summary: {
    es: 'Tres parejas de instrucciones que parecen intercambiables y no lo son: cuándo usar COPY o ADD, cómo se combinan ENTRYPOINT y CMD, y cómo escribir cada RUN.',
    en: 'Three pairs of instructions that look interchangeable and are not: when to use COPY or ADD, how ENTRYPOINT and CMD combine, and how to write each RUN.',
  },
  youWillLearn: {
    es: [
      'Por qué COPY es la opción por defecto y en qué dos casos compensa ADD.',
      'Cómo se combinan ENTRYPOINT y CMD, y qué cambia docker run.',
      'Por qué la forma exec evita que docker stop tarde diez segundos.',
      'Las diferencias entre la forma shell y la forma exec de RUN, y cuándo usar SHELL.',
      'Cómo encadenar comandos en un RUN sin ocultar errores.',
    ],
    en: [
      'Why COPY is the default choice and in which two cases ADD pays off.',
      'How ENTRYPOINT and CMD combine, and what docker run changes.',
      'Why the exec form keeps docker stop from taking ten seconds.',
      'The differences between the shell and exec forms of RUN, and when to use SHELL.',
      'How to chain commands in a RUN without hiding errors.',
    ],
  },
  estimatedMinutes: 13,
  exercises: ['copy-not-add', 'entrypoint-cmd'],
})
