# The base holds only the runtime; NODE_ENV=production is given to npm ci inline, and development uses yarn-style dev.
FROM node:20-slim AS base
WORKDIR /app
EXPOSE 3000

FROM base AS development
COPY ["package.json", "package-lock.json", "./"]
RUN npm ci
COPY . .
CMD npm run dev

FROM base AS production
COPY ["package.json", "package-lock.json", "./"]
RUN NODE_ENV=production npm ci && npm cache clean --force
COPY src ./src
USER node
CMD ["npm", "start"]
