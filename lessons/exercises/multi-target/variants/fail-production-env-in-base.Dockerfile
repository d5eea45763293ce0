# NODE_ENV=production in the shared base makes npm ci skip devDependencies in development too: no nodemon.
FROM node:20-slim AS base
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./

FROM base AS development
RUN npm ci
COPY . .
CMD ["npm", "run", "dev"]

FROM base AS production
RUN npm ci
COPY src ./src
CMD ["node", "src/index.js"]
