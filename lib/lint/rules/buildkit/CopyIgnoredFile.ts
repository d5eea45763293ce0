import { parseDockerignore } from '@/lib/context/dockerignore'
import { copySources } from '@/lib/dockerfile/parse'
import { expandVariables } from '@/lib/dockerfile/vars'
import { defineRule } from '../../rule'
import { valuesBefore } from './support/stage-values'

/** Patterns that exclude the whole context, the only ones a `.` or `/` source is checked against. */
const WHOLE_CONTEXT = new Set(['*', '**', '**/*'])
/** URLs and git remotes (`https://…`, `git@host:repo`) are not read from the build context. */
const REMOTE = /^[a-z][a-z0-9+.-]*:\/\/|^[^/@\s]+@[^/:\s]+:/i

/** Go's filepath.Clean for slash paths: no `.` elements, `..` resolved, no trailing or doubled slash. */
function cleanPath(path: string): string {
  const rooted = path.startsWith('/')
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop()
    else if (part !== '..' || !rooted) out.push(part)
  }
  const joined = out.join('/')
  return rooted ? `/${joined}` : joined || '.'
}

function cleanPattern(pattern: string): string {
  return cleanPath(pattern).replace(/^\/+/, '') || '.'
}

export default defineRule({
  meta: {
    id: 'CopyIgnoredFile',
    aliases: [],
    severity: 'warning',
    source: 'buildkit',
    category: 'correctness',
    needsContext: true,
    title: { es: 'No copies lo que .dockerignore excluye', en: 'Do not copy what .dockerignore excludes' },
    what: {
      es: 'Este COPY o ADD intenta copiar una ruta que `.dockerignore` excluye del contexto de build.',
      en: 'This COPY or ADD tries to copy a path that `.dockerignore` excludes from the build context.',
    },
    why: {
      es: 'Lo que `.dockerignore` excluye no llega nunca al builder: el COPY falla («not found») o, con comodines, copia menos de lo que crees sin avisar. Suele significar que el `.dockerignore` o el Dockerfile se han quedado desfasados el uno respecto al otro.',
      en: 'What `.dockerignore` excludes never reaches the builder: the COPY fails ("not found") or, with wildcards, silently copies less than you think. It usually means the `.dockerignore` and the Dockerfile have drifted apart.',
    },
    fix: {
      es: 'Quita la ruta del COPY si de verdad no hace falta en la imagen, o deja de excluirla en `.dockerignore`.',
      en: 'Remove the path from the COPY if the image really does not need it, or stop excluding it in `.dockerignore`.',
    },
    examples: {
      bad: [{
        code: 'FROM nginx:1.27-alpine\nCOPY README.md /usr/share/nginx/html/\nCOPY site/ /usr/share/nginx/html/\n',
        lines: [2],
        context: { '.dockerignore': '.git\n*.md\n', 'README.md': '# Site\n', 'site/index.html': '<h1>Hi</h1>\n' },
      }],
      good: [{
        code: 'FROM nginx:1.27-alpine\nCOPY site/ /usr/share/nginx/html/\n',
        context: { '.dockerignore': '.git\n*.md\n', 'README.md': '# Site\n', 'site/index.html': '<h1>Hi</h1>\n' },
      }],
    },
  },
  check(ctx) {
    const text = ctx.context?.dockerignore
    if (text === null || text === undefined) return
    const matcher = parseDockerignore(text)
    // BuildKit skips the check entirely when there is any `!` exception: a re-included file inside
    // an excluded folder cannot be judged statically.
    if (matcher.patterns.length === 0 || matcher.hasExceptions) return
    const wholeContext = matcher.patterns.find((p) => WHOLE_CONTEXT.has(cleanPattern(p)))
    const matchingPattern = (path: string) =>
      [...matcher.patterns].reverse().find((p) => parseDockerignore(p).ignores(path)) ?? matcher.patterns[0]!

    for (const keyword of ['COPY', 'ADD']) {
      for (const instr of ctx.facts.byKeyword(keyword)) {
        // `--from` copies from a stage or image, not from the build context.
        if (instr.flags.some((f) => f.name.toLowerCase() === 'from')) continue
        let values: Map<string, string> | null = null
        for (const source of copySources(instr)) {
          if (source.startsWith('<<') || REMOTE.test(source)) continue
          let path = source
          if (source.includes('$')) {
            values ??= valuesBefore(ctx.facts, instr)
            const env = values
            const expansion = expandVariables(source, (n) => env.get(n), ctx.model.escape)
            if (expansion.undefinedNames.length > 0) continue
            path = expansion.value
          }
          const clean = cleanPath(path)
          let pattern: string | undefined
          if (clean === '.' || clean === '/') pattern = wholeContext
          else if (matcher.ignores(clean)) pattern = matchingPattern(clean)
          if (pattern === undefined) continue
          const verb = keyword === 'ADD' ? 'Add' : 'Copy'
          ctx.report(instr, {
            message: {
              es: `Intentas copiar "${clean}" con ${keyword}, pero .dockerignore lo excluye del contexto (patrón \`${pattern}\`).`,
              en: `Attempting to ${verb} file "${clean}" that is excluded by .dockerignore (pattern \`${pattern}\`).`,
            },
          })
        }
      }
    }
  },
})
