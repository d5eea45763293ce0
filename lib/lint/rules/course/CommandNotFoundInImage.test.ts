import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './CommandNotFoundInImage'

const build = 'FROM golang:1.22-alpine AS build\nWORKDIR /src\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/app .\n'

describe('CommandNotFoundInImage', () => {
  it('reports an ENTRYPOINT whose binary was copied elsewhere', () => {
    expect(linesOf(rule, `${build}FROM scratch\nCOPY --from=build /out/app /app/app\nENTRYPOINT ["/server"]\n`)).toEqual([7])
  })
  it('reports a CMD path that the final image never received', () => {
    expect(linesOf(rule, `${build}FROM alpine:3.20\nCMD ["/usr/local/bin/app"]\n`)).toEqual([6])
  })
  it('reports a relative path resolved against WORKDIR', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nWORKDIR /srv\nCOPY app /opt/app\nENTRYPOINT ["./app"]\n')).toEqual([4])
  })
  it.each([
    ['a binary copied from a build stage', `${build}FROM gcr.io/distroless/static-debian12:nonroot\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n`],
    ['a file the base image ships', 'FROM nginx:1.27\nCMD ["/docker-entrypoint.sh", "nginx", "-g", "daemon off;"]\n'],
    ['a script copied from the context', 'FROM alpine:3.20\nCOPY entrypoint.sh /usr/local/bin/entrypoint.sh\nENTRYPOINT ["/usr/local/bin/entrypoint.sh"]\n'],
    ['a program found on PATH', 'FROM node:20-alpine\nCMD ["node", "server.js"]\n'],
    ['a file created by a RUN', 'FROM alpine:3.20\nRUN printf "#!/bin/sh\\necho hi\\n" > /hello && chmod +x /hello\nCMD ["/hello"]\n'],
  ])('accepts %s', (_name, code) => {
    expect(linesOf(rule, code)).toEqual([])
  })
  it('only judges the final stage', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS tools\nCMD ["/missing"]\nFROM alpine:3.20\nCMD ["/bin/sh"]\n')).toEqual([])
  })
})
