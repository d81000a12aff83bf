"""`python -m paper_miner` is the same as the `paper-miner` command."""
from .cli import cli

cli()
