# TODO: this single-stage image ships the whole Go toolchain (~800 MB).
# Split it into a build stage and a minimal runtime stage.
FROM golang:1.21
WORKDIR /src
COPY go.mod ./
RUN go mod download
COPY . .
RUN go build -o /usr/local/bin/hello .
EXPOSE 8080
CMD ["hello"]
