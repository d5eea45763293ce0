# syntax=docker/dockerfile:1
FROM node:20-bookworm-slim AS frontend
WORKDIR /app
COPY ["package.json", "package-lock.json", "./"]
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-bookworm
COPY --link ["nginx.conf", "/etc/nginx/conf.d/default.conf"]
COPY --link --from=frontend ["/app/dist", "/usr/share/nginx/html"]
CMD ["nginx", "-g", "daemon off;"]
