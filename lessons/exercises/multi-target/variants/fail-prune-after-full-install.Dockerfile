# npm prune in a later RUN hides the devDependencies, but they still ship in the layer of the full npm ci.
FROM node:20-slim AS base
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM base AS development
COPY . .
CMD ["npm", "run", "dev"]

FROM base AS production
RUN npm prune --omit=dev
COPY src ./src
CMD ["node", "src/index.js"]
