"""``python -m hadath`` runs the CLI."""

from hadath.cli.app import main

main()
