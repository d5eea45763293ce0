/**
 * The playground's example picker: the seed tutorial's Dockerfiles, each with a small, realistic
 * build context (text files with their content, plus size-only entries for heavy folders such as
 * `node_modules/` or `.git/`), so the what-if panel and the size estimate have something to chew on.
 */
import type { LocalizedText } from '@/lib/lint/rule'
import type { LabContext } from './context'

export interface LabExample {
  id: string
  title: LocalizedText
  description: LocalizedText
  dockerfile: string
  context: LabContext
}

const lines = (...l: string[]) => `${l.join('\n')}\n`

const PACKAGE_JSON_API = lines(
  '{',
  '  "name": "orders-api",',
  '  "version": "1.4.2",',
  '  "private": true,',
  '  "main": "src/index.js",',
  '  "scripts": {',
  '    "start": "node src/index.js",',
  '    "test": "node --test"',
  '  },',
  '  "dependencies": {',
  '    "express": "4.21.2",',
  '    "pino": "9.5.0"',
  '  }',
  '}',
)

const INDEX_JS = lines(
  "const express = require('express')",
  "const { routes } = require('./routes')",
  '',
  'const app = express()',
  'app.use(express.json())',
  "app.use('/orders', routes)",
  '',
  'const port = Number(process.env.PORT ?? 3000)',
  'app.listen(port, () => console.log(`listening on ${port}`))',
)

const ROUTES_JS = lines(
  "const { Router } = require('express')",
  '',
  'const routes = Router()',
  "routes.get('/', (_req, res) => res.json([]))",
  '',
  'module.exports = { routes }',
)

const GIT: LabContext['files'] = [{ path: '.git/objects/pack/pack-3f2a.pack', size: 18_400_000 }]

export const examples: readonly LabExample[] = [
  {
    id: 'node-bad-order',
    title: { es: 'Node: el orden que rompe la caché', en: 'Node: the order that breaks the cache' },
    description: {
      es: '`COPY . .` antes de `npm ci`: cualquier cambio en el código reinstala todas las dependencias.',
      en: '`COPY . .` before `npm ci`: any code change reinstalls every dependency.',
    },
    dockerfile: lines(
      'FROM node:20-alpine',
      'WORKDIR /app',
      'COPY . .',
      'RUN npm ci',
      'CMD ["node", "src/index.js"]',
    ),
    context: {
      files: [
        { path: 'package.json', content: PACKAGE_JSON_API },
        { path: 'package-lock.json', size: 212_000 },
        { path: 'src/index.js', content: INDEX_JS },
        { path: 'src/routes.js', content: ROUTES_JS },
        { path: 'test/orders.test.js', size: 2_300 },
        { path: 'README.md', size: 3_100 },
        { path: 'node_modules/express/index.js', size: 48_000_000 },
        ...GIT,
      ],
      dockerignore: lines('node_modules', '.git', '*.md'),
    },
  },
  {
    id: 'node',
    title: { es: 'Node.js con build (multistage)', en: 'Node.js with a build step (multistage)' },
    description: {
      es: 'Compila en una etapa y lleva a producción solo las dependencias de producción y `dist/`.',
      en: 'Builds in one stage and ships only production dependencies and `dist/`.',
    },
    dockerfile: lines(
      '# Stage 1: Build',
      'FROM node:20 AS builder',
      'WORKDIR /app',
      'COPY package*.json ./',
      'RUN npm ci',
      'COPY . .',
      'RUN npm run build',
      '',
      '# Stage 2: Production',
      'FROM node:20-alpine',
      'WORKDIR /app',
      'COPY package*.json ./',
      'RUN npm ci --only=production',
      'COPY --from=builder /app/dist ./dist',
      'CMD ["node", "dist/index.js"]',
    ),
    context: {
      files: [
        {
          path: 'package.json',
          content: lines(
            '{',
            '  "name": "billing-service",',
            '  "version": "2.0.1",',
            '  "private": true,',
            '  "scripts": { "build": "tsc -p .", "start": "node dist/index.js" },',
            '  "dependencies": { "fastify": "5.2.0" },',
            '  "devDependencies": { "typescript": "5.7.2", "@types/node": "22.10.2" }',
            '}',
          ),
        },
        { path: 'package-lock.json', size: 148_000 },
        { path: 'tsconfig.json', content: lines('{', '  "compilerOptions": { "outDir": "dist", "module": "commonjs", "target": "es2022", "strict": true }', '}') },
        { path: 'src/index.ts', content: lines("import Fastify from 'fastify'", '', 'const app = Fastify()', "app.get('/health', async () => ({ ok: true }))", 'app.listen({ port: 3000, host: "0.0.0.0" })') },
        { path: 'src/invoices.ts', size: 4_200 },
        { path: 'node_modules/fastify/package.json', size: 61_000_000 },
        ...GIT,
      ],
      dockerignore: lines('node_modules', 'dist', '.git'),
    },
  },
  {
    id: 'go',
    title: { es: 'Go: compilar y copiar solo el binario', en: 'Go: build, then copy only the binary' },
    description: {
      es: 'La etapa de compilación pesa cientos de MB; la final, un Alpine con un binario.',
      en: 'The build stage weighs hundreds of MB; the final one is Alpine plus one binary.',
    },
    dockerfile: lines(
      '# Stage 1: Compilación',
      'FROM golang:1.21-alpine AS builder',
      'WORKDIR /app',
      'COPY go.* ./',
      'RUN go mod download',
      'COPY . .',
      'RUN go build -o app',
      '',
      '# Stage 2: Ejecución',
      'FROM alpine:3.19',
      'COPY --from=builder /app/app /app',
      'ENTRYPOINT ["/app"]',
    ),
    context: {
      files: [
        { path: 'go.mod', content: lines('module example.com/shortener', '', 'go 1.21', '', 'require github.com/go-chi/chi/v5 v5.1.0') },
        { path: 'go.sum', content: lines('github.com/go-chi/chi/v5 v5.1.0 h1:acVI1TYaD+hhedDJ3r54HyA6sExp3HfXq7QWEEY/xMw=', 'github.com/go-chi/chi/v5 v5.1.0/go.mod h1:DslCQbL2OYiznFReuXYUmQ2hGd1aDpCnlMNITLSKoi8=') },
        {
          path: 'main.go',
          content: lines(
            'package main',
            '',
            'import (',
            '\t"log"',
            '\t"net/http"',
            '',
            '\t"github.com/go-chi/chi/v5"',
            ')',
            '',
            'func main() {',
            '\tr := chi.NewRouter()',
            '\tr.Get("/{code}", redirect)',
            '\tlog.Fatal(http.ListenAndServe(":8080", r))',
            '}',
          ),
        },
        { path: 'handlers.go', size: 3_800 },
        { path: 'handlers_test.go', size: 5_100 },
        { path: 'README.md', size: 2_400 },
        ...GIT,
      ],
      dockerignore: lines('.git', '*.md'),
    },
  },
  {
    id: 'frontend-nginx',
    title: { es: 'Frontend estático servido con nginx', en: 'Static frontend served by nginx' },
    description: {
      es: 'Node compila los assets; la imagen final es nginx con los archivos de `dist/`.',
      en: 'Node builds the assets; the final image is nginx with the files from `dist/`.',
    },
    dockerfile: lines(
      '# Stage 1: Build frontend',
      'FROM node:20-alpine AS builder',
      'WORKDIR /app',
      'COPY package*.json ./',
      'RUN npm ci',
      'COPY . .',
      'RUN npm run build',
      '',
      '# Stage 2: Serve with nginx',
      'FROM nginx:alpine',
      'COPY --from=builder /app/dist /usr/share/nginx/html',
      'COPY nginx.conf /etc/nginx/nginx.conf',
      'EXPOSE 80',
    ),
    context: {
      files: [
        {
          path: 'package.json',
          content: lines(
            '{',
            '  "name": "dashboard",',
            '  "private": true,',
            '  "scripts": { "build": "vite build", "dev": "vite" },',
            '  "dependencies": { "preact": "10.25.4" },',
            '  "devDependencies": { "vite": "6.0.7" }',
            '}',
          ),
        },
        { path: 'package-lock.json', size: 96_000 },
        { path: 'index.html', content: lines('<!doctype html>', '<html lang="en">', '  <body>', '    <div id="app"></div>', '    <script type="module" src="/src/main.jsx"></script>', '  </body>', '</html>') },
        { path: 'vite.config.js', content: lines("import { defineConfig } from 'vite'", '', "export default defineConfig({ build: { outDir: 'dist' } })") },
        { path: 'src/main.jsx', content: lines("import { render } from 'preact'", "import { App } from './App.jsx'", '', "render(<App />, document.getElementById('app'))") },
        { path: 'src/App.jsx', size: 6_400 },
        { path: 'public/logo.svg', size: 9_800 },
        {
          path: 'nginx.conf',
          content: lines(
            'events {}',
            'http {',
            '  include /etc/nginx/mime.types;',
            '  server {',
            '    listen 80;',
            '    root /usr/share/nginx/html;',
            '    location / { try_files $uri /index.html; }',
            '  }',
            '}',
          ),
        },
        { path: 'node_modules/vite/package.json', size: 74_000_000 },
      ],
      dockerignore: lines('node_modules', 'dist', '.git'),
    },
  },
  {
    id: 'rust-dummy',
    title: { es: 'Rust: build ficticio para cachear dependencias', en: 'Rust: a dummy build to cache dependencies' },
    description: {
      es: 'Compila las dependencias con un `main.rs` vacío; cambiar tu código ya no las recompila.',
      en: 'Compiles dependencies against an empty `main.rs`; changing your code no longer rebuilds them.',
    },
    dockerfile: lines(
      'FROM rust:1.83-alpine AS builder',
      'WORKDIR /app',
      '',
      '# Copiar solo manifiestos de dependencias',
      'COPY Cargo.toml Cargo.lock ./',
      '',
      '# Crear proyecto dummy',
      'RUN mkdir src && \\',
      '    echo "fn main() {}" > src/main.rs && \\',
      '    cargo build --release && \\',
      '    rm -rf src',
      '',
      '# Ahora copiar código real (las deps ya están cacheadas)',
      'COPY src ./src',
      'RUN touch src/main.rs && cargo build --release',
      '',
      'FROM alpine:3.20',
      'COPY --from=builder /app/target/release/app /usr/local/bin/app',
      'USER 1000',
      'ENTRYPOINT ["/usr/local/bin/app"]',
    ),
    context: {
      files: [
        {
          path: 'Cargo.toml',
          content: lines('[package]', 'name = "app"', 'version = "0.3.0"', 'edition = "2021"', '', '[dependencies]', 'axum = "0.7"', 'tokio = { version = "1", features = ["full"] }'),
        },
        { path: 'Cargo.lock', size: 41_000 },
        { path: 'src/main.rs', content: lines('use axum::{routing::get, Router};', '', '#[tokio::main]', 'async fn main() {', '    let app = Router::new().route("/", get(|| async { "ok" }));', '    let listener = tokio::net::TcpListener::bind("0.0.0.0:8080").await.unwrap();', '    axum::serve(listener, app).await.unwrap();', '}') },
        { path: 'src/routes.rs', size: 7_200 },
        { path: 'target/release/app', size: 9_600_000 },
        ...GIT,
      ],
      dockerignore: lines('target', '.git'),
    },
  },
  {
    id: 'python-cleanup',
    title: { es: 'Python: limpiar en el mismo RUN', en: 'Python: clean up in the same RUN' },
    description: {
      es: 'Instala los compiladores, construye las dependencias y los borra en una sola capa.',
      en: 'Installs compilers, builds the dependencies and removes the compilers in a single layer.',
    },
    dockerfile: lines(
      'FROM python:3.12-alpine',
      'WORKDIR /app',
      'COPY requirements.txt .',
      'RUN apk add --no-cache --virtual .build-deps \\',
      '    gcc musl-dev && \\',
      '    pip install --no-cache-dir -r requirements.txt && \\',
      '    apk del .build-deps',
      'COPY . .',
      'CMD ["python", "app.py"]',
    ),
    context: {
      files: [
        { path: 'requirements.txt', content: lines('flask==3.1.0', 'gunicorn==23.0.0', 'psycopg2==2.9.10') },
        { path: 'app.py', content: lines('from flask import Flask', '', 'app = Flask(__name__)', '', '', '@app.get("/")', 'def index():', '    return {"status": "ok"}') },
        { path: 'templates/index.html', size: 1_900 },
        { path: 'tests/test_app.py', size: 1_200 },
        { path: '.venv/lib/python3.12/site-packages/flask/app.py', size: 38_000_000 },
      ],
      dockerignore: lines('.venv', '__pycache__', '.git', 'tests'),
    },
  },
  {
    id: 'multi-target',
    title: { es: 'Varios destinos con --target', en: 'Several targets with --target' },
    description: {
      es: 'Una etapa base y dos finales: desarrollo y producción. Elige el destino en el grafo de etapas.',
      en: 'One base stage and two final ones: development and production. Pick the target in the stage graph.',
    },
    dockerfile: lines(
      'FROM node:20 AS base',
      'WORKDIR /app',
      'COPY package*.json ./',
      '',
      'FROM base AS development',
      'RUN npm install',
      'COPY . .',
      'CMD ["npm", "run", "dev"]',
      '',
      'FROM base AS production',
      'RUN npm ci --only=production',
      'COPY . .',
      'CMD ["npm", "start"]',
    ),
    context: {
      files: [
        { path: 'package.json', content: PACKAGE_JSON_API },
        { path: 'package-lock.json', size: 212_000 },
        { path: 'src/index.js', content: INDEX_JS },
        { path: 'src/routes.js', content: ROUTES_JS },
        { path: 'node_modules/express/index.js', size: 48_000_000 },
      ],
      dockerignore: lines('node_modules', '.git'),
    },
  },
]

export const DEFAULT_EXAMPLE_ID = 'node-bad-order'

export function findExample(id: string): LabExample | undefined {
  return examples.find((e) => e.id === id)
}
