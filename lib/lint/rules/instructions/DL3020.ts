import { copySources } from '@/lib/dockerfile/parse'
import { defineRule } from '../../rule'
import { hasArchiveExtension } from '../../helpers'

const isUrl = (s: string) => /^https?:\/\//i.test(s)

export default defineRule({
  meta: {
    id: 'DL3020',
    aliases: [],
    severity: 'error',
    source: 'hadolint',
    category: 'correctness',
    title: { es: 'Usa COPY en lugar de ADD para archivos y carpetas', en: 'Use COPY instead of ADD for files and folders' },
    what: {
      es: 'ADD copia aquí archivos locales que no son un archivo comprimido ni una URL.',
      en: 'ADD copies local files here that are neither an archive nor a URL.',
    },
    why: {
      es: 'ADD hace magia implícita (descomprime archivos y descarga URLs). Para copiar archivos, COPY es explícito y predecible.',
      en: 'ADD does implicit magic (it extracts archives and downloads URLs). For plain files, COPY is explicit and predictable.',
    },
    fix: { es: 'Cambia ADD por COPY.', en: 'Replace ADD with COPY.' },
    examples: {
      bad: [{ code: 'FROM alpine:3.20\nADD app.py /app/\n', lines: [2] }],
      good: [
        { code: 'FROM alpine:3.20\nCOPY app.py /app/\n' },
        { code: 'FROM alpine:3.20\nADD rootfs.tar.gz /\nADD https://example.com/a.txt /a.txt\n' },
      ],
    },
  },
  check(ctx) {
    for (const instr of ctx.facts.byKeyword('ADD')) {
      const sources = copySources(instr)
      if (!sources.some((s) => !isUrl(s) && !hasArchiveExtension(s))) continue
      ctx.report(instr, {
        fix: {
          title: { es: 'Cambiar ADD por COPY', en: 'Change ADD to COPY' },
          edits: [{ range: instr.keywordRange, newText: instr.rawKeyword === instr.rawKeyword.toLowerCase() ? 'copy' : 'COPY' }],
        },
      })
    }
  },
})
