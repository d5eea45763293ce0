import { defineRule } from '../../rule'
import { portSpecs } from './support/expose'

export default defineRule({
  meta: {
    id: 'ExposeProtoCasing',
    aliases: [],
    severity: 'warning',
    source: 'buildkit',
    category: 'style',
    title: { es: 'Protocolo de EXPOSE en minúsculas', en: 'Lowercase protocol in EXPOSE' },
    what: {
      es: 'El protocolo de este puerto en EXPOSE no está en minúsculas (`80/TCP`).',
      en: 'The protocol of this EXPOSE port is not lowercase (`80/TCP`).',
    },
    why: {
      es: 'Docker acepta `TCP` y lo convierte a `tcp`, pero la forma canónica es en minúsculas: es la que verás en `docker inspect` y en la documentación, y la que otras herramientas esperan.',
      en: 'Docker accepts `TCP` and converts it to `tcp`, but the canonical form is lowercase: it is what `docker inspect` and the documentation show, and what other tools expect.',
    },
    fix: {
      es: 'Escribe el protocolo en minúsculas: `EXPOSE 80/tcp`, `EXPOSE 53/udp`.',
      en: 'Write the protocol in lowercase: `EXPOSE 80/tcp`, `EXPOSE 53/udp`.',
    },
    examples: {
      bad: [{ code: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\nEXPOSE 80/TCP\n', lines: [3] }],
      good: [{ code: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\nEXPOSE 80/tcp\n' }],
    },
  },
  check(ctx) {
    for (const instr of ctx.facts.byKeyword('EXPOSE')) {
      for (const spec of portSpecs(ctx.facts, instr, ctx.model.escape)) {
        if (spec.proto === spec.proto.toLowerCase()) continue
        const lower = spec.proto.toLowerCase()
        const protoStart = spec.arg.value.lastIndexOf(`/${spec.proto}`) + 1
        ctx.report(instr, {
          message: {
            es: `El protocolo definido en '${spec.text}' en la instrucción EXPOSE debería ir en minúsculas ('${lower}').`,
            en: `Defined protocol '${spec.text}' in EXPOSE instruction should be lowercase ('${lower}').`,
          },
          fix: spec.literal && protoStart > 0 && spec.arg.range.start.line === spec.arg.range.end.line
            ? {
                title: { es: `Cambiar a /${lower}`, en: `Change to /${lower}` },
                edits: [{
                  range: {
                    start: { line: spec.arg.range.start.line, character: spec.arg.range.start.character + protoStart },
                    end: { line: spec.arg.range.start.line, character: spec.arg.range.start.character + protoStart + spec.proto.length },
                  },
                  newText: lower,
                }],
              }
            : null,
        })
      }
    }
  },
})
