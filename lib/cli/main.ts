/**
 * The stagecraft CLI: argument parsing and dispatch only. Each command lives in commands/.
 * Exit codes: 0 success, 1 findings/failed checks, 2 usage error or unreadable input (one line
 * on stderr, never a stack trace).
 */
import { UsageError } from './args'
import type { Command } from './command'
import { analyzeCommand } from './commands/analyze'
import { cacheCommand } from './commands/cache'
import { exercisesCommand, gradeCommand } from './commands/grade'
import { lintCommand } from './commands/lint'
import { regradeCommand, submitCommand } from './commands/workshop'
import { processIO, type CliIO } from './io'

export const commands: Record<string, Command> = {
  lint: lintCommand,
  analyze: analyzeCommand,
  cache: cacheCommand,
  grade: gradeCommand,
  exercises: exercisesCommand,
  submit: submitCommand,
  regrade: regradeCommand,
}

function helpText(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length))
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  return [
    'stagecraft — learn to build small, fast and secure Docker images',
    '',
    'Usage: stagecraft <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `stagecraft <command> --help` for a command\'s options.',
    'Exit codes: 0 ok, 1 findings or failed checks, 2 usage error or unreadable input.',
    '',
  ].join('\n')
}

export async function runCli(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText())
    return name ? 0 : 2
  }
  const command = commands[name]
  if (!command) {
    io.stderr(`stagecraft: unknown command '${name}' (commands: ${Object.keys(commands).join(', ')})\n`)
    return 2
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`)
    return 0
  }
  try {
    return await command.run(rest, io)
  } catch (error) {
    const message = error instanceof UsageError ? error.message : `internal error: ${(error as Error)?.message ?? String(error)}`
    io.stderr(`stagecraft ${name}: ${message.split('\n')[0]}\n`)
    return 2
  }
}
