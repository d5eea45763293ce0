# The Dockerfile is unchanged: what matters is the .dockerignore next to it.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY packages/web/package.json packages/web/
RUN npm ci --omit=dev
# Everything the .dockerignore lets through lands in /app.
COPY . .
USER node
EXPOSE 3000
CMD ["node", "src/index.js"]
