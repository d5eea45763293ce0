# Without target, the secret is mounted at /run/secrets/npmrc, which npm never reads: the install gets no token.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc npm ci --omit=dev
COPY src ./src
USER node
CMD ["node", "src/index.js"]
