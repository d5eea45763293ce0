# The lists are removed before apt-get update downloads them, so they end up in the layer anyway.
FROM ubuntu:24.04
RUN rm -rf /var/lib/apt/lists/* \
 && apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl
COPY check.sh urls.txt /opt/uptime/
ENTRYPOINT ["/opt/uptime/check.sh"]
CMD ["/opt/uptime/urls.txt"]
