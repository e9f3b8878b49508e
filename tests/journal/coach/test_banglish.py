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
        "sorry apu, parlour er lok 2 ghonta late korse",
        "sorry vai bt apni to last moment e change korsen",
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
        # one Bengali-looking word is a name or a word of another language, not Bengali
        ("Thanks Ami, see you Monday!", "en"),
        ("Oprosti Amra, kasnim malo, stižem za pet minuta.", "hr"),
        ("Jesu li stigle pare za fakturu?", "hr"),
    ],
)
def test_other_languages_in_latin_letters_stay_theirs(text: str, language: str) -> None:
    assert detect(text) == language


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("apnar jodi kharap lege thake tahole sorry bhai", FindingKind.CONDITIONAL),
        ("jodi system e kono problem hoye thake tahle sorry", FindingKind.CONDITIONAL),
        ("kono chobi baad pore thakle sorry apu", FindingKind.CONDITIONAL),
        ("apnar kharap lagle maf koren bhai", FindingKind.CONDITIONAL),
        ("kono vul hoye thakle please maf korben apu", FindingKind.CONDITIONAL),
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
        ("shorir ta kharap silo bole site e jete pari nai, sorry apu", FindingKind.EXCUSE),
        ("laptop ta hotat nosto hoye gelo, dukkhito dada", FindingKind.EXCUSE),
        ("sorry vai, parlour er lok 2 ghonta late korse", FindingKind.BLAME),
        ("decorator ra phool gula ane nai, maf koren apu", FindingKind.BLAME),
        ("sorry bro, amar second shooter card ta format kore feleche", FindingKind.BLAME),
        # "not my fault" owns nothing; a taka sign is no Bengali letter
        ("sorry vai, vul amar na, courier parcel ta onno thikanay diye aise", FindingKind.BLAME),
        ("courier er lok parcel ta onno bari te diye aise, ৳120 nise, sorry", FindingKind.BLAME),
        ("ektu dag lagse shirt e, keu bujhbe na, sorry", FindingKind.MINIMISING),
        ("sorry, cover er chobi ta ektu blur hoye geche, emon kichu na", FindingKind.MINIMISING),
        ("apnar kharap lagse shune sorry bhai", FindingKind.NON_APOLOGY),
        ("Gato shoptahe jwor chilo, tai proof ta dekhte parini. Dukkhito.", FindingKind.EXCUSE),
        ("sorry vai, just ekta choto typo, 2 min e thik kore dicchi", FindingKind.MINIMISING),
        ("ektu deri hoise, kono big deal na apu", FindingKind.MINIMISING),
        ("sorry for any inconvenience apu, kal e dibo", FindingKind.NON_APOLOGY),
        ("apni rag korechen shune dukkhito, dada", FindingKind.NON_APOLOGY),
        ("sob osubidhar jonno sorry apu", FindingKind.NON_APOLOGY),
        ("sorry vai, emon to majhe majhe hoyei thake", FindingKind.NON_APOLOGY),
        ("sorry apu, kintu biyer season e eta to hoyei thake", FindingKind.NON_APOLOGY),
        ("apnar invoice ta vul kore onno client er kache chole gese, sorry", FindingKind.PASSIVE),
        ("Dukkhito, index er ekta page baad pore gechhe.", FindingKind.PASSIVE),
        ("sorry, apnar album er file ta onno client er folder e chole gelo", FindingKind.PASSIVE),
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
        "kono problem hoile call diyen, ami chole ashbo",
        "ami age ber hoile eta hoito na, sorry apu, amar dosh",
        "Jodi Monday te pathai, tahole ki apnar print e subidha hobe?",
        "ami jodi age check kortam, tahole eta hoto na. sorry apu, amar vul",
        "ami jodi age check kortam tahle eta hoto na, sorry apu",
        "sorry vai disturb korlam, jodi somoy pan file ta ekbar dekhben?",
        # "but" before a fix, or after the writer's own fault
        "sorry apu, vul ta amar, kintu notun kameez ta kal e ready kore dibo",
        "sorry apu, tobe apnar dress ta kal ready hobe",
        "Dukkhito dada, kintu songshodhito file ta ei mail e attach kore diyechi.",
        # negated blame, and a cause the writer owns
        "apnar team er kono dosh nai, ami e DNS setting ta vul korsilam. sorry",
        "apnar designer er kono dosh nai, file ta late hoise amar jonno, sorry",
        "net slow chilo, kintu amar age upload kora uchit chilo, amar dosh. dukkhito",
        "traffic e atke gesilam thik, kintu ami age ber hoile deri hoto na. sorry apu",
        # a circumstance with a plan after it, nothing late
        "kal hartal, tai aj e apnar lehenga ta pathiye dilam, time moto pouche jabe",
        # small words for a price, a size, a request, "just now"
        "blouse silai matro 450 taka, lining soho 550",
        "apnar kotha moto hata ta ektu loose korsi, trial dite ashen",
        "vai ektu logo er PNG ta pathaben?",
        "apnar jonno ektu offer ache, ei mash e 10% kom",
        "just button e click koren, form ta khule jabe",
        "chinta korben na apu, parcel ta kal pouche jabe",
        "kono bepar hole janaben",
        "payment ta ekhon na dileo kichu hobe na",
        "ei matro final file ta upload korlam, dekhe janaben",
        # someone else named with nothing gone wrong, or as the one the writer told wrong
        "courier e parcel ta pathiye disi, kal pouche jabe",
        "apnar mistri vai khub valo kaj korse, dekhe ashlam",
        "sorry apu, ami decorator ke vul rong bolechilam, kal thik kore dibo",
        # a circumstance told with no apology and nothing late
        "jame atke gesilam, tobe time moto pouche gesi",
        "brishti hocchilo, tai photoshoot ta indoor e korlam, chobi gulo darun hoise",
        # the client's own trouble, heard of; "it doesn't happen to everyone"
        "apnar printer ta kharap hoye gese shunlam, dukkhito",
        "eta sobar e hoy na, apnar brand ta special",
        "Emon kono problem hoy nai, shob thik ache",
        "apnar payment ekhono deya hoyni, ektu check korben?",
        # a second review's probes: a state asked for or reached, a plan, "sorry" only said,
        # "maf" meaning "waived", "osubidhar jonno" meaning "for your convenience"
        "file ta PDF format e convert hoye gese, check koren apu",
        "apnar chaoya moto blur effect add hoye gese, aro lagle bolben",
        "Eid er chuti shuru hobe bole ami age e pathiye dilam, deri hobe na",
        "sorry apu disturb korar jonno, brishti namse, venue te ki tent ache?",
        "sorry, peon Karim ke file ta dite giye deri hoye gelo",
        "technician Shuvo router reset kore dise, ekhon net thik ache",
        "latest version ta pathalam apu, ager theke beshi kichu na, shudhu font change",
        "file ta backup e ache, kono problem nai, tension er kichu nai",
        "kono problem hole sorry bolben na, amake janaben",
        "order 20 hajar er upore hoile delivery charge maf, apu",
        "design ta erokom hote pare, apnar ki mot?",
        "apnar osubidhar jonno ami ekta extra copy pathiye dilam",
        "amar late delivery r osubidhar jonno sorry apu",
        "background ta ektu blur rakhsi, apnar reference er moto",
        # a passive about the fix; the client's own words quoted
        "corrected invoice ta mail e pathano hoise, ekbar dekhen",
        'apni likhechilen "sorry, kintu budget kome gechhe" — somossa nei, chhoto version korchi',
    ],
)
def test_hard_negatives_in_latin_letters_are_left_alone(text: str) -> None:
    assert _kinds(text) == set()


def test_english_words_in_bengali_script_are_read_by_the_bengali_rules() -> None:
    """A message in Bengali script with an English "sorry, but good news" is no "but": the
    Latin-letter rules read only sentences with no Bengali letter in them, and the Bengali
    ones that read English words ("sorry … but", "just") only sentences with one."""
    assert FindingKind.BUT not in _kinds("আমি late করেছি, sorry, but good news: ফাইলটা এখন live।")
    assert _kinds("sorry vai, but file ta ready kore disi, check koren") == set()
    assert _kinds("sorry vai, apnar invoice ta just pathalam") == set()


def test_an_apology_in_latin_letters_has_its_apology_mistake_and_fix() -> None:
    messages = load("bn").messages
    every = {messages[name] for name in ("missing_apology", "missing_mistake", "missing_fix")}
    for text in (
        "Sorry apu, ami file pathate vule gesi, aj rate e pathabo, ar hobe na.",
        "sorry apu, ami vul file pathaisi, thik ta ekhon e pathacchi",
        "sorry, ami invoice e vul amount likhsi, notun invoice pathalam",
    ):
        assert detect(text) == "bn"
        assert not {f.message for f in check(text, None, DraftField.APOLOGY)} & every, text
    bare = {f.message for f in check("apu, file ta kal pathabo", None, DraftField.APOLOGY)}
    assert messages["missing_apology"] in bare


def test_a_mishap_beside_good_news_in_latin_letters_is_news() -> None:
    """As in every language (journal/coach/went_well.py): with no apology and no harm said, a
    broken laptop beside "luckily" puts nothing on anyone; with the work to redo, it does."""
    assert _kinds("laptop ta crash korse, bt luckily sob cloud e silo, kichui harayni") == set()
    redone = "laptop ta crash korse, tai sob abar korte hoise, bt luckily backup silo"
    assert FindingKind.EXCUSE in _kinds(redone)
