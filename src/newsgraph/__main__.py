"""`python -m newsgraph` runs the command line (handy from a work tree without reinstalling)."""

from .cli import main

main()
