import { defineLesson } from '../schema'

export default defineLesson({
  id: 'patrones',
  title: {
    es: 'Patrones por lenguaje',
    en: 'Patterns by language',
  },
  summary: {
    es: 'Recetas multietapa probadas para lenguajes compilados (Go, Rust, C++), interpretados con paso de construcción (Node.js, Python) y sitios estáticos servidos con nginx.',
    en: 'Proven multi-stage recipes for compiled languages (Go, Rust, C++), interpreted languages with a build step (Node.js, Python) and static sites served by nginx.',
  },
  youWillLearn: {
    es: [
      'Qué va en el builder y qué en el runtime según el tipo de lenguaje.',
      'Cómo empaquetar binarios de Go, Rust y C++ en imágenes mínimas sin romper sus dependencias de C.',
      'Cómo separar dependencias de producción, compilación y ejecución en Node.js y Python.',
      'Cómo servir un frontend compilado con nginx, sin Node.js en la imagen final.',
      'De qué depende la reducción de tamaño y por qué no hay un porcentaje universal.',
    ],
    en: [
      'What goes in the builder and what goes in the runtime for each kind of language.',
      'How to package Go, Rust and C++ binaries in minimal images without breaking their C dependencies.',
      'How to separate production dependencies, build and runtime in Node.js and Python.',
      'How to serve a compiled frontend with nginx, with no Node.js in the final image.',
      'What the size reduction depends on, and why there is no universal percentage.',
    ],
  },
  estimatedMinutes: 15,
  exercises: ['multistage-node', 'static-nginx'],
})
