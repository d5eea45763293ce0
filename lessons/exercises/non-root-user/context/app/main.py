"""A tiny bookmarks API: list, add and delete links (kept in memory)."""
from itertools import count

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
_ids = count(1)
_bookmarks: dict[int, dict] = {}


@app.get("/healthz")
def health():
    return {"status": "ok"}


@app.get("/bookmarks")
def list_bookmarks():
    return jsonify(list(_bookmarks.values()))


@app.post("/bookmarks")
def add_bookmark():
    data = request.get_json(silent=True) or {}
    url = data.get("url")
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        abort(400, "url must be an http(s) address")
    bookmark = {"id": next(_ids), "url": url, "title": data.get("title", url)}
    _bookmarks[bookmark["id"]] = bookmark
    return bookmark, 201


@app.delete("/bookmarks/<int:bookmark_id>")
def delete_bookmark(bookmark_id: int):
    if _bookmarks.pop(bookmark_id, None) is None:
        abort(404)
    return "", 204
