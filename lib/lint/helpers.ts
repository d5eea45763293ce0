/** Small predicates shared by several rules. */
import type { DockerfileModel, Instruction, Position, Range } from '@/lib/dockerfile/types'
import type { ShellCommand } from '@/lib/shell/parse'
import type { RuleContext, TextEdit } from './rule'

/** The archive extensions hadolint treats as auto-extractable (DL3010/DL3020); `.zip` is not one. */
export const ARCHIVE_EXTENSIONS = ['.tar', '.gz', '.bz2', '.xz', '.tgz', '.Z', '.lz', '.lzma', '.tZ', '.tb2', '.tbz', '.tbz2', '.tlz', '.tpz', '.txz']

export function hasArchiveExtension(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1)
  return ARCHIVE_EXTENSIONS.some((ext) => base.endsWith(ext))
}

export function stripQuotes(s: string): string {
  if (s.length >= 2 && ((s[0] === '"' && s.endsWith('"')) || (s[0] === "'" && s.endsWith("'")))) return s.slice(1, -1)
  return s
}

// ---------------------------------------------------------------------------------------------
// hadolint's command helpers (Hadolint.Shell), over the shell reader's commands

/** hadolint's flag test for one word: `-x`/`--x`; `-` and `--` are not flags. */
export function isFlagWord(word: string): boolean {
  return word.startsWith('-') && word !== '-' && word !== '--'
}

function flagNamesOf(word: string): string[] {
  if (!isFlagWord(word)) return []
  if (word.startsWith('--')) {
    const eq = word.indexOf('=')
    return [eq === -1 ? word.slice(2) : word.slice(2, eq)]
  }
  return [...word.slice(1)]
}

/** hadolint's `cmdHasArgs`: the command has this name and ANY (not all) of the args. */
export function cmdHasArgs(cmd: ShellCommand, name: string, args: readonly string[]): boolean {
  return cmd.name === name && cmd.args.some((a) => args.includes(a))
}

/** How many times a flag appears (`-qq` counts `q` twice). */
export function flagCount(cmd: ShellCommand, flag: string): number {
  let n = 0
  for (const f of cmd.flags) if (f === flag) n++
  return n
}

/**
 * hadolint's `getArgsNoFlags . dropFlagArg flags`: the non-flag words, without the word that
 * follows any of the listed flags (its value). As in hadolint, the following word is dropped even
 * when the value was given with `=`.
 */
export function argsNoFlags(cmd: ShellCommand, dropValueOf: readonly string[] = []): string[] {
  const out: string[] = []
  let skipNext = false
  for (const a of cmd.args) {
    const skip = skipNext
    skipNext = dropValueOf.length > 0 && flagNamesOf(a).some((f) => dropValueOf.includes(f))
    if (skip || isFlagWord(a)) continue
    out.push(a)
  }
  return out
}

/** hadolint's `getFlagArg`: the words right after each occurrence of a flag (`useradd -u 1000` → `1000`). */
export function flagValues(cmd: ShellCommand, flag: string): string[] {
  const out: string[] = []
  cmd.args.forEach((a, i) => {
    const next = cmd.args[i + 1]
    if (next !== undefined && flagNamesOf(a).includes(flag)) out.push(next)
  })
  return out
}

// ---------------------------------------------------------------------------------------------
// Positions inside an instruction's source (for quick fixes)

const WORD_BOUNDARY = /[\s;&|()<>"'`]/

function isBoundary(ch: string | undefined): boolean {
  return ch === undefined || WORD_BOUNDARY.test(ch)
}

/**
 * The range of the n-th (0-based) whole-word occurrence of `word` inside an instruction's source
 * text, at or after `from`. Comment lines inside the instruction are skipped. Words are delimited by
 * whitespace, quotes and shell operators, so `apt` does not match inside `apt-get`.
 */
export function findWordInInstruction(
  lines: readonly string[], instr: Instruction, word: string, nth = 0, from?: Position,
): Range | null {
  if (!word) return null
  let seen = 0
  const { start, end } = instr.range
  for (let l = Math.max(start.line, from?.line ?? 0); l <= end.line && l < lines.length; l++) {
    const text = lines[l] ?? ''
    if (l > start.line && /^\s*#/.test(text)) continue
    const lo = Math.max(l === start.line ? start.character : 0, from && l === from.line ? from.character : 0)
    const hi = l === end.line ? Math.min(end.character, text.length) : text.length
    for (let i = text.indexOf(word, lo); i !== -1 && i + word.length <= hi; i = text.indexOf(word, i + 1)) {
      if (!isBoundary(text[i - 1]) || !isBoundary(text[i + word.length])) continue
      if (seen++ === nth) return { start: { line: l, character: i }, end: { line: l, character: i + word.length } }
    }
  }
  return null
}

const COMMAND_PREFIX_WORDS = new Set(['then', 'do', 'else', 'elif', 'if', 'while', 'until', '!', 'time', '{'])
const ASSIGNMENT_WORD = /^[A-Za-z_][A-Za-z0-9_]*=/

/** Where the script of a RUN starts on its first line: after the keyword and any `--flags`. */
function scriptStart(instr: Instruction): Position {
  let end = instr.keywordRange.end
  for (const f of instr.flags) {
    if (f.range.end.line > end.line || (f.range.end.line === end.line && f.range.end.character > end.character)) end = f.range.end
  }
  return end
}

/**
 * True when the word starting at (line, col) is in command position: at the start of the script,
 * of a heredoc line, or after `;`, `&&`, `||`, `|`, `(`, `$(`, a backtick, `then`/`do`/…, or after
 * `VAR=value` prefixes that are themselves in command position. Continuation lines are followed.
 */
function inCommandPosition(model: DockerfileModel, instr: Instruction, line: number, col: number): boolean {
  const start = scriptStart(instr)
  let l = line
  let i = col - 1
  for (let guard = 0; guard < 10_000; guard++) {
    const text = model.lines[l] ?? ''
    while (i >= 0 && /\s/.test(text[i]!)) i--
    if (l < start.line || (l === start.line && i < start.character)) return true
    if (i < 0) {
      // Go back to the previous physical line, skipping comment lines inside the instruction.
      l--
      while (l > instr.range.start.line && /^\s*#/.test(model.lines[l] ?? '')) l--
      if (l < instr.range.start.line) return true
      const prev = (model.lines[l] ?? '').replace(/\s+$/, '')
      // A line that does not end in a continuation ends a command (this is a heredoc body).
      if (!prev.endsWith(model.escape)) return true
      i = prev.length - 2
      continue
    }
    if (';&|(`'.includes(text[i]!)) return true
    let w = i
    while (w > 0 && !isBoundary(text[w - 1])) w--
    const word = text.slice(w, i + 1)
    if (COMMAND_PREFIX_WORDS.has(word)) return true
    if (!ASSIGNMENT_WORD.test(word)) return false
    i = w - 1
  }
  return false
}

/**
 * The range of the n-th (0-based) occurrence of a command name in command position inside an
 * instruction, so `wget` in `apt-get install wget && wget …` finds the second one.
 */
export function findCommandWord(model: DockerfileModel, instr: Instruction, name: string, nth = 0): Range | null {
  let seen = 0
  for (let k = 0; ; k++) {
    const hit = findWordInInstruction(model.lines, instr, name, k)
    if (!hit) return null
    if (inCommandPosition(model, instr, hit.start.line, hit.start.character) && seen++ === nth) return hit
  }
}

/** The n-th command of a given name among an instruction's commands (0-based, in reading order). */
function nthOfName(commands: readonly ShellCommand[], target: ShellCommand): number {
  return commands.filter((c) => c.name === target.name).indexOf(target)
}

/**
 * Where to insert a flag right after a command's subcommand word (`install` in `apt-get install`),
 * for the `nth` command of that name in the instruction (0-based, source order). Null when the
 * words cannot be found, e.g. in exec (JSON) form where inserting text would break the array.
 */
export function subcommandEnd(
  model: DockerfileModel, instr: Instruction, command: string, nth: number, subcommand: string,
): Position | null {
  if (instr.json) return null
  const name = findCommandWord(model, instr, command, nth)
  if (!name) return null
  return findWordInInstruction(model.lines, instr, subcommand, 0, name.end)?.end ?? null
}

/**
 * Edits inserting `text` (e.g. ` -y`) right after the subcommand word of each target command
 * (`install` in `apt-get install`), located in the instruction's source. `commands` is the full
 * command list of the instruction, used to count which occurrence of the command name each target is.
 */
export function insertAfterSubcommand(
  model: DockerfileModel, instr: Instruction, commands: readonly ShellCommand[],
  targets: readonly ShellCommand[], subcommand: string, text: string,
): TextEdit[] {
  const edits: TextEdit[] = []
  const seen = new Set<string>()
  for (const target of targets) {
    const nth = nthOfName(commands, target)
    const at = nth === -1 ? null : subcommandEnd(model, instr, target.name, nth, subcommand)
    if (!at || seen.has(`${at.line}:${at.character}`)) continue
    seen.add(`${at.line}:${at.character}`)
    edits.push({ range: { start: at, end: at }, newText: text })
  }
  return edits
}

/** Edits inserting `text` right after the name of each target command (`wget` → `wget --progress=…`). */
export function insertAfterCommand(
  model: DockerfileModel, instr: Instruction, commands: readonly ShellCommand[],
  targets: readonly ShellCommand[], text: string,
): TextEdit[] {
  if (instr.json) return []
  const edits: TextEdit[] = []
  for (const target of targets) {
    const nth = nthOfName(commands, target)
    const at = nth === -1 ? null : findCommandWord(model, instr, target.name, nth)
    if (at) edits.push({ range: { start: at.end, end: at.end }, newText: text })
  }
  return edits
}

/** hadolint's `isPipInstall`: a `pip*` command with an `install` arg, or `python* … -m pip install …`. */
export function isPipInstall(cmd: ShellCommand): boolean {
  if (cmd.name.startsWith('pip')) return cmd.args.includes('install')
  if (!cmd.name.startsWith('python')) return false
  for (let i = 0; i + 2 < cmd.args.length; i++) {
    if (cmd.args[i] === '-m' && cmd.args[i + 1] === 'pip' && cmd.args[i + 2] === 'install') return true
  }
  return false
}

/**
 * hadolint's RPM pinning test (DL3033, DL3041): `name-<version>`, where every dash-separated part
 * after the name uses only `[A-Za-z0-9.~^_:+]` and at least one starts with a digit; `.rpm` files pass.
 */
export function rpmPackagePinned(pkg: string): boolean {
  if (pkg.endsWith('.rpm')) return true
  const rest = pkg.split('-').slice(1)
  return rest.length > 0 && rest.every((p) => /^[A-Za-z0-9.~^_:+]*$/.test(p)) && rest.some((p) => /^[0-9]/.test(p))
}

/** Names of the variables a word references (`$V`, `${V}`, `${V:-x}`). */
export function referencedVariables(word: string): string[] {
  return [...word.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!)
}

/**
 * Variable names usable at an instruction, for version pins written as `$V`: ARGs declared earlier
 * (global ones included) and ENV keys of its stage and base stages. Pass the ONBUILD instruction
 * itself, not its trigger.
 */
export function variablesInScope(ctx: RuleContext, at: Instruction): Set<string> {
  const names = ctx.facts.argsBefore(at)
  for (const g of ctx.model.globalArgs) for (const p of g.pairs) names.add(p.key)
  for (const key of ctx.facts.envBefore(at).keys()) names.add(key)
  return names
}

/**
 * Reports every instruction of a keyword after the first in its stage (DL3012, DL4003, DL4004):
 * only the last one takes effect, so the earlier ones mislead.
 */
export function reportLaterDuplicatesInStage(ctx: RuleContext, keyword: string): void {
  const first = new Map<number, number>()
  for (const instr of ctx.facts.byKeyword(keyword)) {
    const earlier = first.get(instr.stage)
    if (earlier === undefined) {
      first.set(instr.stage, instr.range.start.line)
      continue
    }
    ctx.report(instr, {
      message: {
        es: `Ya hay un ${keyword} en la línea ${earlier + 1} de esta etapa: solo cuenta el último.`,
        en: `There is already a ${keyword} on line ${earlier + 1} of this stage: only the last one counts.`,
      },
    })
  }
}

/**
 * Reports RPM packages installed without a version (DL3033 for yum, DL3041 for dnf/microdnf):
 * `isInstall` picks the commands, `skip` drops forms that are not package lists (e.g. `dnf group`).
 */
export function reportUnpinnedRpmPackages(
  ctx: RuleContext,
  tool: string,
  isInstall: (cmd: ShellCommand) => boolean,
  skip: (cmd: ShellCommand) => boolean = () => false,
): void {
  for (const instr of ctx.model.instructions) {
    const run = instr.trigger ?? instr
    if (run.keyword !== 'RUN') continue
    const unpinned: string[] = []
    let declared: Set<string> | null = null
    for (const cmd of ctx.facts.commands(run)) {
      if (!isInstall(cmd) || skip(cmd)) continue
      const isModule = cmdHasArgs(cmd, cmd.name, ['module'])
      for (const pkg of argsNoFlags(cmd)) {
        if (pkg === 'install' || pkg === 'module' || unpinned.includes(pkg)) continue
        if (isModule ? pkg.includes(':') : rpmPackagePinned(pkg)) continue
        const vars = referencedVariables(pkg)
        if (!isModule && vars.length > 0) {
          declared ??= variablesInScope(ctx, instr)
          if (vars.every((v) => declared!.has(v))) continue
        }
        unpinned.push(pkg)
      }
    }
    if (unpinned.length === 0) continue
    const list = unpinned.join(', ')
    ctx.report(run, {
      message: {
        es: `Fija la versión de ${list} en ${tool} install (\`paquete-versión\`, o \`nombre:flujo\` para módulos).`,
        en: `Pin the version of ${list} in ${tool} install (\`package-version\`, or \`name:stream\` for modules).`,
      },
    })
  }
}
