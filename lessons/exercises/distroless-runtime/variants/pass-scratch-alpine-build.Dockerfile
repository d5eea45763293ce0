# golang:alpine has no C compiler, so Go builds a static binary by default; scratch gets the CA bundle by hand.
FROM golang:1.22-alpine AS build
WORKDIR /src
COPY . .
RUN go build -ldflags="-s -w" -o /statusd .

FROM scratch
COPY --from=0 /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/
COPY --from=0 /statusd /usr/local/bin/statusd
USER 65534:65534
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/statusd"]
