/** Monaco themes matching the site's light and dark palettes (app/globals.css). */
import type { Monaco } from './load-monaco'

export const LIGHT_THEME = 'stagecraft-light'
export const DARK_THEME = 'stagecraft-dark'

export function defineLabThemes(monaco: Monaco): void {
  monaco.editor.defineTheme(LIGHT_THEME, {
    base: 'vs',
    inherit: true,
    rules: [
      { token: 'keyword', foreground: '0a5cad', fontStyle: 'bold' },
      { token: 'comment', foreground: '57606a', fontStyle: 'italic' },
      { token: 'string', foreground: '0a3069' },
      { token: 'variable', foreground: '8250df' },
    ],
    colors: {
      'editor.background': '#ffffff',
      'editor.foreground': '#1f2328',
      'editorLineNumber.foreground': '#6e7781',
      'editorLineNumber.activeForeground': '#1f2328',
      'editor.lineHighlightBackground': '#f6f8fa',
      'editorWidget.background': '#f6f8fa',
      'editorHoverWidget.background': '#ffffff',
      'editorHoverWidget.border': '#d0d7de',
    },
  })
  monaco.editor.defineTheme(DARK_THEME, {
    base: 'vs-dark',
    inherit: true,
    rules: [
      { token: 'keyword', foreground: '79c0ff', fontStyle: 'bold' },
      { token: 'comment', foreground: '9da7b3', fontStyle: 'italic' },
      { token: 'string', foreground: 'a5d6ff' },
      { token: 'variable', foreground: 'd2a8ff' },
    ],
    colors: {
      'editor.background': '#0d1117',
      'editor.foreground': '#e6edf3',
      'editorLineNumber.foreground': '#8b949e',
      'editorLineNumber.activeForeground': '#e6edf3',
      'editor.lineHighlightBackground': '#161b22',
      'editorWidget.background': '#161b22',
      'editorHoverWidget.background': '#161b22',
      'editorHoverWidget.border': '#30363d',
    },
  })
}
