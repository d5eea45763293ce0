FROM node:20 AS build
WORKDIR /src
COPY ["package.json", "package-lock.json", "./"]
RUN npm ci
COPY ["tsconfig.json", "./"]
COPY ["src", "./src"]
RUN npm run build

FROM node:20-slim AS runtime
# With NODE_ENV=production, npm ci skips devDependencies
ENV NODE_ENV=production
WORKDIR /srv
COPY ["package.json", "package-lock.json", "./"]
RUN npm ci && npm cache clean --force
COPY --from=build ["/src/dist", "./dist"]
USER 1000
CMD ["npm", "start"]
