# TODO: one stage does everything, so the image ships node:20 (~1 GB with
# compilers), TypeScript and every devDependency. Build in one stage and run
# dist/ with production dependencies only on a slim, alpine or distroless base.
FROM node:20
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json ./
COPY src ./src
RUN npm run build
EXPOSE 3000
CMD ["node", "dist/index.js"]
