import { reportLaterDuplicatesInStage } from '../../helpers'
import { defineRule } from '../../rule'

export default defineRule({
  meta: {
    id: 'DL4003',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'correctness',
    dockerfileUtils: 'MULTIPLE_INSTRUCTIONS',
    title: { es: 'Solo un CMD por etapa', en: 'Only one CMD per stage' },
    what: {
      es: 'Esta etapa ya tiene un CMD antes que este.',
      en: 'This stage already has a CMD before this one.',
    },
    why: {
      es: 'Solo el último CMD de la etapa tiene efecto; los anteriores se descartan sin avisar. Tener varios confunde a quien lee el Dockerfile, que puede creer que se ejecutan todos.',
      en: 'Only the last CMD of the stage takes effect; the earlier ones are silently discarded. Having several misleads readers, who may think they all run.',
    },
    fix: {
      es: 'Deja un único CMD al final de la etapa. Si necesitas arrancar varias cosas, usa un script de entrada o un gestor de procesos.',
      en: 'Keep a single CMD at the end of the stage. If you need to start several things, use an entrypoint script or a process manager.',
    },
    examples: {
      bad: [{ code: 'FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "migrate.py"]\nCMD ["python", "app.py"]\n', lines: [5] }],
      good: [{ code: 'FROM python:3.12-slim AS dev\nCMD ["python", "-m", "pytest"]\n\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nCMD ["python", "app.py"]\n' }],
    },
  },
  check(ctx) {
    reportLaterDuplicatesInStage(ctx, 'CMD')
  },
})
