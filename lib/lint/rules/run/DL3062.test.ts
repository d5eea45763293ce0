import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './DL3062'

const lines = (run: string) => linesOf(rule, `FROM golang:1.22\nRUN ${run}\n`)

describe('DL3062', () => {
  it('reports go install and go get without a version, or with @latest or @none', () => {
    expect(lines('go install golang.org/x/tools/gopls')).toEqual([2])
    expect(lines('go install golang.org/x/tools/gopls@latest')).toEqual([2])
    expect(lines('go get example.com/mod@none')).toEqual([2])
    expect(lines('go get example.com/mod@')).toEqual([2])
  })
  it('accepts a concrete version and local paths', () => {
    expect(lines('go install golang.org/x/tools/gopls@v0.16.1')).toEqual([])
    expect(lines('go install ./cmd/server && go install . && go get /abs/mod && go install ../x')).toEqual([])
  })
  it('checks only the first argument of go run', () => {
    expect(lines('go run github.com/org/tool@latest --flag value')).toEqual([2])
    expect(lines('go run github.com/org/tool@v1.2.3 some-arg')).toEqual([])
    expect(lines('go run ./cmd/gen extra')).toEqual([])
  })
  it('ignores flags and other go commands', () => {
    expect(lines('go install -v -trimpath golang.org/x/tools/gopls@v0.16.1')).toEqual([])
    expect(lines('go build -o /out/app . && go mod download && go test ./...')).toEqual([])
  })
  it('names the unpinned modules in the message', () => {
    expect(findingsOf(rule, 'FROM golang:1.22\nRUN go install a.com/x@v1.0.0 b.com/y@latest\n')[0]?.message.en).toContain('b.com/y@latest')
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM golang:1.22\nONBUILD RUN go install golang.org/x/tools/gopls@latest\n')).toEqual([2])
    expect(linesOf(rule, 'FROM golang:1.22\nRUN <<EOF\ngo install golang.org/x/tools/gopls\nEOF\n')).toEqual([2])
  })
})
