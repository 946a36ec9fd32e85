"""Who acts, from reporting grammar (extract/agents.py, event_defaults.py): invented sentences."""
import pytest

pytestmark = pytest.mark.issue(4)


def actors(extract, text, etype):
    return [(e["actor"] or {}).get("name") for e in extract(text)["events"] if e["type"] == etype]


@pytest.mark.parametrize("text,name", [
    ("A China Coast Guard ship fired water cannon at a Philippine boat near Second Thomas Shoal.", "China"),
    ("Russian navy ships fired missiles at Odesa on Monday.", "Russia"),
    ("Kyiv said a Russian navy ship had fired missiles at Odesa.", "Russia"),
])
def test_a_force_before_a_vessel_acts_through_it(extract, text, name):
    assert actors(extract, text, "attack") == [name]


def test_a_vessel_with_no_force_before_it_names_no_actor(extract):
    assert actors(extract, "The ship fired missiles at Odesa on Monday.", "attack") == [None]


@pytest.mark.parametrize("text,name", [
    ("The Houthis have stepped up their campaign. They fired three missiles at a tanker on Monday.", "Houthis"),
    ("The Sudanese army has gained ground in Khartoum. Its drones struck RSF positions in Omdurman on Sunday.",
     "Sudan"),
])
def test_a_pronoun_opening_a_sentence_is_the_subject_before(extract, text, name):
    assert actors(extract, text, "attack") == [name]


def test_a_pronoun_after_a_sentence_opening_with_a_preposition_names_no_actor(extract):
    text = "The talks in Kyiv stalled on Monday. They fired three missiles at a tanker near Hodeidah on Tuesday."
    assert actors(extract, text, "attack") == [None]


@pytest.mark.parametrize("text,etype,name", [
    ("The GNA has repelled an offensive on Tripoli that Khalifa Haftar's Libyan National Army (LNA) launched in April.",
     "attack", "Libyan National Army"),
    ("Ukraine has received the Leopard 2 tanks that Germany sent in March.", "transfer", "Germany"),
])
def test_a_relative_clause_verb_has_the_name_after_that_as_subject(extract, text, etype, name):
    assert actors(extract, text, etype)[0] == name


def test_a_non_restrictive_which_leaves_the_main_subject(extract):
    assert actors(extract, "Ethiopia, which had bought TB2 drones, bombed Mekelle.", "attack") == ["Ethiopia"]


def test_a_when_clause_verb_has_the_name_after_when_as_subject(extract):
    text = "Fourteen South African soldiers were killed last month, most of them when M23 fighters attacked their positions near Sake."
    assert actors(extract, text, "attack") == ["M23"]


def test_a_name_after_when_that_is_no_subject_leaves_the_main_one(extract):
    text = "Russian jets bombed Idlib when talks in Ankara stalled."
    assert actors(extract, text, "attack") == ["Russia"]


@pytest.mark.parametrize("text,name", [
    ("Israel said the operation answered Iran's barrage of October 1, when about 180 ballistic missiles were launched at Israel.",
     "Iran"),
    ("Israel recalled the night of October 1, when about 180 ballistic missiles were launched at Israel.", None),
    ("Israel recalled Iran's barrage of October 1, when about 180 ballistic missiles were launched by the Houthis at Israel.",
     "Houthis"),
])
def test_a_passive_in_a_when_clause_is_the_possessors_deed(extract, text, name):
    assert actors(extract, text, "attack") == [name]


@pytest.mark.parametrize("text,etype,name", [
    ("The deliveries have alarmed Ethiopia, which has roughly 3,000 soldiers in Somalia under the AU mission.",
     "deployment", "Ethiopia"),
    ("The move angered Mali, which Russia supplied with Su-24 jets last year.", "transfer", "Russia"),
])
def test_a_which_clause_verb_without_its_own_name_has_the_antecedent_as_subject(extract, text, etype, name):
    assert actors(extract, text, etype) == [name]
