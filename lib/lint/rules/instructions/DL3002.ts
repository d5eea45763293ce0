import type { Instruction } from '@/lib/dockerfile/types'
import { defineRule } from '../../rule'

function isRoot(user: string): boolean {
  return user === 'root' || user === '0' || user.startsWith('root:') || user.startsWith('0:')
}

export default defineRule({
  meta: {
    id: 'DL3002',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'security',
    title: { es: 'El último USER no debería ser root', en: 'The last USER should not be root' },
    what: {
      es: 'El último USER de esta etapa vuelve a root, así que el contenedor se ejecutará como root.',
      en: 'The last USER of this stage switches back to root, so the container will run as root.',
    },
    why: {
      es: 'Un proceso que corre como root dentro del contenedor tiene todos los permisos sobre su sistema de archivos, y si alguien explota tu aplicación o escapa del contenedor, parte con los máximos privilegios. Cambiar a root para instalar está bien; quedarse en root al final, no.',
      en: 'A process running as root inside the container has full control of its filesystem, and if someone exploits your app or escapes the container, they start with the highest privileges. Switching to root to install things is fine; staying root at the end is not.',
    },
    fix: {
      es: 'Después de instalar, termina la etapa con un usuario sin privilegios, por ejemplo `USER 10001` o `USER app` (creado con useradd/adduser).',
      en: 'After installing, end the stage with an unprivileged user, for example `USER 10001` or `USER app` (created with useradd/adduser).',
    },
    examples: {
      bad: [{ code: 'FROM debian:12-slim\nRUN useradd --system --uid 10001 app\nUSER app\nCOPY --chown=app app /usr/local/bin/app\nUSER root\nCMD ["app"]\n', lines: [5] }],
      good: [{ code: 'FROM debian:12-slim\nUSER root\nRUN useradd --system --uid 10001 app\nCOPY app /usr/local/bin/app\nUSER 10001\nCMD ["app"]\n' }],
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      let last: Instruction | undefined
      for (const instr of stage.instructions) if (instr.keyword === 'USER') last = instr
      if (!last) continue
      const user = last.argsText.trim()
      if (!isRoot(user)) continue
      ctx.report(last, {
        message: {
          es: `La etapa termina con \`USER ${user}\`: el contenedor se ejecutará como root.`,
          en: `The stage ends with \`USER ${user}\`: the container will run as root.`,
        },
      })
    }
  },
})
