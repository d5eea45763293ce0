FROM python:3.12-alpine
WORKDIR /app
COPY requirements.txt .
# One layer: install the toolchain, compile uWSGI, remove the toolchain. pip keeps no cache.
RUN apk add --no-cache --virtual .build-deps gcc~13.2 musl-dev~1.2 linux-headers~6.6 \
 && pip install --no-cache-dir -r requirements.txt \
 && apk del .build-deps
COPY app.py uwsgi.ini ./
USER 65534
EXPOSE 8000
CMD ["uwsgi", "--ini", "uwsgi.ini"]
