"""Documentation stays honest: every command is in the README, every setting in docs/settings.md."""
from pathlib import Path

import pytest

from materiel.settings import SETTINGS

ROOT = Path(__file__).parents[1]


def commands():
    from materiel.cli import _register, cli
    from materiel.cli.catalog_cmd import catalog_group

    _register()
    return [n for n in cli.commands if n != "catalog"] + [f"catalog {n}" for n in catalog_group.commands]


@pytest.mark.parametrize("command", commands())
def test_every_command_is_in_the_readme(command):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"materiel {command.split()[0]}" in readme and command.split()[-1] in readme


@pytest.mark.parametrize("setting", SETTINGS, ids=[s.name for s in SETTINGS])
def test_every_setting_is_documented(setting):
    text = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    assert f"`{setting.name}`" in text and setting.env in text and setting.default in text
