"""Evidence Lab server: FastAPI with its defaults, under uvicorn with uvloop and
httptools. The Python counterpart of express_app.js."""

from fastapi import FastAPI

from lab_common import HELLO, compute_result

app = FastAPI()


@app.get("/json")
async def json_endpoint():
    return HELLO


@app.get("/compute")
async def compute_endpoint():
    return compute_result()
