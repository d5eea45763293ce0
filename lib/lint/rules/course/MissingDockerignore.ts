import { defineRule } from '../../rule'
import { isWholeContextCopy } from './support/context-copy'

export default defineRule({
  meta: {
    id: 'MissingDockerignore',
    aliases: [],
    severity: 'warning',
    source: 'stagecraft',
    category: 'size',
    needsContext: true,
    title: { es: 'Añade un .dockerignore', en: 'Add a .dockerignore' },
    what: {
      es: 'Copias todo el contexto sin un .dockerignore: node_modules, .git, logs y secretos acaban en la imagen.',
      en: 'The whole context is copied without a .dockerignore: node_modules, .git, logs and secrets end up in the image.',
    },
    why: {
      es: 'Sin .dockerignore se envía todo el directorio al builder. La imagen crece, el build es más lento, cualquier cambio en .git o en los logs invalida la caché, y puedes filtrar secretos.',
      en: 'Without a .dockerignore the whole directory is sent to the builder. The image grows, builds get slower, any change in .git or logs invalidates the cache, and secrets can leak.',
    },
    fix: {
      es: 'Crea un .dockerignore junto al Dockerfile con al menos: .git, node_modules, *.log, .env y los artefactos de build.',
      en: 'Create a .dockerignore next to the Dockerfile with at least: .git, node_modules, *.log, .env and build outputs.',
    },
    examples: {
      bad: [{ code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\n', lines: [3], context: { 'package.json': '{}', 'src/index.js': '' } }],
      good: [{ code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\n', context: { 'package.json': '{}', 'src/index.js': '', '.dockerignore': 'node_modules\n.git\n' } }],
    },
  },
  check(ctx) {
    if (!ctx.context || ctx.context.dockerignore !== null) return
    for (const instr of [...ctx.facts.byKeyword('COPY'), ...ctx.facts.byKeyword('ADD')]) {
      if (isWholeContextCopy(instr)) ctx.report(instr)
    }
  },
})
