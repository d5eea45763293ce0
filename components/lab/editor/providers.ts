/**
 * Monaco language features for Dockerfiles, registered once for every lab editor on the page:
 * hovers (a finding's what/why/fix with a link to its rule page, and docs on instructions),
 * quick fixes as code actions (Ctrl+.), and completion for instructions, flags, base images and
 * stage names. Each editor publishes its latest analysis in `modelStates` under its model URI.
 */
import type { IMarkdownString, IRange, languages as MonacoLanguages, editor as MonacoEditor } from 'monaco-editor/editor'
import type { BuildContext } from '@/lib/context/types'
import type { Locale } from '@/lib/i18n'
import { analyze, type Analysis } from '@/lib/lab/analysis'
import { completionSpot } from '@/lib/lab/completion'
import { commonBaseImages, instructionDoc, instructionDocs } from '@/lib/lab/instruction-docs'
import { editorRangesTouch, toEditorRange, visibleEditorRange } from '@/lib/lab/positions'
import type { Finding } from '@/lib/lint/rule'
import { findRule } from '@/lib/lint/rules'
import { labStrings } from '../strings'
import type { Monaco } from './load-monaco'

export const MARKER_OWNER = 'stagecraft'

export interface ModelState {
  locale: Locale
  context: BuildContext | null
  analysis: Analysis
  /** Monaco model version the analysis was computed for (-1 when unknown). */
  versionId: number
  /** Absolute URL of a rule's reference page. */
  ruleUrl: (ruleId: string) => string
}

export const modelStates = new Map<string, ModelState>()

let registered = false

const markerRule = (m: MonacoEditor.IMarker | MonacoEditor.IMarkerData): string | null =>
  typeof m.code === 'string' ? m.code : m.code ? m.code.value : null

/** Findings for the model's current text: the published ones if current, else a fresh analysis. */
function currentFindings(model: MonacoEditor.ITextModel, state: ModelState): Finding[] {
  if (state.versionId === model.getVersionId()) return state.analysis.findings
  return analyze(model.getValue(), state.context, state.analysis).findings
}

/** The finding's title, why and fix; Monaco's marker hover above it already shows the specific message (the "what"). */
function findingMarkdown(rule: string, message: string, state: ModelState): IMarkdownString {
  const t = labStrings(state.locale)
  const meta = findRule(rule)?.meta
  const l = state.locale
  if (!meta) return { value: `**${rule}** · ${escapeMd(message)}` }
  return {
    value: [
      `**${escapeMd(meta.title[l])}** · \`${rule}\``,
      '',
      `**${t.hover.why}** ${escapeMd(meta.why[l])}`,
      '',
      `**${t.hover.fix}** ${escapeMd(meta.fix[l])}`,
      '',
      `[${t.hover.rulePage(rule)}](${state.ruleUrl(rule)})`,
    ].join('\n'),
  }
}

function escapeMd(text: string): string {
  // Keep inline code (backticks) readable; escape what would start markdown structure.
  return text.replace(/([\\*_[\]<>])/g, '\\$1')
}

function keywordAt(model: MonacoEditor.ITextModel, lineNumber: number, column: number): { keyword: string; range: IRange } | null {
  const line = model.getLineContent(lineNumber)
  const m = /^(\s*)(?:(onbuild)(\s+))?([A-Za-z]+)/i.exec(line)
  if (!m) return null
  const candidates: { word: string; start: number }[] = [{ word: m[2] ? m[2] : m[4]!, start: m[1]!.length }]
  if (m[2]) candidates.push({ word: m[4]!, start: m[1]!.length + m[2].length + m[3]!.length })
  for (const c of candidates) {
    const startColumn = c.start + 1
    const endColumn = startColumn + c.word.length
    if (column >= startColumn && column <= endColumn && instructionDoc(c.word)) {
      return { keyword: c.word.toUpperCase(), range: { startLineNumber: lineNumber, startColumn, endLineNumber: lineNumber, endColumn } }
    }
  }
  return null
}

export function registerDockerfileProviders(monaco: Monaco): void {
  if (registered) return
  registered = true
  const { languages } = monaco

  languages.registerHoverProvider('dockerfile', {
    provideHover(model, position) {
      const state = modelStates.get(model.uri.toString())
      if (!state) return null
      const contents: IMarkdownString[] = []
      let range: IRange | undefined
      for (const m of monaco.editor.getModelMarkers({ resource: model.uri, owner: MARKER_OWNER })) {
        const inside = monaco.Range.containsPosition(m, position) || (m.startLineNumber === position.lineNumber && m.startLineNumber === m.endLineNumber && m.startColumn === m.endColumn)
        const rule = markerRule(m)
        if (!inside || !rule) continue
        contents.push(findingMarkdown(rule, m.message, state))
        range ??= { startLineNumber: m.startLineNumber, startColumn: m.startColumn, endLineNumber: m.endLineNumber, endColumn: m.endColumn }
      }
      const kw = keywordAt(model, position.lineNumber, position.column)
      const doc = kw ? instructionDoc(kw.keyword) : undefined
      if (kw && doc) {
        const l = state.locale
        contents.push({ value: ['```dockerfile', doc.syntax, '```', '', escapeMd(doc.summary[l]), '', `*${escapeMd(doc.note[l])}*`].join('\n') })
        range = kw.range
      }
      return contents.length ? { contents, range } : null
    },
  })

  languages.registerCodeActionProvider(
    'dockerfile',
    {
      provideCodeActions(model, range, context) {
        const state = modelStates.get(model.uri.toString())
        const none = { actions: [], dispose() {} }
        if (!state) return none
        const lineLength = (l: number) => (l >= 0 && l < model.getLineCount() ? model.getLineLength(l + 1) : 0)
        const actions: MonacoLanguages.CodeAction[] = []
        for (const f of currentFindings(model, state)) {
          if (!f.fix) continue
          if (!editorRangesTouch(visibleEditorRange(f.range, lineLength), range)) continue
          actions.push({
            title: `${f.fix.title[state.locale]} (${f.rule})`,
            kind: 'quickfix',
            isPreferred: actions.length === 0,
            diagnostics: context.markers.filter((m) => markerRule(m) === f.rule),
            edit: {
              edits: f.fix.edits.map((e) => ({
                resource: model.uri,
                textEdit: { range: toEditorRange(e.range), text: e.newText },
                versionId: model.getVersionId(),
              })),
            },
          })
        }
        return { actions, dispose() {} }
      },
    },
    { providedCodeActionKinds: ['quickfix'] },
  )

  languages.registerCompletionItemProvider('dockerfile', {
    triggerCharacters: [' ', '-', '='],
    provideCompletionItems(model, position) {
      const state = modelStates.get(model.uri.toString())
      const locale: Locale = state?.locale ?? 'es'
      const lines = model.getLinesContent()
      const spot = completionSpot(lines, position.lineNumber - 1, position.column - 1)
      if (!spot) return { suggestions: [] }
      const range = toEditorRange({ start: { line: spot.line, character: spot.start }, end: { line: spot.line, character: spot.end } })
      const Kind = languages.CompletionItemKind
      const snippet = languages.CompletionItemInsertTextRule.InsertAsSnippet
      const suggestions: MonacoLanguages.CompletionItem[] = []
      if (spot.kind === 'instruction') {
        // Keep the case the learner started with (most Dockerfiles are upper-case).
        const lower = spot.prefix.length > 0 && spot.prefix === spot.prefix.toLowerCase()
        for (const doc of instructionDocs) {
          if (spot.keyword === 'ONBUILD' && ['ONBUILD', 'FROM', 'MAINTAINER'].includes(doc.keyword)) continue
          const label = lower ? doc.keyword.toLowerCase() : doc.keyword
          suggestions.push({
            label,
            kind: Kind.Keyword,
            detail: doc.syntax,
            documentation: { value: doc.summary[locale] },
            insertText: lower ? doc.snippet.replace(doc.keyword, label) : doc.snippet,
            insertTextRules: snippet,
            range,
          })
        }
      } else if (spot.kind === 'flag' && spot.keyword) {
        for (const flag of instructionDoc(spot.keyword)?.flags ?? []) {
          suggestions.push({
            label: `--${flag.name}`,
            kind: Kind.Property,
            documentation: { value: flag.doc[locale] },
            insertText: `--${flag.name}${flag.snippet}`,
            insertTextRules: snippet,
            range,
          })
        }
      } else if (spot.kind === 'image') {
        commonBaseImages.forEach((img, i) =>
          suggestions.push({ label: img.ref, kind: Kind.Module, detail: img.doc[locale], insertText: img.ref, sortText: String(i).padStart(3, '0'), range }),
        )
      } else if (spot.kind === 'stage') {
        const stages = (state?.analysis.model?.stages ?? []).filter((s) => s.from.range.start.line < spot.line && s.name)
        for (const s of stages) suggestions.push({ label: s.name!, kind: Kind.Reference, detail: s.image.text, insertText: s.name!, range })
      }
      return { suggestions }
    },
  })
}

/** Monaco marker severities for the analyzer's. */
export function markerSeverity(monaco: Monaco, severity: Finding['severity']): number {
  switch (severity) {
    case 'error':
      return monaco.MarkerSeverity.Error
    case 'warning':
      return monaco.MarkerSeverity.Warning
    default:
      return monaco.MarkerSeverity.Info
  }
}
