"""The `kg` command line: a thin click layer over the library.

Each command parses its options, calls one library function and prints the
result. Library errors (``KGError``) become one line on stderr and exit 1.
"""
from __future__ import annotations

import logging
import sys

import click

from kg.errors import KGError


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.WARNING
    if quiet:
        level = logging.ERROR
    elif verbose >= 2:
        level = logging.DEBUG
    elif verbose == 1:
        level = logging.INFO
    logging.basicConfig(level=level, format="%(levelname)s: %(message)s", stream=sys.stderr)


class _KGGroup(click.Group):
    """Turns every ``KGError`` into one clear line and exit status 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGError as err:
            click.echo(f"Error: {err}", err=True)
            ctx.exit(1)


@click.group(cls=_KGGroup)
@click.version_option(package_name="kg")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
def main(verbose: int, quiet: bool) -> None:
    """Build, query and draw knowledge graphs from German news articles.

    Example: kg build seeds -o out
    """
    _setup_logging(verbose, quiet)


# --- commands are registered below, one block each --------------------------

# [build]

# [evaluate]

# [html]

# [query]

# [serve]


if __name__ == "__main__":
    main()
