import type { Instruction } from '@/lib/dockerfile/types'
import { defineRule, type RuleContext } from '../../rule'

export default defineRule({
  meta: {
    id: 'DL4001',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'size',
    title: { es: 'Usa curl o wget, pero no los dos', en: 'Use either curl or wget, not both' },
    what: {
      es: 'Esta etapa usa curl y también wget.',
      en: 'This stage uses both curl and wget.',
    },
    why: {
      es: 'Los dos hacen lo mismo. Tener ambos en la imagen es instalar (y mantener actualizada frente a vulnerabilidades) una herramienta de más.',
      en: 'Both do the same job. Having both in the image means installing (and patching against vulnerabilities) one tool too many.',
    },
    fix: {
      es: 'Elige una de las dos y úsala en toda la etapa. En Alpine, wget ya viene con busybox; en Debian y Ubuntu slim suele usarse curl.',
      en: 'Pick one and use it across the stage. On Alpine, wget already comes with busybox; on Debian and Ubuntu slim images curl is the usual choice.',
    },
    examples: {
      bad: [{
        code: 'FROM alpine:3.20\nRUN wget -q https://example.com/a.tgz\nRUN curl -fsSL https://example.com/b.tgz -o /tmp/b.tgz\n',
        lines: [3],
      }],
      good: [{
        code: 'FROM alpine:3.20 AS fetch\nRUN wget -q https://example.com/a.tgz\nFROM alpine:3.20\nRUN curl -fsSL https://example.com/b.tgz -o /tmp/b.tgz\n',
        note: { es: 'Cada etapa usa una sola herramienta.', en: 'Each stage uses a single tool.' },
      }],
    },
  },
  check(ctx) {
    // hadolint checks plain RUNs per stage, and ONBUILD RUNs on their own (that pass never sees a FROM).
    let seen = new Set<string>()
    const onbuildSeen = new Set<string>()
    for (const instr of ctx.model.instructions) {
      if (instr.keyword === 'FROM') seen = new Set()
      else if (instr.keyword === 'RUN') visit(ctx, instr, seen)
      else if (instr.trigger?.keyword === 'RUN') visit(ctx, instr.trigger, onbuildSeen)
    }
  },
})

function visit(ctx: RuleContext, run: Instruction, seen: Set<string>): void {
  const used = ctx.facts.commands(run).map((c) => c.name).filter((n) => n === 'curl' || n === 'wget')
  for (const n of used) seen.add(n)
  if (used.length > 0 && seen.size === 2) ctx.report(run)
}
