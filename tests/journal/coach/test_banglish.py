"""Bengali written in Latin letters, as many write it to clients in chat: told from English,
Swedish and Croatian, and coached as Bengali script is."""

from __future__ import annotations

import pytest

from journal.checker import check
from journal.coach.detect import detect
from journal.coach.lexicon import load
from journal.reports import DraftField, FindingKind


def _kinds(text: str) -> set[FindingKind]:
    return {finding.kind for finding in check(text, "bn")}


@pytest.mark.parametrize(
    "text",
    [
        "sorry bhai, logo ta kal pathabo",
        "Dukkhito dada, manuscript er chapter 4 ekhono shesh hoyni.",
        "apu apnar order ta ready ase, kal niye jaben",
        "jodi apni chan tahole ami Sunday te ashte pari",
    ],
)
def test_bengali_in_latin_letters_is_told_as_bengali(text: str) -> None:
    assert detect(text) == "bn"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sorry, the file from Rahim was late, I will send it tonight.", "en"),
        ("I tried tai chi with Ami on Sunday, it was lovely.", "en"),
        ("Förlåt, jag glömde skicka filen till Rahim i går.", "sv"),
        ("Kaj ima, šaljem ti datoteke večeras, oprosti na kašnjenju.", "hr"),
    ],
)
def test_other_languages_in_latin_letters_stay_theirs(text: str, language: str) -> None:
    assert detect(text) == language


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("apnar jodi kharap lege thake tahole sorry bhai", FindingKind.CONDITIONAL),
        ("sorry jodi design ta apnar pochondo na hoy", FindingKind.CONDITIONAL),
        ("sorry apu, kintu apni to rong ta nije choose korechilen", FindingKind.BUT),
        ("Dukkhito, kintu amar kache kono reference chilo na.", FindingKind.BUT),
        (
            "apnar manager logo ta 3 din pore pathaise, tai banner ta deri hoise. sorry",
            FindingKind.BLAME,
        ),
        (
            "courier er lok box ta onno thikanay diye aise tai apnar cake ta pouchay nai",
            FindingKind.BLAME,
        ),
        ("load shedding er jonno sara rat kaj korte pari nai, tai deri. sorry", FindingKind.EXCUSE),
        ("sorry apu, jame 2 ghonta atke silam", FindingKind.EXCUSE),
        ("laptop ta hotat nosto hoye gelo, dukkhito dada", FindingKind.EXCUSE),
        ("sorry vai, parlour er lok 2 ghonta late korse", FindingKind.BLAME),
        ("decorator ra phool gula ane nai, maf koren apu", FindingKind.BLAME),
        ("ektu dag lagse shirt e, keu bujhbe na, sorry", FindingKind.MINIMISING),
        ("apnar kharap lagse shune sorry bhai", FindingKind.NON_APOLOGY),
        ("Gato shoptahe jwor chilo, tai proof ta dekhte parini. Dukkhito.", FindingKind.EXCUSE),
        ("sorry vai, just ekta choto typo, 2 min e thik kore dicchi", FindingKind.MINIMISING),
        ("ektu deri hoise, kono big deal na apu", FindingKind.MINIMISING),
        ("sorry for any inconvenience apu, kal e dibo", FindingKind.NON_APOLOGY),
        ("apni rag korechen shune dukkhito, dada", FindingKind.NON_APOLOGY),
        ("sorry vai, emon to majhe majhe hoyei thake", FindingKind.NON_APOLOGY),
        ("apnar invoice ta vul kore onno client er kache chole gese, sorry", FindingKind.PASSIVE),
        ("Dukkhito, index er ekta page baad pore gechhe.", FindingKind.PASSIVE),
        ("apnar VAT return ta somoy moto jama hoyni, dukkhito", FindingKind.PASSIVE),
    ],
)
def test_each_fault_is_read_in_latin_letters(text: str, kind: FindingKind) -> None:
    assert kind in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # a plan or a question with "jodi"; a counterfactual that owns the fault
        "jodi apni raji thaken, kal sokal 10 tay fitting ta korbo",
        "Jodi Monday te pathai, tahole ki apnar print e subidha hobe?",
        "ami jodi age check kortam, tahole eta hoto na. sorry apu, amar vul",
        # "but" before a fix, or after the writer's own fault
        "sorry apu, vul ta amar, kintu notun kameez ta kal e ready kore dibo",
        "Dukkhito dada, kintu songshodhito file ta ei mail e attach kore diyechi.",
        # negated blame, and a cause the writer owns
        "apnar team er kono dosh nai, ami e DNS setting ta vul korsilam. sorry",
        "net slow chilo, kintu amar age upload kora uchit chilo, amar dosh. dukkhito",
        # a circumstance with a plan after it, nothing late
        "kal hartal, tai aj e apnar lehenga ta pathiye dilam, time moto pouche jabe",
        # small words for a price, a size, a request, "just now"
        "blouse silai matro 450 taka, lining soho 550",
        "apnar kotha moto hata ta ektu loose korsi, trial dite ashen",
        "vai ektu logo er PNG ta pathaben?",
        "ei matro final file ta upload korlam, dekhe janaben",
        # someone else named with nothing gone wrong, or as the one the writer told wrong
        "courier e parcel ta pathiye disi, kal pouche jabe",
        "apnar mistri vai khub valo kaj korse, dekhe ashlam",
        "sorry apu, ami decorator ke vul rong bolechilam, kal thik kore dibo",
        # a circumstance told with no apology and nothing late
        "jame atke gesilam, tobe time moto pouche gesi",
        "brishti hocchilo, tai photoshoot ta indoor e korlam, chobi gulo darun hoise",
        # a passive about the fix; the client's own words quoted
        "corrected invoice ta mail e pathano hoise, ekbar dekhen",
        'apni likhechilen "sorry, kintu budget kome gechhe" — somossa nei, chhoto version korchi',
    ],
)
def test_hard_negatives_in_latin_letters_are_left_alone(text: str) -> None:
    assert _kinds(text) == set()


def test_english_words_in_bengali_script_are_read_by_the_bengali_rules() -> None:
    """A message in Bengali script with an English "sorry, but good news" is no "but": the
    Latin-letter rules read only sentences with no Bengali letter in them."""
    assert FindingKind.BUT not in _kinds("আমি late করেছি, sorry, but good news: ফাইলটা এখন live।")


def test_an_apology_in_latin_letters_has_its_apology_mistake_and_fix() -> None:
    text = "Sorry apu, ami file pathate vule gesi, aj rate e pathabo, ar hobe na."
    missing = {f.message for f in check(text, None, DraftField.APOLOGY)}
    messages = load("bn").messages
    assert not missing & {messages[name] for name in ("missing_apology", "missing_mistake",
                                                      "missing_fix")}  # fmt: skip
    bare = {f.message for f in check("apu, file ta kal pathabo", None, DraftField.APOLOGY)}
    assert messages["missing_apology"] in bare
