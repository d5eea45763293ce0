# syntax=docker/dockerfile:1
FROM rust:1.83-slim-bookworm AS build
WORKDIR /app
# 1. Only the manifests: this layer changes when a dependency changes
COPY Cargo.toml Cargo.lock ./
# 2. A dummy main.rs compiles every dependency and nothing of ours
RUN mkdir src \
 && echo 'fn main() {}' > src/main.rs \
 && cargo build --release --locked \
 && rm -rf src
# 3. The real code; touch makes cargo rebuild our crate, not the dependencies
COPY src ./src
RUN touch src/main.rs && cargo build --release --locked

# 4. Runtime: glibc and libgcc, no shell, no toolchain, a non-root user
FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /app/target/release/quotes-api /usr/local/bin/quotes-api
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/quotes-api"]
