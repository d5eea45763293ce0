# Gunicorn settings for the country lookup service.
bind = "0.0.0.0:8000"
workers = 2
accesslog = "-"
