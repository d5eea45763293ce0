# syntax=docker/dockerfile:1
FROM python:3.12-slim
WORKDIR /app
RUN --mount=type=bind,source=requirements.txt,target=/tmp/requirements.txt \
    pip install --no-cache-dir -r /tmp/requirements.txt
# The archive is read through a bind mount: it never lands in a layer
RUN --mount=type=bind,source=data/geo-2024.11.tar,target=/tmp/geo.tar \
    mkdir -p /srv/geo && tar -xf /tmp/geo.tar -C /srv/geo
COPY . .
USER nobody
EXPOSE 8000
CMD ["gunicorn", "-c", "gunicorn.conf.py", "app:app"]
