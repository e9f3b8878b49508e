"""How fast the one-page briefing is made in Thai, Bengali and English, against a bare
ReportLab page drawing the same text and an English briefing of the same length.

    python3 bench/briefing.py [--repeat 15]

The bare page draws every text of the incident as a paragraph, in the same Noto fonts
registered the same way (the Latin faces and the script's), shaped by HarfBuzz where ours
shapes (Thai, Bengali); it does not segment Thai or fit anything to one page. The English
incidents have every field as long, in characters, as the Thai or Bengali one they are set
against. All baselines are measured in the same run, in turns with ours.

Goals: `amends brief` as a whole process, Thai or Bengali, ≤ 1.3× an English incident of the
same length and ≤ 1.5× the bare page; warm, in-process, ≤ 30 ms (English), ≤ 60 ms (Thai,
Bengali), and a long Thai incident (every field several paragraphs) < 1 s.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.timing import median_ms, whole_process_ms
from journal.briefing.fonts import is_shaped, script_of
from journal.domain import Action, Client, Compensation, Incident, Outcome, Question
from journal.service import Journal
from tests.conftest import full_incident

BARE = """
import sys
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph


def register(folder, families):
    for family in families:
        for face in ("Regular", "Bold"):
            name = f"{family}-{face}"
            pdfmetrics.registerFont(TTFont(name, f"{folder}/{name}.ttf"))


def draw(texts, path):
    canvas = Canvas(path)
    y = 800
    for text, size, bold, family, shaped in texts:
        style = ParagraphStyle(
            "p", fontName=f"{family}-{'Bold' if bold else 'Regular'}", fontSize=size,
            leading=size * 1.3, shaping=int(shaped), splitLongWords=1,
        )
        markup = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        paragraph = Paragraph(markup.replace("\\n", "<br/>"), style)
        _, used = paragraph.wrap(520, 10_000)
        paragraph.drawOn(canvas, 36, y - used)
        y -= used + 3
    canvas.showPage()
    canvas.save()


if __name__ == "__main__":
    register(sys.argv[2], FAMILIES)
    draw(TEXTS, sys.argv[1])
"""
LONG_THAI = "long Thai (every field 1–4 paragraphs)"
FAMILY = {"latin": "NotoSans", "thai": "NotoSansThai", "bengali": "NotoSansBengali"}

THAI = full_incident(
    title="ส่งใบแจ้งหนี้ผิดเดือนให้ลูกค้า",
    client=Client("คุณสมชาย ใจดี", company="บริษัท ใจดี ดีไซน์ จำกัด"),
    project="เว็บไซต์ร้านค้า",
    category="ใบแจ้งหนี้",
    tags=("บัญชี", "ลูกค้าประจำ"),
    what_happened="ลูกค้าได้รับใบแจ้งหนี้ซ้ำสองครั้งเพราะผมลืมตรวจสอบระบบก่อนส่ง ยอดเงินจึงถูกตัดสองรอบ",
    impact="คุณสมชายต้องโทรหาธนาคารและเสียเวลาครึ่งวันเพื่อขอเงินคืน",
    whys=("ผมส่งใบแจ้งหนี้ด้วยมือโดยไม่ได้ดูรายการที่ส่งไปแล้ว", "ผมไม่มีรายการตรวจสอบก่อนส่ง"),
    root_cause="ไม่มีขั้นตอนตรวจสอบก่อนส่งใบแจ้งหนี้ และผมรีบเกินไป",
    ownership="ผมเป็นคนส่งใบแจ้งหนี้เอง ความผิดพลาดนี้เป็นของผมทั้งหมด",
    fix="ผมคืนเงินให้แล้วเมื่อวันที่ 5 มีนาคม และยกเลิกใบแจ้งหนี้ที่ซ้ำแล้วครับ",
    prevention="ทุกใบแจ้งหนี้จะผ่านรายการตรวจสอบและให้เพื่อนร่วมงานดูก่อนส่งทุกครั้ง",
    actions=(
        Action("เขียนรายการตรวจสอบใบแจ้งหนี้", dt.date(2026, 3, 9), dt.date(2026, 3, 8)),
        Action("ตั้งระบบแจ้งเตือนเมื่อมีใบแจ้งหนี้ซ้ำ", dt.date(2026, 3, 20)),
    ),
    compensation=Compensation("ส่วนลดร้อยละสิบในงานถัดไป"),
    surprise="การ์ดขอบคุณเขียนด้วยมือพร้อมขนมไทยหนึ่งกล่อง",
    summary="ผมส่งใบแจ้งหนี้ให้คุณสองครั้งเพราะไม่ได้ตรวจสอบก่อนส่ง ผมคืนเงินให้แล้วครับ "
    "และต่อไปทุกใบจะถูกตรวจสอบก่อนส่ง",
    apology="ผมขอโทษจริง ๆ ครับที่ทำให้คุณต้องเสียเงินและเสียเวลา",
    empathy="คุณต้องโทรหาธนาคารและรอเงินคืน ซึ่งเป็นเรื่องที่น่ารำคาญมาก",
    questions=(Question("จะเกิดขึ้นอีกไหม", "ไม่ครับ ทุกใบแจ้งหนี้จะถูกตรวจสอบก่อนส่ง"),),
    outcome=Outcome("คุณสมชายรับคำขอโทษและจ้างงานต่อ", True, False),
)
BENGALI = full_incident(
    title="ভুল ফাইল পাঠানো হয়েছে",
    client=Client("রহিম চৌধুরী", company="চৌধুরী ট্রেডার্স"),
    project="নতুন লোগো",
    category="ভুল ফাইল",
    tags=("নকশা", "লোগো"),
    what_happened="আমি আপনাকে পুরনো সংস্করণের নকশা পাঠিয়েছিলাম, আর সেটাই ছাপা হয়ে গেছে।",
    impact="রহিম সাহেবের পাঁচশো ব্যাগ ভুল লোগো দিয়ে ছাপা হয়েছে।",
    whys=("আমি ফাইলের নাম ঠিকমতো দেখিনি।", "পুরনো ফাইলগুলো আলাদা ফোল্ডারে রাখা ছিল না।"),
    root_cause="পুরনো আর নতুন ফাইল একই ফোল্ডারে ছিল, আর আমি পাঠানোর আগে দেখিনি।",
    ownership="ফাইলটা আমিই পাঠিয়েছি, তাই এই ভুলের দায় পুরোপুরি আমার।",
    fix="আমি সঠিক ফাইল পাঠিয়েছি এবং নতুন ব্যাগ ছাপানোর খরচ দিচ্ছি।",
    prevention="এখন থেকে প্রতিটি ফাইল পাঠানোর আগে একটি তালিকা ধরে মিলিয়ে দেখব।",
    actions=(
        Action("পুরনো ফাইল আলাদা ফোল্ডারে সরানো", dt.date(2026, 3, 9), dt.date(2026, 3, 8)),
        Action("পাঠানোর আগে যাচাইয়ের তালিকা লেখা", dt.date(2026, 3, 20)),
    ),
    compensation=Compensation("নতুন ব্যাগ ছাপানোর পুরো খরচ"),
    surprise="হাতে লেখা একটি ধন্যবাদ কার্ড।",
    summary="আমি আপনাকে পুরনো সংস্করণের নকশা পাঠিয়েছিলাম। আমি সঠিক ফাইল পাঠিয়েছি এবং নতুন ছাপার খরচ দিচ্ছি।",
    apology="আমি দুঃখিত, আমি ভুল ফাইল পাঠিয়েছি।",
    empathy="আপনার ব্যাগগুলো ভুল লোগো নিয়ে ছাপা হয়েছে, এটা খুবই হতাশাজনক।",
    questions=(Question("এটা কি আবার হবে?", "না, এখন প্রতিটি ফাইল মিলিয়ে দেখা হয়।"),),
    outcome=Outcome("রহিম সাহেব ক্ষমা গ্রহণ করেছেন।", True, False),
)
THAI_PARAGRAPHS = (
    "เมื่อวันจันทร์ที่ 2 มีนาคม ผมส่งใบแจ้งหนี้เลขที่ INV-2026-031 ให้คุณสมชายสองครั้ง "
    "เพราะระบบบัญชีที่ผมใช้ไม่ได้เตือนว่าใบนี้ถูกส่งไปแล้ว และผมเองก็ไม่ได้ตรวจสอบก่อนกดส่ง",
    "ธนาคารของลูกค้าตัดเงินสองรอบ รวมเป็นเงิน 45,000 บาท ลูกค้าต้องโทรหาธนาคาร "
    "รอสายนานเกือบชั่วโมง และต้องเลื่อนการประชุมกับทีมของเขาออกไป",
    "ผมรู้ว่าความเชื่อใจเป็นสิ่งที่สำคัญที่สุดในการทำงานร่วมกัน และเรื่องเงินเป็นเรื่องที่ทำให้ความเชื่อใจลดลงได้ง่ายที่สุด",
    "ต่อจากนี้ทุกใบแจ้งหนี้จะผ่านรายการตรวจสอบห้าข้อ และเพื่อนร่วมงานอีกคนจะดูอีกครั้งก่อนส่ง "
    "ระบบจะแจ้งเตือนทันทีถ้ามีเลขที่ใบแจ้งหนี้ซ้ำกัน",
    "ผมได้คืนเงินเต็มจำนวนแล้วเมื่อวันที่ 5 มีนาคม เวลา 10:30 น. และส่งหลักฐานการโอน "
    "ทางอีเมลให้คุณสมชายแล้ว พร้อมใบลดหนี้ที่ถูกต้อง",
    "ผมอยากให้คุณสมชายมั่นใจว่าจะไม่เกิดเรื่องแบบนี้อีก และถ้ามีคำถามใด ๆ ผมพร้อมตอบทุกเมื่อทั้งทางโทรศัพท์และทาง LINE",
)


def long_thai() -> Incident:
    """The Thai incident with every field several paragraphs, no two fields alike."""
    count = iter(range(1, 1000))

    def paragraphs(how_many: int = 4) -> str:
        start = next(count)
        picked = [THAI_PARAGRAPHS[(start + i) % len(THAI_PARAGRAPHS)] for i in range(how_many)]
        return f"({start}) " + "\n\n".join(picked)

    return dataclasses.replace(
        THAI,
        **{name: paragraphs() for name in TEXT_FIELDS if name != "title"},  # type: ignore[arg-type]
        whys=tuple(paragraphs(2) for _ in range(4)),
        questions=tuple(Question(paragraphs(1), paragraphs(2)) for _ in range(3)),
    )


TEXT_FIELDS = ("title", "summary", "apology", "empathy", "what_happened", "impact", "root_cause",
               "ownership", "fix", "prevention", "surprise")  # fmt: skip
SIZES = {"title": 16, "summary": 16.5, "apology": 12, "empathy": 12}


def texts_of(incident: Incident) -> list[tuple[str, float, bool]]:
    """Every text of the incident the briefing prints, with a size and weight like ours."""
    texts = [
        (getattr(incident, name), SIZES.get(name, 9.5), name == "title") for name in TEXT_FIELDS
    ]
    texts += [(incident.client.name, 12, True), (incident.client.company, 9.5, False)]
    texts += [(why, 9.5, False) for why in incident.whys]
    texts += [(action.text, 9.5, False) for action in incident.actions]
    texts += [(incident.compensation.offer, 9.5, False)]
    for question in incident.questions:
        texts += [(question.question, 9.5, True), (question.answer, 9.5, False)]
    return [(text, size, bold) for text, size, bold in texts if text.strip()]


def as_long_in_english(incident: Incident) -> Incident:
    """The English incident, each text as long in characters as the same text of `incident`."""
    english = full_incident()

    def stretched(text: str, length: int) -> str:
        return (" ".join([text] * (length // max(len(text), 1) + 1)))[:length].rstrip()

    def same(name: str) -> str:
        return stretched(getattr(english, name), len(getattr(incident, name)))

    return dataclasses.replace(
        english,
        **{name: same(name) for name in TEXT_FIELDS},  # type: ignore[arg-type]
        client=Client(stretched(english.client.name, len(incident.client.name)),
                      company=stretched(english.client.company, len(incident.client.company))),
        whys=tuple(stretched(english.whys[0], len(why)) for why in incident.whys),
        questions=tuple(
            Question(stretched(english.questions[0].question, len(q.question)),
                     stretched(english.questions[0].answer, len(q.answer)))
            for q in incident.questions
        ),
    )  # fmt: skip


def bare_texts(incident: Incident) -> list[tuple[str, float, bool, str, bool]]:
    """The texts as the bare page draws them: in the font of their script, shaped if ours
    shapes them."""
    return [
        (text, size, bold, FAMILY[_script(text)], is_shaped(text))
        for text, size, bold in texts_of(incident)
    ]


def _script(text: str) -> str:
    scripts = {script_of(char) for char in text} - {"latin"}
    return scripts.pop() if scripts else "latin"


def families(incident: Incident) -> list[str]:
    scripts = {_script(text) for text, _, _ in texts_of(incident)}
    return [FAMILY["latin"], *(FAMILY[script] for script in sorted(scripts - {"latin"}))]


def row(label: str, ours: float, base: float, goal: str) -> None:
    print(f"{label:62} {ours:7.1f} ms  {base:7.1f} ms  {ours / base:5.2f}×   {goal}")


def warm(cases: dict[str, Incident], ids: dict[str, int], folder: Path, fonts: Path) -> None:
    """Each briefing written again in the same process, against the bare page drawn again."""
    bare: dict[str, Any] = {"__name__": "bare"}
    exec(BARE, bare)  # the bare page's code, run in this process too
    bare["register"](fonts, list(FAMILY.values()))
    print(f"\n{'warm, in-process (median of 30)':62} {'ours':>10}  {'bare page':>10}  ratio   goal")
    with Journal(folder / "journal.amends") as journal:
        for label, goal in (
            ("English, as long as the Thai", "≤ 30 ms"),
            ("Thai", "≤ 60 ms"),
            ("Bengali", "≤ 60 ms"),
            (LONG_THAI, "< 1000 ms"),
        ):
            number, texts = ids[label], bare_texts(cases[label])

            def ours(number: int = number) -> None:
                journal.briefings.write(number, folder / "warm.pdf")

            def base(texts: list[tuple[str, float, bool, str, bool]] = texts) -> None:
                bare["draw"](texts, str(folder / "bare.pdf"))

            ours()  # fonts, dictionaries, caches
            base()
            row(label, median_ms(ours, 30), median_ms(base, 30), goal)


def whole(
    cases: dict[str, Incident], ids: dict[str, int], folder: Path, fonts: Path, repeat: int
) -> None:
    """`amends brief` as a process, against bare-page scripts and English briefings, in turns."""
    commands: list[list[str | Path]] = []
    for label in ("Thai", "Bengali", "English, as long as the Thai"):
        script = folder / f"bare-{len(commands)}.py"
        header = f"TEXTS = {bare_texts(cases[label])!r}\nFAMILIES = {families(cases[label])!r}\n"
        script.write_text(header + BARE, encoding="utf-8")
        commands.append([sys.executable, script, folder / "bare.pdf", fonts])
    amends: list[str | Path] = [
        sys.executable,
        "-m",
        "journal.cli",
        "--db",
        folder / "journal.amends",
    ]
    for label in (
        "Thai",
        "English, as long as the Thai",
        "Bengali",
        "English, as long as the Bengali",
    ):
        commands.append([*amends, "brief", str(ids[label]), "-o", folder / "ours.pdf"])
    bare_th, bare_bn, bare_en, th, en_th, bn, en_bn = whole_process_ms(
        commands, folder, repeat, cwd=ROOT
    )
    title = f"whole process (median of {repeat})"
    print(f"\n{title:62} {'ours':>10}  {'baseline':>10}  ratio   goal")
    row("amends brief Thai / English as long", th, en_th, "≤ 1.3×")
    row("amends brief Thai / bare page (same text, fonts, shaping)", th, bare_th, "≤ 1.5×")
    row("amends brief Bengali / English as long", bn, en_bn, "≤ 1.3×")
    row("amends brief Bengali / bare page (same text, fonts, shaping)", bn, bare_bn, "≤ 1.5×")
    row("amends brief English / bare page (same text, fonts)", en_th, bare_en, "≤ 1.3×")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="amends-brief-"))
    fonts = ROOT / "resources" / "fonts"
    cases = {
        "Thai": THAI,
        "English, as long as the Thai": as_long_in_english(THAI),
        "Bengali": BENGALI,
        "English, as long as the Bengali": as_long_in_english(BENGALI),
        LONG_THAI: long_thai(),
    }
    ids = {}
    with Journal(folder / "journal.amends") as journal:
        for label, incident in cases.items():
            created = journal.incidents.create(dataclasses.replace(incident, id=None)).incident
            assert created.id is not None
            ids[label] = created.id
            size = sum(len(text) for text, _, _ in texts_of(incident))
            print(f"{label}: {size} characters of text")
    warm(cases, ids, folder, fonts)
    whole(cases, ids, folder, fonts, args.repeat)


if __name__ == "__main__":
    main()
