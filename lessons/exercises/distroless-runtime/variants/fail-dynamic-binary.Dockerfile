# Built with cgo on (golang:1.22-bookworm's default): the binary needs libc, which distroless/static lacks.
FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY go.mod ./
COPY *.go ./
RUN go build -o /out/statusd .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/statusd /statusd
ENTRYPOINT ["/statusd"]
