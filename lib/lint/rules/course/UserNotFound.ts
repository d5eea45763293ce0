import { checkUser } from '@/lib/images'
import { defineRule } from '../../rule'
import { baseImageOf, chainInstructions, createdAccounts } from './support/image-facts'

export default defineRule({
  meta: {
    id: 'UserNotFound',
    aliases: [],
    severity: 'error',
    source: 'stagecraft',
    category: 'correctness',
    title: { es: 'El usuario no existe', en: 'The user does not exist' },
    what: {
      es: 'USER nombra un usuario o grupo que ni la imagen base ni este Dockerfile crean.',
      en: 'USER names a user or group that neither the base image nor this Dockerfile creates.',
    },
    why: {
      es: 'Docker busca el nombre en /etc/passwd y /etc/group al ejecutar. Si no existe, el RUN siguiente o el contenedor fallan con «unable to find user».',
      en: 'Docker looks the name up in /etc/passwd and /etc/group at run time. If it is missing, the next RUN or the container fails with "unable to find user".',
    },
    fix: {
      es: 'Crea el usuario antes (`RUN addgroup -S app && adduser -S -G app app` en Alpine, `useradd` en Debian), usa uno que la imagen ya traiga (node, nonroot…) o usa un UID numérico.',
      en: 'Create the user first (`RUN addgroup -S app && adduser -S -G app app` on Alpine, `useradd` on Debian), use one the image ships (node, nonroot…) or use a numeric UID.',
    },
    examples: {
      bad: [{ code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY app.py .\nUSER appuser\nCMD ["python", "app.py"]\n', lines: [4] }],
      good: [
        { code: 'FROM python:3.12-slim\nRUN useradd --create-home --uid 10001 appuser\nWORKDIR /app\nCOPY app.py .\nUSER appuser\nCMD ["python", "app.py"]\n' },
        { code: 'FROM node:20-alpine\nUSER node\nCMD ["node", "server.js"]\n' },
        { code: 'FROM scratch\nCOPY app /app\nUSER 65532:65532\nENTRYPOINT ["/app"]\n' },
      ],
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const image = baseImageOf(ctx.model, stage)
      for (const instr of stage.instructions) {
        if (instr.keyword !== 'USER') continue
        const spec = instr.argsText.trim()
        if (!spec || spec.includes('$')) continue
        const created = createdAccounts(ctx.facts, chainInstructions(ctx.model, stage, instr))
        const check = checkUser(image, spec, created.users, created.groups)
        if (check.exists && check.groupExists) continue
        const missing = !check.exists ? check.user : check.group!
        ctx.report(instr, {
          message: {
            es: `«${missing}» no existe en ${image.ref} y ningún paso anterior lo crea.`,
            en: `"${missing}" does not exist in ${image.ref} and no earlier step creates it.`,
          },
        })
      }
    }
  },
})
