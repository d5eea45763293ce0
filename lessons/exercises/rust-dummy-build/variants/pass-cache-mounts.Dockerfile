# syntax=docker/dockerfile:1
FROM rust:1.83-bookworm AS build
WORKDIR /app
COPY . .
# The compiled dependencies live in the target/ cache mount between builds;
# the binary is copied out of the mount in the same RUN.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/app/target \
    cargo build --release --locked \
 && cp target/release/quotes-api /usr/local/bin/

FROM debian:bookworm-slim
RUN useradd --system --uid 10001 quotes
COPY --from=build /usr/local/bin/quotes-api /usr/local/bin/quotes-api
USER quotes
EXPOSE 8080
ENTRYPOINT ["quotes-api"]
