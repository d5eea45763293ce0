/**
 * Workshop agendas: what an instructor wants the room to do, shared as a join link whose state
 * lives in the URL fragment (never sent to any server):
 *
 *   /{locale}/workshop/join/#w=<lz-string compressToEncodedURIComponent(JSON)>
 *
 *   { "v": 1, "title": "…", "notes": "…", "items": [{ "type": "lesson" | "exercise", "id": "…" }, …] }
 *
 * A fragment is untrusted input: decoding checks the size before and after decompressing, then
 * validates with zod. Nothing in it is executed or rendered as HTML; unknown ids are shown as text.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string'
import * as z from 'zod/mini'

export const AGENDA_VERSION = 1
export const AGENDA_PARAM = 'w'

export const AGENDA_LIMITS = {
  title: 120,
  notes: 2_000,
  items: 60,
  /** The compressed fragment value as received. */
  encoded: 16_000,
  /** The JSON once decompressed. */
  json: 32_000,
} as const

const idSchema = z.string().check(z.maxLength(80), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/))

export const agendaItemSchema = z.strictObject({
  type: z.enum(['lesson', 'exercise']),
  id: idSchema,
})

export const agendaSchema = z.strictObject({
  v: z.literal(AGENDA_VERSION),
  title: z.string().check(z.maxLength(AGENDA_LIMITS.title)),
  notes: z.string().check(z.maxLength(AGENDA_LIMITS.notes)),
  items: z.array(agendaItemSchema).check(z.maxLength(AGENDA_LIMITS.items)),
})

export type AgendaItem = z.output<typeof agendaItemSchema>
export type Agenda = z.output<typeof agendaSchema>

export function emptyAgenda(): Agenda {
  return { v: AGENDA_VERSION, title: '', notes: '', items: [] }
}

/** The fragment value (without `#w=`). */
export function encodeAgenda(agenda: Agenda): string {
  const clean: Agenda = { v: AGENDA_VERSION, title: agenda.title.trim(), notes: agenda.notes.trim(), items: agenda.items.map(({ type, id }) => ({ type, id })) }
  return compressToEncodedURIComponent(JSON.stringify(clean))
}

/** The join page's path with the agenda in its fragment, e.g. `/es/workshop/join/#w=…`. */
export function joinPath(locale: string, agenda: Agenda): string {
  return `/${locale}/workshop/join/#${AGENDA_PARAM}=${encodeAgenda(agenda)}`
}

export type AgendaError = 'missing' | 'too-large' | 'corrupted' | 'newer-version' | 'invalid'
export type AgendaDecodeResult = { ok: true; agenda: Agenda } | { ok: false; error: AgendaError }

/** The `w` parameter of a fragment such as `#w=…` (other `&key=value` parts are ignored). */
export function agendaParam(hash: string): string | null {
  const body = hash.startsWith('#') ? hash.slice(1) : hash
  for (const part of body.split('&')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq) === AGENDA_PARAM) return part.slice(eq + 1)
  }
  return null
}

/** Decodes an agenda from a location hash. Never throws. */
export function decodeAgendaHash(hash: string): AgendaDecodeResult {
  const value = agendaParam(hash)
  if (value === null || value === '') return { ok: false, error: 'missing' }
  if (value.length > AGENDA_LIMITS.encoded) return { ok: false, error: 'too-large' }
  if (!/^[A-Za-z0-9+\-$]+$/.test(value)) return { ok: false, error: 'corrupted' }
  let json: string | null
  try {
    json = decompressFromEncodedURIComponent(value)
  } catch {
    return { ok: false, error: 'corrupted' }
  }
  if (!json) return { ok: false, error: 'corrupted' }
  if (json.length > AGENDA_LIMITS.json) return { ok: false, error: 'too-large' }
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    return { ok: false, error: 'corrupted' }
  }
  const version = (data as { v?: unknown } | null)?.v
  if (typeof version === 'number' && version > AGENDA_VERSION) return { ok: false, error: 'newer-version' }
  const parsed = agendaSchema.safeParse(data)
  return parsed.success ? { ok: true, agenda: parsed.data } : { ok: false, error: 'invalid' }
}
