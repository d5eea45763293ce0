# The token comes from a secret, but the .npmrc written with it is never deleted, so it ships in the layer.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN \
    echo "@acme:registry=https://npm.pkg.github.com" > .npmrc \
 && echo "//npm.pkg.github.com/:_authToken=${NPM_TOKEN}" >> .npmrc \
 && npm ci --omit=dev
COPY src ./src
USER node
CMD ["node", "src/index.js"]
