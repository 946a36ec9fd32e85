"""Which date an event takes (extract/event_dates.py): the grammar of its sentence, then neighbours."""
import pytest

PUBLISHED = "2024-08-23"  # a Friday


def dates_of(extract, text, published=PUBLISHED):
    return [(e["type"], (e["date"] or {}).get("value")) for e in extract(text, published=published)["events"]]


@pytest.mark.parametrize("text,expected", [
    # a combat claim is dated by its statement; a date of its own comes first
    ("Ukraine's air force said on Thursday its crews had shot down a Russian Su-34 near Pokrovsk.",
     [("loss", "2024-08-22")]),
    ("Israel's army said on Thursday that its jets had struck Hezbollah rocket launchers in southern Lebanon "
     "on Wednesday.", [("attack", "2024-08-21")]),
    # a movement reported in a statement is a state of affairs with no date
    ("On Saturday, the ministry said Wagner fighters had deployed Pantsir-S1 systems to Kidal.",
     [("deployment", None)]),
    ("Rwanda's army has deployed Pantsir-S1 systems in North Kivu, the UN said on Friday.",
     [("deployment", None)]),
    ("The UAE on Friday denied a report that it has been sending Kornet missiles to the RSF in Darfur.",
     [("transfer", None)]),
    # the one told stands between the saying and its date: still the statement's date
    ("US forces have pulled out of Ain al-Asad air base, two Iraqi officials told Reuters on Friday.",
     [("withdrawal", None)]),
    ("Kenyan police have deployed MaxxPro vehicles to Kenscoff, an officer told the BBC on Thursday.",
     [("deployment", None)]),
    # unless the report ties itself to its day
    ("Hezbollah said on Monday it had fired Falaq-1 rockets at an Israeli base overnight.",
     [("attack", "2024-08-19")]),
])
def test_event_dates_a_date_of_saying_dates_the_statement(extract, text, expected):
    assert dates_of(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Berlin pledged on Tuesday to send two more IRIS-T SLM systems to Kyiv.", [("order", "2024-08-20")]),
    ("The Pentagon announced on Tuesday that it will send M2 Bradley vehicles to Kyiv.", [("order", "2024-08-20")]),
])
def test_event_dates_an_order_is_made_by_saying_it(extract, text, expected):
    assert dates_of(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Footage filmed on Sunday shows T-90M tanks arriving in Bamako.", [("transfer", "2024-08-18")]),
    ("About 80 Russian instructors landed in Niamey on Wednesday, state television reported.",
     [("deployment", "2024-08-21")]),
])
def test_event_dates_footage_and_a_verb_before_the_saying_keep_their_date(extract, text, expected):
    assert dates_of(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Turkey, which signed a defence pact with Somalia in 2024, has delivered Bayraktar TB2 drones to Mogadishu.",
     [("transfer", None)]),
    ("Russia delivered S-400 systems to Turkey, which ordered them in 2017.", [("transfer", None)]),
    # a relative clause telling of the same movement dates it
    ("France sent 12 Caesar howitzers to Kyiv, which began arriving in 2023.", [("transfer", "2023")]),
])
def test_event_dates_a_relative_clause_dates_its_own_verb(extract, text, expected):
    assert dates_of(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Taiwan received M1A2T tanks ordered in 2019 from the United States.", [("transfer", None)]),
    ("Indian jets struck sites linked to last month's bombing in Kashmir early on Wednesday.",
     [("attack", "2024-08-21"), ("attack", "2024-07")]),
])
def test_event_dates_a_participle_or_genitive_dates_its_noun(extract, text, expected):
    assert dates_of(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("Russian drones struck Odesa on Monday. The same day, Ukrainian crews shot down two Shahed-136 drones "
     "over Kherson.", [("attack", "2024-08-19"), ("loss", "2024-08-19")]),
    ("Russian drones struck Odesa on Monday. The next day, Ukrainian crews shot down two Shahed-136 drones "
     "over Kherson.", [("attack", "2024-08-19"), ("loss", "2024-08-20")]),
    ("Iran on Tuesday rejected accusations that it arms the Houthis, a day after US sailors seized a dhow "
     "carrying Shahed-136 drones off Yemen.", [("transfer", "2024-08-19")]),
])
def test_event_dates_anaphors_count_from_the_latest_day(extract, text, expected):
    assert dates_of(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the next sentence goes on about the same items
    ("Russia has deployed Su-24 jets to Libya, officials said.\nThe jets reached al-Jufra in mid-May.",
     [("deployment", "2024-05")]),
    ("Russia shipped T-72B3 tanks to Mali, officials said. They are part of a batch that arrived in July.",
     [("transfer", "2024-07")]),
    # ... but a verb of another kind owns its date
    ("Russia shipped T-72B3 tanks to Mali. They are part of a batch ordered in 2022.", [("transfer", None)]),
    ("Russia has supplied Mali with Su-25 jets. The jets were ordered in 2019.", [("transfer", None)]),
    # a definite noun for the happening refers to the sentence that announced it
    ("The Pentagon announced a $1 billion package of weapons for Kyiv on Wednesday.\nAmong the items are "
     "Stinger missiles. The Defense Department said the package also contains M2 Bradley vehicles.",
     [("order", "2024-08-21")]),
])
def test_event_dates_borrowed_from_a_sentence_about_the_same_happening(extract, text, expected):
    assert dates_of(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The junta took power in 2021. Russia delivered Mi-17 helicopters to Bamako.", [("transfer", "2021")]),
    ("Fighting around Goma began on Sunday. Rwandan troops deployed Pantsir-S1 systems near Sake.",
     [("deployment", "2024-08-18")]),
    # not a date of a relative clause there, nor into a sentence that times itself
    ("The junta, which took power in 2021, ended its defence pact with France. Russia delivered Mi-17 "
     "helicopters to Bamako.", [("transfer", None)]),
    ("The junta took power in a coup in 2021. Russia has since delivered Mi-17 helicopters to Bamako in "
     "recent years.", [("transfer", None)]),
])
def test_event_dates_borrowed_from_the_sentence_before(extract, text, expected):
    assert dates_of(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    # "a year after": the clause it opens is a year before the latest date
    ("Russia delivered two Su-24 bombers to Mali on Friday, a year after it sent four L-39 jets.",
     [("transfer", "2024-08-23"), ("transfer", "2023")]),
    ("Turkey sold Bayraktar TB2 drones to Ethiopia in 2021. A year later, it delivered Akinci drones to Addis Ababa.",
     [("transfer", "2021"), ("transfer", "2022")]),
    # a clause opened by "days/weeks after" is no verb of the date before it ...
    ("Russia delivered two Su-24 bombers to Mali this week, days after Wagner left Kidal.",
     [("transfer", "2024-08"), ("withdrawal", None)]),
    ("Israeli jets struck Tyre on Monday, weeks after Hezbollah fired Falaq-1 rockets at Kiryat Shmona.",
     [("attack", "2024-08-19"), ("attack", None)]),
    # ... but a bare ", after" may tell the same day's events
    ("The government fell on 8 December, after rebels stormed Damascus.", [("attack", "2024-12-08")]),
])
def test_event_dates_time_clauses_after_a_date(extract, text, expected):
    assert dates_of(extract, text, published="2024-12-20" if "December" in text else PUBLISHED) == expected


@pytest.mark.parametrize("text,expected", [
    # a date between a determiner and its noun dates that noun, not the event
    ("German troops withdrew from the air base at Niamey after the July 2023 coup.", [("withdrawal", None)]),
    ("Israeli jets struck Khan Younis after the 7 October ceasefire collapsed.", [("attack", None)]),
    # ... unless that noun is the event
    ("The 24 September attack in Banjska was carried out by Serb gunmen with M84 rifles.",
     [("attack", "2024-09-24")]),
])
def test_event_dates_attributive_date_dates_its_noun(extract, text, expected):
    assert [d for d in dates_of(extract, text, published="2024-10-20") if d[0] == expected[0][0]][:1] == expected


@pytest.mark.parametrize("text,expected", [
    # a participle after a designation, with its agent, dates its own verb, before the trigger too
    ("Of the 31 M1A1s supplied by the United States last year, at least 20 have been destroyed, according to Oryx.",
     [("loss", None)]),
    # an adjective participle before a noun is no verb of the date ("self-propelled howitzers", "towed howitzers")
    ("Ukrainian troops had destroyed two 2S19 Msta-S self-propelled howitzers near Tokmak on Friday.",
     [("loss", "2024-08-23")]),
    ("India has delivered ATAGS towed howitzers to Armenia since 2023.", [("transfer", "2023")]),
    # a relative clause with no 'which' in an apposition dates its own verb
    ("China has deployed J-20 jets to Shigatse, an airbase it expanded in 2022.",
     [("deployment", None), ("base_change", "2022")]),
    ("Russia delivered Su-35 jets to Iran on Monday, a deal the two sides signed in 2023.",
     [("transfer", "2024-08-19")]),
    # an apposition with no verb is no clause of its own
    ("Russia delivered Su-35 jets to Iran, the first such delivery, in March.", [("transfer", "2024-03")]),
])
def test_event_dates_participles_and_appositions_date_their_own_verb(extract, text, expected):
    assert dates_of(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the first or last of a movement's people or loads dates it
    ("US forces have pulled out of Ain al-Asad air base, Iraqi officials told Reuters on Friday. The last American "
     "convoy drove out of the base on Wednesday.", [("withdrawal", "2024-08-21")]),
    ("Kenya has about 800 police officers deployed in Haiti, the largest contingent in the force. The first Kenyan "
     "officers arrived in June 2024.", [("deployment", "2024-06")]),
    # a next sentence about something else lends nothing
    ("Kenya has about 800 police officers deployed in Haiti, the largest contingent in the force. Gangs burned "
     "a market in June 2024.", [("deployment", None)]),
])
def test_event_dates_the_first_or_last_of_a_movement(extract, text, expected):
    assert [d for d in dates_of(extract, text) if d[0] != "attack"] == expected


@pytest.mark.parametrize("text,expected", [
    # "the strike" names the attack told just before: a loss it caused takes its date
    ("Ukraine fired ATACMS missiles at Berdiansk airfield on Tuesday. Ukraine's special forces said the strike "
     "destroyed nine Ka-52 helicopters.", [("attack", "2024-08-20"), ("loss", "2024-08-20")]),
    # a plural names a campaign, not one attack: no date
    ("Ukraine fired ATACMS missiles at Berdiansk airfield on Tuesday. Kyiv says the strikes have destroyed "
     "nine Ka-52 helicopters.", [("attack", "2024-08-20"), ("loss", None)]),
])
def test_event_dates_a_loss_naming_the_strike_before(extract, text, expected):
    assert dates_of(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a dateline's date is when the report was filed: it dates no event of its sentence
    ("KYIV, Aug 22 (Reuters) - Russia has deployed Iskander launchers to Belarus, Ukrainian officials said.",
     [("deployment", None)]),
    ("BAMAKO, 22 August - Wagner fighters withdrew from Kidal, residents said.", [("withdrawal", None)]),
    ("Aug 22 (Reuters) - The United States has delivered M1A2 Abrams tanks to Poland, officials said.",
     [("transfer", None)]),
    # unless the report ties the event to its day
    ("KYIV, Aug 22 (Reuters) - Russian drones struck an oil depot in Odesa overnight, officials said.",
     [("attack", "2024-08-22")]),
    # a date of the event's own still counts
    ("KYIV, Aug 22 (Reuters) - Russian drones struck an oil depot in Odesa on Wednesday, officials said.",
     [("attack", "2024-08-21")]),
])
def test_event_dates_a_datelines_date_is_the_filing_date(extract, text, expected):
    assert dates_of(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a date in a phrase opened by after/before/following dates its noun
    ("After talks in Moscow in March, Russia delivered the first Su-35 jets to Iran.", [("transfer", None)]),
    # a time of day after the preposition is the event's own time
    ("Russian drones struck Odesa shortly after midnight on Wednesday.", [("attack", "2024-08-21")]),
    ("Russian drones struck Odesa after 10 pm on Wednesday.", [("attack", "2024-08-21")]),
    # a clause with its own verb is left to the rules of clauses
    ("Russia evacuated S-400 launchers from its bases after Assad was ousted in December.",
     [("withdrawal", "2023-12")]),
])
def test_event_dates_a_time_phrase_dates_its_noun(extract, text, expected):
    assert dates_of(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a date before the 'and' that opens the trigger's own verb phrase is the earlier verb's
    ("Iran has operated MiG-29 jets since 1990 and received Su-35 jets from Russia on Monday.",
     [("transfer", "2024-08-19")]),
    ("Iran has operated MiG-29 jets since 1990 and received Su-35 jets from Russia.", [("transfer", None)]),
    # a date opening the sentence governs every conjunct
    ("In January 2024 a barrage of missiles and rockets hit the base.", [("attack", "2024-01")]),
    ("On Monday, Russian drones struck Odesa and hit Kherson.", [("attack", "2024-08-19"), ("attack", "2024-08-19")]),
])
def test_event_dates_an_earlier_conjunct_keeps_its_date(extract, text, expected):
    assert dates_of(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    # an attack named by a genitive date, as the subject, dates what it caused
    ("Sunday's strike on Kharkiv destroyed two Su-34 jets.", [("attack", "2024-08-18"), ("loss", "2024-08-18")]),
    # a genitive naming no attack still dates only its own noun
    ("Last month's deal was followed by Russian deliveries of Su-35 jets to Iran.", [("transfer", None)]),
])
def test_event_dates_a_dated_attack_dates_what_it_caused(extract, text, expected):
    assert dates_of(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the date a report was published lends nothing to what the report tells
    ("Amnesty International published a report on Darfur on Tuesday. It said the UAE had supplied Wing Loong II "
     "drones to the RSF.", [("transfer", None)]),
    # an event-less sentence of another verb still lends its date
    ("Fighting began on Sunday. Drones struck the depot in Kharkiv.", [("attack", "2024-08-18")]),
])
def test_event_dates_a_published_report_lends_no_date(extract, text, expected):
    assert dates_of(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    # where it was said stands between the saying and its date: still the statement's date
    ("Russia moved Iskander launchers to Belarus, Lithuania's defence minister told reporters in Vilnius on Monday.",
     [("transfer", None)]),
])
def test_event_dates_a_place_of_saying(extract, text, expected):
    assert dates_of(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a date inside a clause opened by a span of time ("four months after X agreed in June") is that clause's
    ("Slovakia has handed its MiG-29 jets over to Ukraine, four months after its cabinet approved the move in April.",
     ("transfer", None)),
    ("Chad took delivery of Bayraktar TB2 drones, a year after its junta signed a deal in 2023.", ("transfer", None)),
    ("Japan deployed Type 12 missiles to Ishigaki, two years after Tokyo decided in 2022 to build a camp there.",
     ("deployment", None)),
    # a bare "after" clause may be the same month: its date still reaches the event
    ("Russia evacuated S-400 systems from Hmeimim after Assad was ousted in December.", ("withdrawal", "2023-12")),
])
def test_event_dates_a_span_after_clause_keeps_its_date(extract, text, expected):
    assert dates_of(extract, text)[0] == expected


@pytest.mark.parametrize("text,expected", [
    # a reduced relative ("tanks bought from the US") is no main verb: the main verb's date is not its date
    ("The first 38 M1A2T tanks bought from the United States arrived at Taipei Port on Sunday.",
     [("order", None), ("transfer", "2024-08-18")]),
    ("Ten Caesar howitzers ordered from France reached Yerevan on Tuesday.",
     [("order", None), ("transfer", "2024-08-20")]),
    # a date right after the participle stays its own
    ("Ten Caesar howitzers ordered from France in 2022 reached Yerevan on Tuesday.",
     [("order", "2022"), ("transfer", "2024-08-20")]),
])
def test_event_dates_a_reduced_relative_does_not_take_the_main_verbs_date(extract, text, expected):
    assert sorted(dates_of(extract, text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", [
    # a 'when' clause spells out the date before it: every verb in it, second conjuncts too
    ("The strikes widened on Tuesday, when drones set fire to fuel depots in Port Sudan and hit the airport.",
     "2024-08-20"),
    ("Shelling intensified on Sunday, when Russian artillery pounded a school in Kherson and hit a power plant near Mykolaiv.",
     "2024-08-18"),
    ("The campaign peaked in March, when Israeli jets bombed a depot near Baalbek and struck a bridge.", "2024-03"),
])
def test_event_dates_a_when_clause_takes_the_date_it_spells_out(extract, text, expected):
    assert {d for _, d in dates_of(extract, text)} == {expected}


def test_event_dates_a_date_inside_the_first_conjunct_stays_there(extract):
    # no 'when': the date belongs to the verb before the 'and'
    text = "The army took Bakhmut in May and moved T-90 tanks to Pokrovsk."
    assert ("transfer", "2024-05") not in dates_of(extract, text) and ("deployment", "2024-05") not in dates_of(extract, text)


@pytest.mark.parametrize("text,expected", [
    # a loss told in the past right after an attack of its paragraph is its damage: the attack's date
    ("Drones hit the Engels air base on Saturday, Russian officials said. Satellite images show two Tu-95MS "
     "bombers were destroyed.", "2024-08-17"),
    ("Russian drones hit Starokostiantyniv airfield on Sunday. Two Su-24 bombers were damaged, the air force said.",
     "2024-08-18"),
    ("Houthi missiles struck a tanker in the Red Sea on Monday. A US MQ-9 Reaper was shot down over the Red Sea.",
     "2024-08-19"),
])
def test_event_dates_a_loss_right_after_an_attack_is_its_damage(extract, text, expected):
    assert ("loss", expected) in dates_of(extract, text)


@pytest.mark.parametrize("text", [
    # a tally in the perfect is no damage of one attack
    "Russian missiles struck Odesa on Monday. Ukraine has lost 20 Leopard 2A4 tanks in the war.",
    # a loss at another place is another happening
    "Russian missiles struck Odesa on Monday. A Russian Su-34 was shot down over Belgorod.",
    # another paragraph
    "Russian missiles struck Odesa on Monday.\nA Russian Su-34 was shot down.",
])
def test_event_dates_a_loss_not_told_as_the_damage_borrows_nothing(extract, text):
    assert [d for t, d in dates_of(extract, text) if t == "loss"] == [None]


@pytest.mark.parametrize("text,expected", [
    # a tally in the perfect in an apposition is no date of the event it follows
    ("Ukraine's navy said on Tuesday that its drones had sunk a Russian Ropucha-class landing ship near Kerch, "
     "the third ship it has destroyed this month.", [("loss", "2024-08-20")]),
])
def test_event_dates_a_tally_in_the_perfect_dates_no_single_event(extract, text, expected):
    assert dates_of(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a report seen by someone dates the report, not the movement it tells
    ("Around 300 Wagner fighters are deployed in Mali, UN experts said in a report seen by AFP this month.",
     [("deployment", None)]),
    # footage seen on a day still dates what it shows
    ("Footage seen on Sunday shows T-90M tanks arriving in Bamako.", [("transfer", "2024-08-18")]),
])
def test_event_dates_a_report_seen_by_an_outlet_dates_the_report(extract, text, expected):
    assert dates_of(extract, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a participle phrase set off by commas before the trigger dates its participles
    ("Camp Lemonnier, built in 2002 and expanded in 2015, hosts MQ-9 Reaper drones.", ("deployment", None)),
    # ... unless it is a verb of the event's own type
    ("The Leopard 2A4 tanks, delivered in March, reached the front near Pokrovsk.", ("transfer", "2024-03")),
])
def test_event_dates_a_participle_aside_dates_its_own_verb(extract, text, expected):
    assert expected in dates_of(extract, text)


@pytest.mark.parametrize("text,expected", [
    # ", while" sets another side's doing against the clause before: its date stays there
    ("Russia delivered four Su-35 jets to Iran in December 2023, while China has supplied Wing Loong II drones.",
     [("transfer", "2023-12"), ("transfer", None)]),
    # a date of the contrasted clause's own still dates it
    ("Russia delivered four Su-35 jets to Iran in December 2023, while China supplied Wing Loong II drones in March.",
     [("transfer", "2023-12"), ("transfer", "2024-03")]),
])
def test_event_dates_a_contrasted_clause_keeps_its_own_date(extract, text, expected):
    assert dates_of(extract, text) == expected


def test_event_dates_within_hours_ties_a_second_clause_to_the_date_before(extract):
    text = "Ugandan troops vacated the base at Bunia on Monday, and Congolese soldiers moved into the base within hours."
    assert ("deployment", "2024-08-19") in dates_of(extract, text)


@pytest.mark.parametrize("text,expected", [
    # a clause after ", and" told in the present is a state of affairs, not of the date before
    ("The Pentagon sent a second aircraft carrier to the Gulf last month, and at least four B-2 bombers are now "
     "operating from Diego Garcia.", ("deployment", None)),
    # a clause in the past after it may share the date
    ("The Pentagon sent a second aircraft carrier to the Gulf last month, and four B-2 bombers flew to Diego Garcia.",
     ("transfer", "2024-07")),
])
def test_event_dates_a_present_clause_after_and_takes_no_past_date(extract, text, expected):
    assert expected in dates_of(extract, text)
