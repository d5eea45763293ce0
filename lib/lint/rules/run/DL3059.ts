import type { Instruction } from '@/lib/dockerfile/types'
import { defineRule, type QuickFix } from '../../rule'

function flagsKey(run: Instruction): string {
  return run.flags.map((f) => `${f.name.toLowerCase()}=${f.value ?? ''}`).sort().join(' ')
}

/** Joins `cur` onto `prev` with `&&` when both are plain one-line-or-continued shell-form RUNs with nothing between them. */
function mergeFix(prev: Instruction, cur: Instruction, escape: string): QuickFix | null {
  if (prev.json || cur.json || prev.heredocs.length || cur.heredocs.length) return null
  if (cur.range.start.line !== prev.range.end.line + 1) return null
  const firstArg = cur.args[0]
  if (!firstArg || /[&;|\\`]\s*$/.test(prev.argsText)) return null
  return {
    title: { es: 'Unir con el RUN anterior', en: 'Merge into the previous RUN' },
    edits: [{ range: { start: prev.range.end, end: firstArg.range.start }, newText: ` ${escape}\n && ` }],
  }
}

export default defineRule({
  meta: {
    id: 'DL3059',
    aliases: [],
    severity: 'info',
    source: 'hadolint',
    category: 'size',
    title: { es: 'Une los RUN consecutivos', en: 'Merge consecutive RUN instructions' },
    what: {
      es: 'Este RUN va justo después de otro RUN y los dos ejecutan una sola orden: podrían ser uno.',
      en: 'This RUN comes right after another RUN and both run a single command: they could be one.',
    },
    why: {
      es: 'Cada RUN crea una capa. Si una orden deja archivos temporales y la siguiente los borra en otro RUN, siguen ocupando espacio en la capa anterior. Unirlos con `&&` deja menos capas y permite limpiar en la misma capa en que se ensucia.',
      en: 'Every RUN creates a layer. If one command leaves temporary files and the next RUN deletes them, they still take space in the earlier layer. Joining them with `&&` gives fewer layers and lets you clean up in the same layer that made the mess.',
    },
    fix: {
      es: 'Une las órdenes en un solo RUN con `&&` (y `\\` para partir líneas). Si los separas a propósito para aprovechar la caché, puedes ignorar este aviso.',
      en: 'Join the commands into one RUN with `&&` (and `\\` to break lines). If you split them on purpose to make better use of the cache, you can ignore this notice.',
    },
    examples: {
      bad: [{
        code: 'FROM debian:12-slim\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8\n',
        lines: [3],
      }],
      good: [
        { code: 'FROM debian:12-slim\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\\n && rm -rf /var/lib/apt/lists/*\n' },
        {
          code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm npm ci\nRUN npm run build\n',
          note: { es: 'Los RUN tienen flags distintos (el primero usa un cache mount), así que no se pueden unir sin más.', en: 'The RUNs have different flags (the first one uses a cache mount), so they cannot simply be merged.' },
        },
      ],
    },
  },
  check(ctx) {
    // As in hadolint, after a finding the remembered RUN stays the earlier one.
    let prev: { flags: string; count: number } | null = null
    let previousRun: Instruction | null = null
    for (const instr of ctx.model.instructions) {
      if (instr.keyword !== 'RUN') {
        prev = null
        continue
      }
      const flags = flagsKey(instr)
      const count = ctx.facts.commands(instr).length
      if (prev === null || prev.flags !== flags || count > 1 || prev.count > 1) {
        prev = { flags, count }
      } else if (previousRun) {
        ctx.report(instr, { fix: mergeFix(previousRun, instr, ctx.model.escape) })
      }
      previousRun = instr
    }
  },
})
