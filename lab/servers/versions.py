"""Prints, as one JSON object, the versions of Python and of each module the Evidence Lab's
Python servers use; a module that cannot be imported is null. The app reads this to describe
the machine and to say which Debian packages are missing."""

import importlib
import json
import platform

MODULES = ["uvicorn", "uvloop", "httptools", "fastapi", "starlette", "django", "gunicorn"]


def version_of(name):
    try:
        module = importlib.import_module(name)
    except Exception:  # noqa: BLE001  (any failure to import means "not usable")
        return None
    version = getattr(module, "__version__", None)
    if version is None and name == "django":
        version = module.get_version()
    if version is None:
        try:
            from importlib import metadata
            version = metadata.version(name)
        except Exception:  # noqa: BLE001
            version = "unknown"
    return str(version)


print(json.dumps({"python": platform.python_version(),
                  **{name: version_of(name) for name in MODULES}}))
