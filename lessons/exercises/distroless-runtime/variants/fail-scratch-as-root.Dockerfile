# scratch has no users at all and no USER is set, so the binary runs as root (uid 0).
FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY go.mod *.go ./
RUN CGO_ENABLED=0 go build -o /out/statusd .

FROM scratch
COPY --from=build /out/statusd /statusd
ENTRYPOINT ["/statusd"]
