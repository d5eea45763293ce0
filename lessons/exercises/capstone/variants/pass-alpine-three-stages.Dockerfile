# syntax=docker/dockerfile:1
# Production dependencies and the compile in separate stages; npm start reads package.json in the runtime.
FROM node:20-alpine AS base
WORKDIR /app
COPY package*.json ./

FROM base AS prod-deps
RUN npm ci --omit=dev && npm cache clean --force

FROM base AS compile
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build

FROM node:20-alpine
ENV NODE_ENV=production
WORKDIR /app
COPY package.json ./
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=compile /app/dist ./dist
USER 1000:1000
CMD ["npm", "start"]
