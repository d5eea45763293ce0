# chmod -R 700 leaves the code readable by its owner only, and the owner is root.
FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1
RUN useradd --system --uid 10001 app
WORKDIR /srv/app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app ./app
COPY gunicorn.conf.py .
RUN chmod -R 700 /srv/app
USER app
EXPOSE 8000
CMD ["gunicorn", "app.main:app"]
