"""Country lookup: a small Flask service over the geo data set unpacked in /srv/geo."""
import csv
import os
from pathlib import Path

from flask import Flask, abort, jsonify, render_template

GEO_DIR = Path(os.environ.get("GEO_DIR", "/srv/geo"))

app = Flask(__name__)


def load(name):
    with open(GEO_DIR / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


COUNTRIES = {row["code"]: row for row in load("countries.csv")}
REGIONS = {row["region"]: row["name"] for row in load("regions.csv")}
VERSION = (GEO_DIR / "VERSION").read_text(encoding="utf-8").strip()


@app.get("/")
def index():
    return render_template("index.html", countries=COUNTRIES.values(), version=VERSION)


@app.get("/countries/<code>")
def country(code):
    row = COUNTRIES.get(code.upper())
    if row is None:
        abort(404)
    return jsonify({**row, "region_name": REGIONS.get(row["region"], row["region"])})


@app.get("/healthz")
def healthz():
    return "ok"
