# One nginx stage that installs Node to build: the Node runtime stays in a layer of the final image.
FROM nginx:1.27-alpine
WORKDIR /app
RUN apk add --no-cache nodejs npm
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && cp -r dist/. /usr/share/nginx/html/
EXPOSE 80
