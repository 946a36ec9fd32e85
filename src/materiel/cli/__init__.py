"""The `materiel` command line: thin commands over the library."""
from __future__ import annotations

import click

from materiel.errors import MaterielError


class Group(click.Group):
    """Turns MaterielError into a one-line error and a non-zero exit."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except MaterielError as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=Group)
@click.version_option(package_name="materiel")
def cli() -> None:
    """materiel: a verifiable, geocoded database of military equipment movements from open reporting."""


def _register() -> None:
    from materiel.cli import catalog_cmd, eval_cmd, extract_cmd, store_cmds  # noqa: F401


def main() -> None:
    _register()
    cli(prog_name="materiel")
