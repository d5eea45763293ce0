# npm config set stores the token in /root/.npmrc, which stays in the layer of this RUN.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN \
    npm config set @acme:registry https://npm.pkg.github.com \
 && npm config set //npm.pkg.github.com/:_authToken "${NPM_TOKEN}" \
 && npm ci --omit=dev
COPY src ./src
USER node
CMD ["node", "src/index.js"]
