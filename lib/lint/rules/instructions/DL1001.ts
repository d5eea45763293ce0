import { defineRule } from '../../rule'

/** hadolint's inline ignore pragma (the global and stage forms are not DL1001). */
const INLINE_IGNORE = /^hadolint\s+ignore\s*=/i

export default defineRule({
  meta: {
    id: 'DL1001',
    aliases: [],
    severity: 'off',
    source: 'hadolint',
    category: 'maintainability',
    title: { es: 'Evita los comentarios hadolint ignore', en: 'Avoid hadolint ignore comments' },
    what: {
      es: 'Este comentario desactiva reglas para la instrucción siguiente.',
      en: 'This comment turns rules off for the next instruction.',
    },
    why: {
      es: 'Cada `# hadolint ignore=` esconde un aviso en lugar de corregirlo, y con el tiempo se acumulan excepciones que nadie revisa. Algunos equipos activan esta regla para que cada excepción sea visible y se discuta en la revisión de código.',
      en: 'Every `# hadolint ignore=` hides a warning instead of fixing it, and over time exceptions pile up that nobody reviews. Some teams turn this rule on so every exception is visible and discussed in code review.',
    },
    fix: {
      es: 'Corrige el aviso que el comentario oculta y borra el comentario. Si la excepción es deliberada, documenta el motivo o desactiva la regla en la configuración del proyecto.',
      en: 'Fix the warning the comment hides and delete the comment. If the exception is deliberate, document why, or turn the rule off in the project configuration.',
    },
    examples: {
      bad: [{ code: 'FROM debian:12-slim\n# hadolint ignore=DL3003\nRUN cd /tmp && make\n', lines: [2] }],
      good: [{ code: 'FROM debian:12-slim\nWORKDIR /tmp\nRUN make\n' }],
    },
  },
  check(ctx) {
    for (const comment of ctx.model.comments) {
      if (!INLINE_IGNORE.test(comment.text)) continue
      const length = (ctx.model.lines[comment.line] ?? '').length
      ctx.report({ start: { line: comment.line, character: 0 }, end: { line: comment.line, character: length } })
    }
  },
})
