/** Splits an image reference into registry, repository, tag and digest, the way Docker reads it. */
import type { ImageRef } from './types'

export function parseImageRef(text: string): ImageRef {
  let rest = text.trim()
  let digest: string | null = null
  const at = rest.indexOf('@')
  if (at !== -1) {
    digest = rest.slice(at + 1) || null
    rest = rest.slice(0, at)
  }
  let registry: string | null = null
  const slash = rest.indexOf('/')
  if (slash !== -1) {
    const head = rest.slice(0, slash)
    // A first component with a dot, a port or `localhost` is a registry host, as in Docker's reference grammar.
    if (head.includes('.') || head.includes(':') || head === 'localhost') {
      registry = head
      rest = rest.slice(slash + 1)
    }
  }
  let tag: string | null = null
  const colon = rest.lastIndexOf(':')
  if (colon !== -1 && !rest.slice(colon).includes('/')) {
    tag = rest.slice(colon + 1)
    rest = rest.slice(0, colon)
  }
  let name = rest
  if (name.startsWith('library/') && (registry === null || registry === 'docker.io')) name = name.slice('library/'.length)
  if (registry === 'docker.io' || registry === 'index.docker.io') registry = null
  return { text: text.trim(), registry, name, tag, digest }
}

/** True when the text is a syntactically valid image reference (used for InvalidDefaultArgInFrom). */
export function isValidImageRef(text: string): boolean {
  if (!text) return false
  // name components, optional registry, optional tag, optional digest (docker/distribution reference grammar, simplified).
  return /^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$/.test(text)
}
