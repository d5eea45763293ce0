import { describe, expect, it } from 'vitest'
import { linesOf } from '../../testing'
import rule from './CopyAllBeforeDependencyInstall'

describe('CopyAllBeforeDependencyInstall', () => {
  it.each([
    ['npm ci', 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\n', [3]],
    ['yarn with no arguments', 'FROM node:20\nWORKDIR /app\nCOPY ./ ./\nRUN yarn\n', [3]],
    ['pip install -r', 'FROM python:3.12\nWORKDIR /app\nCOPY . /app\nRUN pip install --no-cache-dir -r requirements.txt\n', [3]],
    ['go mod download', 'FROM golang:1.22\nWORKDIR /src\nCOPY . .\nRUN go mod download && go build -o /app .\n', [3]],
    ['cargo build', 'FROM rust:1.79\nWORKDIR /src\nCOPY . .\nRUN cargo build --release\n', [3]],
    ['mvn dependency:go-offline', 'FROM maven:3.9-eclipse-temurin-21\nWORKDIR /src\nCOPY . .\nRUN mvn -B dependency:go-offline\n', [3]],
    ['an install after the manifests were copied, but behind COPY . .', 'FROM node:20\nWORKDIR /app\nCOPY package*.json ./\nCOPY . .\nRUN npm ci\n', [4]],
  ])('reports the COPY line for %s', (_name, code, lines) => {
    expect(linesOf(rule, code)).toEqual(lines)
  })

  it('is silent when the manifests are copied and installed first', () => {
    expect(linesOf(rule, 'FROM node:20\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n')).toEqual([])
  })

  it('ignores copies from other stages and installs in other stages', () => {
    expect(linesOf(rule, 'FROM node:20 AS build\nWORKDIR /app\nCOPY --from=deps . .\nRUN npm ci\nFROM node:20\nCOPY . .\nFROM node:20\nRUN npm ci\n')).toEqual([])
  })

  it('does not treat a build command as an install', () => {
    expect(linesOf(rule, 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm run build\n')).toEqual([])
  })

  it('sees installs inside heredocs', () => {
    expect(linesOf(rule, 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN <<EOF\nnpm ci\nEOF\n')).toEqual([3])
  })
})
