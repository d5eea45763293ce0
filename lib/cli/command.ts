import type { CliIO } from './io'

export interface Command {
  summary: string
  usage: string
  run(argv: string[], io: CliIO): Promise<number>
}
