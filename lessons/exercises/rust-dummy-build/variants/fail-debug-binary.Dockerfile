# The runtime copies the debug build from target/debug, not the release binary.
FROM rust:1.83-slim-bookworm AS build
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo 'fn main() {}' > src/main.rs && cargo build && rm -rf src
COPY src ./src
RUN touch src/main.rs && cargo build

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /app/target/debug/quotes-api /usr/local/bin/quotes-api
ENTRYPOINT ["/usr/local/bin/quotes-api"]
