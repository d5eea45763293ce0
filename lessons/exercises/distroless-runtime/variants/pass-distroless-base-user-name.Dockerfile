# distroless/base (glibc, still no shell) and the image's named nonroot user; the healthcheck is exec-form.
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod ./
RUN go mod download
COPY main.go ./
RUN CGO_ENABLED=0 GOOS=linux go build -o /out/statusd .

FROM gcr.io/distroless/base-debian12
COPY --from=build /out/statusd /bin/statusd
USER nonroot:nonroot
HEALTHCHECK CMD ["/bin/statusd", "-healthcheck"]
ENTRYPOINT ["/bin/statusd"]
