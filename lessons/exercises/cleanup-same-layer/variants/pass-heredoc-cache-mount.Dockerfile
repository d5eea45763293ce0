# syntax=docker/dockerfile:1
# One heredoc RUN installs, compiles and removes the toolchain; pip's cache lives in a cache mount, not in the layer.
FROM python:3.12-alpine
WORKDIR /srv
COPY requirements.txt ./
RUN --mount=type=cache,target=/root/.cache/pip <<EOF
set -eux
apk add --no-cache --virtual .build-deps gcc musl-dev linux-headers
pip install -r requirements.txt
apk del .build-deps
EOF
COPY ["app.py", "uwsgi.ini", "./"]
USER 65534:65534
CMD ["uwsgi", "--ini", "uwsgi.ini"]
