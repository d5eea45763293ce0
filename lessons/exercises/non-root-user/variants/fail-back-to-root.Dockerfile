# USER root for the install at the end is never undone: the server still runs as root.
FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
RUN useradd --system --uid 10001 app
USER app
WORKDIR /srv/app
COPY app ./app
COPY gunicorn.conf.py .
COPY requirements.txt .
USER root
RUN pip install --no-cache-dir -r requirements.txt
EXPOSE 8000
CMD ["gunicorn", "app.main:app"]
