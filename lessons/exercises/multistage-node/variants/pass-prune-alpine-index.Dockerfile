FROM node:20-alpine
WORKDIR /usr/src/app
COPY package*.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-alpine
ENV NODE_ENV=production
WORKDIR /usr/src/app
COPY --from=0 /usr/src/app/package.json ./
COPY --from=0 /usr/src/app/node_modules ./node_modules
COPY --from=0 /usr/src/app/dist ./dist
USER node
CMD ["node", "dist/index.js"]
