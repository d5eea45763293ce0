# TODO: this Dockerfile gets almost everything wrong. Make the image at least 80 % smaller,
# leave the analyzer with no errors or warnings, run as a non-root user, and let an edit
# under src/ keep the dependency install cached.
FROM node:20
WORKDIR /app
COPY . .
RUN apt-get update
RUN apt-get install -y curl vim
RUN npm install
RUN npm run build
EXPOSE 3000
CMD npm start
