# The final stage is built FROM the builder, so it inherits the layer with the compiler.
FROM python:3.12-alpine AS builder
RUN apk add --no-cache gcc musl-dev linux-headers
COPY requirements.txt /tmp/
RUN pip install --no-cache-dir -r /tmp/requirements.txt

FROM builder AS runtime
WORKDIR /app
COPY app.py uwsgi.ini ./
USER 65534
CMD ["uwsgi", "--ini", "uwsgi.ini"]
