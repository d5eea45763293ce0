# The development target starts the app with plain node, not the dev server.
FROM node:20-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS development
RUN npm ci
COPY . .
CMD ["node", "src/index.js"]

FROM base AS production
RUN npm ci --omit=dev
COPY src ./src
CMD ["node", "src/index.js"]
