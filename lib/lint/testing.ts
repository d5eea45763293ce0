/**
 * Test helpers for rules, in the spirit of ESLint's RuleTester: assert the exact 1-based lines a
 * rule reports, and apply quick fixes.
 */
import { parseDockerfile } from '@/lib/dockerfile/parse'
import { contextFromFiles } from '@/lib/context/build'
import type { BuildContext } from '@/lib/context/types'
import { lint, type LintOptions } from './engine'
import type { Finding, Rule, TextEdit } from './rule'

/** A build context from a map of path → content (size = content length). */
export function contextFrom(files: Record<string, string>): BuildContext {
  return contextFromFiles(files)
}

/** Findings of one rule when linting with that rule alone. */
export function findingsOf(rule: Rule, code: string, options: Omit<LintOptions, 'rules'> = {}): Finding[] {
  return lint(code, { ...options, rules: [rule], enable: [rule.meta.id] }).filter((f) => f.rule === rule.meta.id)
}

/** 1-based lines one rule reports on, in order. */
export function linesOf(rule: Rule, code: string, options: Omit<LintOptions, 'rules'> = {}): number[] {
  return findingsOf(rule, code, options).map((f) => f.range.start.line + 1)
}

/** Applies text edits (zero-based ranges) to a text. */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n')
  const offsetOf = (line: number, character: number) => {
    let offset = 0
    for (let l = 0; l < line && l < lines.length; l++) offset += (lines[l] ?? '').length + 1
    return offset + character
  }
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start.line, b.range.start.character) - offsetOf(a.range.start.line, a.range.start.character))
  let out = text
  for (const e of sorted) {
    out = out.slice(0, offsetOf(e.range.start.line, e.range.start.character)) + e.newText + out.slice(offsetOf(e.range.end.line, e.range.end.character))
  }
  return out
}

/** Applies the first quick fix this rule offers and returns the new text. */
export function applyFirstFix(rule: Rule, code: string): string {
  const finding = findingsOf(rule, code).find((f) => f.fix)
  if (!finding?.fix) throw new Error(`${rule.meta.id} offered no fix`)
  return applyEdits(code, finding.fix.edits)
}

export { parseDockerfile }
