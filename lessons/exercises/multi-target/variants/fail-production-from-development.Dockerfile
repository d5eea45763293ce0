# production is built FROM development: --target production builds development and inherits its devDependencies.
FROM node:20-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS development
RUN npm ci
COPY . .
CMD ["npm", "run", "dev"]

FROM development AS production
ENV NODE_ENV=production
RUN npm prune --omit=dev
CMD ["node", "src/index.js"]
