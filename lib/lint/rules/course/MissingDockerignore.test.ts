import { describe, expect, it } from 'vitest'
import { contextFrom, linesOf } from '../../testing'
import rule from './MissingDockerignore'

const app = { 'package.json': '{}', 'src/index.js': '' }

describe('MissingDockerignore', () => {
  it('reports each whole-context copy when the context has no .dockerignore', () => {
    expect(linesOf(rule, 'FROM node:20\nWORKDIR /app\nCOPY . .\nFROM node:20\nADD ./ /srv/\n', { context: contextFrom(app) })).toEqual([3, 5])
  })
  it('is silent with a .dockerignore, even an empty one', () => {
    expect(linesOf(rule, 'FROM node:20\nCOPY . .\n', { context: contextFrom({ ...app, '.dockerignore': '' }) })).toEqual([])
  })
  it('is silent for targeted copies', () => {
    expect(linesOf(rule, 'FROM node:20\nCOPY package.json src/ ./\n', { context: contextFrom(app) })).toEqual([])
  })
  it('says nothing without a build context', () => {
    expect(linesOf(rule, 'FROM node:20\nCOPY . .\n')).toEqual([])
  })
})
