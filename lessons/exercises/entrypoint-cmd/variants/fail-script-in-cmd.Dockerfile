# ENTRYPOINT only names the interpreter; the script is in CMD, so `docker run image --port 9000` would drop app.py.
FROM python:3.12-slim
WORKDIR /app
COPY app.py .
USER nobody
EXPOSE 8080
ENTRYPOINT ["python"]
CMD ["app.py", "--port", "8080"]
