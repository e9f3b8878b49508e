"""Sentences of a "but" going on to the writer's fix (it takes nothing back) or to a defence
(it keeps its finding), in each language: (text, language, keeps_but)."""

EN: list[tuple[str, str, bool]] = [
    # The fix under way: present progressive of a re- verb.
    (
        "Apologies for the muddy audio on episode 12, but I'm re-recording the intro this afternoon.",
        "en",
        False,
    ),
    # The work in the van, the writer minutes away.
    (
        "Sorry the menu cards listed the wrong wine, but the reprints are in the van and I'm twenty minutes away.",
        "en",
        False,
    ),
    # An offer, at no charge.
    (
        "Sorry about the double booking, but I'd be happy to come out on Saturday instead at no charge.",
        "en",
        False,
    ),
    # What the client won't pay.
    (
        "Really sorry the invoice had the old hourly rate on it, but you won't be charged a penny of the difference.",
        "en",
        False,
    ),
    # "Here it is".
    (
        "I'm sorry for the slow turnaround, but here it is, with the darker navy you asked for.",
        "en",
        False,
    ),
    # Chat register: "im gonna", no apostrophe.
    ("I'm so sorry the slides were such a mess, but im gonna tidy them up tonight", "en", False),
    # The thing put right, signed and on its way.
    (
        "I'm sorry about the wait, but the corrected deed is signed and on its way to you.",
        "en",
        False,
    ),
    # The thing put right already in place.
    ("I'm sorry, but the fixed build is already on the test server.", "en", False),
    # A visit, present progressive for the arranged future.
    (
        "I'm sorry about the wobble, but I'm popping round on Thursday with a new bracket.",
        "en",
        False,
    ),
    # An offer to take a fee off.
    ("I'm sorry, but I'd be glad to knock the rush fee off this invoice.", "en", False),
    # Defences: a justification dated back (with "already"), the writer's circumstances, the
    # work as specified, "I promise" that only justifies, "gonna" that only says, a need.
    ("Sorry the proofs are late, but I already emailed them to your office on Monday.", "en", True),
    (
        "Sorry the timeline slipped, but I've been juggling three product launches this month.",
        "en",
        True,
    ),
    ("I'm sorry, but it's done exactly to the swatch you approved.", "en", True),
    ("I'm sorry, but I promise I worked on nothing else all week.", "en", True),
    ("I'm sorry, but I'm gonna be straight with you, the brief was vague.", "en", True),
    ("I'm sorry, but I'll need another fortnight for the illustrations.", "en", True),
    ("I'm sorry, but I'm snowed under with the Christmas orders.", "en", True),
    # A "but" that only says the client has no cause to complain, or bills, keeps it.
    ("Sorry, but I already sent it, check your spam folder.", "en", True),
    ("Sorry for the delay, but I'll be late again tomorrow.", "en", True),
    ("Sorry, but here's your invoice for the extra hours.", "en", True),
    ("Sorry, but I'm happy to walk you through why it took longer.", "en", True),
    ("Sorry, but I'm sending you the final bill.", "en", True),
    ("Sorry, but we've since raised our rates.", "en", True),
]

SV: list[tuple[str, str, bool]] = [
    # A promise in the present tense (Swedish present for the near future).
    ("Förlåt att jag glömde skicka offerten, men jag mejlar den i kväll.", "sv", False),
    ("Sorry att bildspelet hade fel logga, men jag byter ut den i dag.", "sv", False),
    (
        "Jag ber om ursäkt för felstavningen på affischen, men jag trycker nya exemplar på fredag utan extra kostnad.",
        "sv",
        False,
    ),
    (
        "Förlåt att jag var sen till fotograferingen, men jag stannar kvar en extra timme.",
        "sv",
        False,
    ),
    ("Förlåt att bilderna dröjer, men vi tar igen det i helgen.", "sv", False),
    # Here it is, in chat Swedish with "ja" for "jag".
    ("förlåt att ja glömde filerna, men dom ligger här nu", "sv", False),
    # On its way.
    ("Sorry för dröjsmålet med ritningarna, men dom är på väg med posten.", "sv", False),
    # Doing it as they write.
    ("Förlåt att jag inte svarade i går, men jag jobbar på det nu.", "sv", False),
    (
        "Förlåt att presentationen saknade siffrorna, men jag håller på att lägga in dem.",
        "sv",
        False,
    ),
    # Nothing else changes.
    ("Ursäkta förvirringen kring datumet, men tiden är densamma.", "sv", False),
    # Defences: a justification ("ju", a bare past with "faktiskt"), the writer busy, "of
    # course it takes time", what the writer will need.
    ("Ledsen för dröjsmålet, men jag har ju gjort precis det som stod i briefen.", "sv", True),
    ("Förlåt att texten blev sen, men jag jobbar i kväll på ett bröllop.", "sv", True),
    ("Sorry att bilderna blev sena, men jag skickade dem faktiskt i fredags.", "sv", True),
    (
        "Förlåt för förseningen, men det är klart att det tar tid med så många ändringar.",
        "sv",
        True,
    ),
    ("Förlåt att loggan blev fel, men jag har följt er grafiska profil.", "sv", True),
    ("Jag ber om ursäkt för förseningen, men jag kommer behöva en vecka till.", "sv", True),
    # The price kept, or working "for me": a refusal, a defence.
    ("Jag beklagar förseningen, men priset står fast.", "sv", True),
    ("Förlåt, men det funkar igen hos mig, så det är nog din webbläsare.", "sv", True),
    ("Förlåt, men jag tar betalt för de extra timmarna.", "sv", True),
    # "om" as the verb's particle (to print again), not "if".
    ("Förlåt att affischerna blev randiga, men jag trycker om dem på torsdag.", "sv", False),
]

HR: list[tuple[str, str, bool]] = [
    # A step taken just now ("upravo sam vam poslala"), the clitic "vam" said with it.
    (
        "Oprostite što kasnim s prijevodom, ali upravo sam vam poslala prva tri poglavlja.",
        "hr",
        False,
    ),
    # A step taken since ("u međuvremenu sam postavila novi").
    ("Oprostite na krivom linku, ali u međuvremenu sam postavila novi.", "hr", False),
    # A backup at hand ("imam rezervnu kopiju").
    (
        "Ispričavam se zbog smetnji na snimci, ali imam rezervnu kopiju s drugog uređaja.",
        "hr",
        False,
    ),
    # An offer: a discount given ("dajem vam popust").
    (
        "Žao mi je zbog pogrešne cijene na računu, ali dajem vam popust od deset posto na sljedeću narudžbu.",
        "hr",
        False,
    ),
    # An offer: what the writer can do for the client ("mogu vam sutra dostaviti").
    ("Oprostite zbog mrlje na plakatu, ali mogu vam sutra dostaviti novi primjerak.", "hr", False),
    # Good news after the contrast.
    (
        "Oprostite, nisam stigla dovršiti plakat, ali imam dobru vijest: tiskara ga može otisnuti već sutra.",
        "hr",
        False,
    ),
    # Kajkavian future "bum ... poslal" (chat register from the north-west; I am fairly but not
    # fully sure "bum vam poslal" is how a Zagreb freelancer would type it).
    ("Sori kaj je faktura bila kriva, al bum vam do podneva poslal novu.", "hr", False),
    # From now on ("od sada"), a promise about the process.
    (
        "Žao mi je zbog greške u prijevodu, ali od sada svaki tekst prolazi i drugu lekturu.",
        "hr",
        False,
    ),
    # The work back and ready now ("sad je opet online").
    ("Oprostite što je stranica bila nedostupna, ali sad je opet online.", "hr", False),
    # Sent already, on its way ("paket je već poslan").
    ("Oprostite zbog kašnjenja isporuke, ali paket je već poslan i stiže vam sutra.", "hr", False),
    # Here is the right one ("ovo je točan raspored").
    ("Žao mi je što sam pobrkala termine, ali ovo je točan raspored za idući tjedan.", "hr", False),
    # Defences: already + a past said before ("još u ponedjeljak": I did send it).
    ("Žao mi je, ali već sam vam poslala ponudu još u ponedjeljak.", "hr", True),
    # The writer's circumstances ("sad sam na godišnjem").
    ("Oprostite na sporom odgovoru, ali sad sam na godišnjem i rijetko gledam mail.", "hr", True),
    # Ready only now, because of the writer's workload ("gotov tek danas").
    (
        "Ispričavam se zbog kašnjenja, ali tekst je gotov tek danas jer sam imala previše posla.",
        "hr",
        True,
    ),
    # "From now on" as an instruction to the client: the cause put on them.
    ("Oprostite, ali ubuduće mi materijale šaljite na vrijeme.", "hr", True),
    # Already + a report that justifies ("već sam vam objasnio").
    ("Oprostite, ali već sam vam objasnio da rok nije realan.", "hr", True),
    # The writer away, back only on Monday: a circumstance, not a fix.
    ("Oprostite, ali vraćam se s puta tek u ponedjeljak.", "hr", True),
    # What the writer cannot do any more ("već smo u tisku").
    ("Ispričavam se, ali već smo u tisku pa se ništa više ne može mijenjati.", "hr", True),
    # Already sent, late again, or a charge: no fix.
    ("Oprostite, ali već sam vam to poslao.", "hr", True),
    ("Žao mi je, ali sutra ću opet kasniti.", "hr", True),
    ("Žao mi je, ali naplatit ću dodatni sat.", "hr", True),
    ("Žao mi je, ali dobit ćete račun za dodatne izmjene.", "hr", True),
]

# Isan: มื้อนี้ "today", สิ "will", เด้อ a particle (as Isan speakers text them; the idiom is
# not checked by a native speaker).
TH: list[tuple[str, str, bool]] = [
    # Ready now: the retouched set can be downloaded.
    ("ขอโทษที่ตอบอีเมลช้านะคะ แต่ชุดภาพที่ปรับแสงแล้วพร้อมให้ดาวน์โหลดในไดรฟ์ค่ะ", "th", False),
    # Something extra, done for the client.
    ("ขอโทษที่บทความส่งช้าไปสองวันนะคะ แต่หนูแปลบทสรุปภาษาอังกฤษให้ด้วยค่ะ", "th", False),
    # An Isan promise for today.
    ("ขอโทษเด้อครับที่ต่อท่อแล้วน้ำยังซึม แต่มื้อนี้ผมสิเข้าไปเปลี่ยนข้อต่อให้", "th", False),
    # Now in the drive.
    ("ขอโทษครับที่ตัดต่อคลิปช้า แต่ตอนนี้คลิปทั้งสามตัวอยู่ในไดรฟ์แล้วครับ", "th", False),
    # Done for the client already: a spare cover design.
    ("ขอโทษครับที่ส่งช้า แต่ผมทำปกสำรองไว้ให้อีกแบบแล้วครับ", "th", False),
    # Here it is: the right file.
    ("ขอโทษที่ส่งไฟล์ผิดเวอร์ชันครับ แต่นี่คือไฟล์ที่ถูกต้องครับ", "th", False),
    # Just uploaded.
    ("ขอโทษค่ะที่รูปชุดแรกยังไม่ได้แต่ง แต่เพิ่งอัปโหลดชุดแรกขึ้นไดรฟ์เมื่อกี้ค่ะ", "th", False),
    # A promise with no pronoun, this afternoon.
    ("ขอโทษที่ส่งงานช้าครับ แต่บ่ายนี้จะส่งไฟล์ทั้งหมดให้ครับ", "th", False),
    # Redone: the whole book proofread again.
    ("ขอโทษค่ะที่แปลผิดไปหนึ่งย่อหน้า แต่ดิฉันตรวจทานใหม่ทั้งเล่มแล้วค่ะ", "th", False),
    # Back up now.
    ("ขอโทษครับที่เว็บล่มเมื่อคืน แต่ตอนนี้เว็บกลับมาใช้ได้แล้วครับ", "th", False),
    # Defences. "But I did follow the brief, every point."
    ("ขอโทษค่ะ แต่ดิฉันก็ทำตามบรีฟทุกข้อครบแล้วนะคะ", "th", True),
    # The writer's state, and a need for more time.
    ("ขอโทษที่งานยังไม่เสร็จครับ แต่ช่วงนี้ผมป่วยหนักมาก คงต้องขอเวลาอีกหนึ่งอาทิตย์", "th", True),
    # "But that's the best I can do."
    ("ขอโทษครับที่ภาพไม่คมเท่าที่หวัง แต่ผมทำได้ดีที่สุดแค่นี้แล้ว", "th", True),
    # A bare past as a justification: "but I sent it all yesterday".
    ("ขอโทษครับที่ส่งช้า แต่ผมส่งไปครบแล้วตั้งแต่เมื่อวานนะครับ", "th", True),
    # "But I already gave you a discount."
    ("ขอโทษครับ แต่ผมให้ส่วนลดไปแล้วนะครับ", "th", True),
    # "But the file has been in the drive since yesterday; you didn't open it."
    ("ขอโทษครับที่ส่งช้า แต่ไฟล์อยู่ในไดรฟ์ตั้งแต่เมื่อวานแล้วครับ คุณไม่ได้เปิดดูเอง", "th", True),
    # What the writer must do: push it back three more days.
    ("ขอโทษค่ะที่ส่งช้า แต่หนูต้องขอเลื่อนไปอีกสามวันนะคะ", "th", True),
    # "But I checked it all and found nothing wrong."
    ("ขอโทษครับที่ส่งช้า แต่ผมตรวจครบแล้วไม่เจอปัญหาอะไรเลยครับ", "th", True),
    # A discount or an extra already given, the file "already in the drive": a defence.
    ("ขอโทษที่ไม่ได้ตามที่หวังนะครับ แต่ผมลดราคาให้แล้วนะครับ", "th", True),
    ("ขอโทษค่ะ แต่ดิฉันแถมให้ไปแล้วตั้งสองแบบนะคะ", "th", True),
    ("ขอโทษนะคะ แต่ไฟล์อยู่ในไดรฟ์แล้วนะคะ ลองเช็คดีๆ อีกทีค่ะ", "th", True),
]

BN: list[tuple[str, str, bool]] = [
    # The work now in place.
    ("মিটিংয়ের নোট পাঠাতে দেরি করেছি, দুঃখিত; তবে সব নোট এখন শেয়ার্ড ফোল্ডারে আছে।", "bn", False),
    # The right one already sent.
    ("ইনভয়েসে ভুল অঙ্ক বসানোর জন্য সরি, কিন্তু ঠিক ইনভয়েসটা অলরেডি মেইল করে দিয়েছি।", "bn", False),
    # The work now live.
    ("সাইট চালু করতে দেরির জন্য দুঃখিত ভাই, তবে ওয়েবসাইটটা এখন পুরো লাইভ, একবার চেক করে দেখবেন।", "bn", False),
    # Done again.
    ("প্রিন্টে রং ফিকে আসার জন্য আমি দুঃখিত, তবে পুরো ব্যাচটা আবার প্রিন্ট করে ফেলেছি।", "bn", False),
    ("দুঃখিত দিদি, তবে পর্দাগুলো আবার সেলাই করে দিয়েছি।", "bn", False),
    # An offer of extra at no cost.
    (
        "শেষ মুহূর্তে সেশন বাতিল করার জন্য দুঃখিত, কিন্তু এই সপ্তাহে একটা বাড়তি সেশন বিনামূল্যে দিতে চাই।",
        "bn",
        False,
    ),
    # A thing done to the work that is over, and here it is.
    ("ডিজাইন পাঠাতে দেরি করেছি, দুঃখিত, তবে তিনটে অপশনই রেডি করা শেষ, লিংক দিলাম।", "bn", False),
    # The client can go on from tomorrow.
    ("অ্যাপটা দেরিতে দেওয়ার জন্য দুঃখিত, তবে কাল থেকেই আপনার টিম এটা চালাতে পারবেন।", "bn", False),
    # Good news.
    ("দেরির জন্য সরি, কিন্তু একটা ভালো খবর আছে, পার্সেলটা আজ বিকেলেই পৌঁছাবে।", "bn", False),
    # A promise with the compound "করে ফেলব".
    ("দুঃখিত, তবে আজ রাতের মধ্যেই বাকি পাতাগুলো অনুবাদ করে ফেলব।", "bn", False),
    # A fix done, in spoken Dhaka Bengali ("দিছি" for "দিয়েছি").
    ("সরি ভাই, কিন্তু কোডটা ফিক্স করে দিছি, এখন চেক করেন।", "bn", False),
    # On its way, nearly there.
    ("দেরির জন্য দুঃখিত, তবে ট্রাকটা এখন সেতু পার হচ্ছে।", "bn", False),
    # In Latin letters.
    ("dukkhito, kintu file ta ekhon ready.", "bn", False),
    # Defences: they keep the `but`.
    ("দুঃখিত, তবে আমি তো আজই সব ঠিক করে দিয়েছি।", "bn", True),
    ("সরি, কিন্তু ফাইল শুক্রবারেই পাঠালাম।", "bn", True),
    ("সরি, কিন্তু এখন পর্যন্ত আমি চল্লিশ ঘণ্টা কাজ করেছি।", "bn", True),
    ("দুঃখিত, তবে অতিরিক্ত রিভিশনের জন্য বাড়তি চার্জ দিতে হবে।", "bn", True),
    ("সরি, কিন্তু আমি অলরেডি অনেক খেটেছি, এর বেশি পারব না।", "bn", True),
    ("দুঃখিত, কিন্তু নতুন ক্লায়েন্টের কাজটা আগে নিয়েছি, তাই দেরি।", "bn", True),
    ("দেরির জন্য দুঃখিত, কিন্তু আমি তো অলরেডি দুবার রিভাইজ করে দিয়েছি।", "bn", True),
    ("ক্ষমা চাইছি, কিন্তু আমি ব্রিফ অনুযায়ীই সব রেডি করেছিলাম।", "bn", True),
    ("দুঃখিত, কিন্তু এখন আর ফেরত দেওয়া সম্ভব না।", "bn", True),
    # Already sent: the client has no cause to complain.
    ("দুঃখিত, কিন্তু আমি অলরেডি পাঠিয়ে দিয়েছি।", "bn", True),
    ("দুঃখিত, কিন্তু ফাইনাল ফাইলটা গত সপ্তাহেই দিয়েছি।", "bn", True),
]

EVERY_LANGUAGE = EN + SV + HR + TH + BN
