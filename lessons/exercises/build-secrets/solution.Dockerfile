# syntax=docker/dockerfile:1
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# docker build --secret id=npmrc,src=$HOME/.npmrc .
# The .npmrc (registry and token) is mounted only while this RUN runs: never in a layer or the history
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc \
    npm ci --omit=dev && npm cache clean --force
COPY src ./src
USER node
EXPOSE 3000
CMD ["node", "src/index.js"]
