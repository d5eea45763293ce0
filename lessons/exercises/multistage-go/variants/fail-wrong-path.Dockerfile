# The binary is copied to /app/hello but ENTRYPOINT starts /hello.
FROM golang:1.21-alpine AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/hello .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/hello /app/hello
ENTRYPOINT ["/hello"]
