# The image runs as app, but the start command goes back to root through sudo.
FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
RUN apt-get update \
 && apt-get install -y --no-install-recommends sudo=1.9.13p3-1+deb12u1 \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 app \
 && echo 'app ALL=(root) NOPASSWD: ALL' > /etc/sudoers.d/app
WORKDIR /srv/app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app ./app
COPY gunicorn.conf.py .
USER app
EXPOSE 8000
CMD ["sudo", "gunicorn", "app.main:app"]
