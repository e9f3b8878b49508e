"""Sentences of a cause told beside good news, owned by the writer or denied of someone else
(its finding goes), and of real blame, excuses and passives (kept), in each language:
(text, language, kind, keeps)."""

SV: list[tuple[str, str, str, bool]] = [
    # Someone else's fault denied (chat spelling "int", "nåt"), then the writer's own.
    (
        "Fotografen har int gjort nåt fel här, hon gick efter min lista och det var min lista som var fel.",
        "sv",
        "blame",
        False,
    ),
    ("Tryckeriet har inte gjort något fel, felet låg i min fil.", "sv", "blame", False),
    # "Not them but me": inte … utan på att jag …
    (
        "Förseningen berodde inte på översättaren utan på att jag skickade fel underlag.",
        "sv",
        "blame",
        False,
    ),
    # A failing denied, then the writer straight after the break.
    (
        "Webbhotellet kraschade inte, jag hade helt enkelt glömt att förnya domänen.",
        "sv",
        "blame",
        False,
    ),
    # The fault in the writer's own work, as a cleft.
    ("Det var min egen kalkyl som innehöll felet, inte redovisarens.", "sv", "blame", False),
    # The other's part fine, "men" the writer had done it wrong.
    ("Kuriren levererade i tid, men jag hade packat fel lådor.", "sv", "blame", False),
    # A counterfactual the writer owns.
    (
        "Hade jag kollat kalendern en gång till hade mötet aldrig blivit dubbelbokat.",
        "sv",
        "passive",
        False,
    ),
    (
        "Om jag bara hade dubbelkollat hade fel version aldrig skickats till tryck.",
        "sv",
        "passive",
        False,
    ),
    # Luck said as a clause ("tur att"), no apology, no harm: news, not an excuse.
    ("Tåget var inställt, tur att jag hade bilen!", "sv", "excuse", False),
    (
        "Tåget stod still i en timme vid Katrineholm, tur att jag hade tagit ett tidigare!",
        "sv",
        "excuse",
        False,
    ),
    # Real faults that keep their finding: the writer's own fault denied ("inte mitt fel"), a
    # share of it ("också"), luck before a mishap, someone else blamed after an "utan", and good
    # news that is a fix after a flaw ("strulade …, men mötet gäller").
    ("Det var inte mitt fel, tryckeriet glömde att skicka korret.", "sv", "blame", True),
    (
        "Tryckeriet glömde att skicka korret, men jag hade också skrivit fel datum.",
        "sv",
        "blame",
        True,
    ),
    ("Kuriren var sen, men jag hade också skrivit fel adress.", "sv", "blame", True),
    (
        "Lyckligtvis var jag hemma, men servern låg nere hela dagen så texterna blev sena.",
        "sv",
        "excuse",
        True,
    ),
    (
        "Felet låg inte hos mig utan hos er webbyrå, som glömde att publicera sidan.",
        "sv",
        "blame",
        True,
    ),
    ("Programmet strulade i går, men mötet kl 10 gäller.", "sv", "excuse", True),
    # A denial of one party, then another named; another part of the work owned; no hurry.
    ("Tryckeriet har inte gjort något fel, det var budet som slarvade.", "sv", "blame", True),
    ("Tryckeriet skrev ut fel färger, men felet med marginalerna var mitt.", "sv", "blame", True),
    ("Budfirman har tappat bort paketet, så ingen brådska med betalningen.", "sv", "blame", True),
]

HR: list[tuple[str, str, str, bool]] = [
    # Denied blame, the writer's own part said after it.
    (
        "Prevoditeljica s kojom surađujem nije nimalo kriva za zbrku oko termina – ja sam joj dala stari raspored.",
        "hr",
        "blame",
        False,
    ),
    # Good news: what someone did lets the work go on ("pa krećem s …").
    ("Vaš knjigovođa je poslao sve izvode u petak, pa krećem s obračunom.", "hr", "blame", False),
    # Owned, Dalmatian instrumental in -n ("mojon greškon").
    ("Faktura je poslana na krivu adresu, mojon greškon, oprostite.", "hr", "passive", False),
    # Owned: "should have", said short after "iako".
    (
        "Kombi mi se pokvario na autocesti, a nisam ga odvezao na servis, iako sam trebao.",
        "hr",
        "excuse",
        False,
    ),
    # Unharmed: the work was sent before the mishap.
    (
        "Laptop mi je crknuo u srijedu, ali nacrte sam vam poslala još u ponedjeljak, trebali bi biti u sandučiću.",
        "hr",
        "excuse",
        False,
    ),
    # Owned in chat ("moj kiks"; "kiks" is common slang for a slip, I am fairly sure of it).
    ("Slike su objavljene bez potpisa, moj kiks skroz, sori.", "hr", "passive", False),
    # Owned: impersonal "tribalo je da" with the writer's verb (Dalmatian-flavoured chat).
    (
        "Kurir je izgubio paket s uzorcima, a tribalo je da ga pošaljem preporučeno.",
        "hr",
        "blame",
        False,
    ),
    # Real faults that keep their finding: the writer's own fault denied, not someone else's.
    ("Nije moja krivnja što kasnimo, dobavljač je zaboravio poslati pločice.", "hr", "blame", True),
    # Ownership taken back by an "ali".
    ("Moj propust, ali tiskara je opet zaboravila na narudžbu.", "hr", "blame", True),
    # Good news that is a fix after a fault.
    ("Server je pao usred prezentacije, ali sad sve radi brže nego prije.", "hr", "excuse", True),
    # A slip the writer names, but with a circumstance as its cause.
    ("Zaboravila sam poslati ponudu jer mi je laptop crkao cijeli tjedan.", "hr", "excuse", True),
    # Denial that moves the blame on ("nego kurir").
    ("Vaš tim nije kriv, nego kurir koji je zaboravio preuzeti paket.", "hr", "blame", True),
    # Denial followed by an illness, not the writer owning it.
    ("Kurir nije kriv, ja sam bio bolestan pa nisam stigao predati paket.", "hr", "excuse", True),
    # "pa krećem" only late, after a wrong delivery.
    (
        "Vaš grafičar je poslao krive fontove, pa krećem s prijelomom tek danas.",
        "hr",
        "blame",
        True,
    ),
    # Ironic thanks.
    ("Dobavljač je zaboravio naručiti pločice, hvala mu na ničemu.", "hr", "blame", True),
    # My wrong act, with someone else's act as its cause.
    ("Poslao sam krivu datoteku jer mi je vaš kolega dao stari link.", "hr", "blame", True),
    ("Vaš knjigovođa mi je tek danas poslao podatke, pa krećem s izradom.", "hr", "blame", True),
]

TH: list[tuple[str, str, str, bool]] = [
    # Denied blame, Isan/Northern บ่ ("the carpenter didn't cut it wrong").
    ("ช่างไม้ตัดไม้บ่ผิดเด้อครับ", "th", "blame", False),
    # Denied blame with a Northern "what" (หยัง) and the writer as ข้าเจ้า owning it.
    ("ทางร้านดอกไม้บ่ได้ทำหยังผิดเน้อ ข้าเจ้าสั่งสีผิดเอง เลยต้องเลื่อนวันจัด", "th", "blame", False),
    # Good news: the work was finished before the outage.
    ("งานตัดต่อเสร็จไปตั้งแต่วันพุธแล้วครับ เน็ตที่บ้านเพิ่งล่มเมื่อเช้า", "th", "excuse", False),
    # Good news: a slow connection worked around, everything uploaded in full.
    ("เน็ตที่คอนโดช้ามากเมื่อคืน เลยมาอัปโหลดที่ร้านกาแฟแทน ตอนนี้ไฟล์ขึ้นครบทุกไฟล์แล้วครับ", "th", "excuse", False),
    # Good news: the supplier delivered in full, so the work is not delayed.
    ("ร้านส่งดอกไม้มาครบแล้วค่ะ งานจัดดอกเลยไม่ล่าช้า", "th", "blame", False),
    # Real faults that keep their finding.
    ("ทางโรงพิมพ์ตั้งค่าสีผิดครับ เลยต้องพิมพ์ใหม่", "th", "blame", True),
    ("ที่ส่งช้าก็เพราะฝนตกหนักทั้งวันเลยครับ ขอโทษครับ", "th", "excuse", True),
    # An apology for the writer's act, then "because" puts it back on the client's team.
    ("ขอโทษที่ผมส่งไฟล์ผิดครับ เพราะทีมของคุณส่งเวอร์ชันเก่ามาให้", "th", "blame", True),
    # "Luckily" before a mishap clears nothing.
    ("โชคดีที่ฝนไม่ตก แต่คนขับรถตู้มาสายชั่วโมงนึงครับ", "th", "blame", True),
    ("ไฟล์ปกถูกส่งไปผิดเวอร์ชันครับ ขออภัยครับ", "th", "passive", True),
    ("ขอโทษที่ผมส่งไฟล์ผิดครับ ทีมคุณส่งเวอร์ชันเก่ามาให้ผม", "th", "blame", True),
    ("ของมาครบแล้วนะครับ ขนส่งเขาทำกล่องบุบนิดหน่อย", "th", "blame", True),
]

# Bengali: "মোর" (Barishal, Noakhali) and "হামার" (Rangpur) for "আমার", as the corpus spells
# them; "দেরিটা … মোর ঘাড়ে" (on my shoulders) is common speech, not checked in the Barishal
# register by a native speaker.
BN: list[tuple[str, str, str, bool]] = [
    # A cause the writer owns, in dialect spellings of "my".
    ("সার্ভারটা গতকাল ডাউন ছিল, কিন্তু ব্যাকআপ নেওয়া মোর দায়িত্ব আছিল।", "bn", "excuse", False),
    ("ল্যাপটপটা হঠাৎ বসে গেল, তবে দোষটা হামার, চার্জার সঙ্গে রাখিনি।", "bn", "excuse", False),
    ("নেট খুব স্লো ছিল, তবে দেরিটা পুরোটাই মোর ঘাড়ে।", "bn", "excuse", False),
    # The other's part done right, the fault the writer's own reading.
    ("আপনার সহকারী মাপগুলো পরিষ্কার লিখে দিয়েছিলেন; ভুলটা আমার পড়ার।", "bn", "blame", False),
    # Good news: nothing came of it; someone away, the writer covers, the work on course.
    ("কাল সারাদিন কারেন্ট ছিল না, তবে সব ডিজাইন ড্রাইভে ছিল, কাজে কোনো প্রভাব পড়েনি।", "bn", "excuse", False),
    ("প্রিন্টারের লোকটা আজ আসেনি, তাই কার্ডগুলো আমি নিজেই ছাপাচ্ছি।", "bn", "blame", False),
    # Real faults that keep their finding.
    ("নেট খুব স্লো ছিল, তাই ফাইলগুলো সময়মতো পাঠাতে পারিনি।", "bn", "excuse", True),
    ("আপনার টিম ফাইল দেরিতে পাঠিয়েছে, তাই আজ শুরু করতে পারব।", "bn", "blame", True),
    # a fix promised after a past circumstance is no precaution
    ("সার্ভার ডাউন ছিল, তাই কালকের মধ্যেই পাঠিয়ে দেব।", "bn", "excuse", True),
    # recovered after a loss: the loss is still told with nobody doing it
    ("ফাইলটা মুছে গিয়েছিল, পরে অবশ্য উদ্ধার হয়েছে।", "bn", "passive", True),
    # "so I could" done only in part is no good news
    ("আপনার ডিজাইনার ফাইল দেয়নি, তাই শুধু অর্ধেক পেজ বানাতে পেরেছি।", "bn", "blame", True),
]

EVERY_LANGUAGE = SV + HR + TH + BN
