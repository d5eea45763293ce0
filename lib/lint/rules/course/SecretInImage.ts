import { copySources } from '@/lib/dockerfile/parse'
import { reachableStages } from '@/lib/dockerfile/graph'
import { selectContextFiles } from '@/lib/context/select'
import { defineRule } from '../../rule'
import { looksLikeSecret } from './support/context-copy'

const isRemote = (s: string) => /^(https?:\/\/|git@|git:\/\/)/i.test(s)

export default defineRule({
  meta: {
    id: 'SecretInImage',
    aliases: [],
    severity: 'error',
    source: 'stagecraft',
    category: 'security',
    title: { es: 'No copies secretos a la imagen', en: 'Do not copy secrets into the image' },
    what: {
      es: 'Esta instrucción copia un archivo con pinta de secreto (.env, .npmrc, claves privadas…) a una capa de la imagen.',
      en: 'This instruction copies a secret-looking file (.env, .npmrc, private keys…) into an image layer.',
    },
    why: {
      es: 'Cada capa es un archivo tar que cualquiera con la imagen puede extraer. Aunque un RUN posterior borre el archivo, sigue intacto en la capa donde se copió, y en etapas intermedias queda en la caché de build.',
      en: 'Every layer is a tar file anyone with the image can extract. Even if a later RUN deletes the file, it stays intact in the layer that copied it, and in intermediate stages it stays in the build cache.',
    },
    fix: {
      es: 'Pásalo en el build con `RUN --mount=type=secret,id=…` (docker build --secret) y exclúyelo del contexto con .dockerignore.',
      en: 'Provide it at build time with `RUN --mount=type=secret,id=…` (docker build --secret) and keep it out of the context with .dockerignore.',
    },
    examples: {
      bad: [
        { code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json .npmrc ./\nRUN npm ci && rm .npmrc\n', lines: [3] },
        {
          code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\n', lines: [3],
          context: { 'package.json': '{}', 'src/index.js': '', '.env': 'API_KEY=123' },
          note: { es: 'Sin .dockerignore, `COPY . .` arrastra el .env.', en: 'Without a .dockerignore, `COPY . .` drags the .env along.' },
        },
      ],
      good: [
        { code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci\n' },
        { code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\n', context: { 'package.json': '{}', '.env': 'API_KEY=123', '.dockerignore': '.env\n' } },
      ],
    },
  },
  check(ctx) {
    const last = ctx.model.stages.length - 1
    if (last < 0) return
    const built = reachableStages(ctx.model, last)
    for (const stage of ctx.model.stages) {
      if (!built.has(stage.index)) continue
      for (const instr of stage.instructions) {
        if ((instr.keyword !== 'COPY' && instr.keyword !== 'ADD') || instr.flags.some((f) => f.name.toLowerCase() === 'from')) continue
        const heredocNames = new Set(instr.heredocs.map((h) => `<<${h.name}`))
        const secrets = new Set<string>()
        for (const source of copySources(instr)) {
          if (isRemote(source) || heredocNames.has(source) || source.startsWith('<<')) continue
          if (looksLikeSecret(source)) secrets.add(source)
          if (ctx.context) for (const f of selectContextFiles(ctx.context, source)) if (looksLikeSecret(f.path)) secrets.add(f.path)
        }
        if (secrets.size === 0) continue
        const list = [...secrets].slice(0, 5).join(', ')
        ctx.report(instr, {
          message: {
            es: `Esta instrucción copia ${list} a una capa de la imagen; quedará ahí aunque lo borres después.`,
            en: `This instruction copies ${list} into an image layer; it stays there even if you delete it later.`,
          },
        })
      }
    }
  },
})
