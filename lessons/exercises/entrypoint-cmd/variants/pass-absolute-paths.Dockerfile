FROM python:3.12-slim
WORKDIR /app
COPY app.py /app/app.py
USER nobody
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/python3", "/app/app.py"]
CMD ["--port=8080"]
