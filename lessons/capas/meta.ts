import { defineLesson } from '../schema'

export default defineLesson({
  id: 'capas',
  title: {
    es: 'Capas: de qué está hecha una imagen',
    en: 'Layers: what an image is made of',
  },
  summary: {
    es: 'Cada instrucción que cambia archivos añade una capa de solo lectura. Entender cómo se apilan explica el tamaño de tus imágenes y cuándo Docker puede reutilizarlas.',
    en: 'Every instruction that changes files adds a read-only layer. Understanding how layers stack up explains the size of your images and when Docker can reuse them.',
  },
  youWillLearn: {
    es: [
      'Qué instrucciones crean capas y cuáles solo cambian la configuración.',
      'Por qué las capas son de solo lectura y cómo las combina el sistema de archivos de unión.',
      'Por qué borrar un archivo en una capa posterior no reduce la imagen.',
      'Cómo se comparten las capas entre imágenes y entre construcciones.',
      'Cómo agrupar comandos y ordenar instrucciones para obtener capas más pequeñas y reutilizables.',
    ],
    en: [
      'Which instructions create layers and which only change the configuration.',
      'Why layers are read-only and how the union filesystem combines them.',
      'Why deleting a file in a later layer does not make the image smaller.',
      'How layers are shared between images and between builds.',
      'How to group commands and order instructions for smaller, reusable layers.',
    ],
  },
  estimatedMinutes: 10,
  exercises: ['layers-combine-run'],
})
