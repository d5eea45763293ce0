import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL4006'

describe('DL4006', () => {
  it('reports a RUN with a pipe and no pipefail shell', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN wget -qO- https://example.com/install.sh | sh\n')).toEqual([2])
  })
  it('ignores RUNs without a pipe, and || which is not a pipe', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN make || true\nRUN echo "a|b"\n')).toEqual([])
  })
  it('accepts a SHELL with bash, zsh or ash and -o pipefail, by basename and with -eo', () => {
    expect(linesOf(rule, 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://x | bash\n')).toEqual([])
    expect(linesOf(rule, 'FROM debian:12\nSHELL ["/usr/bin/zsh", "-eo", "pipefail", "-c"]\nRUN a | b\n')).toEqual([])
    expect(linesOf(rule, 'FROM alpine:3.20\nSHELL ["ash", "-o", "pipefail", "-c"]\nRUN a | b\n')).toEqual([])
  })
  it('does not accept /bin/sh -o pipefail, a SHELL without pipefail, or set -o pipefail inside the RUN', () => {
    expect(linesOf(rule, 'FROM debian:12\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN a | b\n')).toEqual([3])
    expect(linesOf(rule, 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN a | b\n')).toEqual([3])
    expect(linesOf(rule, 'FROM debian:12\nRUN set -o pipefail && a | b\n')).toEqual([2])
  })
  it('treats a non-POSIX SHELL as exempt', () => {
    expect(linesOf(rule, 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Get-Item x | Remove-Item\n')).toEqual([])
    expect(linesOf(rule, 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["cmd", "/S", "/C"]\nRUN type x | more\n')).toEqual([])
  })
  it('only counts a SHELL that comes before the RUN, and the last SHELL wins', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN a | b\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nSHELL ["/bin/sh", "-c"]\nRUN a | b\n')).toEqual([4])
  })
  it('resets at every FROM, even FROM an earlier stage', () => {
    const code = 'FROM debian:12 AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN a | b\nFROM base\nRUN c | d\n'
    expect(linesOf(rule, code)).toEqual([5])
  })
  it('sees pipes in exec form and heredocs, but not in ONBUILD', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN ["sh", "-c", "a | b"]\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nRUN <<EOF\ncurl -fsSL https://x | sh\nEOF\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nONBUILD RUN a | b\n')).toEqual([])
  })
})
