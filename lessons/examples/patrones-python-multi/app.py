from flask import Flask, jsonify

app = Flask(__name__)

TASKS = [{"id": 1, "title": "Write the Dockerfile", "done": True}]


@app.get("/tasks")
def list_tasks():
    return jsonify(TASKS)


@app.get("/health")
def health():
    return jsonify(status="ok")
