/**
 * Loads Monaco from the local monaco-editor package (never a CDN): the editor API, the handful of
 * editor features the lab uses, and only the Dockerfile language. `loader.config({ monaco })` makes
 * @monaco-editor/react use this copy instead of its default jsDelivr one, and
 * `MonacoEnvironment.getWorker` gives Monaco a bundled module worker (without it Monaco ≥ 0.56
 * tries to load an unbundled asset and its worker features silently stop working).
 *
 * Only imported from components loaded with next/dynamic, so pages without an editor never pay for it.
 */
import { loader } from '@monaco-editor/react'
import { registerDockerfileProviders } from './providers'
import { defineLabThemes } from './themes'

export type Monaco = typeof import('monaco-editor/editor')

let loading: Promise<Monaco> | null = null

export function loadLocalMonaco(): Promise<Monaco> {
  loading ??= (async () => {
    globalThis.MonacoEnvironment = {
      getWorker: () => new Worker(new URL('monaco-editor/editor/editor.worker', import.meta.url), { type: 'module' }),
    }
    const monaco = await import('monaco-editor/editor')
    await Promise.all([
      import('monaco-editor/features/codicon/register'),
      import('monaco-editor/features/hover/register'),
      import('monaco-editor/features/codeAction/register'),
      import('monaco-editor/features/suggest/register'),
      import('monaco-editor/editor/contrib/suggest/browser/suggestController'),
      import('monaco-editor/features/snippet/register'),
      import('monaco-editor/features/toggleTabFocusMode/register'),
      import('monaco-editor/features/gotoError/register'),
      import('monaco-editor/features/find/register'),
      import('monaco-editor/features/contextmenu/register'),
      import('monaco-editor/features/clipboard/register'),
      import('monaco-editor/features/comment/register'),
      import('monaco-editor/features/bracketMatching/register'),
      import('monaco-editor/features/linesOperations/register'),
      import('monaco-editor/features/multicursor/register'),
      import('monaco-editor/features/wordOperations/register'),
      import('monaco-editor/features/cursorUndo/register'),
      import('monaco-editor/features/readOnlyMessage/register'),
      import('monaco-editor/languages/definitions/dockerfile/register'),
    ])
    defineLabThemes(monaco)
    registerDockerfileProviders(monaco)
    loader.config({ monaco })
    return monaco
  })()
  loading.catch(() => {
    loading = null // a failed chunk load can be retried
  })
  return loading
}
