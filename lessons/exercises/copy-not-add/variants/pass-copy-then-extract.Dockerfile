FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY data/geo-2024.11.tar /tmp/
RUN mkdir -p /srv/geo \
 && tar -xf /tmp/geo-2024.11.tar -C /srv/geo \
 && rm /tmp/geo-2024.11.tar
COPY app.py gunicorn.conf.py ./
COPY templates/ templates/
USER nobody
EXPOSE 8000
CMD ["gunicorn", "-c", "gunicorn.conf.py", "app:app"]
