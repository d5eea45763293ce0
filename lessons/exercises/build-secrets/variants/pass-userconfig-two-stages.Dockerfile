# syntax=docker/dockerfile:1
# The build stage points npm at the default secret path; only node_modules reaches the distroless runtime.
FROM node:20-slim AS deps
WORKDIR /app
COPY package*.json ./
RUN --mount=type=secret,id=npmrc \
    NPM_CONFIG_USERCONFIG=/run/secrets/npmrc npm ci --omit=dev

FROM gcr.io/distroless/nodejs20-debian12:nonroot
WORKDIR /app
ENV NODE_ENV=production
COPY --from=deps /app/node_modules ./node_modules
COPY src ./src
CMD ["src/index.js"]
