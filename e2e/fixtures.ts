/**
 * Shared Playwright fixtures. Import `test` and `expect` from here, never from @playwright/test,
 * so every test gets the offline guard: it fails when any page of the test
 *   - requests a host other than 127.0.0.1 / localhost (such requests are also aborted), or
 *   - logs a console error or throws an uncaught exception.
 * A test that expects a specific console error (e.g. the 404 document itself) declares it with
 *   test.use({ allowedConsoleErrors: [/pattern/] })
 */
import { test as base, expect } from '@playwright/test'

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]'])

function isRemote(rawUrl: string): boolean {
  const url = new URL(rawUrl)
  return ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !LOCAL_HOSTS.has(url.hostname)
}

interface Options {
  /** Console errors this test expects, matched against "<text> (<source url>)". */
  allowedConsoleErrors: RegExp[]
}

interface Fixtures {
  offlineGuard: void
}

export const test = base.extend<Options & Fixtures>({
  allowedConsoleErrors: [[], { option: true }],

  offlineGuard: [
    async ({ context, allowedConsoleErrors }, use) => {
      const remoteRequests: string[] = []
      const errors: string[] = []

      context.on('request', (request) => {
        if (isRemote(request.url())) remoteRequests.push(`${request.method()} ${request.url()}`)
      })
      // Never let a request out, even while the test is failing.
      await context.route(
        (url) => isRemote(url.href),
        (route) => route.abort('blockedbyclient'),
      )
      context.on('console', (message) => {
        if (message.type() !== 'error') return
        const text = `${message.text()} (${message.location().url})`
        if (!allowedConsoleErrors.some((pattern) => pattern.test(text))) errors.push(text)
      })
      context.on('weberror', (webError) => errors.push(`uncaught: ${webError.error().message}`))

      await use()

      expect(remoteRequests, 'requests to hosts other than 127.0.0.1').toEqual([])
      expect(errors, 'console errors or uncaught exceptions').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }
