FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
USER node
EXPOSE 3000
# TODO: one image for everything: production also gets nodemon, eslint and the dev server.
# Split it into `development` and `production` targets built FROM a shared base stage.
CMD ["npm", "run", "dev"]
