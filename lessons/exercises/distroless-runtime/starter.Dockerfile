FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY go.mod ./
RUN go mod download
COPY *.go ./
RUN go build -o /out/statusd .

# TODO: this runtime ships a shell, apt and a whole Debian userland the binary never uses.
# Run the binary on a distroless or scratch base instead.
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/*
RUN useradd --uid 10001 --no-create-home statusd
COPY --from=build /out/statusd /usr/local/bin/statusd
USER statusd
EXPOSE 8080
ENTRYPOINT /usr/local/bin/statusd
