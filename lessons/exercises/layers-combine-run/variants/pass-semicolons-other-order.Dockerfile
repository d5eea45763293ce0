FROM ubuntu:24.04
COPY ["check.sh", "urls.txt", "/opt/uptime/"]
RUN set -e; \
    apt-get update; \
    apt-get install --yes --no-install-recommends curl ca-certificates; \
    rm -rf /var/lib/apt/lists/*
ENTRYPOINT ["/opt/uptime/check.sh"]
CMD ["/opt/uptime/urls.txt"]
