# A shell-form CMD after an exec ENTRYPOINT becomes: python app.py /bin/sh -c "--port 8080".
FROM python:3.12-slim
WORKDIR /app
COPY app.py .
USER nobody
EXPOSE 8080
ENTRYPOINT ["python", "app.py"]
CMD --port 8080
