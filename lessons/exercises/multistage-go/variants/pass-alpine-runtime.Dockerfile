FROM golang:1.21-alpine AS build
WORKDIR /src
COPY go.mod .
RUN go mod download
COPY main.go .
RUN CGO_ENABLED=0 go build -o /bin/hello .

FROM alpine:3.20
RUN adduser -D -u 10001 app
COPY --from=build /bin/hello /usr/local/bin/hello
USER app
CMD ["hello"]
