import { checkUser } from '@/lib/images'
import { defineRule } from '../../rule'
import { baseImageOf, chainInstructions, createdAccounts } from './support/image-facts'

export default defineRule({
  meta: {
    id: 'FinalStageRunsAsRoot',
    aliases: [],
    severity: 'warning',
    source: 'stagecraft',
    category: 'security',
    title: { es: 'La imagen final se ejecuta como root', en: 'The final image runs as root' },
    what: {
      es: 'El contenedor final se ejecutará como root.',
      en: 'The final container will run as root.',
    },
    why: {
      es: 'Si alguien explota tu aplicación, obtiene los permisos de su usuario. Como root puede modificar el sistema del contenedor y tiene más opciones para escapar al host. Un usuario sin privilegios limita el daño.',
      en: 'Whoever exploits your application gets its user\'s permissions. As root they can change the container\'s system and have more ways to escape to the host. An unprivileged user limits the damage.',
    },
    fix: {
      es: 'Añade `USER` con un usuario sin privilegios al final: uno que traiga la imagen (node, nonroot, 101), uno que crees, o un UID numérico como 10001.',
      en: 'Add a `USER` with an unprivileged user at the end: one the image ships (node, nonroot, 101), one you create, or a numeric UID such as 10001.',
    },
    examples: {
      bad: [
        { code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]\n', lines: [1] },
        { code: 'FROM node:20-alpine\nUSER node\nRUN npm ci\nUSER root\nCMD ["node", "server.js"]\n', lines: [4] },
      ],
      good: [
        { code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY --chown=node:node . .\nUSER node\nCMD ["node", "server.js"]\n' },
        { code: 'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\nENTRYPOINT ["/app"]\n' },
      ],
    },
  },
  check(ctx) {
    const stage = ctx.model.stages[ctx.model.stages.length - 1]
    if (!stage) return
    const chain = chainInstructions(ctx.model, stage)
    const image = baseImageOf(ctx.model, stage)
    const lastUser = [...chain].reverse().find((i) => i.keyword === 'USER')
    if (!lastUser) {
      if (!checkUser(image, image.defaultUser).isRoot) return
      ctx.report(stage.from, {
        message: {
          es: `No hay ninguna instrucción USER y ${image.ref} se ejecuta como root por defecto.`,
          en: `There is no USER instruction and ${image.ref} runs as root by default.`,
        },
      })
      return
    }
    const spec = lastUser.argsText.trim()
    if (spec.includes('$')) return
    const created = createdAccounts(ctx.facts, chain)
    if (checkUser(image, spec, created.users, created.groups).isRoot) ctx.report(lastUser)
  },
})
