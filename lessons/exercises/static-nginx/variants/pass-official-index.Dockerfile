FROM node:20-slim
WORKDIR /src
COPY package*.json ./
RUN npm ci
COPY index.html vite.config.js ./
COPY public ./public
COPY src ./src
RUN npm run build

# The official image with its default server block
FROM nginx:1.27-alpine
COPY --from=0 /src/dist/ /usr/share/nginx/html/
EXPOSE 80
