# Two stages, but the runtime is still the Go SDK image.
FROM golang:1.21 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/hello .

FROM golang:1.21
COPY --from=build /out/hello /hello
ENTRYPOINT ["/hello"]
