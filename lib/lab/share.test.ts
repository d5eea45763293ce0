import { compressToEncodedURIComponent } from 'lz-string'
import { describe, expect, it } from 'vitest'
import { decodeShareHash, encodeShareHash, isShareHash, SHARE_LIMITS, shareUrl } from './share'

const code = 'FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\n'

describe('share links', () => {
  it('put the Dockerfile under #code= with lz-string compressToEncodedURIComponent', () => {
    expect(encodeShareHash({ code })).toBe(`#code=${compressToEncodedURIComponent(code)}`)
  })

  it('round-trip the Dockerfile, the context and the what-if state', () => {
    const context = { files: [{ path: 'src/index.js', content: 'console.log(1)\n' }, { path: 'node_modules/x', size: 1000 }], dockerignore: 'node_modules\n' }
    const whatIf = { changed: ['src/index.js'], args: { VERSION: '2' }, target: 'build' }
    const hash = encodeShareHash({ code, context, whatIf })
    expect(hash).toMatch(/^#code=[^&]+&ctx=[^&]+&whatif=[^&]+$/)
    expect(decodeShareHash(hash)).toEqual({ code, context, whatIf })
  })

  it('leave out empty optional parts', () => {
    expect(encodeShareHash({ code, context: { files: [], dockerignore: null }, whatIf: { changed: [], args: {}, target: null } })).not.toContain('&')
  })

  it('build a URL from the page address, replacing any previous hash', () => {
    expect(shareUrl('http://127.0.0.1:3000/es/playground/#code=old', { code: 'FROM a' })).toBe(`http://127.0.0.1:3000/es/playground/#code=${compressToEncodedURIComponent('FROM a')}`)
  })

  it('keep lz-string "+" characters intact (no form decoding)', () => {
    const tricky = 'FROM alpine\n' + 'RUN echo ' + '~'.repeat(200) + '\n'
    const hash = encodeShareHash({ code: tricky })
    expect(decodeShareHash(hash)?.code).toBe(tricky)
  })

  it('return null for missing, garbage or oversized code', () => {
    expect(decodeShareHash('')).toBeNull()
    expect(decodeShareHash('#foo=bar')).toBeNull()
    expect(decodeShareHash('#code=%%%not-lz')).toBeNull()
    expect(decodeShareHash(`#code=${'A'.repeat(SHARE_LIMITS.hash + 1)}`)).toBeNull()
    expect(decodeShareHash(`#code=${compressToEncodedURIComponent('x'.repeat(SHARE_LIMITS.code + 1))}`)).toBeNull()
  })

  it('keep a valid Dockerfile when the context or what-if part is invalid', () => {
    const badCtx = compressToEncodedURIComponent(JSON.stringify({ files: [{ path: 5 }], dockerignore: null }))
    const badWhatIf = compressToEncodedURIComponent('{not json')
    expect(decodeShareHash(`#code=${compressToEncodedURIComponent(code)}&ctx=${badCtx}&whatif=${badWhatIf}`)).toEqual({ code, context: null, whatIf: null })
  })

  it('recognise share hashes cheaply', () => {
    expect(isShareHash('#code=abc')).toBe(true)
    expect(isShareHash('#x=1&code=abc')).toBe(true)
    expect(isShareHash('#section')).toBe(false)
  })
})
