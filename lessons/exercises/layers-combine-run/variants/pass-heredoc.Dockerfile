# syntax=docker/dockerfile:1
FROM ubuntu:24.04
RUN <<EOT
set -eux
apt-get update
apt-get install -y --no-install-recommends ca-certificates curl
apt-get clean
rm -rf /var/lib/apt/lists/*
EOT
COPY check.sh urls.txt /opt/uptime/
ENTRYPOINT ["/opt/uptime/check.sh"]
CMD ["/opt/uptime/urls.txt"]
