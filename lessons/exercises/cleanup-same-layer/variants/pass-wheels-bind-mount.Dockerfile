# syntax=docker/dockerfile:1
# The builder compiles wheels; the final stage installs them from a bind mount, so neither gcc nor the wheels stay.
FROM python:3.12-alpine AS wheels
RUN apk add --no-cache gcc musl-dev linux-headers
COPY requirements.txt .
RUN pip wheel --no-cache-dir --wheel-dir /wheels -r requirements.txt

FROM python:3.12-alpine
WORKDIR /app
COPY requirements.txt .
RUN --mount=type=bind,from=wheels,source=/wheels,target=/wheels \
    pip install --no-cache-dir --no-index --find-links=/wheels -r requirements.txt
COPY app.py uwsgi.ini ./
USER 65534
CMD ["uwsgi", "--ini", "uwsgi.ini"]
