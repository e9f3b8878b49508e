"""Sentences that use a fault's words innocently, as freelancers write them: the coach must
leave every one alone (tests/journal/coach/test_innocent.py), and no setting of its model that
flags one is chosen (tests/journal/coach/choose.py)."""

from __future__ import annotations

INNOCENT: tuple[tuple[str, str], ...] = (
    # Good news after "so": the link is there, the failure is not.
    ("The printer delivered on Monday, so I can't wait to show you the proofs.", "en"),
    ("The courier picked it up this morning, so there's no rush.", "en"),
    ("The photographer sent the edits last night, so I can't wait for you to see them.", "en"),
    ("Your editor approved the copy yesterday, so there's no need to chase anything.", "en"),
    ("The builder finished the kitchen early, so we couldn't be happier.", "en"),
    ("The proofs arrived on Monday, so we couldn't be more pleased.", "en"),
    # Sitting on a board is not sitting on the work.
    ("He sat on the jury for a week, so I covered his calls.", "en"),
    ("She sat on the board for two years, so she knows the sector well.", "en"),
    ("He sat on the panel for a month, so I handled his inbox.", "en"),
    # A circumstance with nothing late, lost or missed after it.
    ("We had a family thing up north last weekend, it was lovely.", "en"),
    ("We had a family thing in Nelson over Easter, such a good time.", "en"),
    ("I've been dealing with some family stuff, but honestly it's all good now.", "en"),
    ("We were at the cabin without any signal all weekend, bliss.", "en"),
    ("I was up in the hills with no reception for three days and loved every minute.", "en"),
    ("I'd had maybe two hours of sleep, but the gig was worth it.", "en"),
    ("Anna fixade hela layouten utan att säga något, vilken fin överraskning!", "sv"),
    ("Pappa lagade cykeln i smyg utan att säga något till mig.", "sv"),
    ("Grannen klippte vår gräsmatta utan att säga något, så snällt av honom!", "sv"),
    ("Min syster bakade en tårta utan att säga något, vilken överraskning!", "sv"),
    ("Hej Karin, inget viktigt, jag ville bara tacka för senast.", "sv"),
    # "Twice a week" is how often, not a mistake made twice.
    ("Nyhetsbrevet gick iväg två gånger i veckan hela våren.", "sv"),
    ("Tidningen kom två gånger om dagen förr i tiden.", "sv"),
    ("Printer je bio u kvaru, ali sve smo tiskali na vrijeme.", "hr"),
    ("Laptop mi se srušio, ali sam ipak sve predala u roku.", "hr"),
    ("Internet je pao u utorak, no nacrt smo ipak poslali prije roka.", "hr"),
    # Sincere thanks, not the sarcastic "thanks to" that names a cause.
    ("ขอบคุณวันหยุดยาวที่ทำให้ทีมได้พักผ่อนเต็มที่ครับ", "th"),
    ("ต้องขอบคุณวันหยุดยาวที่ทำให้ทีมได้พักผ่อนเต็มที่ครับ", "th"),
    ("ขอบคุณฝนตกเมื่อวานที่ทำให้อากาศเย็นสบายขึ้นนะคะ", "th"),
    ("ถ้ารอบนี้ต้องแก้หน้า 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 ก็บอกได้เลยนะครับ", "th"),
    ("ถ้าต้องแก้สไลด์ 3 4 5 6 7 8 9 10 ก็ส่งคอมเมนต์มาได้เลยครับ", "th"),
    ("ผมอัปเดตหน้า 1 2 3 4 5 6 ให้แล้วครับ ถ้าอยากแก้เพิ่มบอกได้เลย", "th"),
    ("ทีม dev QA PM ของเราช่วยกันเต็มที่ครับ ขอบคุณมากครับ", "th"),
    ("এই প্যাকেজে শুধু লোগো আর ভিজিটিং কার্ড আছে।", "bn"),
    ("মাত্র দুটো রং বেছে নিন, বাকিটা আমি সাজিয়ে দেব।", "bn"),
    ("সংযুক্ত বিলটি শুধু অনুবাদের অংশের জন্য।", "bn"),
    ("মাত্র অর্ধেক টাকা এখন দিলেই হবে।", "bn"),
)
