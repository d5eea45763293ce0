import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './UndefinedVar'

const messages = (code: string) => findingsOf(rule, code).map((f) => f.message.en)

describe('UndefinedVar', () => {
  it('reports undefined variables in COPY and ENV, suggesting typo fixes', () => {
    const code = 'FROM alpine:3.20\nCOPY $SRC_DIR /app/\nENV PATH=$PAHT:/app/bin\n'
    expect(linesOf(rule, code)).toEqual([2, 3])
    expect(messages(code)).toEqual([
      "Usage of undefined variable '$SRC_DIR'.",
      "Usage of undefined variable '$PAHT' (did you mean $PATH?).",
    ])
  })
  it('accepts ARGs and ENVs declared earlier in the stage, and never looks inside RUN', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nARG SRC_DIR=.\nCOPY $SRC_DIR /app/\nENV PATH=$PATH:/app/bin\nRUN echo "$NOT_CHECKED_IN_RUN"\n')).toEqual([])
  })
  it('counts an ARG declared without a value as defined', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nARG VERSION\nLABEL version=$VERSION\n')).toEqual([])
  })
  it('requires global ARGs to be re-declared inside the stage', () => {
    const code = 'ARG VERSION=1.0\nFROM alpine:3.20\nLABEL version=$VERSION\n'
    expect(linesOf(rule, code)).toEqual([3])
    expect(messages(code)[0]).toBe("Usage of undefined variable '$VERSION': it is a global ARG, so re-declare it inside the stage with `ARG VERSION`.")
    expect(linesOf(rule, 'ARG VERSION=1.0\nFROM alpine:3.20\nARG VERSION\nLABEL version=$VERSION\n')).toEqual([])
  })
  it('requires the predefined platform ARGs to be declared in the stage', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY bin/app-$TARGETARCH /usr/local/bin/app\n')).toEqual([2])
    expect(linesOf(rule, 'FROM alpine:3.20\nARG TARGETARCH\nCOPY bin/app-$TARGETARCH /usr/local/bin/app\n')).toEqual([])
  })
  it('does not see variables defined further down, and says so', () => {
    const code = 'FROM alpine:3.20\nWORKDIR $APP_HOME\nENV APP_HOME=/app\n'
    expect(linesOf(rule, code)).toEqual([2])
    expect(messages(code)[0]).toBe("Usage of undefined variable '$APP_HOME': it is defined later, on line 3; move the definition before its use.")
  })
  it('inherits ENV and ARG from parent stages through FROM <stage>', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS base\nENV APP_HOME=/app\nARG MODE\nFROM base\nWORKDIR $APP_HOME\nLABEL mode=$MODE\n')).toEqual([])
  })
  it('does not share ENV between unrelated stages', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS a\nENV APP_HOME=/app\nFROM alpine:3.20\nWORKDIR $APP_HOME\n')).toEqual([4])
  })
  it("knows the common base images' environment", () => {
    expect(linesOf(rule, 'FROM python:3.12-slim\nARG VERSION=$PYTHON_VERSION\n')).toEqual([])
    expect(linesOf(rule, 'FROM node:22-alpine\nLABEL node=$NODE_VERSION yarn=${YARN_VERSION}\nWORKDIR $HOME/app\n')).toEqual([])
    expect(linesOf(rule, 'FROM golang:1.22\nWORKDIR $GOPATH/src/app\n')).toEqual([])
    expect(linesOf(rule, 'FROM alpine:3.20\nARG VERSION=$PYTHON_VERSION\n')).toEqual([2])
  })
  it('gives scratch nothing but PATH', () => {
    expect(linesOf(rule, 'FROM scratch\nENV PATH=/bin:$PATH\nWORKDIR $HOME\n')).toEqual([3])
  })
  it('is lenient with unknown base images, except for typos and this file’s own names', () => {
    expect(linesOf(rule, 'FROM registry.example.com/team/base:1.0\nWORKDIR $APP_HOME\n')).toEqual([])
    expect(linesOf(rule, 'FROM registry.example.com/team/base:1.0\nENV PATH=$PAHT:/x\n')).toEqual([2])
    expect(linesOf(rule, 'ARG VERSION=1\nFROM registry.example.com/team/base:1.0\nLABEL v=$VERSION\n')).toEqual([3])
  })
  it('uses the default of a base image chosen by a global ARG, and is lenient without one', () => {
    expect(linesOf(rule, 'ARG BASE=alpine:3.20\nFROM $BASE\nWORKDIR $APP_HOME\n')).toEqual([3])
    expect(linesOf(rule, 'ARG BASE\nFROM $BASE\nWORKDIR $APP_HOME\n')).toEqual([])
  })
  it('knows .NET images from mcr.microsoft.com and official images from mirrors', () => {
    expect(linesOf(rule, 'FROM mcr.microsoft.com/dotnet/aspnet:8.0\nLABEL dotnet=$DOTNET_VERSION uid=$APP_UID\n')).toEqual([])
    expect(linesOf(rule, 'FROM public.ecr.aws/docker/library/node:22\nLABEL node=$NODE_VERSION\n')).toEqual([])
  })
  it('does not expand inside single quotes or after an escape', () => {
    expect(linesOf(rule, "FROM alpine:3.20\nENV A='$B' C=\\$D\nLABEL e=\"$$\"\n")).toEqual([])
    expect(linesOf(rule, 'FROM alpine:3.20\nENV A="$B"\n')).toEqual([2])
  })
  it('expands every word of an ENV before setting any of them', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nENV A=1 B=$A\n')).toEqual([2])
    expect(linesOf(rule, 'FROM alpine:3.20\nENV A=1\nENV B=$A\n')).toEqual([])
  })
  it('lets later ARG defaults use earlier ones on the same line', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nARG A=1 B=$A\n')).toEqual([])
    expect(linesOf(rule, 'FROM alpine:3.20\nARG B=$A A=1\n')).toEqual([2])
  })
  it('reads `ARG A B` as two declarations, as BuildKit does', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nARG GOOS GOARCH\nCOPY bin/$GOOS-$GOARCH /app\n')).toEqual([])
    expect(linesOf(rule, 'FROM alpine:3.20\nARG A B=$A C\nLABEL c=$C\n')).toEqual([])
  })
  it('counts a variable with a default modifier as a use', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nWORKDIR ${APP_DIR:-/app}\n')).toEqual([2])
    expect(linesOf(rule, 'FROM alpine:3.20\nARG DIR\nWORKDIR ${DIR:-$FALLBACK}\n')).toEqual([3])
  })
  it('checks LABEL, VOLUME, USER, STOPSIGNAL and WORKDIR', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nLABEL a=$L\nVOLUME ["$V"]\nUSER $U\nSTOPSIGNAL $S\nWORKDIR /$W\n')).toEqual([2, 3, 4, 5, 6])
  })
  it('checks COPY and ADD flags it expands, but not --from', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY --chown=$UID:$GID a /a\nADD --chmod=$MODE b /b\n')).toEqual([2, 2, 3])
    expect(linesOf(rule, 'FROM alpine:3.20 AS build\nFROM alpine:3.20\nCOPY --from=build /a /a\n')).toEqual([])
  })
  it('checks JSON-form COPY', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nCOPY ["$SRC", "/app/"]\n')).toEqual([2])
  })
  it('checks RUN --mount options but not the command', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN --mount=type=cache,target=$CACHE_DIR make\n')).toEqual([2])
    expect(linesOf(rule, 'FROM alpine:3.20\nRUN echo $UNDEFINED && make $TARGET\n')).toEqual([])
  })
  it('does not check CMD, ENTRYPOINT, EXPOSE or HEALTHCHECK', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nEXPOSE $PORT\nHEALTHCHECK CMD wget -q localhost:$PORT\nENTRYPOINT ["$APP"]\nCMD echo $X\n')).toEqual([])
  })
  it('ignores ONBUILD triggers, which run in the child build', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nONBUILD COPY $SRC /app\n')).toEqual([])
  })
  it('checks every stage, also stages the last one does not need', () => {
    expect(linesOf(rule, 'FROM alpine:3.20 AS unused\nCOPY $foo /x\nFROM alpine:3.20\nRUN echo hi\n')).toEqual([2])
  })
  it('reports each undefined variable of an instruction', () => {
    expect(messages('FROM alpine:3.20\nLABEL a=$ONE b=${TWO} c=$ONE\n')).toEqual([
      "Usage of undefined variable '$ONE'.",
      "Usage of undefined variable '$TWO'.",
    ])
  })
  it('suggests a name that differs only in case', () => {
    expect(messages('FROM alpine:3.20\nARG FOO=1\nCOPY $foo /x\n')[0]).toBe("Usage of undefined variable '$foo' (did you mean $FOO?).")
  })
  it('never reports the SBOM scanner build args', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\nLABEL scan=$BUILDKIT_SBOM_SCAN_STAGE\n')).toEqual([])
  })
  it('honours BuildKit skip comments for one instruction or the whole file', () => {
    expect(linesOf(rule, 'FROM alpine:3.20\n# check=skip=UndefinedVar\nCOPY $A /a\nCOPY $B /b\n')).toEqual([4])
    expect(linesOf(rule, '# check=skip=all\nFROM alpine:3.20\nCOPY $A /a\n')).toEqual([])
  })
  it('respects the backtick escape directive', () => {
    expect(linesOf(rule, '# escape=`\nFROM alpine:3.20\nENV A=`$B\n')).toEqual([])
  })
})
