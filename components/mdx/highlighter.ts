/**
 * Build-time syntax highlighting with Shiki. Runs only in server components, so no highlighter
 * code or grammar reaches the browser. The JavaScript regex engine avoids loading Oniguruma's WASM.
 */
import { createHighlighterCore, type HighlighterCore } from 'shiki/core'
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript'

/** Light and dark variants; the dark colours are applied by CSS when <html> has the `dark` class. */
export const codeThemes = { light: 'github-light-default', dark: 'github-dark-default' } as const

let highlighter: Promise<HighlighterCore> | undefined

function getHighlighter(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    themes: [import('shiki/themes/github-light-default.mjs'), import('shiki/themes/github-dark-default.mjs')],
    langs: [
      import('shiki/langs/dockerfile.mjs'),
      import('shiki/langs/shellscript.mjs'),
      import('shiki/langs/shellsession.mjs'),
      import('shiki/langs/json.mjs'),
      import('shiki/langs/yaml.mjs'),
      import('shiki/langs/nginx.mjs'),
    ],
    engine: createJavaScriptRegexEngine(),
  })
  return highlighter
}

/** Fence languages we accept, mapped to a loaded grammar; anything else is shown as plain text. */
const grammarFor: Record<string, string> = {
  dockerfile: 'dockerfile',
  docker: 'dockerfile',
  bash: 'shellscript',
  sh: 'shellscript',
  shell: 'shellscript',
  console: 'shellsession',
  json: 'json',
  yaml: 'yaml',
  yml: 'yaml',
  nginx: 'nginx',
}

/** Highlighted `<pre class="shiki">…</pre>` HTML for a code string. */
export async function highlight(code: string, lang: string): Promise<string> {
  const h = await getHighlighter()
  return h.codeToHtml(code, { lang: grammarFor[lang] ?? 'text', themes: codeThemes, defaultColor: 'light' })
}
