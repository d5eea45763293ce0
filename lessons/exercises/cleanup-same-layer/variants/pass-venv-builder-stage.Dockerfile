# The compiler lives only in the builder; the final stage gets the finished virtualenv.
FROM python:3.12-alpine AS builder
RUN apk add --no-cache gcc musl-dev linux-headers
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY requirements.txt .
RUN pip install -r requirements.txt

FROM python:3.12-alpine
COPY --from=builder /opt/venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
WORKDIR /app
COPY app.py uwsgi.ini ./
USER 65534
EXPOSE 8000
CMD ["uwsgi", "--ini", "uwsgi.ini"]
