# The user is created with a home, and pip --user runs as that user, so the packages land in /home/app.
FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PATH=/home/app/.local/bin:$PATH
RUN useradd --create-home --uid 1001 app
USER app
WORKDIR /home/app/service
COPY --chown=app:app requirements.txt .
RUN pip install --user --no-cache-dir -r requirements.txt
COPY --chown=app:app . .
EXPOSE 8000
CMD ["gunicorn", "--config", "gunicorn.conf.py", "app.main:app"]
