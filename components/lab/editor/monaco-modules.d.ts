// Monaco ships no typings for its internal contribution modules; the lab imports one for its side effect.
declare module 'monaco-editor/editor/contrib/suggest/browser/suggestController'
