"""A state sending its own items to a place in its own country deploys them there."""
import pytest


def kinds(extract, text):
    return [e["type"] for e in extract(text)["events"]]


@pytest.mark.parametrize("text", [
    "Japan sent Type 12 missile launchers to Ishigaki.",
    "Russia sent S-400 systems to Kaliningrad last month.",
    "Poland dispatched K2 tanks to Rzeszow in March.",
])
def test_sent_to_own_ground_is_a_deployment(extract, text):
    assert kinds(extract, text) == ["deployment"]


@pytest.mark.parametrize("text,etype", [
    ("Germany sent Leopard 2A6 tanks to Ukraine.", "transfer"),
    # "moved" stays a transfer (docs/gold.md lists moved and relocated under transfer)
    ("Russia moved Iskander-M launchers to Kaliningrad.", "transfer"),
])
def test_sent_abroad_or_moved_stays_a_transfer(extract, text, etype):
    assert kinds(extract, text) == [etype]
