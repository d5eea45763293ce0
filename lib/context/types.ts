/** A virtual build context: the files `docker build` would send, with sizes and content hashes. */

export interface ContextFile {
  /** Path relative to the context root, with forward slashes and no leading `./`. */
  path: string
  size: number
  /** Content hash (any stable string); edits change it. */
  hash: string
  /** File text when known (small text files such as package.json or .dockerignore). */
  content?: string
}

export interface BuildContext {
  files: ContextFile[]
  /** Raw `.dockerignore` text, or null when the context has none. */
  dockerignore: string | null
}
