"""newsgraph's version, in a module of its own: the pipeline, the exporter and the web app stamp their
output with it, and importing it from the package's __init__ would make those modules depend on the package
root that imports them (an arrow back up the module graph)."""

__version__ = "0.1.0"
