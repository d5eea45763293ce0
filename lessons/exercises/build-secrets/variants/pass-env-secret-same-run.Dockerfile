# syntax=docker/dockerfile:1
# docker build --secret id=npm_token,env=NPM_TOKEN .
# The token is an environment variable of this RUN only; the .npmrc is written and deleted in the same layer.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN <<EOF
set -e
printf '@acme:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken=%s\n' "$NPM_TOKEN" > .npmrc
npm ci --omit=dev
rm -f .npmrc
EOF
COPY src ./src
USER node
CMD ["node", "src/index.js"]
