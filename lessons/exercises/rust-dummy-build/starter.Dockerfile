# TODO: COPY . . comes before the build, so any change to src/main.rs
# recompiles every dependency (axum, tokio, serde…) from scratch, and the
# image ships the whole Rust toolchain and target/. Cache the dependency
# compile with a dummy main.rs, and run the release binary on a minimal image.
FROM rust:1.83
WORKDIR /app
COPY . .
RUN cargo build --release --locked
EXPOSE 8080
CMD ["./target/release/quotes-api"]
