# nginx serves /usr/share/nginx/html; /var/www/html is where Apache would look.
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /var/www/html
EXPOSE 80
