# syntax=docker/dockerfile:1
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
# 1. The manifests: this layer changes only when a dependency changes
COPY package.json package-lock.json ./
# 2. The install stays cached while the manifests are the same
RUN npm ci --omit=dev && npm cache clean --force
# 3. The code, which changes in every commit
COPY src ./src
USER node
CMD ["node", "src/index.js"]
