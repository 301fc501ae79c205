"""The command-line interface (typer + rich). Only this package imports them."""
