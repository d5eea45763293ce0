FROM ubuntu:24.04
# TODO: three RUNs make three layers. The package lists from `apt-get update`
# stay in the first layer even though the third RUN deletes them.
RUN apt-get update
RUN apt-get install -y --no-install-recommends ca-certificates curl
RUN rm -rf /var/lib/apt/lists/*
COPY check.sh urls.txt /opt/uptime/
ENTRYPOINT ["/opt/uptime/check.sh"]
CMD ["/opt/uptime/urls.txt"]
