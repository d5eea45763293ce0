# A numeric UID needs no entry in /etc/passwd; the code stays root-owned and world-readable.
FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /srv/app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY ["app/", "./app/"]
COPY gunicorn.conf.py ./
USER 10001:10001
EXPOSE 8000
CMD ["gunicorn", "app.main:app"]
