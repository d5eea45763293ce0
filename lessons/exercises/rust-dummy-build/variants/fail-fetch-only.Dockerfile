# cargo fetch only downloads the crates: they still compile together with the code after every edit.
FROM rust:1.83-slim-bookworm AS build
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN mkdir src && echo 'fn main() {}' > src/main.rs && cargo fetch --locked && rm -rf src
COPY src ./src
RUN cargo build --release --locked

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /app/target/release/quotes-api /usr/local/bin/quotes-api
ENTRYPOINT ["/usr/local/bin/quotes-api"]
