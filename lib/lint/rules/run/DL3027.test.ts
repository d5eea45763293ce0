import { describe, expect, it } from 'vitest'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './DL3027'

describe('DL3027', () => {
  it('reports a RUN that uses apt', () => {
    expect(linesOf(rule, 'FROM ubuntu:24.04\nRUN apt install -y curl\n')).toEqual([2])
  })
  it('does not confuse apt-get, apt-cache or an apt argument with the apt command', () => {
    expect(linesOf(rule, 'FROM ubuntu:24.04\nRUN apt-get install -y apt && apt-cache policy curl && rm -rf /var/lib/apt/lists/*\n')).toEqual([])
  })
  it('finds apt anywhere in the script, in exec form, ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM ubuntu:24.04\nRUN set -eux; \\\n    apt update\n')).toEqual([2])
    expect(linesOf(rule, 'FROM ubuntu:24.04\nRUN ["apt", "update"]\n')).toEqual([2])
    expect(linesOf(rule, 'FROM ubuntu:24.04\nONBUILD RUN apt update\n')).toEqual([2])
    expect(linesOf(rule, 'FROM ubuntu:24.04\nRUN <<EOF\napt update\nEOF\n')).toEqual([2])
  })
  it('quick fix replaces every apt command with apt-get and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM ubuntu:24.04\nRUN apt update \\\n && apt install -y curl\n')
    expect(fixed).toBe('FROM ubuntu:24.04\nRUN apt-get update \\\n && apt-get install -y curl\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('quick fix leaves apt-get commands alone', () => {
    const fixed = applyFirstFix(rule, 'FROM ubuntu:24.04\nRUN apt-get update && apt install -y curl\n')
    expect(fixed).toBe('FROM ubuntu:24.04\nRUN apt-get update && apt-get install -y curl\n')
  })
  it('offers no quick fix in exec form', () => {
    expect(findingsOf(rule, 'FROM ubuntu:24.04\nRUN ["apt", "update"]\n')[0]?.fix).toBeNull()
  })
  it('quick fix renames only apt in command position', () => {
    const fixed = applyFirstFix(rule, 'FROM ubuntu:24.04\nRUN echo apt; apt update\n')
    expect(fixed).toBe('FROM ubuntu:24.04\nRUN echo apt; apt-get update\n')
  })
})
