# syntax=docker/dockerfile:1
# Build stage: every dependency (TypeScript included) and the compile
FROM node:20-slim AS build
WORKDIR /app
# Manifests first: editing src/ keeps npm ci cached
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
# Compile, then drop the devDependencies before anything leaves this stage
RUN npm run build && npm prune --omit=dev

# Runtime: Node and the production files only, as the unprivileged node user
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
CMD ["node", "dist/index.js"]
