import { defineRule } from '../../rule'
import { cmdHasArgs } from '../../helpers'

export default defineRule({
  meta: {
    id: 'DL3060',
    aliases: [],
    severity: 'info',
    source: 'hadolint',
    category: 'size',
    title: { es: 'Limpia la caché de yarn en el mismo RUN', en: 'Clean the yarn cache in the same RUN' },
    what: {
      es: 'Este RUN ejecuta yarn install pero no `yarn cache clean` después.',
      en: 'This RUN runs yarn install but not `yarn cache clean` afterwards.',
    },
    why: {
      es: 'yarn guarda una copia de cada paquete descargado en su caché global. En la imagen final es peso muerto, a menudo cientos de MB, y si no se borra en el mismo RUN se queda para siempre en esa capa.',
      en: 'yarn keeps a copy of every downloaded package in its global cache. In the final image it is dead weight, often hundreds of MB, and unless it is deleted in the same RUN it stays in that layer forever.',
    },
    fix: {
      es: 'Termina el mismo RUN con `&& yarn cache clean`, o monta una caché de BuildKit en la carpeta de caché de yarn (p. ej. /usr/local/share/.cache/yarn) para reutilizarla sin que acabe en la imagen.',
      en: "End the same RUN with `&& yarn cache clean`, or mount a BuildKit cache on yarn's cache folder (e.g. /usr/local/share/.cache/yarn) to reuse it without it ending up in the image.",
    },
    examples: {
      bad: [{ code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile\n', lines: [4] }],
      good: [
        { code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --frozen-lockfile && yarn cache clean\n' },
        { code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile\n' },
      ],
    },
  },
  check(ctx) {
    for (const instr of ctx.model.instructions) {
      const run = instr.trigger ?? instr
      if (run.keyword !== 'RUN') continue
      // hadolint's ONBUILD pass never sees a FROM, so every ONBUILD RUN counts as "last stage".
      if (!instr.trigger && !ctx.facts.isLastOrBaseStage(run.stage)) continue
      if (ctx.facts.hasCacheMount(run, '.cache/yarn')) continue
      const commands = ctx.facts.commands(run)
      const install = commands.findIndex((c) => cmdHasArgs(c, 'yarn', ['install']))
      if (install === -1) continue
      const clean = commands.findIndex((c) => cmdHasArgs(c, 'yarn', ['cache', 'clean']))
      if (clean === -1 || clean < install) ctx.report(run)
    }
  },
})
