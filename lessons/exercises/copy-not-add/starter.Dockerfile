FROM python:3.12-slim
WORKDIR /app
# TODO: ADD is only needed to unpack data/geo-2024.11.tar. For plain files
# and folders use COPY, which does nothing implicit.
ADD requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
ADD app.py gunicorn.conf.py ./
ADD templates ./templates
ADD data/geo-2024.11.tar /srv/geo/
USER nobody
EXPOSE 8000
CMD ["gunicorn", "-c", "gunicorn.conf.py", "app:app"]
