"""Small readers of an extraction record shared by the tests of reporting shapes."""


def kinds(record):
    """The event types of a record, sorted."""
    return sorted(e["type"] for e in record["events"])


def name(ref):
    """The name of a role's reference, or None."""
    return (ref or {}).get("name")


def only(record, etype):
    """The one event of a type (fails when there are none or several)."""
    (event,) = [e for e in record["events"] if e["type"] == etype]
    return event
