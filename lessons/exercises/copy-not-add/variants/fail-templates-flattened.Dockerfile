# COPY templates ./ copies the folder's contents, so index.html lands in /app instead of /app/templates.
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app.py gunicorn.conf.py ./
COPY templates ./
ADD data/geo-2024.11.tar /srv/geo/
USER nobody
EXPOSE 8000
CMD ["gunicorn", "-c", "gunicorn.conf.py", "app:app"]
