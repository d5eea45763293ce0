import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './NoShellInBaseImage'

describe('NoShellInBaseImage', () => {
  it('reports shell-form RUN, CMD and ENTRYPOINT on scratch', () => {
    expect(linesOf(rule, 'FROM scratch\nCOPY app /app\nRUN ls\nENTRYPOINT /app serve\nCMD --port 80\n')).toEqual([3, 4, 5])
  })
  it('accepts exec form on distroless', () => {
    expect(linesOf(rule, 'FROM gcr.io/distroless/static-debian12\nCOPY app /app\nENTRYPOINT ["/app"]\nCMD ["--port", "8080"]\n')).toEqual([])
  })
  it('follows FROM <stage> to the real base image', () => {
    expect(linesOf(rule, 'FROM gcr.io/distroless/base-debian12 AS runtime\nFROM runtime\nRUN echo hi\n')).toEqual([3])
  })
  it('accepts the :debug variants, which ship a busybox shell', () => {
    expect(linesOf(rule, 'FROM gcr.io/distroless/base-debian12:debug\nSHELL ["/busybox/sh", "-c"]\nRUN echo hi\n')).toEqual([])
  })
  it('accepts a shell copied in from busybox', () => {
    expect(linesOf(rule, 'FROM scratch\nCOPY --from=busybox:1.36 /bin/sh /bin/sh\nRUN echo hi\n')).toEqual([])
  })
  it('is silent for images with a shell', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN echo hi\nCMD echo bye\n')).toEqual([])
  })
  it('checks ONBUILD RUN too', () => {
    expect(linesOf(rule, 'FROM scratch\nONBUILD RUN make\n')).toEqual([2])
  })
})
