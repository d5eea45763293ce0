# The code is copied before the install, so editing src/index.js still reruns npm ci.
FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY src ./src
RUN npm ci --omit=dev
USER node
CMD ["node", "src/index.js"]
