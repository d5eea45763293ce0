# syntax=docker/dockerfile:1
FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
# A system user with a fixed UID and no login shell
RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --no-create-home --shell /usr/sbin/nologin app
WORKDIR /srv/app
COPY requirements.txt .
# System-wide install (/usr/local), readable by every user; --user would hide it in /root
RUN pip install --no-cache-dir -r requirements.txt
# Owned by root and read-only for the app: it can run the code but not change it
COPY app ./app
COPY gunicorn.conf.py .
USER 10001:10001
EXPOSE 8000
CMD ["gunicorn", "app.main:app"]
