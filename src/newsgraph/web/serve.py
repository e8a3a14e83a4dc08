"""Running the app under uvicorn for `newsgraph serve`: prompt shutdown, no worker left behind.

uvicorn's graceful shutdown waits for every request in flight, and an extraction can run for a
minute; so on the first SIGTERM or SIGINT the extraction workers are killed at once (their
requests answer 503 `unavailable`), and whatever else is still running gets a few seconds.
"""

from __future__ import annotations

import uvicorn

GRACE_SECONDS = 3  # for requests other than extractions (store queries) to finish


def loopback_hosts(host: str, extra: list[str] | None) -> list[str]:
    """The Host header names the server answers to: loopback names, the bound address, --allowed-host."""
    from .app import LOOPBACK_HOSTS

    names = [*LOOPBACK_HOSTS, *(extra or [])]
    if host not in ("0.0.0.0", "::", ""):
        names.append(host)
    return names


class _Server(uvicorn.Server):
    def __init__(self, config: uvicorn.Config, pool):
        super().__init__(config)
        self.pool = pool

    def handle_exit(self, sig, frame) -> None:
        super().handle_exit(sig, frame)
        self.pool.close_soon()  # runs on the event loop: kills the workers, fails their requests


MALLOC_ARENAS = 2


def limit_malloc_arenas(n: int = MALLOC_ARENAS) -> None:
    """glibc gives every thread that allocates an arena of its own (up to 8 per core), and the server
    answers requests from a pool of threads: its memory kept creeping up (+10% per 10 minutes in the
    soak) as those arenas filled and fragmented; with two arenas it levels off (+3%). The worker
    processes started from here inherit the setting through the environment."""
    import os
    import sys

    os.environ.setdefault("MALLOC_ARENA_MAX", str(n))
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            m_arena_max = -8  # mallopt parameter number, glibc malloc.h
            ctypes.CDLL(None).mallopt(m_arena_max, n)
        except (OSError, AttributeError):  # not glibc: nothing to limit
            pass


def run(app, host: str, port: int) -> None:
    """Serve until SIGTERM/SIGINT; the app's lifespan starts and stops the worker pool."""
    limit_malloc_arenas()
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", server_header=False,
                            timeout_graceful_shutdown=GRACE_SECONDS)
    _Server(config, app.state.pool).run()
