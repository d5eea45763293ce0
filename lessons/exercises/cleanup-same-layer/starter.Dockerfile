FROM python:3.12-alpine
WORKDIR /app
# uWSGI has no wheel for Alpine (musl), so pip compiles it with gcc
RUN apk add --no-cache gcc musl-dev linux-headers
COPY requirements.txt .
RUN pip install -r requirements.txt
# TODO: this cleanup comes too late: the compiler and pip's cache are still in the
# layers above. Leave no toolchain and no pip cache in any layer of the image.
RUN apk del gcc musl-dev linux-headers && rm -rf /root/.cache/pip
COPY app.py uwsgi.ini ./
USER 65534
EXPOSE 8000
CMD ["uwsgi", "--ini", "uwsgi.ini"]
