FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/root/.local/bin:$PATH
WORKDIR /srv/app
COPY requirements.txt .
RUN pip install --user --no-cache-dir -r requirements.txt
COPY app ./app
COPY gunicorn.conf.py .
EXPOSE 8000
# TODO: the server runs as root. Make it run as an unprivileged user
# that can still read the code and the packages it imports.
CMD ["gunicorn", "app.main:app"]
