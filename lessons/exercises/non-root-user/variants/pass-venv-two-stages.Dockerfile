# syntax=docker/dockerfile:1
# The packages are built into a virtualenv in another stage and copied in; the code goes in with --chown.
FROM python:3.12-slim AS deps
RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH
COPY requirements.txt /tmp/
RUN --mount=type=cache,target=/root/.cache/pip pip install -r /tmp/requirements.txt

FROM python:3.12-slim
RUN adduser --system --group --uid 999 --no-create-home web
ENV PATH=/opt/venv/bin:$PATH PYTHONUNBUFFERED=1
COPY --from=deps /opt/venv /opt/venv
WORKDIR /app
COPY --chown=web:web --chmod=550 app ./app
COPY --chown=web:web gunicorn.conf.py ./
USER web
CMD ["gunicorn", "app.main:app"]
