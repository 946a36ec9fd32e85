"""Who says so: speakers, relayed voices, back-references and the ones that are no claimant."""
import pytest


def claimants(event):
    return [a["name"] for a in event["attributed_to"]]


def only_event(extract, text, etype=None):
    events = [e for e in extract(text)["events"] if etype is None or e["type"] == etype]
    assert len(events) == 1, events
    return events[0]


@pytest.mark.parametrize("text,expected", [
    # a state's official, named by title and person after a possessive, speaks for the state
    ("Poland's defence minister, Marek Nowak, said Germany delivered Leopard 2A4 tanks to Ukraine.", ["Poland"]),
    # a demonym heading a body (embassy, ministry) is its state
    ("The French embassy said Russia delivered T-72B3 tanks to Mali.", ["France"]),
    # two speakers joined by "and" after a cue both speak
    ("The sighting follows statements from Washington and Seoul that North Korean troops had been deployed to Kursk.",
     ["United States", "South Korea"]),
    # a title and a name with no country speak for the state the sentence's subject names
    ("Ukrainian forces struck Berdiansk airfield with ATACMS missiles on Tuesday, President Volodymyr Zelensky confirmed.",
     ["Ukraine"]),
    # "UN experts" is the UN Panel of Experts, not the United Nations at large
    ("UN experts said the UAE supplied Wing Loong II drones to the LNA.", ["UN Panel of Experts"]),
])
def test_attribution_speakers_carry_bodies_titles_and_names(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # no subject state in the sentence: an unnamed title names nobody
    ("The BMC Kirpi vehicles arrived in Tripoli on Saturday, Defence Minister Ali Hassan said.", []),
    # "said X delivered": X is the subject of what was said, not a speaker
    ("Poland's defence minister, Marek Nowak, said Germany delivered Leopard 2A4 tanks to Ukraine.", ["Poland"]),
])
def test_attribution_title_and_said_negatives(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # unnamed officials relayed by an outlet: the outlet alone
    ("US officials told Reuters that Washington shipped ATACMS missiles to Ukraine.", ["Reuters"]),
    ("Egyptian C-130 aircraft landed in Mogadishu with weapons, AP reported, citing a Somali government official.",
     ["Associated Press"]),
    # a named body the outlet cites is a claimant too
    ("Rebels captured two T-72 tanks in Hama, AFP reported, citing the Syrian Observatory for Human Rights.",
     ["Agence France-Presse", "Syrian Observatory for Human Rights"]),
    # the owner of an outlet does not speak by owning it ...
    ("Fighters captured two Otokar Cobra vehicles in Borno, the Islamic State's Amaq news agency reported.", ["Amaq"]),
    # ... but does when the sentence makes it the speaker ("the group" points back to it)
    (("In a statement carried by the Islamic State's Amaq news agency, the group said it captured two Otokar Cobra "
     "vehicles in Borno."), ["Amaq", "Islamic State"]),
])
def test_attribution_relayed_voices(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # the accused is no claimant
    ("Sudan accused the United Arab Emirates of supplying drones to the RSF.", ["Sudan"]),
    # the body an envoy is sent to is no claimant
    ("Iran's mission to the United Nations denied that Tehran sent drones to Russia.", ["Iran"]),
    # an official body acting, not speaking
    ("Russia shipped AK-47 rifles to Bangui after the UN Security Council granted an exemption.", []),
    # a non-party commenting in an apposition
    (("Israeli troops have been stationed in the buffer zone since Sunday, a step the United Nations said breached "
     "the accord."), []),
    # ... but a party denying in an apposition is one
    ("Armenia accused Turkey of deploying F-16 jets to Azerbaijan, an accusation Ankara denied.", ["Armenia", "Turkey"]),
    # a place inside another's body name speaks for the owner
    ("Beijing's Taiwan Affairs Office said the United States delivered M1A2T Abrams tanks to Taiwan.", ["China"]),
])
def test_attribution_mentions_that_are_no_claimant(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


def test_attribution_negated_speech_is_no_claim(extract):
    event = only_event(extract, "Pakistan said it shot down five Indian Rafale jets, a claim India has neither "
                                "confirmed nor denied.")
    assert claimants(event) == ["Pakistan"]
    assert event["certainty"] != "denied"


def test_attribution_speaker_before_a_since_clause_does_not_vouch_for_it(extract):
    events = extract("The Pentagon confirmed the loss of three MQ-9 Reaper drones since the Houthis began "
                     "attacking ships.")["events"]
    by_type = {e["type"]: claimants(e) for e in events}
    assert by_type == {"loss": ["United States"], "attack": []}


@pytest.mark.parametrize("text,etype,expected", [
    (("Haaretz reported on Monday that Israel has supplied Azerbaijan with Harop drones. Cargo planes carried more "
     "Harop drones to Baku in March, the paper said."), "transfer", ["Haaretz"]),
    (("Ukraine's air force said Russia launched 40 Shahed-136 drones at Kyiv overnight. Air defence units shot down "
     "35 Shahed-136 drones over the capital, the air force added."), "loss", ["Ukraine"]),
    (("Human Rights Watch documented the attack on Monday. The rights group's researchers said RSF drones struck a "
     "market in El Fasher with Chinese-made GB50A bombs."), "attack", ["Human Rights Watch"]),
    (("The African Union Mission in Somalia handed over the base at Jowhar to the Somali army on Monday, the mission "
     "said."), "base_change", ["AMISOM"]),
    (("The RSF issued a statement on Monday. Its drones struck Port Sudan with FH-95 bombs, the group's spokesman "
      "said."), "attack", ["Rapid Support Forces"]),
    (("Al-Shabaab posted a video. Its fighters captured two Casspir vehicles near Baidoa, the militia said."),
     "loss", ["al-Shabaab"]),
    (("Rebels captured two T-72 tanks in Hama, AFP reported. Rebels also seized a Pantsir-S1 near Aleppo, according "
     "to the Syrian Observatory for Human Rights. More vehicles were seized near Idlib on Sunday, according to the "
     "Observatory."), "loss", None),
])
def test_attribution_back_references_name_the_earlier_speaker(extract, text, etype, expected):
    events = [e for e in extract(text)["events"] if e["type"] == etype]
    if expected is None:  # every loss is vouched for by the Observatory or AFP, the last by the Observatory
        assert claimants(events[-1]) == ["Syrian Observatory for Human Rights"]
    else:
        assert claimants(events[-1]) == expected


@pytest.mark.parametrize("text,expected", [
    # nobody is named: the unqualified body refers to nothing before it
    ("Russia delivered T-72B3 tanks to Gao on Monday, the paper said.", []),
])
def test_attribution_back_reference_without_antecedent(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


def test_attribution_deniers_named_together_deny_only_events_between_them(extract):
    events = extract("North Korea shipped artillery shells to Russia, US officials said. Both Moscow and Pyongyang "
                     "denied the reports. North Korea also delivered rockets to the Wagner Group in 2022, "
                     "Washington said.")["events"]
    to_russia, to_wagner = events
    assert (to_russia["certainty"], claimants(to_russia)) == ("denied", ["United States", "Russia", "North Korea"])
    assert (to_wagner["certainty"], claimants(to_wagner)) == ("reported", ["United States"])


def test_attribution_a_sentence_completing_an_event_lends_its_claimant(extract):
    (event,) = extract("Turkey shipped BMC Kirpi vehicles to Tripoli on Saturday, the Libya Observer reported. "
                       "The shipment arrived aboard a cargo ship from Samsun. Photographs posted by GNA forces "
                       "showed the vehicles lined up on the quay.")["events"]
    assert claimants(event) == ["The Libya Observer", "Government of National Accord"]


@pytest.mark.parametrize("text,expected", [
    # analysts sitting in a capital are not its state speaking
    ("Russia delivered two Su-30SME fighters to Myanmar, analysts in Bangkok said.", []),
    # a reaction vouches for nothing
    ("Azerbaijan condemned the sale of 36 Caesar howitzers to Armenia by France.", []),
    # analysts at a named think tank are
    ("Russia moved S-400 launchers to Benghazi, according to analysts at ISW.", ["Institute for the Study of War"]),
])
def test_attribution_located_analysts_and_reactions(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a comma after a cited body ends the list of speakers: the subject that follows is none
    ("According to Ukrainian military intelligence, Russia moved Iskander launchers to Belarus.", ["Ukraine"]),
    # places listed before a speaker are no speakers
    ("Russia moved Iskander launchers to Brest, Grodno and Minsk, Lithuanian officials said.", ["Lithuania"]),
    # a head of government with no country speaks for the sentence's subject
    ("Germany will deliver four IRIS-T systems to Ukraine, Chancellor Olaf Scholz announced.", ["Germany"]),
    # an outlet whose name starts with a country
    ("Wing Loong drones were seen at Kufra, the Sudan War Monitor said.", ["Sudan War Monitor"]),
])
def test_attribution_lists_of_speakers_and_titles(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,etype,certainty", [
    ("The Pentagon confirmed the loss of three MQ-9 Reaper drones since the Houthis began attacking ships.",
     "attack", "reported"),
    ("Iran denied arming Russia with Shahed-136 drones as the drones struck Kyiv.", "attack", "reported"),
    # the cue before the clause still reaches the event of the main clause
    ("The Pentagon confirmed the loss of three MQ-9 Reaper drones since the Houthis began attacking ships.",
     "loss", "confirmed"),
])
def test_certainty_cue_does_not_reach_a_since_or_as_clause(extract, text, etype, certainty):
    (event,) = [e for e in extract(text)["events"] if e["type"] == etype]
    assert event["certainty"] == certainty


@pytest.mark.parametrize("text,expected", [
    # an unqualified force with nothing before it: the subject's state is likely the attacker, so nobody
    ("Russia launched 40 Shahed-136 drones at Kyiv overnight, the air force said.", []),
    # an unqualified office speaks for the state the sentence is about
    ("India signed a deal with France for 26 Rafale Marine jets, the Defence Ministry announced.", ["India"]),
])
def test_attribution_unqualified_bodies_without_antecedent(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a person introduced with a state speaks for it later, whatever the sentence's subject is
    ("Kenya's President William Ruto visited the base on Monday. Russia delivered two Mi-17 helicopters to Kenya, "
     "President Ruto said.", ["Kenya"]),
    ("Kenyan President William Ruto spoke on Monday. Ruto said Russia had delivered two Mi-17 helicopters.", ["Kenya"]),
    # ... or with the state in an apposition after the name
    ("Aden Duale, Kenya's defence minister, met the crews. Turkey shipped four Bayraktar TB2 drones to Kenya, "
     "Duale said.", ["Kenya"]),
    ("Ukraine's army chief, Oleksandr Syrskyi, spoke in Kyiv. Russian forces moved T-90M tanks to Pokrovsk, "
     "Syrskyi said.", ["Ukraine"]),
    # ... or with a body or group heading the title
    ("Kremlin spokesman Dmitry Peskov spoke on Monday. Russia delivered two Su-35 jets to Iran, Peskov said.",
     ["Russia"]),
    ("Hezbollah spokesman Mohammad Afif spoke on Monday. Israeli forces deployed Merkava tanks to Khiam, Afif said.",
     ["Hezbollah"]),
])
def test_attribution_person_introduced_with_a_state_speaks_for_it(extract, text, expected):
    events = [e for e in extract(text)["events"] if e["type"] in ("transfer", "deployment")]
    assert claimants(events[-1]) == expected


@pytest.mark.parametrize("text,expected", [
    # a state before a comma is no title's owner: Scholz is not Ukraine's
    ("Germany will deliver four IRIS-T systems to Ukraine, Chancellor Olaf Scholz announced.", ["Germany"]),
    # a state after the event verb is no subject: an unqualified office names nobody
    ("Marines deployed missile units to Ishigaki, some 300 km east of Taiwan, on Monday, the Defense Ministry said.",
     []),
    ("Soldiers moved two Pantsir-S1 systems to Benghazi, north of Chad, the defence ministry said.", []),
])
def test_attribution_unqualified_titles_do_not_guess(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # the receiving state telling of its delivery is a claimant, not only a role
    ("Poland received 18 K239 Chunmoo launchers from South Korea in August, the Polish defence ministry said.",
     ["Poland"]),
    ("Finland will buy the David's Sling system from Israel, the Finnish Ministry of Defence announced on Thursday.",
     ["Finland"]),
])
def test_attribution_recipient_speaks_target_does_not(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a body named after a state's possessive speaks for the state
    ("Ukraine's Special Operations Forces claimed the strike destroyed two Ka-52 helicopters at Berdiansk.",
     ["Ukraine"]),
    ("Nigeria's Defence Headquarters said A-29 Super Tucano aircraft struck Boko Haram camps in Sambisa.",
     ["Nigeria"]),
    # "the army" / "the military" is that of the state whose land forces were named before
    ("Israeli forces pulled out of the Netzarim corridor on Sunday, the military confirmed.", ["Israel"]),
    ("Malian troops withdrew from Anefis on Monday, the army said.", ["Mali"]),
    # ... but "the air force" is no land force's: it may be the defender's
    ("Russian forces launched 40 Shahed-136 drones at Kyiv overnight, the air force said.", []),
])
def test_attribution_possessed_bodies_and_force_kin(extract, text, expected):
    events = [e for e in extract(text)["events"] if e["type"] in ("attack", "withdrawal")]
    assert claimants(events[0]) == expected


@pytest.mark.parametrize("text,expected", [
    # a party rejecting "the claim" or "the account" told just before denies it and joins its claimants
    ("Serbian troops deployed T-72 tanks along the border with Kosovo, the White House said. Belgrade rejected "
     "the claim.", ("denied", ["United States", "Serbia"])),
    ("Iran shipped Shahed-136 drones to Russia, US officials told CNN. Tehran rejected the US account.",
     ("denied", ["CNN", "Iran"])),
])
def test_attribution_denier_of_a_claim_just_told(extract, text, expected):
    event = extract(text)["events"][0]
    assert (event["certainty"], claimants(event)) == expected


@pytest.mark.parametrize("text,expected", [
    # a speaker and its cue inside an "as"/"while" clause after the event speak for that clause
    ("Israel lost a Hermes 900 drone over southern Lebanon on Monday as Hezbollah claimed the shootdown.",
     ("reported", [])),
    ("Ukraine received two Patriot batteries from Germany while Moscow denied any escalation.", ("reported", [])),
    # after a comma the speaker is the main clause's again
    ("Russia withdrew S-300 systems from Syria as fighting eased, Russia's defence ministry said.",
     ("confirmed", ["Russia"])),  # the withdrawing state says so: confirmed
])
def test_attribution_speaker_in_a_later_clause_does_not_vouch(extract, text, expected):
    event = extract(text)["events"][0]
    assert (event["certainty"], claimants(event)) == expected


@pytest.mark.parametrize("text,expected", [
    # a described official after ", a" is a speaker, not an apposition commenting on the clause
    ("Iran shipped Fateh-110 missiles to Russia, a senior US administration official told reporters.",
     ["United States"]),
    ("Russian warships moved Kalibr missiles to Tartus, a senior Israeli military official said.", ["Israel"]),
    ("China deployed coast guard ships to Scarborough Shoal on Monday, a top Philippine navy official said.",
     ["Philippines"]),
    # ... while a noun heading the apposition still makes it a comment
    ("Israeli troops have been stationed in the buffer zone since Sunday, a move the United Nations said breached "
     "the accord.", []),
])
def test_attribution_described_officials_speak(extract, text, expected):
    assert claimants(extract(text)["events"][0]) == expected


@pytest.mark.parametrize("text,expected", [
    # "he said" is the person named last, when introduced with a state or body
    ("White House spokesman John Kirby briefed reporters. One of the KN-23 missiles was fired at Zaporizhzhia on "
     "December 30, he told reporters.", ["United States"]),
    ("Sudan's army chief, Abdel Fattah al-Burhan, visited Port Sudan. RSF drones struck the port on Sunday, he said.",
     ["Sudan"]),
    # nobody introduced with one: no claimant
    ("Oleksii Reznikov visited the front. Russian forces struck Kharkiv with Iskander missiles, he said.", []),
])
def test_attribution_pronoun_speaker_is_the_person_named_last(extract, text, expected):
    events = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert claimants(events[-1]) == expected


@pytest.mark.parametrize("text,expected", [
    # naming the event in "what X called" is saying it
    ("Russian missiles struck Kyiv on Monday in what Ukraine called the largest attack of the war.", ["Ukraine"]),
    ("Houthi drones hit a tanker off Hodeidah in what the Pentagon described as a reckless attack.",
     ["United States"]),
    # "called for" is no saying
    ("Ukrainian drones struck Kursk on Monday, and Russia called for talks.", []),
])
def test_attribution_what_x_called(extract, text, expected):
    events = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert claimants(events[0]) == expected


@pytest.mark.parametrize("text,expected", [
    # a neighbouring denial of something else lends no claimant (nor a recipient's confirmation)
    ("Turkey delivered Bayraktar TB2 drones to Ethiopia in 2021, analysts say. Ethiopia denies using them against "
     "civilians.", ("reported", [])),
    # a neighbouring event-less sentence still lends its claimant
    ("Turkey delivered Bayraktar TB2 drones to Ethiopia in 2021. The shipment was first reported by Reuters.",
     ("reported", ["Reuters"])),
])
def test_attribution_a_denying_neighbour_lends_nothing(extract, text, expected):
    event = extract(text)["events"][0]
    assert (event["certainty"], claimants(event)) == expected


@pytest.mark.parametrize("text,expected", [
    # "in what it called": the pronoun is the clause's subject
    ("Azerbaijan launched what it called an anti-terrorist operation on September 19, shelling Armenian positions "
     "in Karabakh.", ["Azerbaijan"]),
    ("Israeli jets struck Hezbollah depots near Tyre in what they called a pre-emptive strike.", ["Israel"]),
    # a subject governed by a preposition is none: no claimant
    ("In Kherson, drones struck a market in what it called a deliberate attack.", []),
])
def test_attribution_what_it_called_is_the_subject(extract, text, expected):
    events = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert claimants(events[0]) == expected


@pytest.mark.parametrize("text,expected", [
    # "of" inside a body's capitalised name: the body speaks
    ("North Korea fired a Hwasong-18 missile into the sea, South Korea's Joint Chiefs of Staff said.",
     ["South Korea"]),
    ("The last German soldiers have left Niger, the Federal Ministry of Defence said on Friday.", ["Germany"]),
    # an armed group's wing speaks for the group
    ("Hamas fighters destroyed an Israeli Merkava tank in Gaza City, the group's armed wing said.", ["Hamas"]),
    # "the country's ministry": the state the sentence's subject names; "the island's": the state named last
    ("Poland received K9 howitzers from South Korea, the country's defence ministry said.", ["Poland"]),
    ("China sent Type 052D destroyers near Taiwan, the island's defence ministry said.", ["Taiwan"]),
    # "was quoted as saying": the speaker, and the outlet quoting
    ("Venezuela received Su-30 jets from Russia, the defence minister was quoted as saying.", ["Venezuela"]),
    ("Serbia received CH-92A drones from China, President Aleksandar Vucic was quoted as saying by KCNA.",
     ["Serbia", "KCNA"]),
])
def test_attribution_body_names_and_quotes(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a title in an apposition to a speaking person names the body that speaks
    ("The RSF shot down a Sudanese army Mi-24 helicopter near El Fasher, said Ahmed Ali, a spokesman for the RSF.",
     ["Rapid Support Forces"]),
    ("Russian forces shot down a Ukrainian Su-25 jet, Igor Petrov, a spokesman for the Russian defence ministry, said.",
     ["Russia"]),
    ("Russian forces shot down a Ukrainian Su-25 jet, said Igor Petrov, Russia's defence ministry spokesman.",
     ["Russia"]),
    ("Israeli jets struck Sanaa airport on Tuesday, said Avichay Adraee, the Israeli army's Arabic-language "
     "spokesman.", ["Israel"]),
    ("Israeli jets struck Sanaa airport on Tuesday, according to Avichay Adraee, a spokesman for the Israeli army.",
     ["Israel"]),
    # an apposition naming no catalog entry points back like a speaker phrase
    ("Houthi forces fired a Toufan missile at Eilat on Tuesday, said Yahya Saree, the group's military spokesman.",
     ["Houthis"]),
    ("Russian forces destroyed a Leopard 2A6 tank near Kursk, said Igor Petrov, a military blogger.", []),
    # where a person sits, a former adviser, or a relative clause names no speaking body; nor a noun no title
    ("Israeli jets struck Sanaa airport on Tuesday, said Avichay Adraee, the Israeli army's favourite target.", []),
    ("Ukraine received F-16 jets from Denmark, said Maria Jensen, a researcher in Copenhagen.", []),
    ("Ukraine received F-16 jets from Denmark, said Maria Jensen, who visited Russia last year.", []),
])
def test_attribution_title_in_an_apposition(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # data and images "reviewed/analysed/provided by" an outlet or think tank: it is the claimant
    ("Satellite images analysed by the Center for Strategic and International Studies show Venezuela expanding "
     "its base on Anacoco island.", ["Center for Strategic and International Studies"]),
    ("Flight-tracking data reviewed by Middle East Eye shows cargo flights delivered Il-76 loads from Abu Dhabi "
     "to Bosaso airport.", ["Middle East Eye"]),
    # unnamed sources name nobody; relayed by an outlet, the outlet
    ("Russia delivered Su-35 jets to Iran, two sources familiar with the matter said.", []),
    ("Russia delivered Su-35 jets to Iran, two sources familiar with the matter told Reuters.", ["Reuters"]),
])
def test_attribution_by_an_analysing_source(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # whose account or claim it is says so
    ("Iran's mission to the United Nations rejected the US account, saying Tehran does not send weapons to the "
     "Houthis.", ["Iran", "United States"]),
    ("Russia lost 20 T-90M tanks near Vuhledar, according to the Ukrainian account.", ["Ukraine"]),
    # "accounted for" is no account
    ("The US accounted for most deliveries of F-16 jets to Ukraine.", []),
])
def test_attribution_the_owner_of_a_claim(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a name after a noun of a news outlet is a source, even one no catalog lists
    ("The SADC mission completed its withdrawal from Cabo Delgado province on Monday, Portuguese news agency Lusa "
     "reported.", ["Lusa"]),
    ("Myanmar's military took delivery of two Su-30SME fighters from Russia on Sunday, footage aired by state "
     "broadcaster MRTV showed.", ["MRTV"]),
    ("Serbia received HQ-22 batteries from China, the Tanjug news agency reported.", ["Tanjug"]),
    # no name after the noun: it points back, here to nothing; a demonym names no outlet
    ("Russia moved Iskander launchers to Belarus, the channel said on Monday.", []),
    ("Serbia received HQ-22 batteries from China, the Serbian news agency reported.", []),
])
def test_attribution_an_outlet_named_after_its_noun(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # the head of the subject's phrase, not a demonym before it, is "it" in "what it called"
    ("Turkish drone maker Baykar signed a contract on Tuesday to supply Akinci drones to Saudi Arabia, in what "
     "it called its largest export deal.", ["Baykar"]),
    # a titled speaker after "quoting" speaks for the state the sentence's subject names
    ("Russia has sent 300 military instructors to the Central African Republic, RIA Novosti reported, quoting "
     "Foreign Ministry spokeswoman Maria Zakharova.", ["RIA Novosti", "Russia"]),
    # a paramilitary force, a press secretary with a rank
    ("The RSF shot down a Sudanese army Il-76 near El Obeid, the paramilitary force said.", ["Rapid Support Forces"]),
    ("Iran supplied Shahed-136 drones to Russia, the Pentagon's press secretary, Maj. Gen. Pat Ryder, told reporters.",
     ["United States"]),
    ("Russia moved Iskander launchers to Belarus, NATO Secretary-General Mark Rutte said.", ["NATO"]),
    # a name no catalog lists inside a body's name is no speaker of its own
    ("M1A2T tanks bought by Taiwan from the United States were unloaded at Taipei on Monday, the island's Ministry "
     "of National Defense confirmed.", ["Taiwan"]),
])
def test_attribution_subjects_titles_and_body_names(extract, text, expected):
    events = extract(text)["events"]
    assert claimants(events[-1]) == expected


@pytest.mark.parametrize("text,expected", [
    # a national agency citing an office cites its own state's, when the text names that state
    ("Ukraine struck a Russian Buk launcher near Tokmak, Russia's TASS news agency reported, citing the defence "
     "ministry.", ["TASS", "Russia"]),
    # an outlet whose country goes unnamed: the office is of the state the sentence's subject names
    ("Ukraine struck a Russian Buk launcher near Tokmak, Reuters reported, citing the defence ministry.",
     ["Reuters", "Ukraine"]),
    # an acronym in brackets between a body and its verb
    ("Russian forces moved Iskander launchers to Belarus, Ukraine's military intelligence (HUR) said.", ["Ukraine"]),
    ("The RSF shelled El Fasher with Grad rockets, the Sudanese Armed Forces (SAF) said in a statement.", ["Sudan"]),
])
def test_attribution_cited_offices_and_bracketed_acronyms(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a passive of saying with its agent: the agent says so
    ("Russia delivered Su-35 jets to Iran. The delivery was confirmed by Iran's defence ministry.", ["Iran"]),
    ("Israeli jets struck Hezbollah sites in southern Lebanon, in strikes announced by the Israeli military.",
     ["Israel"]),
    ("Houthi drones struck a tanker in the Red Sea on Monday. The attack, claimed by the Houthis, set the ship "
     "ablaze.", ["Houthis"]),
    # "as reported by" opens no clause of its own: the outlet vouches for the event
    ("Ukraine received Patriot systems from Germany, as first reported by Der Spiegel.", ["Der Spiegel"]),
    # a temporal "as" clause still keeps its speaker to itself
    ("Iran denies arming Russia as drones hit Kyiv.", []),
])
def test_attribution_passives_of_saying(extract, text, expected):
    events = [e for e in extract(text)["events"] if e["type"] in ("transfer", "attack")]
    assert claimants(events[-1]) == expected


@pytest.mark.parametrize("text,expected", [
    # "the group" may name a research or monitoring group as well as an armed one: the latest
    ("Russian forces expanded Maaten al-Sarra air base, according to imagery reviewed by the investigative project "
     "All Eyes on Wagner. Two Su-24 bombers have been parked on the apron since last month, the group said.",
     ["All Eyes on Wagner"]),
    ("Wagner fighters withdrew from Kidal, Amnesty International said. The Wagner Group moved T-72 tanks to Gao, "
     "the group said.", ["Wagner Group"]),
])
def test_attribution_the_group_names_the_latest_group(extract, text, expected):
    assert claimants(extract(text)["events"][-1]) == expected


@pytest.mark.parametrize("text,expected", [
    # a former official does not speak for the body; nor is a variant's maker a claimant
    ("Russian forces shot down a Ukrainian Su-25 jet, said Igor Petrov, a former commander of the Wagner Group.", []),
    ("Ukraine received the Polish version of the T-72 from Poland.", []),
])
def test_attribution_negatives_of_titles_and_claim_nouns(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a state's official, singular or plural, speaks for it; an interrupting clause stands between
    ("Russia moved Iskander launchers to Belarus, a Ukrainian official said.", ["Ukraine"]),
    ("Russia moved Iskander launchers to Belarus, Ukrainian officials, who spoke on condition of anonymity, said.",
     ["Ukraine"]),
    ("Russia moved Iskander launchers to Belarus, a Ukrainian official, speaking on condition of anonymity, said.",
     ["Ukraine"]),
    # relayed by an outlet, the outlet alone; a relative clause about a state is no speaker's
    ("Russia moved Iskander launchers to Belarus, a Ukrainian official told Reuters.", ["Reuters"]),
    ("Russia moved Iskander launchers to Belarus, Lithuania, which borders Belarus, said.", []),
])
def test_attribution_officials_and_interrupting_clauses(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # "announced by", "claimed by" name a claimant that is still a party: it keeps its role
    ("A new package for Ukraine, announced by the Pentagon on Monday, includes HIMARS launchers.",
     ("United States", ["United States"])),
    ("A tanker was struck in the Red Sea on Monday in an attack claimed by the Houthis.", ("Houthis", ["Houthis"])),
])
def test_attribution_a_party_agent_keeps_its_role(extract, text, expected):
    event = only_event(extract, text)
    assert (event["actor"]["name"], claimants(event)) == expected


@pytest.mark.parametrize("text,expected", [
    # the author of a report, statement or assessment "by" or "from" it says so
    ("Russia moved Iskander launchers to Belarus, according to a statement by the Lithuanian defence ministry.",
     ["Lithuania"]),
    ("The UAE supplied Wing Loong II drones to the RSF, according to a report from UN experts.",
     ["UN Panel of Experts"]),
    # a shipment from a state is no report
    ("A shipment from Iran delivered Shahed-136 drones to Russia.", []),
])
def test_attribution_the_author_of_a_report(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a titled speaker after "according to"; a transitional government is the subject's state's
    ("Sudan's army received Su-24 bombers from Russia, according to army spokesman Nabil Abdallah.", ["Sudan"]),
    ("Burkina Faso received Bayraktar TB2 drones from Turkey, the transitional government said.", ["Burkina Faso"]),
    # no state in the subject: nobody
    ("The Bayraktar TB2 drones arrived in Ouagadougou, the transitional government said.", []),
])
def test_attribution_according_to_a_title_and_interim_governments(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


def test_attribution_an_intelligence_agency_is_no_outlet(extract):
    record = extract("Israel's intelligence agency Mossad moved drones into Iran.")
    assert not [m for m in record["mentions"] if m["kind"] == "source"]


@pytest.mark.parametrize("text", [
    "Lebanon's state news agency said the strikes hit the outskirts of Baalbek.",
    "Syria's state television said the raids struck an air base near Homs.",
])
def test_attribution_a_state_outlet_before_its_saying_verb_is_no_actor(extract, text):
    events = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert events[0]["actor"] is None


@pytest.mark.parametrize("text,actor", [
    # who claims responsibility for an attack naming no attacker carried it out
    ("Rockets hit the base on Monday; the Islamic Resistance in Iraq claimed responsibility.",
     "Islamic Resistance in Iraq"),
    ("Gunmen attacked a police post in Kidal on Monday. JNIM claimed responsibility.",
     "Jama'at Nusrat al-Islam wal-Muslimin"),
    ("A car bomb hit an AU convoy near Mogadishu on Friday. Al-Shabaab claimed responsibility for the attack.",
     "al-Shabaab"),
    # an outlet reporting the attack is no attacker, nor is anyone when nobody claims it
    ("Gunmen attacked a police post in Kidal on Monday, AFP reported. No group claimed responsibility.", None),
])
def test_attribution_who_claims_responsibility_attacked(extract, text, actor):
    event = [e for e in extract(text)["events"] if e["type"] == "attack"][0]
    assert (event["actor"] or {}).get("name") == actor


@pytest.mark.parametrize("text,actor,place", [
    # a plain "attack" naming no weapon is an armed act when a named group claims it
    ("The Houthis claimed responsibility for an attack on a tanker in the Gulf of Aden.", "Houthis", "Gulf of Aden"),
    ("ISWAP claimed responsibility for the attack on the garrison in Malam Fatori.",
     "Islamic State West Africa Province", "Malam Fatori"),
])
def test_attribution_an_attack_a_group_claims_is_an_event(extract, text, actor, place):
    (event,) = [e for e in extract(text)["events"] if e["type"] == "attack"]
    assert (event["actor"]["name"], event["destination"]["name"]) == (actor, place)


def test_attribution_an_attack_nobody_claims_needs_a_military_word(extract):
    assert extract("Nobody has claimed responsibility for the attack on the bank in Lagos.")["events"] == []


@pytest.mark.parametrize("text,claimant", [
    # an indefinite apposition between the speaker and the saying verb
    ("Rockets hit the base on Monday; the Islamic Resistance in Iraq, an umbrella of Tehran-backed factions, "
     "claimed responsibility.", "Islamic Resistance in Iraq"),
    ("Russia delivered T-72 tanks to Mali, the Institute for the Study of War, a US think tank, said.",
     "Institute for the Study of War"),
])
def test_attribution_a_speaker_past_an_apposition(extract, text, claimant):
    event = extract(text)["events"][0]
    assert claimant in [a["name"] for a in event["attributed_to"]]


def test_attribution_an_apposition_not_before_a_saying_verb_makes_no_speaker(extract):
    event = extract("Russia sent T-72 tanks to Mali, a country run by a junta, officials said.")["events"][0]
    assert event["attributed_to"] == []


@pytest.mark.parametrize("text,expected,etype", [
    # a relative clause of saying makes its head the speaker of what it tells
    ("The Wagner Group, which announced on Telegram that it had withdrawn its T-72 tanks from Mali, gave no date.",
     ["Wagner Group"], "withdrawal"),
    ("The Houthis, who said on Sunday that they had fired a Toufan missile at the USS Harry S. Truman, "
     "gave no proof.", ["Houthis"], "attack"),
    ("Officials in Seoul cited the Korean Central News Agency, which reported that North Korea had sent "
     "KN-23 missiles to Russia.", ["KCNA"], "transfer"),
])
def test_attribution_a_relative_clause_of_saying_names_its_speaker(extract, text, expected, etype):
    assert expected[0] in claimants(only_event(extract, text, etype))


def test_attribution_a_relative_clause_of_doing_names_no_speaker(extract):
    # the relative clause tells a deed, not a saying: the group is no claimant
    text = "The Houthis, which have fired missiles at ships since 2023, struck a tanker with a Toufan missile."
    assert "Houthis" not in claimants(only_event(extract, text, "attack"))


def test_attribution_a_name_the_catalog_writes_in_lower_case_matches_as_written(extract):
    text = "Germany delivered two IRIS-T SLM launchers to Ukraine on Friday, the dpa news agency reported."
    assert "Deutsche Presse-Agentur" in claimants(only_event(extract, text))


def test_attribution_a_capitalised_name_written_in_lower_case_is_no_name(extract):
    # "Interfax" is catalogued capitalised: an ordinary lower-case spelling does not name it
    text = "Russia delivered two Su-35 jets to Iran on Friday, the interfax said."
    assert "Interfax" not in claimants(only_event(extract, text))


@pytest.mark.parametrize("text,expected", [
    # a bare "police said" is the police named before: its state
    ("On Sunday gunmen set fire to a Haitian National Police armoured vehicle in Delmas, police said.", ["Haiti"]),
    ("Kenyan police deployed MaxxPro vehicles to Kenscoff on Monday. Gangs burned one of the MaxxPro vehicles "
     "near Kenscoff on Sunday, police said.", ["Kenya"]),
])
def test_attribution_police_said_is_the_police_named_before(extract, text, expected):
    events = [e for e in extract(text)["events"] if e["type"] == "loss"]
    assert claimants(events[0]) == expected


def test_attribution_police_said_with_no_police_named_is_nobody(extract):
    text = "On Sunday gunmen destroyed a Colombian army Black Hawk helicopter near Amalfi, police said."
    assert claimants(only_event(extract, text)) == []


@pytest.mark.parametrize("text,expected", [
    # a spokesperson after a cue speaks for the body named after 'for'
    ("Houthi missiles hit a Greek tanker in the Red Sea, according to a spokesman for the Houthis.", ["Houthis"]),
    ("Russia delivered T-72B3 tanks to Mali, according to a spokeswoman for the Russian foreign ministry.", ["Russia"]),
    ("Chadian troops struck Boko Haram camps near Lake Chad, according to a spokesperson for the Chadian army.",
     ["Chad"]),
])
def test_attribution_a_spokesperson_for_a_body_after_a_cue(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


def test_attribution_an_unnamed_official_an_outlet_cites_is_the_outlet_only(extract):
    text = "Turkey sent Bayraktar TB2 drones to Somalia, Reuters reported, citing an official with the Somali defence ministry."
    assert claimants(only_event(extract, text)) == ["Reuters"]


@pytest.mark.parametrize("text", [
    # the sentence after a claim says nobody could check it: the claim is alleged
    "The KNDF said its fighters shot down a K-8 jet over Loikaw on Monday. The military has not commented, "
    "and the claim could not be independently verified.",
    "Hezbollah said it had hit an Israeli Merkava tank near Metula. Reuters could not verify the claim.",
    "The Houthis said they downed a US MQ-9 Reaper over Marib. The claim could not be independently confirmed.",
])
def test_certainty_a_claim_the_next_sentence_could_not_verify_is_alleged(extract, text):
    assert only_event(extract, text)["certainty"] == "alleged"


@pytest.mark.parametrize("text", [
    # another paragraph, or a sentence with an event of its own, does not reach back
    "Hezbollah said it had hit an Israeli Merkava tank near Metula.\nReuters could not verify the claim.",
    "Hezbollah said it had hit an Israeli Merkava tank near Metula. Israeli jets struck Hezbollah depots near Tyre, "
    "a claim that could not be independently verified.",
])
def test_certainty_an_unverified_remark_elsewhere_leaves_the_claim(extract, text):
    events = [e for e in extract(text)["events"] if e["type"] == "attack" and e["actor"]["name"] == "Hezbollah"]
    assert events[0]["certainty"] == "reported"


@pytest.mark.parametrize("text,expected", [
    # "he said" after a titled speaker of the sentence before speaks for whom that title stands for
    ("Drones hit the Osman Digna air base on Sunday, the Sudanese army said. The strikes widened on Tuesday, "
     "army spokesman Nabil Abdallah said. He said air defences had shot down several Shahed-136 drones over "
     "Port Sudan on Wednesday.", ["Sudan"]),
    ("Ukrainian forces repelled an assault near Pokrovsk, the Ukrainian military said on Monday. Fighting went on "
     "overnight, military spokesman Viktor Trehubov said. He said Ukrainian drones had destroyed two Russian T-90M "
     "tanks near Pokrovsk.", ["Ukraine"]),
])
def test_attribution_he_said_after_a_titled_speaker(extract, text, expected):
    assert claimants([e for e in extract(text)["events"] if e["type"] == "loss"][0]) == expected


def test_attribution_he_said_in_another_paragraph_is_nobody(extract):
    text = ("Drones hit the Osman Digna air base on Sunday, the Sudanese army said. The strikes widened on Tuesday, "
            "army spokesman Nabil Abdallah said.\nHe said air defences had shot down several Shahed-136 drones over "
            "Port Sudan on Wednesday.")
    assert claimants([e for e in extract(text)["events"] if e["type"] == "loss"][0]) == []


def test_attribution_every_cue_holds_a_telling_word():
    """claimants_at skips a sentence with no telling word and no source: every cue must hold one."""
    from materiel.extract.attribution import AFTER_CUES, PARTY_CUES, TELLING
    assert all(TELLING.intersection(cue) for cue in AFTER_CUES + PARTY_CUES)


@pytest.mark.parametrize("text,expected", [
    # an outlet named with no saying word still is a claimant
    ("Russia delivered two Su-24 jets to Mali, in a Reuters exclusive.", ["Reuters"]),
    # no saying word, cue or outlet: nobody
    ("Russia delivered two Su-24 jets to Mali. The jets landed in Bamako on Monday.", []),
])
def test_attribution_sentences_without_telling_words(extract, text, expected):
    assert claimants(extract(text)["events"][0]) == expected


def test_attribution_a_sentence_with_unnamed_speakers_borrows_no_claimant():
    # "the officials said" is the second sentence's own speaker: the accuser after it lends nothing
    from materiel import extract

    text = ("Iran delivered six Mohajer-6 drones to the Sudanese Armed Forces in March, Reuters reported, citing "
            "two diplomats. The aircraft were flown to Port Sudan, the officials said. The RSF accused Tehran of "
            "prolonging the war.")
    (event,) = extract(text, published="2024-04-02", language="en")["events"]
    assert [a["name"] for a in event["attributed_to"]] == ["Reuters"]


@pytest.mark.parametrize("text,expected", [
    # "the alliance", "the regional bloc": the latest alliance named
    ("NATO deployed four F-35 jets to Estonia on Monday, the alliance said.", ["NATO"]),
    ("The Southern African Development Community sent troops to Goma in 2023. Its last convoy left Goma on "
     "Tuesday, the regional bloc said.", ["Southern African Development Community"]),
    # "the rebel group", "the rebels": the latest armed group, past the words describing it
    ("The RSF said it had seized two T-72 tanks in El Fasher. Fighters also captured a BTR-80 near Tawila, "
     "the paramilitary group said.", ["Rapid Support Forces"]),
    # no alliance named: "the alliance" points to nobody
    ("Russia deployed four Su-35 jets to Belarus on Monday, the alliance said.", []),
])
def test_attribution_a_bloc_or_group_points_back(extract, text, expected):
    assert claimants(extract(text)["events"][-1]) == expected


@pytest.mark.parametrize("text,expected", [
    # the other name in the aside is a catalog name: it speaks
    ("Ukraine's military intelligence agency said on Monday it had struck a Russian landing ship. The agency, "
     "known as GUR, said a special unit attacked the ship with Magura V5 sea drones near Alupka.", ["Ukraine"]),
    # the aside names nothing listed: the phrase before it points back
    ("Russia delivered T-72 tanks to Mali, Amnesty International said. The rights group, known as Ploof, said "
     "Belarus had also sent BTR-80 vehicles to Mali.", ["Amnesty International"]),
])
def test_attribution_a_speaker_given_another_name_in_an_aside(extract, text, expected):
    assert claimants(extract(text)["events"][-1]) == expected


def test_attribution_an_aside_that_is_no_other_name_points_nowhere(extract):
    # "known for ..." describes; the second sentence has its own event, so it borrows nothing either
    text = ("Russia delivered T-72 tanks to Mali, the paper said. The rights group, known for its drone "
            "investigations, said Belarus had also sent BTR-80 vehicles to Mali.")
    assert claimants(extract(text)["events"][-1]) == []


@pytest.mark.parametrize("text,expected", [
    # a speaker told before the pronoun is the one "they" stands for, not the subject
    ("China deployed 40 warships around Taiwan this month, according to Taiwanese security officials, in what "
     "they described as Beijing's largest show of force.", ["Taiwan"]),
    # no speaker before it: "it" is the subject
    ("China deployed 40 warships around Taiwan this month in what it described as a routine drill.", ["China"]),
])
def test_attribution_in_what_they_called_after_a_speaker(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # a titled person no state grounds speaks in the first sentence: it borrows no claimant
    ("Army chief General Juan Perez said the rebels seized two T-72 tanks near Goma. Kinshasa said its troops "
     "had acted lawfully.", []),
    # no speaker of its own: the next sentence lends its claimant
    ("Rebels seized two T-72 tanks near Goma. Kinshasa said its troops had acted lawfully.",
     ["Democratic Republic of the Congo"]),
])
def test_attribution_a_titled_speaker_of_its_own_borrows_nothing(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # "the (same) experts" point back to the panel named before
    ("UN experts said Russia deployed Wagner fighters to Libya. The same experts have previously said that "
     "Pantsir-S1 systems were supplied to the LNA by the United Arab Emirates.", ["UN Panel of Experts"]),
    # no panel named before: nobody
    ("Russia deployed Wagner fighters to Libya. The experts have said that Pantsir-S1 systems were supplied "
     "to the LNA by the United Arab Emirates.", []),
])
def test_attribution_the_experts_point_back_to_a_panel(extract, text, expected):
    transfer = next(e for e in extract(text)["events"] if e["type"] == "transfer")
    assert claimants(transfer) == expected


@pytest.mark.parametrize("text,expected", [
    # naming the event "as" with an active verb is saying
    ("The LNA described its withdrawal from al-Watiya as a tactical repositioning.", ["Libyan National Army"]),
    ("Hamas described the attack on Ashkelon as a response to the raids.", ["Hamas"]),
    # a passive "described as" names no speaker
    ("The drones, described as Shahed copies, struck Kharkiv on Monday.", []),
])
def test_attribution_describing_the_event_as_is_saying(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("text,expected", [
    # "the administration" speaks for the state the sentence's subject names
    ("US forces struck a boat off Venezuela on Tuesday, the administration said.", ["United States"]),
    # a passive "described by X as" names no speaker of the event
    ("Russian jets struck Idlib on Monday, killing 11 people described by rescuers as civilians.", []),
])
def test_attribution_the_administration_and_passive_descriptions(extract, text, expected):
    assert claimants(only_event(extract, text)) == expected


@pytest.mark.parametrize("first,expected", [
    # "the statement", "the report" speak for who issued them just before
    ("Russia's defence ministry issued a statement on Monday.", ["Russia"]),
    ("Ukraine dismissed a report from Russia's defence ministry on Monday.", ["Russia"]),
    # the one answering a document did not issue it
    ("Kyiv rejected the report on Monday.", []),
])
def test_attribution_a_document_speaks_for_its_issuer(extract, first, expected):
    noun = "statement" if "statement" in first else "report"
    text = first + f" The {noun} said Su-34 jets struck Ukrainian positions near Kupiansk."
    assert claimants(only_event(extract, text)) == expected
