# Renaming the build argument does not help: GH_PACKAGES still carries the token through ARG.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
ARG GH_PACKAGES
COPY package.json package-lock.json ./
RUN echo "@acme:registry=https://npm.pkg.github.com" > .npmrc \
 && echo "//npm.pkg.github.com/:_authToken=${GH_PACKAGES}" >> .npmrc \
 && npm ci --omit=dev \
 && rm -f .npmrc
COPY src ./src
USER node
CMD ["node", "src/index.js"]
