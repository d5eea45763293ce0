# syntax=docker/dockerfile:1
# Distroless runtime (no shell, no npm), --from by index, npm's cache in a cache mount.
FROM node:20-bookworm-slim
WORKDIR /build
COPY ["package.json", "package-lock.json", "./"]
RUN --mount=type=cache,target=/root/.npm npm ci
COPY tsconfig.json ./
COPY src/ src/
RUN npm run build && npm prune --omit=dev

FROM gcr.io/distroless/nodejs20-debian12:nonroot
WORKDIR /app
ENV NODE_ENV=production
COPY --from=0 /build/node_modules ./node_modules
COPY --from=0 /build/dist ./dist
USER 65532:65532
EXPOSE 3000
CMD ["dist/index.js"]
