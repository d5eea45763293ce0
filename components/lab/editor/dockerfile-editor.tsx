'use client'
/**
 * The Monaco editor for Dockerfiles. Loaded only through next/dynamic (see ../lazy-editor.tsx), so
 * Monaco stays out of every page's initial JS. Until Monaco has loaded it shows the plain-text
 * fallback, so the learner can read and type right away.
 */
import Editor from '@monaco-editor/react'
import type { editor as MonacoEditor } from 'monaco-editor/editor'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type { Locale } from '@/lib/i18n'
import { visibleEditorRange, toEditorRange } from '@/lib/lab/positions'
import { useSiteDark } from '../use-site-theme'
import { ruleHref } from '../strings'
import { EditorFallback, type EditorHostProps } from '../editor-host'
import { findRule } from '@/lib/lint/rules'
import { loadLocalMonaco, type Monaco } from './load-monaco'
import { MARKER_OWNER, markerSeverity, modelStates } from './providers'
import { DARK_THEME, LIGHT_THEME } from './themes'

export default function DockerfileEditor(props: EditorHostProps) {
  const { locale, initialText, readOnly, ariaLabel, analysis, analysisVersion, context, onChange, onReady, height } = props
  const [monaco, setMonaco] = useState<Monaco | null>(null)
  const [failed, setFailed] = useState(false)
  const editorRef = useRef<MonacoEditor.IStandaloneCodeEditor | null>(null)
  const dark = useSiteDark()
  const id = useId().replace(/[^a-zA-Z0-9]/g, '')
  const path = `file:///stagecraft/${id}/Dockerfile`
  const onChangeRef = useRef(onChange)
  const onReadyRef = useRef(onReady)
  useEffect(() => {
    onChangeRef.current = onChange
    onReadyRef.current = onReady
  })

  useEffect(() => {
    let cancelled = false
    loadLocalMonaco().then(
      (m) => !cancelled && setMonaco(m),
      () => !cancelled && setFailed(true),
    )
    return () => {
      cancelled = true
    }
  }, [])

  // Markers and the providers' view of this model follow each analysis.
  useEffect(() => {
    const editor = editorRef.current
    const model = editor?.getModel()
    if (!monaco || !model) return
    modelStates.set(model.uri.toString(), {
      locale,
      context,
      analysis,
      versionId: analysisVersion,
      ruleUrl: (rule) => new URL(ruleHref(locale, rule), window.location.href).href,
    })
    if (analysisVersion !== -1 && analysisVersion !== model.getVersionId()) return // a newer analysis is on its way
    const lineLength = (l: number) => (l >= 0 && l < model.getLineCount() ? model.getLineLength(l + 1) : 0)
    monaco.editor.setModelMarkers(
      model,
      MARKER_OWNER,
      analysis.findings.map((f) => ({
        ...visibleEditorRange(f.range, lineLength),
        severity: markerSeverity(monaco, f.severity),
        message: f.message[locale],
        source: 'Stagecraft',
        code: findRule(f.rule)
          ? { value: f.rule, target: monaco.Uri.parse(new URL(ruleHref(locale, f.rule), window.location.href).href) }
          : f.rule,
      })),
    )
  }, [monaco, analysis, analysisVersion, context, locale])

  useEffect(
    () => () => {
      const model = editorRef.current?.getModel()
      if (model) modelStates.delete(model.uri.toString())
    },
    [],
  )

  const handleMount = useCallback(
    (editor: MonacoEditor.IStandaloneCodeEditor, m: Monaco) => {
      editorRef.current = editor
      const model = editor.getModel()
      if (!model) return
      model.setEOL(m.editor.EndOfLineSequence.LF)
      model.updateOptions({ tabSize: 4, insertSpaces: true })
      editor.updateOptions({ lightbulb: { enabled: m.editor.ShowLightbulbIconMode.OnCode } })
      editor.onDidChangeModelContent(() => onChangeRef.current(model.getValue(), model.getVersionId()))
      void document.fonts?.ready.then(() => m.editor.remeasureFonts())
      onReadyRef.current({
        getText: () => model.getValue(),
        setText: (text) => {
          editor.pushUndoStop()
          editor.executeEdits('stagecraft', [{ range: model.getFullModelRange(), text }])
          editor.pushUndoStop()
        },
        applyEdits: (edits) => {
          editor.pushUndoStop()
          editor.executeEdits('stagecraft', edits.map((e) => ({ range: toEditorRange(e.range), text: e.newText })))
          editor.pushUndoStop()
          editor.focus()
        },
        revealLine: (line) => {
          const lineNumber = Math.min(Math.max(1, line), model.getLineCount())
          editor.revealLineInCenterIfOutsideViewport(lineNumber)
          editor.setPosition({ lineNumber, column: model.getLineFirstNonWhitespaceColumn(lineNumber) || 1 })
          editor.focus()
        },
        focus: () => editor.focus(),
      })
      // Publish the model right away so hovers work before the first edit.
      modelStates.set(model.uri.toString(), {
        locale,
        context,
        analysis,
        versionId: -1,
        ruleUrl: (rule) => new URL(ruleHref(locale, rule), window.location.href).href,
      })
      setMonaco(m)
      onChangeRef.current(model.getValue(), model.getVersionId())
    },
    // Mount happens once; later values flow through the effects above.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  )

  if (!monaco || failed) {
    return <EditorFallback {...props} notice={failed ? 'failed' : 'loading'} />
  }

  return (
    <Editor
      height={height}
      defaultLanguage="dockerfile"
      defaultValue={initialText}
      path={path}
      theme={dark ? DARK_THEME : LIGHT_THEME}
      onMount={handleMount}
      loading={<EditorFallback {...props} notice="loading" />}
      options={{
        readOnly,
        ariaLabel,
        minimap: { enabled: false },
        fontSize: 14,
        lineHeight: 21,
        fontFamily: "var(--font-geist-mono), ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace",
        scrollBeyondLastLine: false,
        automaticLayout: true,
        fixedOverflowWidgets: true,
        wordBasedSuggestions: 'off',
        quickSuggestions: { other: true, comments: false, strings: false },
        folding: false,
        glyphMargin: false,
        lineNumbersMinChars: 3,
        // 'dimmed' (the default) greys the number after a final newline below WCAG AA contrast.
        renderFinalNewline: 'on',
        renderLineHighlight: 'line',
        occurrencesHighlight: 'off',
        stickyScroll: { enabled: false },
        padding: { top: 8, bottom: 8 },
        hover: { delay: 250 },
        tabSize: 4,
        accessibilitySupport: 'auto',
      }}
    />
  )
}

export type { Locale }
