/**
 * Submission codes: one copy-pasteable line, `SC1.` + base64url(deflate(JSON)). Codes are untrusted
 * input: decoding checks the size before and after inflating, then validates with zod. Nothing in a
 * code is ever executed or rendered as HTML.
 */
import { deflateSync, inflateSync } from 'fflate'
import { z } from 'zod'
import { hashText } from '@/lib/context/build'

export const CODE_PREFIX = 'SC1.'
export const CODE_FORMAT_VERSION = 1
/** The grader's version: bump when checks change meaning, so instructors can tell old results apart. */
export const GRADER_VERSION = '1'
/** Decoded JSON larger than this is refused (a typical code is far below 2 kB). */
export const MAX_DECODED_BYTES = 64 * 1024
const MAX_ENCODED_CHARS = Math.ceil((MAX_DECODED_BYTES * 4) / 3) + CODE_PREFIX.length

const checkSchema = z.object({ id: z.string().max(80), passed: z.boolean() }).strict()

export const submissionPayloadSchema = z
  .object({
    v: z.number().int(),
    name: z.string().trim().min(1).max(120),
    exercise: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(80),
    files: z.object({ dockerfile: z.string().max(MAX_DECODED_BYTES), dockerignore: z.string().max(MAX_DECODED_BYTES).nullable() }).strict(),
    grader: z.string().max(20),
    result: z.object({ passed: z.boolean(), checks: z.array(checkSchema).max(50) }).strict(),
    submittedAt: z.string().datetime(),
    hash: z.string().regex(/^[0-9a-f]{8}$/),
  })
  .strict()

export type SubmissionPayload = z.infer<typeof submissionPayloadSchema>

export function contentHash(files: SubmissionPayload['files']): string {
  return hashText(`${files.dockerfile}\u0000${files.dockerignore ?? ''}`)
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4))
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

export interface NewSubmission {
  name: string
  exercise: string
  dockerfile: string
  dockerignore?: string | null
  result: { passed: boolean; checks: Array<{ id: string; passed: boolean }> }
  submittedAt?: Date
}

export function encodeSubmission(input: NewSubmission): string {
  const files = { dockerfile: input.dockerfile, dockerignore: input.dockerignore ?? null }
  const payload: SubmissionPayload = {
    v: CODE_FORMAT_VERSION,
    name: input.name.trim(),
    exercise: input.exercise,
    files,
    grader: GRADER_VERSION,
    result: { passed: input.result.passed, checks: input.result.checks.map((c) => ({ id: c.id, passed: c.passed })) },
    submittedAt: (input.submittedAt ?? new Date()).toISOString(),
    hash: contentHash(files),
  }
  const json = new TextEncoder().encode(JSON.stringify(payload))
  return CODE_PREFIX + toBase64Url(deflateSync(json, { level: 9 }))
}

/** `edited`: the files do not match the hash taken when the code was made. */
export type DecodeResult = { ok: true; payload: SubmissionPayload; edited: boolean } | { ok: false; error: string }

/** Decodes one code. Never throws: every problem becomes a short reason. */
export function decodeSubmission(raw: string): DecodeResult {
  const code = raw.trim()
  if (!code) return { ok: false, error: 'empty line' }
  if (!code.startsWith('SC')) return { ok: false, error: 'not a submission code (it should start with SC1.)' }
  const dot = code.indexOf('.')
  const version = Number(code.slice(2, dot))
  if (dot === -1 || !Number.isInteger(version)) return { ok: false, error: 'not a submission code (it should start with SC1.)' }
  if (version > CODE_FORMAT_VERSION) return { ok: false, error: `made by a newer Stagecraft (format SC${version}); update the course site or CLI` }
  if (code.length > MAX_ENCODED_CHARS) return { ok: false, error: `too large (over ${MAX_DECODED_BYTES / 1024} kB)` }
  const body = code.slice(dot + 1)
  if (!/^[A-Za-z0-9_-]+$/.test(body)) return { ok: false, error: 'corrupted: unexpected characters (was it copied completely?)' }
  let json: string
  try {
    // Inflate with a ceiling: a small code must not expand into a huge document.
    const inflated = inflateSync(fromBase64Url(body), { out: new Uint8Array(MAX_DECODED_BYTES + 1) })
    if (inflated.length > MAX_DECODED_BYTES) return { ok: false, error: `too large once decoded (over ${MAX_DECODED_BYTES / 1024} kB)` }
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated)
  } catch {
    return { ok: false, error: 'truncated or corrupted (was it copied completely?)' }
  }
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    return { ok: false, error: 'truncated or corrupted (invalid content)' }
  }
  const version2 = (data as { v?: unknown })?.v
  if (typeof version2 === 'number' && version2 > CODE_FORMAT_VERSION) return { ok: false, error: `made by a newer Stagecraft (format ${version2})` }
  const parsed = submissionPayloadSchema.safeParse(data)
  if (!parsed.success) return { ok: false, error: `invalid content: ${parsed.error.issues[0]?.path.join('.') || 'payload'} ${parsed.error.issues[0]?.message ?? ''}`.trim() }
  return { ok: true, payload: parsed.data, edited: contentHash(parsed.data.files) !== parsed.data.hash }
}
