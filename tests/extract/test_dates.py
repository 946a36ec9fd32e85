"""Date expressions (extract/dates.py): absolute, relative to publication, and pointing back."""
import pytest

PUBLISHED = "2024-08-23"  # a Friday


def date_values(extract, text, published=PUBLISHED):
    return [(m["value"], m["precision"]) for m in extract(text, published=published)["mentions"] if m["kind"] == "date"]


@pytest.mark.parametrize("text,expected", [
    ("In May, the rebels regrouped near Goma.", [("2024-05", "month")]),
    ("Officials in May said nothing.", [("2024-05", "month")]),
    ("The jets arrived at the end of July.", [("2024-07", "month")]),
    ("Satellite images from December show the drones.", [("2023-12", "month")]),
    ("The army may move troops north.", []),
])
def test_dates_bare_months_after_a_preposition(extract, text, expected):
    assert date_values(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Drones hit Kharkiv on Monday. The same day, shelling hit Sumy.", [("2024-08-19", "day"), ("2024-08-19", "day")]),
    ("Drones hit Kharkiv on Monday. The next day, shelling hit Sumy.", [("2024-08-19", "day"), ("2024-08-20", "day")]),
    ("Drones hit Kharkiv on Monday, a day after shelling hit Sumy.", [("2024-08-19", "day"), ("2024-08-18", "day")]),
    ("Losses since 3 March are counted. Over the same period, Kyiv lost tanks.", [("2024-03-03", "day"), ("2024-03-03", "day")]),
    # after a month or year with no day, a day anaphor keeps that month or year
    ("In February, troops shot four soldiers. Baku said the soldiers fired the previous day.",
     [("2024-02", "month"), ("2024-02", "month")]),
    ("Rebels took Goma in 2023. The next day, drones hit Sake.", [("2023", "year"), ("2023", "year")]),
    ("India struck Bahawalpur early on Wednesday. Pakistan says it answered that same night.",
     [("2024-08-21", "day"), ("2024-08-21", "day")]),
    # nothing to point back to, or a day after publication: no date
    ("The same day, shelling hit Sumy.", []),
    ("Drones hit Kharkiv on Friday. The next day, shelling hit Sumy.", [("2024-08-23", "day")]),
])
def test_dates_anaphors_point_back_to_the_latest_date(extract, text, expected):
    assert date_values(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The convoy left three days ago.", [("2024-08-20", "day")]),
    ("The convoy left two weeks ago.", [("2024-08", "month")]),
    ("The convoy left a year ago.", [("2023", "year")]),
    ("The convoy left last night.", [("2024-08-22", "day")]),
    ("The convoy leaves tonight.", [("2024-08-23", "day")]),
    ("The base opened in spring 2023.", [("2023", "year")]),
    ("Deliveries ran between 2015 and 2020.", [("2015", "year")]),
    ("The ship docked on the 17th of January.", [("2024-01-17", "day")]),
    ("Two T-72 tanks were seen.", []),
])
def test_dates_relative_to_publication(extract, text, expected):
    assert date_values(extract, text) == expected


@pytest.mark.parametrize("phrase,published,value", [
    ("on Tuesday", "2024-08-21", "2024-08-20"),  # a Wednesday report: the day before
    ("on Tuesday", "2024-08-20", "2024-08-20"),  # a Tuesday report: that day
    ("overnight on Saturday", "2024-08-19", "2024-08-17"),
    ("early on Wednesday", "2024-08-23", "2024-08-21"),
    ("late on Sunday", "2024-08-19", "2024-08-18"),
])
def test_dates_weekdays_resolve_to_the_latest_such_day(extract, phrase, published, value):
    assert date_values(extract, f"Drones struck Odesa {phrase}.", published) == [(value, "day")]


@pytest.mark.parametrize("text,expected", [
    ("The frigate docked on Monday, 3 June 2019.", [("2019-06-03", "day")]),
    ("The frigate docked on Monday (June 3).", [("2024-06-03", "day")]),
    ("The frigate docked in March of 2023.", [("2023-03", "month")]),
    ("The frigate docked on Monday, the navy said.", [("2024-08-19", "day")]),
])
def test_dates_a_weekday_with_its_date_and_a_month_of_a_year(extract, text, expected):
    assert date_values(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the weekend: the month of the latest Saturday, as "last week" is a month
    ("Drones hit Kharkiv over the weekend.", [("2024-08", "month")]),
    ("Drones hit Kharkiv last weekend.", [("2024-08", "month")]),
    ("The weekend was quiet in Kharkiv.", []),
    # a season: the year of the latest one already over, or the published year's
    ("Troops left Niger last summer.", [("2023", "year")]),
    ("Troops left Niger last spring.", [("2024", "year")]),
    ("Troops left Niger this past summer.", [("2023", "year")]),
    ("Troops will leave Niger this autumn.", [("2024", "year")]),
    # a range of days is dated by its first day
    ("Drones hit Odesa on the night of 3-4 August.", [("2024-08-03", "day")]),
    ("Drones hit Odesa on August 3-4.", [("2024-08-03", "day")]),
])
def test_dates_weekends_seasons_and_day_ranges(extract, text, expected):
    assert date_values(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a date with no year takes the year its sentence wrote out before it ...
    ("Germany pledged IRIS-T systems in October 2022 and delivered the first on 11 October.",
     [("2022-10", "month"), ("2022-10-11", "day")]),
    ("Russia sent Su-24 jets to Mali in March 2021 and Mi-8 helicopters in May.", [("2021-03", "month"), ("2021-05", "month")]),
    # ... not one of another sentence
    ("Russia sent Su-24 jets to Mali in 2021. Mi-8 helicopters followed in May.", [("2021", "year"), ("2024-05", "month")]),
    # ... nor one that would put a bare month before the month it was written with (read from publication)
    ("The mission deployed in December 2022, but the rebels took Goma in late January.",
     [("2022-12", "month"), ("2024-01", "month")]),
])
def test_dates_without_a_year_take_the_sentence_year(extract, text, expected):
    assert date_values(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    # months and years counted from the latest date the text gave
    ("Seoul signed the deal in March 2023. The howitzers arrived the following month.",
     [("2023-03", "month"), ("2023-04", "month")]),
    ("Seoul signed the deal on 3 March 2023. The howitzers arrived that month.",
     [("2023-03-03", "day"), ("2023-03", "month")]),
    ("Ankara ordered the drones in 2021. They were delivered the following year.", [("2021", "year"), ("2022", "year")]),
    ("Ankara ordered the drones in 2021. They were delivered later that year.", [("2021", "year"), ("2021", "year")]),
    ("Baku received the launchers in 2023. The previous year, it tested them.", [("2023", "year"), ("2022", "year")]),
    # days counted forward, and "earlier that day" before "earlier this week"
    ("Rebels took Goma on 3 March 2023. Drones struck Sake two days later.",
     [("2023-03-03", "day"), ("2023-03-05", "day")]),
    ("Rebels took Goma on 3 March 2023. Earlier that day, drones struck Sake.",
     [("2023-03-03", "day"), ("2023-03-03", "day")]),
    # with no date before, a month anaphor names nothing; never after publication
    ("The howitzers arrived the following month.", []),
    ("Seoul signed the deal on 3 August. The howitzers arrive the following month.", [("2024-08-03", "day")]),
])
def test_dates_month_year_and_day_anaphors(extract, text, expected):
    assert date_values(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Warsaw received 40 K2 tanks in fiscal 2023.", [("2023", "year")]),
    ("Deliveries resumed in Q1 2024.", [("2024", "year")]),
    ("Deliveries reached 2024 units.", []),
])
def test_dates_fiscal_years_and_quarters(extract, text, expected):
    assert date_values(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Drones hit Odesa on Monday. Hours later, missiles hit Kyiv.", [("2024-08-19", "day"), ("2024-08-19", "day")]),
    ("Drones hit Odesa on Monday. Earlier in the day, shelling hit Sumy.",
     [("2024-08-19", "day"), ("2024-08-19", "day")]),
    # with no day before, "hours later" names nothing
    ("Hours later, missiles hit Kyiv.", []),
])
def test_dates_hours_and_parts_of_the_day(extract, text, expected):
    assert date_values(extract, text) == expected


@pytest.mark.parametrize("text,value", [
    ("Kenya received two Mi-17 helicopters the next day.", "2025-03-11"),
    ("Kenya received two Mi-17 helicopters a year ago.", "2024"),
    ("Kenya received two Mi-17 helicopters the day before.", "2025-03-09"),
])
def test_words_opening_only_longer_date_phrases_still_date_them(extract, text, value):
    record = extract("Officials met on 10 March. " + text, published="2025-03-20")
    assert value in [m["value"] for m in record["mentions"] if m["kind"] == "date"]
