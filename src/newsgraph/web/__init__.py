"""The local web app and REST API (`newsgraph serve`): a thin layer over the pipeline and the corpus store."""

from .app import create_app

__all__ = ["create_app"]
