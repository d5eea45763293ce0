FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
# @acme/money comes from GitHub Packages, which needs a token
ARG NPM_TOKEN
COPY package.json package-lock.json ./
# TODO: the token travels as a build argument, so it is kept in the image history
# and in the build cache. Give it to npm as a build secret instead.
RUN echo "@acme:registry=https://npm.pkg.github.com" > .npmrc \
 && echo "//npm.pkg.github.com/:_authToken=${NPM_TOKEN}" >> .npmrc \
 && npm ci --omit=dev \
 && rm -f .npmrc
COPY src ./src
USER node
EXPOSE 3000
CMD ["node", "src/index.js"]
