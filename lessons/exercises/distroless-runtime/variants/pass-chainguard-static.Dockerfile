# syntax=docker/dockerfile:1
# Chainguard's static image is distroless too (no shell, runs as nonroot); CGO_ENABLED set with ENV.
FROM golang:1.22-bookworm AS builder
ENV CGO_ENABLED=0
WORKDIR /go/src/statusd
COPY go.mod ./
RUN --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=bind,target=. \
    go build -o /out/statusd .

FROM cgr.dev/chainguard/static:latest
COPY --from=builder --link /out/statusd /app/statusd
ENTRYPOINT ["/app/statusd"]
CMD ["-v"]
