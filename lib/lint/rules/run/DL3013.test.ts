import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './DL3013'

const lines = (run: string) => linesOf(rule, `FROM python:3.12\nRUN ${run}\n`)

describe('DL3013', () => {
  it('reports pip install of an unpinned package, including pip itself', () => {
    expect(lines('pip install flask')).toEqual([2])
    expect(lines('pip install --upgrade pip')).toEqual([2])
  })
  it('checks every pip* command and python -m pip, but not pipenv', () => {
    expect(lines('pip3 install flask')).toEqual([2])
    expect(lines('pip3.12 install flask')).toEqual([2])
    expect(lines('pipx install black')).toEqual([2])
    expect(lines('python3 -m pip install flask')).toEqual([2])
    expect(lines('pipenv install black')).toEqual([])
  })
  it('accepts every version operator', () => {
    for (const spec of ['flask==3.0.3', "'flask>=3'", "'flask<4'", "'flask!=3.0.0'", 'flask~=3.0', 'flask===3.0.3']) {
      expect(lines(`pip install ${spec}`)).toEqual([])
    }
  })
  it('accepts local wheels and sdists, paths and URLs, and VCS URLs with @ref', () => {
    expect(lines('pip install dist/app-1.0-py3-none-any.whl pkg.tar.gz ./lib https://example.com/x.zip')).toEqual([])
    expect(lines('pip install git+https://github.com/org/repo.git@v1.2#egg=repo')).toEqual([])
    expect(lines('pip install git+https://github.com/org/repo.git#egg=repo')).toEqual([2])
  })
  it('skips requirement files, the local project and constraint files', () => {
    expect(lines('pip install -r requirements.txt')).toEqual([])
    expect(lines('pip install --requirement requirements.txt')).toEqual([])
    expect(lines('pip install .')).toEqual([])
    expect(lines('pip install -c constraints.txt flask')).toEqual([])
    expect(lines('pip install flask --constraint https://example.com/c.txt')).toEqual([])
  })
  it('does not take option values for packages', () => {
    expect(lines('pip install --index-url https://pypi.example.com/simple --trusted-host pypi.example.com flask==3.0.3')).toEqual([])
    expect(lines('pip install --target /opt/lib -i https://mirror/simple flask==3.0.3')).toEqual([])
    expect(lines('pip install --no-cache-dir --user flask==3.0.3')).toEqual([])
  })
  it('names the unpinned packages in the message', () => {
    expect(findingsOf(rule, 'FROM python:3.12\nRUN pip install flask==3.0.3 requests gunicorn\n')[0]?.message.en).toContain('requests, gunicorn')
  })
  it('looks inside ONBUILD, heredocs and exec form', () => {
    expect(linesOf(rule, 'FROM python:3.12\nONBUILD RUN pip install flask\n')).toEqual([2])
    expect(linesOf(rule, 'FROM python:3.12\nRUN <<EOF\npip install flask\nEOF\n')).toEqual([2])
    expect(linesOf(rule, 'FROM python:3.12\nRUN ["pip", "install", "flask"]\n')).toEqual([2])
  })
})
