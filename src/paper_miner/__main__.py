"""`python -m paper_miner` is the same as the `paper-miner` command."""
from paper_miner.cli import cli

cli()
