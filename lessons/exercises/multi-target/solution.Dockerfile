# syntax=docker/dockerfile:1
# Shared by both targets: the runtime, the working directory and the manifests
FROM node:20-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

# docker build --target development: every dependency and the dev server
FROM base AS development
RUN npm ci
COPY . .
USER node
EXPOSE 3000
CMD ["npm", "run", "dev"]

# docker build --target production (also the default: the last stage)
FROM base AS production
ENV NODE_ENV=production
RUN npm ci --omit=dev && npm cache clean --force
COPY src ./src
USER node
EXPOSE 3000
CMD ["node", "src/index.js"]
