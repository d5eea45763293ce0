"""Converts temperatures between Celsius, Fahrenheit and Kelvin."""
from flask import Flask, abort, jsonify, request

app = Flask(__name__)

TO_KELVIN = {
    "c": lambda v: v + 273.15,
    "f": lambda v: (v - 32) * 5 / 9 + 273.15,
    "k": lambda v: v,
}
FROM_KELVIN = {
    "c": lambda k: k - 273.15,
    "f": lambda k: (k - 273.15) * 9 / 5 + 32,
    "k": lambda k: k,
}


@app.get("/healthz")
def health():
    return {"status": "ok"}


@app.get("/convert")
def convert():
    try:
        value = float(request.args["value"])
    except (KeyError, ValueError):
        abort(400, "value must be a number")
    source = request.args.get("from", "c").lower()
    target = request.args.get("to", "f").lower()
    if source not in TO_KELVIN or target not in FROM_KELVIN:
        abort(400, "units are c, f or k")
    result = FROM_KELVIN[target](TO_KELVIN[source](value))
    return jsonify(value=value, source=source, target=target, result=round(result, 2))
