"""Evidence Lab server: a plain ASGI application, no framework, under uvicorn with
uvloop and httptools. The Python counterpart of node_http.js."""

from lab_common import HELLO, compact_json, compute_body

JSON_BODY = compact_json(HELLO)
HEADERS = [(b"content-type", b"application/json")]


async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    path = scope["path"]
    if path == "/json":
        status, body = 200, JSON_BODY
    elif path == "/compute":
        status, body = 200, compute_body()
    else:
        status, body = 404, b"not found"
    await send({"type": "http.response.start", "status": status,
                "headers": HEADERS + [(b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
