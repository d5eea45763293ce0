/**
 * A size a lesson states must agree with the simulator's base-image catalog: for every sentence or
 * table row that names an image (`golang:1.22`) and a size ("unos 800 MB"), the size is checked
 * against lookupImage() within the slack that "about" allows.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { lookupImage } from '@/lib/images'

const lessonsDir = import.meta.dirname
/** "about 800 MB" is an estimate; the catalog's own figures are estimates too. */
const SLACK = 0.35

interface Claim { line: number; image: string; statedMB: number; text: string }

function withoutFences(source: string): Array<[number, string]> {
  const out: Array<[number, string]> = []
  let inFence = false
  source.split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence
    else if (!inFence) out.push([i + 1, line])
  })
  return out
}

export function sizeClaims(source: string): Claim[] {
  const claims: Claim[] = []
  for (const [line, text] of withoutFences(source)) {
    // A table row or a sentence is the unit: a size belongs to the nearest image named before it.
    const units = text.trimStart().startsWith('|') ? [text] : text.split(/(?<=[.;])\s+/)
    for (const sentence of units) {
      // Any image-looking name ends the previous image's reach, even one the catalog does not know.
      const images = [...sentence.matchAll(/`((?:[a-z0-9.-]+\/)*[a-z0-9][a-z0-9._-]*(?::[\w.-]+)?)`/g)]
        .filter((m) => m[1]!.includes(':') || m[1]!.includes('/'))
        .map((m) => ({ at: m.index ?? 0, ref: m[1]! }))
      if (images.length === 0) continue
      for (const m of sentence.matchAll(/(\d+(?:[.,]\d+)?)(?:\s*-\s*(\d+(?:[.,]\d+)?))?\s*(MB|GB)\b/g)) {
        const before = images.filter((im) => im.at < (m.index ?? 0)).pop() ?? images[0]!
        const a = Number(m[1]!.replace(',', '.'))
        const b = m[2] ? Number(m[2].replace(',', '.')) : a
        claims.push({ line, image: before.ref, statedMB: ((a + b) / 2) * (m[3] === 'GB' ? 1000 : 1), text: sentence.trim() })
      }
    }
  }
  return claims
}

const files = readdirSync(lessonsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name !== 'examples' && d.name !== 'exercises')
  .flatMap((d) => ['es.mdx', 'en.mdx'].map((f) => path.join(d.name, f)))
  .filter((f) => existsSync(path.join(lessonsDir, f)))

describe('sizes stated in lessons', () => {
  it('finds the claims it checks', () => {
    expect(sizeClaims('`golang:1.22` weighs about 800 MB. | `alpine:3.20` | about 8 MB |')).toEqual([
      expect.objectContaining({ image: 'golang:1.22', statedMB: 800 }),
      expect.objectContaining({ image: 'alpine:3.20', statedMB: 8 }),
    ])
  })

  for (const file of files) {
    const claims = sizeClaims(readFileSync(path.join(lessonsDir, file), 'utf8'))
    for (const claim of claims) {
      const info = lookupImage(claim.image)
      if (!info.known) continue
      it(`${file}:${claim.line} ${claim.image} ≈ ${claim.statedMB} MB agrees with the catalog`, () => {
        const catalogMB = info.sizeBytes / 1e6
        expect(Math.abs(claim.statedMB - catalogMB) / catalogMB, `catalog says ${catalogMB.toFixed(0)} MB: "${claim.text}"`).toBeLessThanOrEqual(SLACK)
      })
    }
  }
})
