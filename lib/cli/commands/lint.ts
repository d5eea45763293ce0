/** `stagecraft lint`: hadolint-compatible output, JSON and SARIF. */
import { lint, severityRank } from '@/lib/lint/engine'
import type { Finding, Locale, Severity } from '@/lib/lint/rule'
import { allRules } from '@/lib/lint/rules'
import { flag, flagList, parseArgs, UsageError } from '../args'
import type { Command } from '../command'
import { readContextDir, readTextInput } from '../io'
import { oneBased } from '../positions'

const THRESHOLDS = ['error', 'warning', 'info', 'style', 'none'] as const
type Threshold = (typeof THRESHOLDS)[number]

export function failsThreshold(findings: Finding[], threshold: Threshold): boolean {
  if (threshold === 'none') return false
  const limit = severityRank(threshold)
  return findings.some((f) => severityRank(f.severity) <= limit)
}

export function toJsonDiagnostic(f: Finding, locale: Locale) {
  return {
    rule: f.rule,
    aliases: f.aliases,
    severity: f.severity,
    ...oneBased(f.range),
    message: f.message[locale],
    fix: f.fix
      ? { title: f.fix.title[locale], edits: f.fix.edits.map((e) => ({ ...oneBased(e.range), newText: e.newText })) }
      : null,
  }
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', style: 'note' }

export function toSarif(findings: Finding[], file: string, locale: Locale) {
  const used = new Set(findings.map((f) => f.rule))
  const rules = allRules.filter((r) => used.has(r.meta.id)).map((r) => ({
    id: r.meta.id,
    name: r.meta.id,
    shortDescription: { text: r.meta.title[locale] },
    fullDescription: { text: r.meta.what[locale] },
    help: { text: `${r.meta.why[locale]}\n\n${r.meta.fix[locale]}` },
    defaultConfiguration: { level: r.meta.severity === 'off' ? 'note' : SARIF_LEVEL[r.meta.severity] },
    properties: { aliases: r.meta.aliases, source: r.meta.source, category: r.meta.category },
  }))
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'stagecraft', informationUri: 'https://github.com/stagecraft-course/stagecraft', rules } },
      results: findings.map((f) => {
        const p = oneBased(f.range)
        return {
          ruleId: f.rule,
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message[locale] },
          locations: [{
            physicalLocation: {
              artifactLocation: { uri: file === '-' ? 'Dockerfile' : file.replace(/\\/g, '/') },
              region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: Math.max(p.endColumn, p.column + 1) },
            },
          }],
        }
      }),
    }],
  }
}

export const lintCommand: Command = {
  summary: 'lint a Dockerfile (hadolint + BuildKit checks + the course\'s rules)',
  usage: [
    'Usage: stagecraft lint <Dockerfile|-> [--format text|json|sarif] [--locale es|en] [--context DIR]',
    '                       [--ignore ID]… [--enable ID]… [--failure-threshold error|warning|info|style|none]',
    '',
    'Exit codes: 0 when nothing is at or above the threshold (default info), 1 when there are findings,',
    '2 for a usage error or an unreadable file.',
  ].join('\n'),
  async run(argv, io) {
    const args = parseArgs(argv, {
      format: { choices: ['text', 'json', 'sarif'] },
      locale: { choices: ['es', 'en'] },
      context: {},
      ignore: { multiple: true },
      enable: { multiple: true },
      'failure-threshold': { choices: THRESHOLDS },
    }, 'lint')
    if (args.positionals.length !== 1) throw new UsageError('expected exactly one Dockerfile path (or - for stdin)')
    const { name, text } = await readTextInput(args.positionals[0]!, io)
    const contextDir = flag(args, 'context')
    const context = contextDir ? readContextDir(contextDir) : null
    const locale = (flag(args, 'locale') ?? 'en') as Locale
    const findings = lint(text, { context, ignore: flagList(args, 'ignore'), enable: flagList(args, 'enable') })
    const format = flag(args, 'format') ?? 'text'
    if (format === 'json') {
      io.stdout(`${JSON.stringify({ diagnostics: findings.map((f) => toJsonDiagnostic(f, locale)) })}\n`)
    } else if (format === 'sarif') {
      io.stdout(`${JSON.stringify(toSarif(findings, name, locale), null, 2)}\n`)
    } else {
      const label = name === '-' ? '-' : name
      for (const f of findings) io.stdout(`${label}:${f.range.start.line + 1} ${f.rule} ${f.severity}: ${f.message[locale]}\n`)
    }
    return failsThreshold(findings, (flag(args, 'failure-threshold') ?? 'info') as Threshold) ? 1 : 0
  },
}
