# The packages are built into /opt/venv in the builder, but the final stage never copies the venv.
FROM python:3.12-alpine AS builder
RUN apk add --no-cache gcc musl-dev linux-headers
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt

FROM python:3.12-alpine
WORKDIR /app
ENV PATH=/opt/venv/bin:$PATH
COPY app.py uwsgi.ini ./
USER 65534
CMD ["uwsgi", "--ini", "uwsgi.ini"]
