# The toolchain is removed in its own RUN: gcc and the headers stay in the layer of line 4.
FROM python:3.12-alpine
WORKDIR /app
COPY requirements.txt .
RUN apk add --no-cache --virtual .build-deps gcc musl-dev linux-headers \
 && pip install --no-cache-dir -r requirements.txt
RUN apk del .build-deps
COPY app.py uwsgi.ini ./
USER 65534
CMD ["uwsgi", "--ini", "uwsgi.ini"]
