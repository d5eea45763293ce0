FROM python:3.12-slim
WORKDIR /app
COPY app.py .
USER nobody
EXPOSE 8080
# TODO: in shell form Docker runs /bin/sh -c "python app.py --port 8080", so
# python is not PID 1 and never gets SIGTERM, and changing the port means
# retyping the whole command. Name the program in an exec-form ENTRYPOINT and
# leave only its default arguments in an exec-form CMD.
CMD python app.py --port 8080
