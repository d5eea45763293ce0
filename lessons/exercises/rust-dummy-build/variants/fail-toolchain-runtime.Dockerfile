# Dependencies are cached, but the runtime is still the rust image with the whole toolchain.
FROM rust:1.83-slim-bookworm AS build
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo 'fn main() {}' > src/main.rs && cargo build --release --locked && rm -rf src
COPY src ./src
RUN touch src/main.rs && cargo build --release --locked

FROM rust:1.83-slim-bookworm
COPY --from=build /app/target/release/quotes-api /usr/local/bin/quotes-api
ENTRYPOINT ["/usr/local/bin/quotes-api"]
