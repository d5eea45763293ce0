import { baseChain } from '@/lib/dockerfile/graph'
import { globalArgValues, BUILTIN_ARGS, unquote } from '@/lib/dockerfile/parse'
import type { Instruction, Stage } from '@/lib/dockerfile/types'
import { expandVariables } from '@/lib/dockerfile/vars'
import { defineRule, type RuleContext } from '../../rule'

/** hadolint's test: `/…`, `$…` and Windows drive paths (`C:…`) are fine. */
function hadolintAbsolute(path: string): boolean {
  return path.startsWith('/') || path.startsWith('$') || /^\p{L}:/u.test(path)
}

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^\p{L}:/u.test(path)
}

/** Normalizes an absolute POSIX path (`/a/./b/../c` → `/a/c`). */
function normalize(path: string): string {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return `/${out.join('/')}`
}

interface WorkdirState {
  /** Some WORKDIR ran earlier in this stage chain (BuildKit's `workdirSet`). */
  set: boolean
  /** The working directory, assuming the external base image works in `/`; null when unknown. */
  cwd: string | null
}

/**
 * Values BuildKit would substitute in WORKDIR at `instr`: ARGs declared in the stage chain (with their
 * default, the global default or the built-in value) and ENV, which wins. Undefined when unknown.
 */
function variablesAt(ctx: RuleContext, instr: Instruction, chain: Stage[]): Map<string, string | undefined> {
  const globals = globalArgValues(ctx.model.globalArgs)
  const values = new Map<string, string | undefined>()
  for (const s of chain) {
    for (const i of s.instructions) {
      if (i === instr) break
      if (i.keyword !== 'ARG') continue
      for (const p of i.pairs) values.set(p.key, p.value ?? globals.get(p.key) ?? BUILTIN_ARGS[p.key])
    }
  }
  for (const [k, v] of ctx.facts.envBefore(instr)) values.set(k, v)
  return values
}

/** Expands a WORKDIR path, or returns null when a variable has no value known in this Dockerfile. */
function expand(ctx: RuleContext, instr: Instruction, chain: Stage[], path: string): string | null {
  if (!path.includes('$')) return path
  const values = variablesAt(ctx, instr, chain)
  const result = expandVariables(path, (n) => values.get(n), ctx.model.escape)
  return result.undefinedNames.length ? null : result.value
}

export default defineRule({
  meta: {
    id: 'DL3000',
    aliases: ['WorkdirRelativePath'],
    severity: 'error',
    source: 'hadolint',
    category: 'correctness',
    dockerfileUtils: 'WORKDIR_IS_NOT_ABSOLUTE',
    title: { es: 'Usa rutas absolutas en WORKDIR', en: 'Use absolute paths in WORKDIR' },
    what: {
      es: 'Este WORKDIR usa una ruta relativa.',
      en: 'This WORKDIR uses a relative path.',
    },
    why: {
      es: 'Una ruta relativa se resuelve contra el directorio de trabajo anterior, que puede venir de la imagen base y cambiar sin que lo veas en tu Dockerfile. Con una ruta absoluta cualquiera que lea el Dockerfile sabe exactamente dónde acaban los archivos y dónde se ejecutan los comandos.',
      en: 'A relative path is resolved against the previous working directory, which may come from the base image and change without showing up in your Dockerfile. With an absolute path anyone reading the Dockerfile knows exactly where files end up and where commands run.',
    },
    fix: {
      es: 'Escribe la ruta completa desde la raíz, por ejemplo `WORKDIR /app` en lugar de `WORKDIR app`.',
      en: 'Write the full path from the root, for example `WORKDIR /app` instead of `WORKDIR app`.',
    },
    examples: {
      bad: [{ code: 'FROM nginx:1.27-alpine\nWORKDIR usr/share/nginx/html\nCOPY site/ .\n', lines: [2] }],
      good: [
        { code: 'FROM nginx:1.27-alpine\nWORKDIR /usr/share/nginx/html\nCOPY site/ .\n' },
        { code: 'FROM node:20-alpine\nENV APP_HOME=/srv/app\nWORKDIR ${APP_HOME}\nCOPY . .\n' },
      ],
    },
  },
  check(ctx) {
    for (const stage of ctx.model.stages) {
      const chain = [...baseChain(ctx.model, stage.index)].reverse()
      const state: WorkdirState = { set: false, cwd: '/' }
      for (const s of [...chain, stage]) {
        for (const instr of s.instructions) {
          if (instr.keyword !== 'WORKDIR') continue
          const raw = instr.argsText.trim()
          const path = unquote(raw)
          const scope = [...chain, stage]
          const expanded = path ? expand(ctx, instr, scope, path) : null
          const before = { ...state }
          state.set = true
          state.cwd = expanded === null ? null : isAbsolute(expanded) ? normalize(expanded) : before.cwd === null ? null : normalize(`${before.cwd}/${expanded}`)
          // Parent stages are walked only to know the state they pass on; they report on their own.
          if (s !== stage || !path) continue
          const hadolint = !hadolintAbsolute(path)
          const buildkit = !before.set && expanded !== null && !isAbsolute(expanded)
          if (!hadolint && !buildkit) continue
          const first = instr.args[0]
          const last = instr.args[instr.args.length - 1]
          const canFix = hadolint && first && last && !path.includes('$') && before.cwd !== null
          const absolute = canFix ? normalize(`${before.cwd}/${path}`) : ''
          const quote = raw !== path ? raw[0] : ''
          ctx.report(instr, {
            message: hadolint
              ? {
                es: `\`WORKDIR ${raw}\` es relativa: se resuelve contra el directorio de trabajo anterior. Escribe la ruta absoluta.`,
                en: `\`WORKDIR ${raw}\` is relative: it resolves against the previous working directory. Write the absolute path.`,
              }
              : {
                es: `\`WORKDIR ${raw}\` se expande a \`${expanded}\`, una ruta relativa, y es el primer WORKDIR de la etapa.`,
                en: `\`WORKDIR ${raw}\` expands to \`${expanded}\`, a relative path, and it is the stage's first WORKDIR.`,
              },
            fix: canFix
              ? {
                title: before.set
                  ? { es: `Usar la ruta absoluta ${absolute}`, en: `Use the absolute path ${absolute}` }
                  : {
                    es: `Usar la ruta absoluta ${absolute} (si la imagen base trabaja en /)`,
                    en: `Use the absolute path ${absolute} (if the base image works in /)`,
                  },
                edits: [{ range: { start: first.range.start, end: last.range.end }, newText: `${quote}${absolute}${quote}` }],
              }
              : null,
          })
        }
      }
    }
  },
})
