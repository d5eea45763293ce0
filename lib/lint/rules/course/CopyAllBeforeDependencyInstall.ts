import { defineRule } from '../../rule'
import { isDependencyInstall, isWholeContextCopy } from './support/context-copy'

export default defineRule({
  meta: {
    id: 'CopyAllBeforeDependencyInstall',
    aliases: [],
    severity: 'warning',
    source: 'stagecraft',
    category: 'cache',
    title: { es: 'Copia los manifiestos antes de instalar dependencias', en: 'Copy the manifests before installing dependencies' },
    what: {
      es: 'Copias todo el contexto antes de instalar las dependencias: cualquier cambio en tu código invalidará la instalación.',
      en: 'The whole context is copied before the dependencies are installed: any change to your code will invalidate the install.',
    },
    why: {
      es: 'La caché de Docker se invalida en cascada: si cambia un archivo copiado, ese paso y todos los siguientes se repiten. Con `COPY . .` delante, editar una línea de código vuelve a descargar e instalar todas las dependencias.',
      en: 'Docker\'s cache invalidates in cascade: when a copied file changes, that step and every later one rerun. With `COPY . .` first, editing one line of code downloads and installs every dependency again.',
    },
    fix: {
      es: 'Copia primero solo los manifiestos (package.json y package-lock.json, requirements.txt, go.mod y go.sum, Cargo.toml y Cargo.lock…), instala, y después copia el resto del código.',
      en: 'Copy only the manifests first (package.json and package-lock.json, requirements.txt, go.mod and go.sum, Cargo.toml and Cargo.lock…), install, and then copy the rest of the code.',
    },
    examples: {
      bad: [{ code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "src/index.js"]\n', lines: [3] }],
      good: [{ code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "src/index.js"]\n' }],
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      let wholeCopy = null
      for (const instr of stage.instructions) {
        if (!wholeCopy && isWholeContextCopy(instr)) wholeCopy = instr
        if (wholeCopy && instr.keyword === 'RUN' && ctx.facts.commands(instr).some(isDependencyInstall)) {
          ctx.report(wholeCopy)
          break
        }
      }
    }
  },
})
