# The secret mount is right, but ARG NPM_TOKEN is still declared: --build-arg values end up in the history.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
ARG NPM_TOKEN
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci --omit=dev
COPY src ./src
USER node
CMD ["node", "src/index.js"]
