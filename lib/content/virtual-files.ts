/**
 * Context files that cannot live in git as real files — `node_modules/`, `.git/`, `.env` — are
 * declared in a `virtual-files.json` next to the real ones: `{ "path": "content" }` or
 * `{ "path": { "size": 48000000 } }` for large trees. They join the build context like real files.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import type { FileSpec } from '@/lib/context/build'

export const VIRTUAL_FILES = 'virtual-files.json'

const schema = z.record(z.string().min(1), z.union([z.string(), z.object({ size: z.number().int().min(0), content: z.string().optional() }).strict()]))

/** Reads `virtual-files.json` in a folder (empty when absent). Throws with the file name when invalid. */
export function readVirtualFiles(dir: string): Record<string, FileSpec> {
  const file = path.join(dir, VIRTUAL_FILES)
  if (!existsSync(file)) return {}
  try {
    return schema.parse(JSON.parse(readFileSync(file, 'utf8')))
  } catch (error) {
    throw new Error(`${file}: ${(error as Error).message}`)
  }
}
