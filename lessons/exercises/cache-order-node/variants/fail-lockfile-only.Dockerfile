# Only the lock file is copied before the install: editing package.json does not rerun it.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package-lock.json ./
RUN npm ci --omit=dev
COPY . .
USER node
CMD ["node", "src/index.js"]
