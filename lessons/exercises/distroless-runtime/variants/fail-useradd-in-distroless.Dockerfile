# RUN useradd needs a shell (and useradd), and distroless has neither.
FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY go.mod *.go ./
RUN CGO_ENABLED=0 go build -o /out/statusd .

FROM gcr.io/distroless/static-debian12
RUN useradd --uid 10001 statusd
COPY --from=build /out/statusd /statusd
USER statusd
ENTRYPOINT ["/statusd"]
