import { defineLesson } from '../schema'

export default defineLesson({
  id: 'resumen',
  title: {
    es: 'Resumen: la checklist de una buena imagen',
    en: 'Wrap-up: the checklist for a good image',
  },
  summary: {
    es: 'Todas las buenas prácticas del curso en una checklist, aplicada paso a paso a un Dockerfile que lo hace todo mal, con el antes y el después en el laboratorio.',
    en: 'Every good practice from the course in one checklist, applied step by step to a Dockerfile that gets everything wrong, with the before and after in the lab.',
  },
  youWillLearn: {
    es: [
      'Las prácticas que hacen una imagen pequeña, rápida de construir y segura, y las que hay que evitar.',
      'En qué orden aplicarlas a un Dockerfile existente para que cada cambio se note.',
      'Cómo comprobar el resultado: hallazgos del analizador, tamaño estimado y caché al editar el código.',
      'Dónde repasar cada técnica si la necesitas de nuevo.',
    ],
    en: [
      'The practices that make an image small, fast to build and secure, and the ones to avoid.',
      'In which order to apply them to an existing Dockerfile so that every change shows.',
      'How to check the result: analyzer findings, estimated size and the cache when the code changes.',
      'Where to review each technique if you need it again.',
    ],
  },
  estimatedMinutes: 10,
  exercises: ['capstone'],
})
