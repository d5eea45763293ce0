# Gunicorn settings: https://docs.gunicorn.org/en/stable/settings.html
import multiprocessing
import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
accesslog = "-"
errorlog = "-"
# Workers write their heartbeat files in memory, not in a directory the user may not own.
worker_tmp_dir = "/dev/shm"
