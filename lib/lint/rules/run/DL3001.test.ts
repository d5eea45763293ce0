import { describe, expect, it } from 'vitest'
import { findingsOf, linesOf } from '../../testing'
import rule from './DL3001'

describe('DL3001', () => {
  it('reports each listed tool used as a command', () => {
    for (const tool of ['free -m', 'kill 1', 'mount /dev/sda1 /mnt', 'ps aux', 'service nginx start', 'shutdown -h now', 'ssh host', 'top -b -n1', 'vim /etc/hosts']) {
      expect(linesOf(rule, `FROM debian:12\nRUN ${tool}\n`), tool).toEqual([2])
    }
  })
  it('does not report installing those tools, nor ifconfig', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get install -y ssh vim procps\n')).toEqual([])
    expect(linesOf(rule, 'FROM debian:12\nRUN ifconfig\n')).toEqual([])
  })
  it('names the tool in the message', () => {
    expect(findingsOf(rule, 'FROM debian:12\nRUN make && service nginx start\n')[0]?.message.en).toContain('service')
  })
  it('looks inside ONBUILD, heredocs and command substitutions', () => {
    expect(linesOf(rule, 'FROM debian:12\nONBUILD RUN service nginx start\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nRUN <<EOF\nps aux\nEOF\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nRUN echo "$(ps aux)"\n')).toEqual([2])
  })
})
