# scratch has no /bin/sh, so the shell-form ENTRYPOINT cannot start.
FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY go.mod *.go ./
RUN CGO_ENABLED=0 go build -o /out/statusd .

FROM scratch
COPY --from=build /out/statusd /statusd
USER 65532:65532
ENTRYPOINT /statusd
