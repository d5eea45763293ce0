/** A small, strict argument parser: known flags only, `--flag value` or `--flag=value`, repeatable flags. */

export class UsageError extends Error {}

export interface FlagSpec {
  /** Allowed values; any string when absent. */
  choices?: readonly string[]
  multiple?: boolean
  /** A boolean switch that takes no value. */
  boolean?: boolean
}

export interface ParsedArgs {
  positionals: string[]
  flags: Map<string, string[]>
}

export function parseArgs(argv: string[], spec: Record<string, FlagSpec>, command: string): ParsedArgs {
  const positionals: string[] = []
  const flags = new Map<string, string[]>()
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('--') || arg === '-') {
      positionals.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = arg.slice(2, eq === -1 ? undefined : eq)
    const def = spec[name]
    if (!def) throw new UsageError(`unknown option --${name} for '${command}'`)
    let value: string
    if (def.boolean) value = 'true'
    else if (eq !== -1) value = arg.slice(eq + 1)
    else {
      const next = argv[i + 1]
      if (next === undefined) throw new UsageError(`--${name} needs a value`)
      value = next
      i++
    }
    if (def.choices && !def.choices.includes(value)) throw new UsageError(`--${name} must be one of ${def.choices.join('|')}, not '${value}'`)
    const list = flags.get(name) ?? []
    if (list.length && !def.multiple) throw new UsageError(`--${name} given more than once`)
    list.push(value)
    flags.set(name, list)
  }
  return { positionals, flags }
}

export function flag(args: ParsedArgs, name: string): string | undefined {
  return args.flags.get(name)?.[0]
}

export function flagList(args: ParsedArgs, name: string): string[] {
  return args.flags.get(name) ?? []
}
