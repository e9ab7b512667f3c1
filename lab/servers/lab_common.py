"""What every Evidence Lab Python server shares: the CPU-bound task (written identically in
compute.js), the JSON bodies, and dying with the process that started this one."""

import ctypes
import json
import os
import signal
import sys

LIMIT = 10000
HELLO = {"message": "Hello, World!"}


def count_primes_below(limit):
    count = 0
    for n in range(2, limit):
        prime = True
        d = 2
        while d * d <= n:
            if n % d == 0:
                prime = False
                break
            d += 1
        if prime:
            count += 1
    return count


def compute_result():
    return {"primes_below": LIMIT, "count": count_primes_below(LIMIT)}


def compact_json(value):
    """JSON as Node.js's JSON.stringify writes it (no spaces), so both languages send the same
    bytes."""
    return json.dumps(value, separators=(",", ":")).encode()


def compute_body():
    return compact_json(compute_result())


def die_with_parent():
    """Asks the kernel to kill this process when its parent goes (PR_SET_PDEATHSIG). The app
    sets it on the server it starts; each worker a server forks or spawns sets it here again,
    as the setting does not survive fork()."""
    parent = os.getppid()
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_PDEATHSIG = 1
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return
    # The parent may have gone before the request was made.
    if os.getppid() != parent or parent == 1:
        sys.exit(1)


die_with_parent()
