# syntax=docker/dockerfile:1
FROM ubuntu:24.04
# The lists and the .deb files live in cache mounts, never in a layer
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt/lists,sharing=locked \
    rm -f /etc/apt/apt.conf.d/docker-clean \
 && apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl
COPY check.sh urls.txt /opt/uptime/
ENTRYPOINT ["/opt/uptime/check.sh"]
CMD ["/opt/uptime/urls.txt"]
