import { parseJsonForm } from '@/lib/dockerfile/parse'
import type { Instruction, Range } from '@/lib/dockerfile/types'
import { defineRule, type QuickFix } from '../../rule'

/** Characters that only mean something to a shell (pipes, lists, redirections, expansions, globs, grouping). */
const SHELL_CHARS = new Set([...'|&;<>()$`*?[]{}'])
/** Words that are shell builtins or keywords: outside a shell there is no program with that name to run. */
const SHELL_ONLY_COMMANDS = new Set([
  'cd', 'source', '.', 'export', 'set', 'unset', 'eval', 'ulimit', 'umask', 'trap', 'alias', 'wait', 'shift',
  'read', 'readonly', 'local', 'if', 'then', 'for', 'while', 'until', 'case', 'function', '!', 'exec',
])

/**
 * Splits a shell-form command into words the way `sh` would, or returns null when the command uses
 * anything beyond plain words and quoting (operators, expansions, globs, assignments, builtins).
 */
function plainShellWords(text: string): string[] | null {
  const words: string[] = []
  let word = ''
  let inWord = false
  let i = 0
  const push = () => {
    if (inWord) words.push(word)
    word = ''
    inWord = false
  }
  while (i < text.length) {
    const c = text[i]!
    if (c === ' ' || c === '\t') { push(); i++; continue }
    if (c === '\n' || c === '\r') return null
    if (c === "'") {
      const close = text.indexOf("'", i + 1)
      if (close === -1) return null
      word += text.slice(i + 1, close)
      inWord = true
      i = close + 1
      continue
    }
    if (c === '"') {
      i++
      for (;;) {
        if (i >= text.length) return null
        const d = text[i]!
        if (d === '"') break
        if (d === '$' || d === '`') return null
        if (d === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1]!)) {
          word += text[i + 1]
          i += 2
          continue
        }
        word += d
        i++
      }
      i++
      inWord = true
      continue
    }
    if (c === '\\') {
      if (i + 1 >= text.length) return null
      word += text[i + 1]
      inWord = true
      i += 2
      continue
    }
    if (SHELL_CHARS.has(c)) return null
    if ((c === '#' || c === '~') && !inWord) return null
    word += c
    inWord = true
    i++
  }
  push()
  if (words.length === 0 || /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!)) return null
  // `exec app` is what a shell-form command does to become PID 1; the exec form already is.
  if (words[0] === 'exec' && words.length > 1 && !words[1]!.startsWith('-')) words.shift()
  if (SHELL_ONLY_COMMANDS.has(words[0]!)) return null
  return words
}

/** `['a', 'b']`: JSON written with single quotes, which Docker silently runs as shell form. */
function singleQuotedArray(text: string): string[] | null {
  if (!/^\[.*\]$/s.test(text) || !text.includes("'")) return null
  const converted = text.replace(/'((?:[^'\\]|\\.)*)'/g, (_, inner: string) => JSON.stringify(inner.replace(/\\'/g, "'")))
  try {
    const value: unknown = JSON.parse(converted)
    if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) return value as string[]
  } catch {
    // Not an array after all.
  }
  return null
}

const toJson = (words: string[]) => `[${words.map((w) => JSON.stringify(w)).join(', ')}]`

function conversionFix(command: string, range: Range): QuickFix {
  const quoted = singleQuotedArray(command)
  if (quoted) {
    return {
      title: { es: 'Usar comillas dobles (JSON válido)', en: 'Use double quotes (valid JSON)' },
      edits: [{ range, newText: toJson(quoted) }],
    }
  }
  const words = plainShellWords(command)
  if (words) {
    return {
      title: { es: 'Convertir a forma JSON (exec)', en: 'Convert to JSON (exec) form' },
      edits: [{ range, newText: toJson(words) }],
    }
  }
  return {
    title: {
      es: 'Convertir a forma JSON con /bin/sh -c explícito (el comando usa funciones del shell)',
      en: 'Convert to JSON form with an explicit /bin/sh -c (the command uses shell features)',
    },
    edits: [{ range, newText: toJson(['/bin/sh', '-c', command]) }],
  }
}

/** The shell-form command of CMD/ENTRYPOINT/HEALTHCHECK CMD and the range it occupies, or null when in JSON form. */
function shellForm(instr: Instruction): { command: string; range: Range } | null {
  let args = instr.args
  let command = instr.argsText
  if (instr.keyword === 'HEALTHCHECK') {
    if ((args[0]?.value ?? '').toUpperCase() !== 'CMD') return null
    args = args.slice(1)
    command = command.replace(/^\S+\s*/, '')
  } else if (instr.json) {
    return null
  }
  command = command.trim()
  const first = args[0]
  const last = args[args.length - 1]
  if (!command || !first || !last || parseJsonForm(command)) return null
  return { command, range: { start: first.range.start, end: last.range.end } }
}

export default defineRule({
  meta: {
    id: 'DL3025',
    aliases: ['JSONArgsRecommended'],
    severity: 'warning',
    source: 'hadolint',
    category: 'correctness',
    dockerfileUtils: 'JSON_IN_SINGLE_QUOTES',
    title: {
      es: 'Usa la forma JSON (exec) en CMD, ENTRYPOINT y HEALTHCHECK',
      en: 'Use the JSON (exec) form for CMD, ENTRYPOINT and HEALTHCHECK',
    },
    what: {
      es: 'Este comando está escrito en forma shell (texto suelto) en lugar de como un array JSON.',
      en: 'This command is written in shell form (plain text) instead of as a JSON array.',
    },
    why: {
      es: 'En forma shell Docker ejecuta `/bin/sh -c "…"`: el shell pasa a ser el PID 1 y no reenvía SIGTERM a tu proceso, así que `docker stop` espera 10 segundos y lo mata sin un apagado limpio. Además, un ENTRYPOINT en forma shell ignora los argumentos de CMD y de `docker run`, y la imagen necesita un shell (las imágenes distroless o scratch no lo tienen).',
      en: 'In shell form Docker runs `/bin/sh -c "…"`: the shell becomes PID 1 and does not forward SIGTERM to your process, so `docker stop` waits 10 seconds and kills it without a clean shutdown. A shell-form ENTRYPOINT also ignores the arguments from CMD and `docker run`, and the image needs a shell (distroless and scratch images have none).',
    },
    fix: {
      es: 'Escríbelo como un array JSON con comillas dobles: `CMD ["node", "server.js"]`. Si de verdad necesitas tuberías, `&&` o variables, hazlo explícito con `["/bin/sh", "-c", "…"]` o mueve la lógica a un script.',
      en: 'Write it as a JSON array with double quotes: `CMD ["node", "server.js"]`. If you really need pipes, `&&` or variables, make it explicit with `["/bin/sh", "-c", "…"]` or move the logic into a script.',
    },
    examples: {
      bad: [
        {
          code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nHEALTHCHECK CMD wget -qO- http://localhost:3000/health || exit 1\nCMD node server.js\n',
          lines: [4, 5],
          note: {
            es: 'Los dos están en forma shell; el HEALTHCHECK usa `||`, así que su forma JSON necesita un `/bin/sh -c` explícito.',
            en: 'Both are in shell form; the HEALTHCHECK uses `||`, so its JSON form needs an explicit `/bin/sh -c`.',
          },
        },
        {
          code: "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nENTRYPOINT ['python', 'app.py']\n",
          lines: [4],
          note: {
            es: 'JSON exige comillas dobles: con comillas simples Docker lo trata como forma shell.',
            en: 'JSON needs double quotes: with single quotes Docker treats it as shell form.',
          },
        },
      ],
      good: [
        {
          code: 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nHEALTHCHECK CMD ["/bin/sh", "-c", "wget -qO- http://localhost:3000/health || exit 1"]\nUSER node\nCMD ["node", "server.js"]\n',
        },
      ],
    },
  },
  check(ctx) {
    const targets = [...ctx.facts.byKeyword('CMD'), ...ctx.facts.byKeyword('ENTRYPOINT'), ...ctx.facts.byKeyword('HEALTHCHECK')]
    for (const instr of targets) {
      const form = shellForm(instr)
      if (!form) continue
      const keyword = instr.keyword === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : instr.keyword
      const singleQuotes = singleQuotedArray(form.command) !== null
      const message = singleQuotes
        ? {
          es: `${keyword} parece un array JSON, pero usa comillas simples: JSON exige comillas dobles, así que Docker lo ejecuta en forma shell.`,
          en: `${keyword} looks like a JSON array but uses single quotes: JSON needs double quotes, so Docker runs it in shell form.`,
        }
        : instr.keyword === 'HEALTHCHECK'
          ? {
            es: 'HEALTHCHECK CMD está en forma shell: cada comprobación arranca un /bin/sh extra y falla si la imagen no tiene shell.',
            en: 'HEALTHCHECK CMD is in shell form: every check starts an extra /bin/sh and fails if the image has no shell.',
          }
          : {
            es: `${keyword} está en forma shell: Docker lo ejecuta con /bin/sh -c y tu proceso no recibirá las señales de parada.`,
            en: `${keyword} is in shell form: Docker runs it through /bin/sh -c and your process will not receive stop signals.`,
          }
      ctx.report(instr, { message, fix: conversionFix(form.command, form.range) })
    }
  },
})
