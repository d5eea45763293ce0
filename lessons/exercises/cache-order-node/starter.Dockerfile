FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
# TODO: any edit under src/ changes this COPY, so `npm ci` below runs again.
# Copy the dependency manifests first, install, and only then copy the code.
COPY . .
RUN npm ci --omit=dev
USER node
CMD ["node", "src/index.js"]
