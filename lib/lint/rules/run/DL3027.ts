import { defineRule } from '../../rule'
import { findCommandWord } from '../../helpers'
import type { TextEdit } from '../../rule'

export default defineRule({
  meta: {
    id: 'DL3027',
    aliases: [],
    severity: 'warning',
    source: 'hadolint',
    category: 'maintainability',
    title: { es: 'Usa apt-get en lugar de apt', en: 'Use apt-get instead of apt' },
    what: {
      es: 'Este RUN usa `apt`, la herramienta pensada para uso interactivo.',
      en: 'This RUN uses `apt`, the tool meant for interactive use.',
    },
    why: {
      es: '`apt` no garantiza una interfaz estable para scripts (su salida y su comportamiento pueden cambiar entre versiones, y avisa de ello con «WARNING: apt does not have a stable CLI interface»). `apt-get` sí es estable, que es lo que necesita un build reproducible.',
      en: '`apt` does not promise a stable interface for scripts (its output and behaviour may change between versions, and it warns "apt does not have a stable CLI interface"). `apt-get` is stable, which is what a reproducible build needs.',
    },
    fix: {
      es: 'Cambia `apt` por `apt-get` (las órdenes habituales, como update e install, se llaman igual).',
      en: 'Replace `apt` with `apt-get` (the usual commands, such as update and install, have the same names).',
    },
    examples: {
      bad: [{
        code: 'FROM ubuntu:24.04\nRUN apt update \\\n && apt install -y --no-install-recommends curl=8.5.0-2ubuntu10.6 \\\n && rm -rf /var/lib/apt/lists/*\n',
        lines: [2],
      }],
      good: [{
        code: 'FROM ubuntu:24.04\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl=8.5.0-2ubuntu10.6 \\\n && rm -rf /var/lib/apt/lists/*\n',
      }],
    },
  },
  check(ctx) {
    ctx.eachInstruction(ctx.facts.runs(true), (run) => {
      const count = ctx.facts.commands(run).filter((c) => c.name === 'apt').length
      if (count === 0) return
      const edits: TextEdit[] = []
      if (!run.json) {
        for (let n = 0; n < count; n++) {
          const range = findCommandWord(ctx.model, run, 'apt', n)
          if (range) edits.push({ range, newText: 'apt-get' })
        }
      }
      ctx.report(run, {
        fix: edits.length ? { title: { es: 'Cambiar apt por apt-get', en: 'Change apt to apt-get' }, edits } : null,
      })
    })
  },
})
