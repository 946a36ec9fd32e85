import pytest

from materiel.extract.language import detect_language

ENGLISH = ("Egypt sent two more military cargo planes to Mogadishu on Sunday, the second such flight this "
           "week, officials at the airport said, as ties with Ethiopia worsened over the port deal.")


@pytest.mark.parametrize("text,expected", [
    (ENGLISH, "en"),
    ("Le gouvernement malien a reçu de nouveaux hélicoptères russes la semaine dernière, selon des sources "
     "locales. Les appareils ont été livrés à Bamako et seront déployés dans le centre du pays.", "fr"),
    ("Die Bundeswehr hat in der vergangenen Woche weitere Panzer an die Ukraine geliefert, wie das Ministerium "
     "in Berlin mitteilte. Die Fahrzeuge sind in einem Depot in Polen angekommen.", "de"),
    ("El gobierno de Venezuela recibió nuevos aviones rusos la semana pasada, según fuentes locales. Los "
     "aparatos fueron entregados en Caracas y serán desplegados en el oeste del país.", "es"),
    ("Two T-72B3 tanks and a Pantsir-S1 seen near Kidal.", "en"),  # too short to tell: English
    # short English lines the model alone reads as Nigerian Pidgin or Nynorsk
    ("Russian forces withdrew from Kherson in November 2022.", "en"),
    ("Nigeria received two C-130 Hercules transports from the United States on Monday.", "en"),
    ("Ankara hands over six Bayraktar TB2 drones to Niamey.", "en"),
    # short lines in other languages keep theirs (not Extremaduran for Spanish)
    ("Rusia entregó dos aviones Su-30 a Myanmar el martes pasado.", "es"),
    ("Российские войска покинули Херсон в ноябре прошлого года.", "ru"),
    ("Les forces russes se sont retirées de Kherson en novembre.", "fr"),
])
def test_detect_language(text, expected):
    assert detect_language(text) == expected


def test_english_with_a_foreign_quote_stays_english():
    quote = ' "Nous avons reçu les appareils", a déclaré le ministre.'
    assert detect_language(ENGLISH + quote) == "en"
