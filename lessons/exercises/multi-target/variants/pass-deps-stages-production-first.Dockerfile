# syntax=docker/dockerfile:1
# Production is declared first and copies node_modules from a prod-deps stage; names in another case, --from by name.
FROM node:20-alpine AS Base
WORKDIR /srv
COPY package*.json ./

FROM base AS prod-deps
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev

FROM base AS Production
COPY --from=prod-deps /srv/node_modules ./node_modules
COPY src/ src/
ENV NODE_ENV=production
USER 1000:1000
CMD ["node", "src/index.js"]

FROM base AS Development
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
CMD ["npx", "nodemon", "--watch", "src", "src/index.js"]
