"""Each registered component on its own, through a pipeline built up to it."""
import pytest

from materiel.errors import PipelineError
from materiel.extract.doc import ArticleDoc
from materiel.extract.registry import COMPONENTS, DEFAULT_PIPELINE, build_pipeline, load_builtins
from materiel.models import Document


def run_until(catalog, name: str, text: str, published: str = "2025-01-20") -> ArticleDoc:
    steps = build_pipeline(DEFAULT_PIPELINE[: DEFAULT_PIPELINE.index(name) + 1])
    doc = ArticleDoc(Document.create(text, published=published), catalog)
    import datetime as dt

    doc.published = dt.date.fromisoformat(published)
    for step in steps:
        doc = step.func(doc)
    return doc


def kinds(doc, kind):
    return [doc.text[a.start:a.end] for a in sorted(doc.anns) if a.kind == kind]


def test_tokenizer_splits_sentences_but_not_at_abbreviations(catalog):
    doc = run_until(catalog, "tokenizer", "Gen. Smith met U.S. officials on Jan. 5. They left.")
    assert len(doc.sentences) == 2


def test_gazetteer_finds_each_kind(catalog):
    doc = run_until(catalog, "gazetteer", "Reuters said Wagner moved T-72B3 tanks to Bamako.")
    assert (kinds(doc, "source"), kinds(doc, "actor"), kinds(doc, "equipment"), kinds(doc, "place")) == (
        ["Reuters"], ["Wagner"], ["T-72B3"], ["Bamako"])


def test_designations_expand_slash_lists(catalog):
    doc = run_until(catalog, "designations", "Convoys carried BMP-2/3 vehicles.")
    assert kinds(doc, "equipment") == ["BMP-2", "3"]


def test_references_point_back_to_a_country(catalog):
    doc = run_until(catalog, "references", "Mali signed the deal. Troops arrived in the country.")
    (ref,) = [a for a in doc.anns if a.via == "reference"]
    assert ref.entry.name == "Mali"


def test_dates_ignore_modal_may(catalog):
    doc = run_until(catalog, "dates", "Russia may send jets in May 2024.")
    assert [a.value.value for a in doc.anns if a.kind == "date"] == ["2024-05"]


def test_quantities_skip_years_and_units(catalog):
    doc = run_until(catalog, "quantities", "In 2024 five tanks drove 30 km.")
    assert [a.value for a in doc.anns if a.kind == "quantity"] == [(5, "exact")]


def test_events_drop_hypotheticals(catalog):
    doc = run_until(catalog, "events", "Berlin could send Leopard 2A6 tanks. Berlin sent IRIS-T systems to Kyiv.")
    assert [e.type for e in doc.events] == ["transfer"]


def test_attribution_finds_according_to(catalog):
    doc = run_until(catalog, "attribution", "Russia sent T-72B3 tanks to Mali, according to Reuters.")
    assert [r.name for r in doc.events[0].attributed_to] == ["Reuters"]


def test_certainty_takes_the_strongest_doubt(catalog):
    doc = run_until(catalog, "certainty", "Russia allegedly and likely sent T-72B3 tanks to Mali.")
    assert doc.events[0].certainty == "alleged"


def test_merge_joins_headline_and_lead(catalog):
    doc = run_until(catalog, "merge", "Russia sends T-72B3 tanks to Mali\n\nRussia sent five T-72B3 tanks to Mali on Friday.")
    assert len(doc.events) == 1 and doc.events[0].equipment[0].quantity == 5


def test_every_registered_component_has_a_test_here():
    load_builtins()
    tested = {name.split("_")[1] for name in globals() if name.startswith("test_")}
    assert set(COMPONENTS) <= tested


@pytest.mark.parametrize("names,message", [
    (("tokenizer", "nonsense"), "Unknown component 'nonsense'"),
    (("gazetteer",), "requires tokens"),
])
def test_build_pipeline_rejects_bad_orders(names, message):
    with pytest.raises(PipelineError, match=message):
        build_pipeline(names)


@pytest.mark.parametrize("text,names", [
    ("ISWAP fighters stormed an army base at Wajiroko in January.", ["Wajiroko"]),
    ("Drones struck a camp near al-Tuwaynir on Monday.", ["al-Tuwaynir"]),  # al-Qaim is a catalog city
    ("Troops arrived in March in Bamako.", []),
])
def test_unlisted_places_after_a_locative_preposition(catalog, text, names):
    doc = run_until(catalog, "unlisted", text)
    found = [doc.text[a.start:a.end] for a in doc.anns if a.via == "unlisted"]
    assert found == names
    assert all(a.entry.id is None and a.entry.get("lat") is None for a in doc.anns if a.via == "unlisted")
