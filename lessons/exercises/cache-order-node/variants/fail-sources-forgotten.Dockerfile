# The sources are never copied after the install: the image has no src/index.js.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev
USER node
CMD ["node", "src/index.js"]
