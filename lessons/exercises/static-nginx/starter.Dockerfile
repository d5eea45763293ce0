# TODO: the site is static once built, yet this image ships Node, npm, every
# dependency and the sources just to serve dist/. Build it in one stage and
# serve dist/ with nginx from another.
FROM node:20
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
EXPOSE 4173
CMD ["npx", "vite", "preview", "--host", "0.0.0.0"]
