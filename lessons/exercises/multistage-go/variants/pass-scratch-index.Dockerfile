FROM golang:1.21 AS builder
WORKDIR /app
COPY . .
RUN CGO_ENABLED=0 GOOS=linux go build -o server .

FROM scratch
COPY --from=0 /app/server /server
USER 65532:65532
ENTRYPOINT ["/server"]
