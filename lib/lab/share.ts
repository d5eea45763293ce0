/**
 * Share links: `#code=<lz>` where `<lz>` is lz-string's `compressToEncodedURIComponent(dockerfile)`,
 * optionally followed by `&ctx=<lz JSON>` (the build context) and `&whatif=<lz JSON>` (the what-if
 * state: edited paths, build-arg overrides, target). Decoding checks sizes before decompressing and
 * validates every part with zod, so a hostile or truncated link yields null parts, never a crash.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string'
import * as z from 'zod/mini'
import type { LabContext } from './context'

export interface WhatIfState {
  /** Context paths marked as edited. */
  changed: string[]
  /** Build-arg overrides (`--build-arg NAME=value`). */
  args: Record<string, string>
  /** `--target` stage name or index; null for the last stage. */
  target: string | null
}

export const EMPTY_WHAT_IF: WhatIfState = { changed: [], args: {}, target: null }

export interface ShareState {
  code: string
  context?: LabContext | null
  whatIf?: WhatIfState | null
}

/** Limits: the hash as received, and each part once decompressed. */
export const SHARE_LIMITS = {
  hash: 200_000,
  code: 100_000,
  json: 400_000,
  files: 300,
  fileContent: 100_000,
  path: 300,
} as const

const pathSchema = z.string().check(z.minLength(1), z.maxLength(SHARE_LIMITS.path))

const contextSchema = z.object({
  files: z
    .array(
      z.object({
        path: pathSchema,
        content: z.optional(z.string().check(z.maxLength(SHARE_LIMITS.fileContent))),
        size: z.optional(z.number().check(z.gte(0), z.lte(1e12))),
      }),
    )
    .check(z.maxLength(SHARE_LIMITS.files)),
  dockerignore: z.nullable(z.string().check(z.maxLength(SHARE_LIMITS.fileContent))),
})

const whatIfSchema = z.object({
  changed: z.array(pathSchema).check(z.maxLength(SHARE_LIMITS.files)),
  args: z.record(z.string().check(z.maxLength(200)), z.string().check(z.maxLength(2_000))),
  target: z.nullable(z.string().check(z.maxLength(200))),
})

const codeSchema = z.string().check(z.maxLength(SHARE_LIMITS.code))

/** The hash (with its leading `#`) for a state. Empty what-if and context parts are left out. */
export function encodeShareHash(state: ShareState): string {
  const parts = [`code=${compressToEncodedURIComponent(state.code)}`]
  if (state.context && (state.context.files.length > 0 || state.context.dockerignore !== null)) {
    const ctx = { files: state.context.files.map((f) => ({ path: f.path, ...(f.content !== undefined ? { content: f.content } : { size: f.size ?? 0 }) })), dockerignore: state.context.dockerignore }
    parts.push(`ctx=${compressToEncodedURIComponent(JSON.stringify(ctx))}`)
  }
  const w = state.whatIf
  if (w && (w.changed.length > 0 || Object.keys(w.args).length > 0 || w.target !== null)) {
    parts.push(`whatif=${compressToEncodedURIComponent(JSON.stringify({ changed: w.changed, args: w.args, target: w.target }))}`)
  }
  return `#${parts.join('&')}`
}

/** A full share URL: the page URL without its hash, plus the state's hash. */
export function shareUrl(pageUrl: string, state: ShareState): string {
  const base = pageUrl.split('#', 1)[0] ?? pageUrl
  return `${base}${encodeShareHash(state)}`
}

/** Splits `#a=1&b=2` by hand: lz-string's alphabet includes `+`, which URLSearchParams would turn into a space. */
function hashParams(hash: string): Map<string, string> {
  const params = new Map<string, string>()
  const body = hash.startsWith('#') ? hash.slice(1) : hash
  for (const part of body.split('&')) {
    const eq = part.indexOf('=')
    if (eq <= 0) continue
    const key = part.slice(0, eq)
    if (!params.has(key)) params.set(key, part.slice(eq + 1))
  }
  return params
}

function inflate(value: string | undefined, limit: number): string | null {
  if (!value) return null
  try {
    const text = decompressFromEncodedURIComponent(value)
    if (typeof text !== 'string' || text.length === 0 || text.length > limit) return null
    return text
  } catch {
    return null
  }
}

function inflateJson(value: string | undefined): unknown {
  const text = inflate(value, SHARE_LIMITS.json)
  if (text === null) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/**
 * Reads a share hash. Returns null when there is no usable `code`; the optional parts are null
 * when absent or invalid (an invalid context does not throw away a valid Dockerfile).
 */
export function decodeShareHash(hash: string): { code: string; context: LabContext | null; whatIf: WhatIfState | null } | null {
  if (typeof hash !== 'string' || hash.length > SHARE_LIMITS.hash) return null
  const params = hashParams(hash)
  const code = codeSchema.safeParse(inflate(params.get('code'), SHARE_LIMITS.code))
  if (!code.success) return null
  const ctx = contextSchema.safeParse(inflateJson(params.get('ctx')))
  const whatIf = whatIfSchema.safeParse(inflateJson(params.get('whatif')))
  return {
    code: code.data,
    context: ctx.success ? { files: ctx.data.files.map((f) => ({ path: f.path, ...(f.content !== undefined ? { content: f.content } : { size: f.size ?? 0 }) })), dockerignore: ctx.data.dockerignore } : null,
    whatIf: whatIf.success ? { changed: whatIf.data.changed, args: { ...whatIf.data.args }, target: whatIf.data.target } : null,
  }
}

/** Whether a hash looks like a share link (cheap check before decoding). */
export function isShareHash(hash: string): boolean {
  return /(^#?|&)code=/.test(hash)
}
