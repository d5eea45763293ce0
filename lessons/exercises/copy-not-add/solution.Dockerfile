FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY app.py gunicorn.conf.py ./
COPY templates ./templates
# The one job that needs ADD: unpack a local tar archive into /srv/geo
ADD data/geo-2024.11.tar /srv/geo/
USER 65534
EXPOSE 8000
CMD ["gunicorn", "-c", "gunicorn.conf.py", "app:app"]
