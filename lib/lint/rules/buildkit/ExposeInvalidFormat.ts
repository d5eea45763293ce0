import { defineRule } from '../../rule'
import { portSpecs } from './support/expose'

export default defineRule({
  meta: {
    id: 'ExposeInvalidFormat',
    aliases: [],
    severity: 'warning',
    source: 'buildkit',
    category: 'correctness',
    dockerfileUtils: 'INVALID_PORT',
    title: { es: 'EXPOSE sin IP ni puerto del host', en: 'EXPOSE without an IP or host port' },
    what: {
      es: 'Este EXPOSE incluye una dirección IP o un puerto del host (`8080:80`).',
      en: 'This EXPOSE includes an IP address or a host port (`8080:80`).',
    },
    why: {
      es: 'EXPOSE solo documenta en qué puerto escucha el contenedor; la imagen no puede decidir qué puerto del host se abre. Docker descarta la IP y el puerto del host en silencio (`EXPOSE 8080:80` expone solo el 80), y BuildKit lo convertirá en error en una versión futura.',
      en: 'EXPOSE only documents which port the container listens on; an image cannot choose which host port gets opened. Docker silently drops the IP and host port (`EXPOSE 8080:80` exposes only 80), and BuildKit will make this an error in a future release.',
    },
    fix: {
      es: 'Deja solo el puerto del contenedor (`EXPOSE 80`) y elige el puerto del host al arrancar: `docker run -p 8080:80`.',
      en: 'Keep only the container port (`EXPOSE 80`) and choose the host port when you start it: `docker run -p 8080:80`.',
    },
    examples: {
      bad: [{ code: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\nEXPOSE 8080:80\n', lines: [3] }],
      good: [{ code: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\nEXPOSE 80\n' }],
    },
  },
  check(ctx) {
    for (const instr of ctx.facts.byKeyword('EXPOSE')) {
      for (const spec of portSpecs(ctx.facts, instr, ctx.model.escape)) {
        if (spec.ip === '' && spec.hostPort === '') continue
        const keep = spec.text.slice(spec.text.lastIndexOf(':') + 1)
        const cut = spec.arg.value.lastIndexOf(':') + 1
        ctx.report(instr, {
          message: {
            es: `La instrucción EXPOSE no debería definir una IP ni un puerto del host; se encontró '${spec.text}' (solo se expone '${keep}').`,
            en: `EXPOSE instruction should not define an IP address or host-port mapping, found '${spec.text}' (only '${keep}' is exposed).`,
          },
          fix: spec.literal && cut > 0 && spec.arg.range.start.line === spec.arg.range.end.line
            ? {
                title: { es: `Dejar solo ${keep}`, en: `Keep only ${keep}` },
                edits: [{
                  range: { start: spec.arg.range.start, end: { line: spec.arg.range.start.line, character: spec.arg.range.start.character + cut } },
                  newText: '',
                }],
              }
            : null,
        })
      }
    }
  },
})
