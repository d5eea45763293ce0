# The toolchain goes away in the same RUN, but pip install without --no-cache-dir leaves ~/.cache/pip in the layer.
FROM python:3.12-alpine
WORKDIR /app
COPY requirements.txt .
RUN apk add --no-cache --virtual .build-deps gcc musl-dev linux-headers \
 && pip install -r requirements.txt \
 && apk del .build-deps
COPY app.py uwsgi.ini ./
USER 65534
CMD ["uwsgi", "--ini", "uwsgi.ini"]
