FROM rust:1.83-alpine
RUN apk add --no-cache musl-dev
WORKDIR /src
COPY ["Cargo.toml", "Cargo.lock", "./"]
RUN mkdir -p src && printf 'fn main() {}\n' > src/main.rs && cargo build --release && rm -r src
COPY ["src", "src"]
RUN touch src/main.rs && cargo build --release

# A static musl binary needs nothing else
FROM scratch
COPY --from=0 /src/target/release/quotes-api /quotes-api
USER 65534
ENTRYPOINT ["/quotes-api"]
