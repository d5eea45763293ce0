FROM node:20-bookworm-slim
WORKDIR /srv/notes
COPY ["package.json", "package-lock.json", "./"]
RUN npm ci --omit=dev
COPY ["src/", "src/"]
ENV NODE_ENV=production
USER 1000
CMD ["node", "/srv/notes/src/index.js"]
