import pytest


@pytest.mark.parametrize("text,kind,name", [
    ("Five T-72B3 tanks arrived.", "equipment", "T-72B3"),
    ("Russia delivered Su-25 jets.", "equipment", "Su-25"),
    ("The army received BTR-80A/82 carriers.", "equipment", "BTR-82"),
    ("Troops were deployed to Bamako.", "place", "Bamako"),
    ("The convoy left Syria for Mali.", "place", "Syria"),
    ("Fighters of JNIM attacked the post.", "actor", "Jama'at Nusrat al-Islam wal-Muslimin"),
])
def test_mention_found_with_offsets(extract, text, kind, name):
    record = extract(text)
    assert any(m["kind"] == kind and m["name"] == name for m in record["mentions"]), record["mentions"]


@pytest.mark.parametrize("text,quantity,qualifier", [
    ("Russia delivered at least five T-72B3 tanks to Mali.", 5, "at least"),
    ("Russia delivered 7 T-72B3 tanks to Mali.", 7, "exact"),
    ("Russia delivered over 100 T-72B3 tanks to Mali.", 100, "over"),
    ("Russia delivered dozens of T-72B3 tanks to Mali.", 24, "about"),
    ("Russia delivered a couple of T-72B3 tanks to Mali.", 2, "about"),
    ("Russia delivered three to five T-72B3 tanks to Mali.", 3, "at least"),
    ("Russia delivered T-72B3 (x5) tanks to Mali.", 5, "exact"),
    ("Russia delivered up to 12 T-72B3 tanks to Mali.", 12, "at most"),
])
def test_quantity_attaches_to_the_item_it_precedes(extract, text, quantity, qualifier):
    (event,) = extract(text)["events"]
    item = event["equipment"][0]
    assert (item["name"], item["quantity"], item["qualifier"]) == ("T-72B3", quantity, qualifier)


def test_three_items_keep_three_quantities(extract):
    record = extract("Russia delivered seven T-72B3 tanks, five BMP-3 vehicles and two Su-25 jets to Mali.")
    items = {i["name"]: i["quantity"] for i in record["events"][0]["equipment"]}
    assert items == {"T-72B3": 7, "BMP-3": 5, "Su-25": 2}


@pytest.mark.parametrize("phrase,value,precision", [
    ("on 17 January 2025", "2025-01-17", "day"),
    ("on Jan. 17", "2025-01-17", "day"),
    ("on 2025-01-17", "2025-01-17", "day"),
    ("in September 2024", "2024-09", "month"),
    ("in 2022", "2022", "year"),
    ("last month", "2024-12", "month"),
    ("on Friday", "2025-01-17", "day"),
    ("in December", "2024-12", "month"),
])
def test_dates_resolve_against_published_date_never_after_it(extract, phrase, value, precision):
    record = extract(f"Russia delivered T-72B3 tanks to Mali {phrase}.", published="2025-01-20")
    assert record["events"][0]["date"]["value"] == value
    assert record["events"][0]["date"]["precision"] == precision


def test_unknown_designation_attaches_to_parent_and_guesses_class(extract):
    record = extract("Russia delivered ten T-72B3M2 tanks to Mali.")
    (m,) = [m for m in record["mentions"] if m["kind"] == "equipment"]
    assert m["name"] == "T-72B3M2" and m["parent"] in ("t-72b3m", "t-72b3") and m["class"] == "main battle tank"


@pytest.mark.parametrize("phrase,published,value", [
    ("on Friday", "2025-01-17", "2025-01-17"),
    ("last Friday", "2025-01-17", "2025-01-10"),
    ("on Tuesday", "2025-01-17", "2025-01-14"),
])
def test_weekdays_count_back_from_the_report_including_its_own_day(extract, phrase, published, value):
    record = extract(f"Russia delivered T-72B3 tanks to Mali {phrase}.", published=published)
    assert record["events"][0]["date"]["value"] == value


@pytest.mark.parametrize("phrase,value,precision", [
    ("in mid-January", "2025-01", "month"),
    ("in late-2023", "2023", "year"),
    ("in early-March 2024", "2024-03", "month"),
])
def test_parts_of_months_and_years(extract, phrase, value, precision):
    record = extract(f"Russia delivered T-72B3 tanks to Mali {phrase}.", published="2025-01-20")
    assert (record["events"][0]["date"]["value"], record["events"][0]["date"]["precision"]) == (value, precision)
