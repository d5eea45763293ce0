# syntax=docker/dockerfile:1
# The secret is mounted as the project's .npmrc (relative target), and npm's cache lives in a cache mount.
FROM node:20-alpine
WORKDIR /usr/src/app
COPY ["package.json", "package-lock.json", "./"]
RUN --mount=type=secret,id=npmrc,target=.npmrc,required=true \
    --mount=type=cache,target=/root/.npm \
    npm ci --omit=dev
COPY src/ src/
USER node
ENV NODE_ENV=production
CMD ["node", "src/index.js"]
