FROM python:3.12-slim
WORKDIR /app
COPY app.py .
USER 65534
EXPOSE 8080
# The program, always run; exec form, so python is PID 1 and gets SIGTERM
ENTRYPOINT ["python", "app.py"]
# Its default arguments: `docker run status-api --port 9000` replaces them
CMD ["--port", "8080"]
