FROM ubuntu:24.04
# One RUN: update, install and remove the lists in the same layer
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      ca-certificates=20240203 \
      curl=8.5.0-2ubuntu10.6 \
 && rm -rf /var/lib/apt/lists/*
COPY check.sh urls.txt /opt/uptime/
USER ubuntu
ENTRYPOINT ["/opt/uptime/check.sh"]
CMD ["/opt/uptime/urls.txt"]
