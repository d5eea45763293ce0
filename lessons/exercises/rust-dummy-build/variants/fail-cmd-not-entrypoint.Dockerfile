# The binary is started by CMD, so `docker run image --help` would replace it instead of passing an argument.
FROM rust:1.83-slim-bookworm AS build
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo 'fn main() {}' > src/main.rs && cargo build --release --locked && rm -rf src
COPY src ./src
RUN touch src/main.rs && cargo build --release --locked

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /app/target/release/quotes-api /usr/local/bin/quotes-api
CMD ["/usr/local/bin/quotes-api"]
