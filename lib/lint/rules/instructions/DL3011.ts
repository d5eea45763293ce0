import { defineRule } from '../../rule'

/** Port numbers written in an EXPOSE spec (`80`, `8000-9000/tcp`), skipping anything with a variable. */
function portNumbers(spec: string): number[] {
  if (spec.includes('$')) return []
  const ports = spec.split('/')[0] ?? ''
  return ports.split(/[-:]/).filter((p) => /^\d+$/.test(p)).map(Number)
}

export default defineRule({
  meta: {
    id: 'DL3011',
    aliases: [],
    severity: 'error',
    source: 'hadolint',
    category: 'correctness',
    dockerfileUtils: 'INVALID_PORT',
    title: { es: 'Los puertos van de 0 a 65535', en: 'Ports range from 0 to 65535' },
    what: {
      es: 'Este EXPOSE declara un puerto mayor que 65535.',
      en: 'This EXPOSE declares a port above 65535.',
    },
    why: {
      es: 'Los puertos TCP y UDP son números de 16 bits: no existe un puerto por encima de 65535. Docker rechaza la imagen o el contenedor al publicarlo, y suele ser un dígito de más.',
      en: 'TCP and UDP ports are 16-bit numbers: there is no port above 65535. Docker rejects it when the port is published, and it is usually a stray extra digit.',
    },
    fix: {
      es: 'Corrige el número de puerto (por ejemplo `8000` en lugar de `80000`).',
      en: 'Fix the port number (for example `8000` instead of `80000`).',
    },
    examples: {
      bad: [{ code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nEXPOSE 80000\nCMD ["node", "server.js"]\n', lines: [4] }],
      good: [{ code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nEXPOSE 8000 40000-60000/udp\nCMD ["node", "server.js"]\n' }],
    },
  },
  check(ctx) {
    for (const instr of ctx.facts.byKeyword('EXPOSE')) {
      const bad = instr.args.map((a) => a.value).filter((spec) => portNumbers(spec).some((p) => p > 65535))
      if (bad.length === 0) continue
      const list = bad.map((b) => `\`${b}\``).join(', ')
      ctx.report(instr, {
        message: {
          es: `${list}: los puertos válidos van de 0 a 65535.`,
          en: `${list}: valid ports range from 0 to 65535.`,
        },
      })
    }
  },
})
