# syntax=docker/dockerfile:1
FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY go.mod ./
RUN go mod download
COPY *.go ./
# Static: without cgo the binary needs no libc at run time
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/statusd .

# No shell and no package manager; CA certificates, tzdata and the nonroot user (65532) come with it
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/statusd /statusd
USER 65532:65532
EXPOSE 8080
ENTRYPOINT ["/statusd"]
