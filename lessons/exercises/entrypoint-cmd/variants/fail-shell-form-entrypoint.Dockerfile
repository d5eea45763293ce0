# A shell-form ENTRYPOINT ignores CMD entirely: --port 8080 is never passed.
FROM python:3.12-slim
WORKDIR /app
COPY app.py .
USER nobody
EXPOSE 8080
ENTRYPOINT python app.py
CMD ["--port", "8080"]
