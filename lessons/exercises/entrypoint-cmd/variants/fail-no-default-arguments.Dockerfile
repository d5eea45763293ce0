# Everything is in ENTRYPOINT: there is no CMD holding the default arguments to override.
FROM python:3.12-slim
WORKDIR /app
COPY app.py .
USER nobody
EXPOSE 8080
ENTRYPOINT ["python", "app.py", "--port", "8080"]
