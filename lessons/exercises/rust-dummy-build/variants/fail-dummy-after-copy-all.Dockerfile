# The dummy build comes after COPY . ., so editing src/main.rs still invalidates the dependency compile.
FROM rust:1.83-slim-bookworm AS build
WORKDIR /app
COPY . .
RUN mv src/main.rs /tmp/main.rs \
 && echo 'fn main() {}' > src/main.rs \
 && cargo build --release --locked \
 && mv /tmp/main.rs src/main.rs
RUN touch src/main.rs && cargo build --release --locked

FROM gcr.io/distroless/cc-debian12:nonroot
COPY --from=build /app/target/release/quotes-api /usr/local/bin/quotes-api
ENTRYPOINT ["/usr/local/bin/quotes-api"]
