import { describe, expect, it } from 'vitest'
import { applyFirstFix, findingsOf, linesOf } from '../../testing'
import rule from './DL3042'

describe('DL3042', () => {
  it('reports pip install without --no-cache-dir, requirement files included', () => {
    expect(linesOf(rule, 'FROM python:3.12\nRUN pip install -r requirements.txt\n')).toEqual([2])
    expect(linesOf(rule, 'FROM python:3.12\nRUN python3 -m pip install flask==3.0.3\n')).toEqual([2])
  })
  it('accepts --no-cache-dir and ignores pipx and pipenv', () => {
    expect(linesOf(rule, 'FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt\n')).toEqual([])
    expect(linesOf(rule, 'FROM python:3.12\nRUN pipx install black==24.4.2 && pipenv install\n')).toEqual([])
    expect(linesOf(rule, 'FROM python:3.12\nRUN python -m pipx install black==24.4.2\n')).toEqual([])
  })
  it('accepts a truthy ENV PIP_NO_CACHE_DIR earlier in the stage or inherited from a base stage', () => {
    expect(linesOf(rule, 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install -r requirements.txt\n')).toEqual([])
    expect(linesOf(rule, 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=YES\nRUN pip install -r requirements.txt\n')).toEqual([])
    expect(linesOf(rule, 'FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=true\nFROM base\nRUN pip install -r requirements.txt\n')).toEqual([])
  })
  it('still reports when the ENV is falsy, comes later, or belongs to another stage', () => {
    expect(linesOf(rule, 'FROM python:3.12\nENV PIP_NO_CACHE_DIR=0\nRUN pip install -r r.txt\n')).toEqual([3])
    expect(linesOf(rule, 'FROM python:3.12\nRUN pip install -r r.txt\nENV PIP_NO_CACHE_DIR=1\n')).toEqual([2])
    expect(linesOf(rule, 'FROM python:3.12 AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install -r r.txt\n')).toEqual([4])
  })
  it('accepts PIP_NO_CACHE_DIR set inline in the RUN', () => {
    expect(linesOf(rule, 'FROM python:3.12\nRUN PIP_NO_CACHE_DIR=1 pip install -r requirements.txt\n')).toEqual([])
    expect(linesOf(rule, 'FROM python:3.12\nRUN export PIP_NO_CACHE_DIR=on && pip install -r requirements.txt\n')).toEqual([])
  })
  it('accepts a cache or tmpfs mount on the pip cache', () => {
    expect(linesOf(rule, 'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt\n')).toEqual([])
  })
  it('looks inside ONBUILD and heredocs', () => {
    expect(linesOf(rule, 'FROM python:3.12\nONBUILD RUN pip install -r requirements.txt\n')).toEqual([2])
    expect(linesOf(rule, 'FROM python:3.12\nONBUILD ENV PIP_NO_CACHE_DIR=1\nONBUILD RUN pip install -r requirements.txt\n')).toEqual([])
    expect(linesOf(rule, 'FROM python:3.12\nRUN <<EOF\npip install -r requirements.txt\nEOF\n')).toEqual([2])
  })
  it('quick fix adds --no-cache-dir after install and the finding disappears', () => {
    const fixed = applyFirstFix(rule, 'FROM python:3.12\nRUN pip install --upgrade pip \\\n && python3 -m pip install -r requirements.txt\n')
    expect(fixed).toBe('FROM python:3.12\nRUN pip install --no-cache-dir --upgrade pip \\\n && python3 -m pip install --no-cache-dir -r requirements.txt\n')
    expect(linesOf(rule, fixed)).toEqual([])
  })
  it('offers no quick fix in exec form', () => {
    expect(findingsOf(rule, 'FROM python:3.12\nRUN ["pip", "install", "-r", "requirements.txt"]\n')[0]?.fix).toBeNull()
  })
  it('quick fix skips pip mentioned as an argument and follows RUN flags', () => {
    const code = 'FROM python:3.12\nRUN --network=host apt-get install -y python3-pip pip && pip install -r requirements.txt\n'
    const fixed = applyFirstFix(rule, code)
    expect(fixed).toBe('FROM python:3.12\nRUN --network=host apt-get install -y python3-pip pip && pip install --no-cache-dir -r requirements.txt\n')
  })
})
