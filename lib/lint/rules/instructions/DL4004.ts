import { reportLaterDuplicatesInStage } from '../../helpers'
import { defineRule } from '../../rule'

export default defineRule({
  meta: {
    id: 'DL4004',
    aliases: [],
    severity: 'error',
    source: 'hadolint',
    category: 'correctness',
    dockerfileUtils: 'MULTIPLE_INSTRUCTIONS',
    title: { es: 'Solo un ENTRYPOINT por etapa', en: 'Only one ENTRYPOINT per stage' },
    what: {
      es: 'Esta etapa ya tiene un ENTRYPOINT antes que este.',
      en: 'This stage already has an ENTRYPOINT before this one.',
    },
    why: {
      es: 'Solo el último ENTRYPOINT de la etapa tiene efecto; los anteriores se descartan sin avisar. Quien lea el Dockerfile puede creer que se ejecutan todos, y un ENTRYPOINT nuevo además borra el CMD heredado.',
      en: 'Only the last ENTRYPOINT of the stage takes effect; the earlier ones are silently discarded. Readers may think they all run, and a new ENTRYPOINT also resets the inherited CMD.',
    },
    fix: {
      es: 'Deja un único ENTRYPOINT. Si necesitas preparar algo antes de arrancar, hazlo en un script de entrada que termine con `exec "$@"`.',
      en: 'Keep a single ENTRYPOINT. If you need to prepare something before starting, do it in an entrypoint script that ends with `exec "$@"`.',
    },
    examples: {
      bad: [{ code: 'FROM alpine:3.20\nCOPY entrypoint.sh /usr/local/bin/\nENTRYPOINT ["/usr/local/bin/entrypoint.sh"]\nENTRYPOINT ["/usr/local/bin/app"]\n', lines: [4] }],
      good: [{ code: 'FROM alpine:3.20\nCOPY entrypoint.sh app /usr/local/bin/\nENTRYPOINT ["/usr/local/bin/entrypoint.sh"]\nCMD ["/usr/local/bin/app"]\n' }],
    },
  },
  check(ctx) {
    reportLaterDuplicatesInStage(ctx, 'ENTRYPOINT')
  },
})
