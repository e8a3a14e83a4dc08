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


def run(app, host: str, port: int) -> None:
    """Serve until SIGTERM/SIGINT; the app's lifespan starts and stops the worker pool."""
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", server_header=False,
                            timeout_graceful_shutdown=GRACE_SECONDS)
    _Server(config, app.state.pool).run()
