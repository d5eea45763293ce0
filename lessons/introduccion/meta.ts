import { defineLesson } from '../schema'

export default defineLesson({
  id: 'introduccion',
  title: {
    es: 'Por qué optimizar tus imágenes',
    en: 'Why optimize your images',
  },
  summary: {
    es: 'Qué ganas con una imagen pequeña, rápida de construir y segura, y qué técnicas aprenderás para conseguirlo.',
    en: 'What you gain from an image that is small, fast to build and secure, and which techniques you will learn to get there.',
  },
  youWillLearn: {
    es: [
      'Por qué el tamaño de una imagen afecta a los despliegues, al almacenamiento y a los costes.',
      'Cómo la caché de construcción convierte minutos de espera en segundos.',
      'Qué es la superficie de ataque y por qué una imagen mínima la reduce.',
      'La idea que une todo el curso: separar la construcción de la ejecución.',
    ],
    en: [
      'Why image size affects deployments, storage and costs.',
      'How the build cache turns minutes of waiting into seconds.',
      'What the attack surface is and why a minimal image shrinks it.',
      'The idea behind the whole course: keep building apart from running.',
    ],
  },
  estimatedMinutes: 7,
})
