# syntax=docker/dockerfile:1

# The Stagecraft site itself, built the way the course teaches: a Node stage builds the static
# export, and a small non-root nginx stage serves it. Nothing from the build stage but out/ ships.
#   docker build -t stagecraft .
#   docker run --rm -p 8080:8080 stagecraft     → http://localhost:8080/

FROM node:20.19-bookworm-slim AS build
ENV NEXT_TELEMETRY_DISABLED=1
WORKDIR /app
# Dependency manifests first: this layer and `npm ci` stay cached until they change.
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci --no-audit --no-fund
# Then the sources (.dockerignore keeps node_modules, out/ and .git out of the context).
COPY . .
RUN npm run build

FROM nginxinc/nginx-unprivileged:1.27-alpine
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
# Files stay owned by root and read-only for nginx: the server cannot modify what it serves.
COPY --from=build /app/out /usr/share/nginx/html
# The image's unprivileged nginx user, stated explicitly by numeric uid.
USER 101
EXPOSE 8080
