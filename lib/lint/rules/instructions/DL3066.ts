import { referencedNames } from '@/lib/dockerfile/vars'
import { defineRule } from '../../rule'

export default defineRule({
  meta: {
    id: 'DL3066',
    aliases: [],
    severity: 'info',
    source: 'hadolint',
    category: 'security',
    title: { es: 'Usa un UID numérico en USER', en: 'Use a numeric UID in USER' },
    what: {
      es: 'Este USER usa un nombre de usuario en lugar de un UID numérico.',
      en: 'This USER uses a user name instead of a numeric UID.',
    },
    why: {
      es: 'Kubernetes (`runAsNonRoot`) y otras plataformas solo pueden comprobar que el contenedor no es root si el usuario es un número: un nombre se resuelve dentro de la imagen y desde fuera no se sabe qué UID tendrá. Además, el UID es lo que cuenta para los permisos de los volúmenes compartidos con el host.',
      en: 'Kubernetes (`runAsNonRoot`) and other platforms can only verify that a container is not root when the user is a number: a name is resolved inside the image, so from outside nobody knows which UID it maps to. The UID is also what matters for permissions on volumes shared with the host.',
    },
    fix: {
      es: 'Usa el UID (y GID) numérico: `USER 10001:10001`, o pásalo con un ARG: `ARG APP_UID=10001` y `USER ${APP_UID}`.',
      en: 'Use the numeric UID (and GID): `USER 10001:10001`, or pass it through an ARG: `ARG APP_UID=10001` and `USER ${APP_UID}`.',
    },
    examples: {
      bad: [{ code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY --chown=node:node . .\nUSER node\nCMD ["node", "server.js"]\n', lines: [4] }],
      good: [
        { code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY --chown=1000:1000 . .\nUSER 1000:1000\nCMD ["node", "server.js"]\n' },
        { code: 'FROM debian:12-slim\nARG APP_UID=10001\nRUN useradd --uid "${APP_UID}" --no-create-home app\nUSER ${APP_UID}\n' },
      ],
    },
  },
  check(ctx) {
    const args = new Set<string>()
    for (const instr of ctx.model.instructions) {
      if (instr.keyword === 'ARG') {
        for (const p of instr.pairs) args.add(p.key)
        continue
      }
      if (instr.keyword !== 'USER') continue
      const spec = instr.argsText.trim()
      const user = spec.split(':')[0] ?? ''
      if (/^\d*$/.test(user)) continue
      if (referencedNames(user, ctx.model.escape).some((n) => args.has(n))) continue
      ctx.report(instr, {
        message: {
          es: `\`${user}\` no es un UID numérico: desde fuera de la imagen no se puede saber qué usuario es.`,
          en: `\`${user}\` is not a numeric UID: from outside the image nobody can tell which user it is.`,
        },
      })
    }
  },
})
