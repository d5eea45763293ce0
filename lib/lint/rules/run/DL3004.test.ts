import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './DL3004'

describe('DL3004', () => {
  it('reports sudo anywhere in a RUN', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN sudo apt-get update\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nRUN make && sudo make install\n')).toEqual([2])
  })
  it('does not report installing or configuring sudo', () => {
    expect(linesOf(rule, 'FROM debian:12\nRUN apt-get install -y sudo && echo "app ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/app\n')).toEqual([])
  })
  it('looks inside ONBUILD, heredocs and exec form', () => {
    expect(linesOf(rule, 'FROM debian:12\nONBUILD RUN sudo make install\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nRUN <<EOF\nsudo make install\nEOF\n')).toEqual([2])
    expect(linesOf(rule, 'FROM debian:12\nRUN ["sudo", "make", "install"]\n')).toEqual([2])
  })
})
