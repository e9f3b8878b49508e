"""Phrase pools in five languages for building realistic Amends sample journals."""

# Every language has the same pools. Most hold plain strings; "incidents" holds
# (category, title, what_happened), "whys" holds chains of two to four answers and
# "questions" holds (question, answer) pairs. From "incidents" on, the pools are
# parallel: entry i tells the same story in every language, and generator.STORY_FIT
# picks entries by that position, so add new entries at the end of a pool.
# Thai is written without spaces inside a clause, as real Thai is. The Croatian texts
# are in a woman's voice, the Thai ones in a man's.

PHRASES: dict[str, dict[str, list[str | tuple[str, ...]]]] = {
    "en": {
        "first_names": [
            "Emma",
            "Oliver",
            "Sophie",
            "James",
            "Hannah",
            "Daniel",
            "Grace",
            "Thomas",
            "Chloe",
            "Michael",
            "Rachel",
            "Ben",
            "Laura",
            "Sam",
            "Megan",
            "David",
        ],
        "last_names": [
            "Carter",
            "Hughes",
            "Patel",
            "O'Brien",
            "Walsh",
            "Bennett",
            "Murphy",
            "Clarke",
            "Fisher",
            "Reid",
            "Turner",
            "Shaw",
            "Lawson",
            "Kerr",
            "Doyle",
            "Price",
        ],
        "middle_names": [
            "J.",
            "A.",
            "R.",
            "M.",
            "L.",
            "K.",
            "T.",
            "E.",
            "S.",
            "C.",
        ],
        "companies": [
            "Bright Lane Bakery",
            "Northwind Physio",
            "Harbour & Co. Lettings",
            "Greenfield Tutoring",
            "Oakline Architects",
            "Little Fox Toys",
            "Copperpot Catering",
            "Summit Legal LLP",
        ],
        "domains": [
            "brightlanebakery.co.uk",
            "northwindphysio.com",
            "harbourlettings.co.uk",
            "greenfieldtutoring.org",
            "oakline.studio",
            "littlefoxtoys.com",
            "copperpotcatering.co.uk",
            "summitlegal.com",
        ],
        "mailboxes": [
            "hello",
            "info",
            "office",
            "accounts",
            "team",
            "contact",
        ],
        "client_notes": [
            "Prefers a phone call to email; best reached before 10am.",
            "Pays on time. Very particular about the wording of every page.",
            "Referred by a previous client. Small budget, but steady work all year.",
            "Decisions go through her business partner, so allow extra time for sign-off.",
            "Busy season is November to January; no big changes then.",
            "Likes a short written update every Friday, even when nothing has changed.",
        ],
        "projects": [
            "Website redesign",
            "Annual accounts 2025",
            "Spring catalogue",
            "Online booking system",
            "Product photo shoot",
            "User manual translation",
            "Brand refresh",
            "Newsletter templates",
        ],
        "incidents": [
            (
                "missed deadline",
                "Launch page delivered two days late",
                "The landing page was promised for Monday morning so the campaign could go "
                "live. I sent it on Wednesday afternoon, after the first ads had already "
                "run and pointed to a holding page.",
            ),
            (
                "missed deadline",
                "Year-end figures not ready for the accountant",
                "Their accountant asked for the reconciled ledgers by the 15th. I only "
                "finished the bank reconciliation on the 19th, so the filing appointment "
                "had to be moved.",
            ),
            (
                "missed deadline",
                "Photo edits missed the print slot",
                "I had agreed to send the edited product shots by Friday for the printer. "
                "I delivered them on Monday, and the printer had given the slot to someone "
                "else.",
            ),
            (
                "quality defect",
                "Contact form silently dropped messages",
                "For about ten days the contact form showed a thank-you message but never "
                "sent the email. The client only noticed when a customer phoned to ask why "
                "nobody had replied.",
            ),
            (
                "quality defect",
                "Wrong prices in the printed brochure",
                "Two prices and a phone number in the brochure were wrong. 2,000 copies "
                "were printed before anyone spotted it.",
            ),
            (
                "miscommunication",
                "Old logo sent to the sign maker",
                "I sent the sign maker the old logo file from my archive instead of the "
                "new one we had approved together, and the shop sign was made in the wrong "
                "colours.",
            ),
            (
                "billing error",
                "Invoiced twice for the same month",
                "I sent the March invoice twice under two different numbers, and their "
                "bookkeeper paid both before noticing.",
            ),
            (
                "scope mismatch",
                "Blog migration assumed to be included",
                "The client expected the old blog posts to move to the new site as part of "
                "the redesign. My quote did not mention them, and I only said so a week "
                "before launch.",
            ),
            (
                "vendor or tool failure",
                "Hosting outage during the sale weekend",
                "The budget host I had recommended was down for most of Saturday, the "
                "busiest day of their sale, and I was not watching the uptime alerts.",
            ),
            (
                "data loss",
                "A day of translation edits lost",
                "A sync conflict overwrote the reviewed version of the manual with an "
                "older draft, and the client's corrections from Thursday were gone.",
            ),
            (
                "privacy or security slip",
                "Customer list attached to the wrong email",
                "I attached the client's customer export to an email meant for a different "
                "client. I noticed within minutes and asked the recipient to delete it.",
            ),
            (
                "other",
                "Missed the kickoff call",
                "I had the kickoff call in my calendar in the wrong time zone and joined "
                "an hour late, when the client's team had already left.",
            ),
        ],
        "impacts": [
            "The campaign ran for two days pointing at a page that did not exist.",
            "They had to call around thirty customers personally to apologise.",
            "The launch was pushed back a week, and they lost their slot in the local newsletter.",
            "Their accountant charged an extra fee for the rushed filing.",
            "The reprint cost them money and an awkward conversation with their own customer.",
            "They spent an afternoon sorting this out instead of running their business.",
            "Trust took a knock: they now double-check everything I send.",
            "No money was lost, but it was embarrassing in front of their board.",
        ],
        "whys": [
            (
                "I started the work later than planned.",
                "Another project overran and I did not renegotiate either deadline.",
                "I don't keep a realistic view of how much I can take on in a month.",
            ),
            (
                "The form was never tested after the last plugin update.",
                "I have no checklist for what to test after updates.",
            ),
            (
                "I used the file from my archive.",
                "The approved version only existed in our email thread.",
                "There is no single place where final, approved files live.",
            ),
            (
                "I assumed the quote was clear.",
                "I never walked the client through what was not included.",
                "My quote template lists deliverables but not exclusions.",
                "I wanted the quote to be short so it would look cheap.",
            ),
            (
                "The alert went to an inbox I don't read at weekends.",
                "I set up monitoring once and never reviewed who gets the alerts.",
            ),
            (
                "The sync tool overwrote the newer file.",
                "Two of us edited the same document offline at the same time.",
                "We had no rule about who holds the file at any given moment.",
            ),
            (
                "I typed the email in a hurry between two calls.",
                "My mail app autocompleted the wrong address.",
            ),
            (
                "I copied last month's invoice and edited it.",
                "I don't check invoices against the ledger before sending them.",
            ),
            (
                "Nobody checked the final file against the price list.",
                "I treated the proof as a formality because the print date was close.",
                "I have never asked anyone else to proofread my print jobs.",
            ),
            (
                "The invitation had no time zone in it.",
                "I typed the time into my calendar by hand instead of accepting the invite.",
            ),
        ],
        "root_causes": [
            "I overcommitted that month and had no buffer for overruns.",
            "There is no testing step in my update routine.",
            "Approved files are not kept in one agreed place.",
            "My quotes say what is included but never what is not.",
            "Monitoring was set up once and then nobody owned it.",
            "My invoicing is manual, with no second check.",
            "When I'm rushed I work from memory instead of a checklist.",
            "I didn't confirm the time zone in the invitation.",
        ],
        "ownership": [
            "I chose the host, so this is on me.",
            "I promised the date and I missed it. Nobody else had any part in that.",
            "It was my job to test the form after the update, and I didn't.",
            "I wrote the quote. If it was unclear, that is my responsibility, not theirs.",
            "I sent the file. The client trusted me to send the right one.",
            "I take full responsibility: the checklist existed only in my head.",
            "The invoice went out under my name, and checking it was my job.",
            "I should have flagged the risk as soon as I saw it, not waited.",
        ],
        "fixes": [
            "Fixing the form today and forwarding every message recovered from the server logs.",
            "Reprinting the brochure at my own cost, with proofs signed off by the client first.",
            "Refunding the duplicate payment today and sending a corrected statement.",
            "Restoring the reviewed version from Thursday's backup and re-applying the "
            "corrections by hand.",
            "Moving the site to a more reliable host this week, with the client's approval.",
            "Finishing the reconciliation tonight and sending it straight to the accountant.",
            "Putting it right this week at my own cost, with a short update to you "
            "every day until it's done.",
        ],
        "preventions": [
            "From now on every deadline has a two-day buffer, and if I see a risk I'll "
            "tell you the same day.",
            "After every update I run through a written test list, including sending a "
            "real message through the form.",
            "All approved files will live in one shared folder we can both see, and I "
            "will only ever send from there.",
            "My quotes now have a section called 'Not included', and we go through it "
            "together before you sign.",
            "Uptime alerts now come to my phone, and I check them at weekends during "
            "your busy season.",
            "Each invoice is checked against the ledger before it goes out.",
            "This is now a step on my written checklist, which I go through before every delivery.",
        ],
        "actions": [
            "Add a two-day buffer to every delivery date in the project plan",
            "Write a post-update test checklist and keep it with the project",
            "Set up a shared folder for approved files",
            "Add a 'Not included' section to the quote template",
            "Route uptime alerts to my phone",
            "Switch to invoicing software that warns about duplicates",
            "Put the time zone in every calendar invite",
            "Book a capacity review on the first Monday of each month",
            "Ask a colleague to proofread every print job",
            "Turn on two-factor authentication for all client accounts",
        ],
        "compensations": [
            "No charge for this month's maintenance",
            "20% off the current invoice",
            "I will cover the reprint costs in full",
            "Two extra hours of work free of charge",
            "A refund of the rush fee the accountant charged",
            "An extra round of revisions at no cost",
        ],
        "surprises": [
            "A handwritten card and a box of pastries from their favourite bakery",
            "A short video walkthrough of the new site for their staff",
            "A one-page guide to keeping their website secure",
            "A set of social media images for the relaunch, free",
            "A small plant for the office with a thank-you note",
            "Quietly fixing the three small issues they mentioned months ago",
        ],
        "summaries": [
            "I missed the date I promised, and it cost you the first days of your "
            "campaign. I'm sorry, and here is what I'm changing so it doesn't happen "
            "again.",
            "The contact form was down for ten days because I didn't test it after an "
            "update. Every message is recovered, and testing is now part of my routine.",
            "I sent the wrong file, and it cost you a sign. I'll pay for the new one.",
            "My quote wasn't clear about the blog, and that's on me. I'll move the "
            "posts at no cost.",
            "You were billed twice because I didn't check. The refund went out today.",
            "I'm sorry I was late for our first call. It won't happen again.",
            "I got this wrong, and it cost you time and some trust in me. Here is what "
            "I've already fixed and what I'm changing.",
        ],
        "apologies": [
            "I'm sorry. You trusted me with your launch and I let you down. There's no "
            "excuse, and I won't make one.",
            "I apologise for the faulty form and for not catching it sooner. You "
            "shouldn't have had to hear about it from a customer.",
            "I'm truly sorry for sending the wrong file. I know how much work went "
            "into getting that sign made.",
            "I'm sorry for the confusion about the scope. I should have been clear from the start.",
            "Please accept my apology for the double invoice, and for the time your "
            "bookkeeper spent on it.",
            "I'm sorry for the lost edits. Your team's work matters, and I didn't "
            "protect it well enough.",
            "I'm sorry. This was my mistake, not yours, and you shouldn't have had to "
            "deal with it.",
        ],
        "empathy": [
            "If I were in your place, I'd be wondering whether I can trust the next "
            "date I'm given.",
            "I can imagine how it felt to take that call from a customer and not know "
            "what had happened.",
            "You had your own customers waiting, and I put you in an awkward spot with them.",
            "I know every hour counts in your busy season, and I took hours away from you.",
            "It must have been frustrating to pay twice and then have to chase the money back.",
            "You had planned your whole week around this, and I undid that plan.",
        ],
        "questions": [
            (
                "How do I know this won't happen again?",
                "Every deadline now has a buffer, and you'll hear from me the same day if "
                "anything is at risk.",
            ),
            (
                "Will this cost us anything?",
                "No. All the extra work to put this right is on me.",
            ),
            (
                "Were any customer messages lost for good?",
                "No. I recovered all of them from the server logs and forwarded them to "
                "you this morning.",
            ),
            (
                "Why didn't you tell us sooner?",
                "I hoped to fix it before it mattered. That was the wrong call; you should "
                "have heard from me straight away.",
            ),
            (
                "Should we look for someone else?",
                "That's your decision and I'd understand it. I'd like the chance to show "
                "you what I've changed.",
            ),
            (
                "Who else saw our data?",
                "Only one person, who confirmed in writing that they deleted it.",
            ),
        ],
        "outcomes": [
            "Appreciated the honesty and booked the next project.",
            "Accepted the apology but asked for weekly updates from now on.",
            "Good call. We laughed about the pastries and moved on.",
            "Tense at first, calmer once I explained the new checklist.",
            "They decided to take the work in-house. We parted on good terms.",
            "Recommended me to a friend a month later.",
        ],
        "tags": [
            "deadline",
            "website",
            "print",
            "invoice",
            "hosting",
            "backup",
            "communication",
            "translation",
            "accounts",
            "photos",
            "email",
            "rush job",
        ],
    },
    "sv": {
        "first_names": [
            "Anna",
            "Erik",
            "Maja",
            "Johan",
            "Elin",
            "Lars",
            "Sara",
            "Oskar",
            "Karin",
            "Björn",
            "Linnéa",
            "Mikael",
            "Ingrid",
            "Gustav",
            "Åsa",
            "Per",
        ],
        "last_names": [
            "Lindqvist",
            "Åberg",
            "Söderström",
            "Johansson",
            "Nyström",
            "Ek",
            "Bergström",
            "Holm",
            "Sjöberg",
            "Hägg",
            "Lundgren",
            "Karlsson",
            "Öberg",
            "Wallin",
            "Strand",
            "Dahl",
        ],
        "middle_names": [
            "Lind",
            "Falk",
            "Ståhl",
            "Björk",
            "Hed",
            "Rosén",
            "Alm",
            "Törn",
            "Sjö",
            "Ljung",
        ],
        "companies": [
            "Fjällglimt Design AB",
            "Bageri Söder",
            "Ängsbackens Gård",
            "Nordkust Redovisning",
            "Hälsorummet i Umeå",
            "Kvarnbyns Möbler",
            "Åkessons Rör AB",
            "Café Blåbär",
        ],
        "domains": [
            "fjallglimt.se",
            "bagerisoder.se",
            "angsbacken.se",
            "nordkustredovisning.se",
            "halsorummet.se",
            "kvarnbynsmobler.se",
            "akessonsror.se",
            "cafeblabar.se",
        ],
        "mailboxes": [
            "info",
            "kontakt",
            "hej",
            "ekonomi",
            "kansli",
            "post",
        ],
        "client_notes": [
            "Föredrar telefon framför mejl, helst före lunch.",
            "Betalar alltid i tid. Mycket noga med texterna.",
            "Tipsad av en tidigare kund. Liten budget men återkommande uppdrag.",
            "Allt ska godkännas av delägaren, så räkna med extra tid.",
            "Högsäsong i juni–augusti, undvik större ändringar då.",
            "Vill ha en kort skriftlig lägesrapport varje fredag.",
        ],
        "projects": [
            "Ny webbplats",
            "Bokslut 2025",
            "Vårkatalog",
            "Onlinebokning",
            "Produktfotografering",
            "Översättning av användarmanual",
            "Ny grafisk profil",
            "Mallar för nyhetsbrev",
        ],
        "incidents": [
            (
                "missed deadline",
                "Kampanjsidan levererades två dagar för sent",
                "Jag lovade kampanjsidan till måndag morgon men skickade den först på "
                "onsdag eftermiddag. Annonserna hade redan gått ut och pekade på en tom "
                "sida.",
            ),
            (
                "missed deadline",
                "Bokslutsunderlaget blev försenat",
                "Revisorn behövde avstämda konton senast den 15:e. Jag blev klar med "
                "bankavstämningen den 19:e, så mötet fick flyttas.",
            ),
            (
                "missed deadline",
                "Översättningen missade manusstoppet",
                "Den svenska versionen av manualen skulle vara hos tryckeriet på fredagen. "
                "Jag skickade den på måndagen, och då hade tryckeriet redan gett tiden "
                "till någon annan.",
            ),
            (
                "quality defect",
                "Kontaktformuläret tappade meddelanden",
                "I tio dagar visade formuläret ett tackmeddelande men skickade aldrig "
                "något mejl. Kunden märkte det först när en av deras kunder ringde och "
                "undrade varför ingen hade svarat.",
            ),
            (
                "quality defect",
                "Fel priser i den tryckta broschyren",
                "Två priser och ett telefonnummer i broschyren var fel. 2 000 exemplar "
                "hann tryckas innan någon upptäckte det.",
            ),
            (
                "miscommunication",
                "Gamla loggan skickades till skyltfirman",
                "Jag skickade den gamla loggan från mitt arkiv i stället för den nya som "
                "vi hade godkänt tillsammans, och skylten tillverkades i fel färger.",
            ),
            (
                "billing error",
                "Samma månad fakturerades två gånger",
                "Marsfakturan gick ut två gånger med olika fakturanummer, och deras "
                "ekonomiansvariga betalade båda.",
            ),
            (
                "scope mismatch",
                "Bloggflytten fanns inte med i offerten",
                "Kunden räknade med att de gamla blogginläggen skulle flyttas till den nya "
                "sajten. Offerten nämnde dem inte, och det sa jag först en vecka före "
                "lanseringen.",
            ),
            (
                "vendor or tool failure",
                "Webbhotellet låg nere under rean",
                "Webbhotellet som jag hade rekommenderat låg nere större delen av "
                "lördagen, reans viktigaste dag, och jag bevakade inte larmen.",
            ),
            (
                "data loss",
                "En dags ändringar i översättningen försvann",
                "En synkkonflikt skrev över den granskade versionen med ett äldre utkast, "
                "och kundens rättelser från torsdagen var borta.",
            ),
            (
                "privacy or security slip",
                "Kundlista skickad till fel mottagare",
                "Jag råkade bifoga kundens kundlista i ett mejl till en annan "
                "uppdragsgivare. Jag upptäckte det inom några minuter och bad mottagaren "
                "radera filen.",
            ),
            (
                "other",
                "Missade uppstartsmötet",
                "Jag hade lagt in mötet i fel tidszon och anslöt en timme för sent, när "
                "kundens team redan hade gått.",
            ),
        ],
        "impacts": [
            "Kampanjen pekade i två dagar på en sida som inte fanns.",
            "De fick själva ringa ett trettiotal kunder och be om ursäkt.",
            "Lanseringen sköts upp en vecka och de missade platsen i lokaltidningen.",
            "Revisorn tog extra betalt för det brådskande arbetet.",
            "Omtrycket kostade pengar och ett pinsamt samtal med deras egen kund.",
            "De lade en hel eftermiddag på att reda ut det i stället för att driva sitt företag.",
            "Förtroendet fick sig en törn: nu dubbelkollar de allt jag skickar.",
        ],
        "whys": [
            (
                "Jag började senare än planerat.",
                "Ett annat uppdrag drog över och jag omförhandlade inga datum.",
                "Jag har ingen realistisk bild av hur mycket jag hinner på en månad.",
            ),
            (
                "Formuläret testades inte efter den senaste uppdateringen.",
                "Jag har ingen checklista för vad som ska testas efter uppdateringar.",
            ),
            (
                "Jag tog filen från mitt eget arkiv.",
                "Den godkända versionen fanns bara i vår mejltråd.",
                "Det finns ingen gemensam plats för godkända filer.",
            ),
            (
                "Jag trodde att offerten var tydlig.",
                "Jag gick aldrig igenom vad som inte ingick.",
                "Min offertmall listar vad som ingår men inga undantag.",
                "Jag ville hålla offerten kort så att den skulle se billig ut.",
            ),
            (
                "Larmet gick till en inkorg som jag inte läser på helgerna.",
                "Jag satte upp övervakningen en gång och såg aldrig över vem som får larmen.",
            ),
            (
                "Synkverktyget skrev över den nyare filen.",
                "Vi redigerade samma dokument offline samtidigt.",
            ),
            (
                "Jag skrev mejlet i all hast mellan två möten.",
                "Mejlprogrammet fyllde i fel adress automatiskt.",
            ),
            (
                "Jag kopierade förra månadens faktura och ändrade i den.",
                "Jag stämmer inte av fakturorna mot bokföringen innan jag skickar dem.",
            ),
            (
                "Ingen jämförde den färdiga filen med prislistan.",
                "Jag såg korrekturet som en formalitet eftersom tryckdagen var nära.",
                "Jag har aldrig bett någon annan läsa korrektur på mina trycksaker.",
            ),
            (
                "Inbjudan saknade tidszon.",
                "Jag skrev in tiden för hand i kalendern i stället för att acceptera inbjudan.",
            ),
        ],
        "root_causes": [
            "Jag tog på mig för mycket den månaden och hade ingen marginal.",
            "Det finns inget teststeg i min uppdateringsrutin.",
            "Godkända filer sparas inte på ett gemensamt ställe.",
            "Mina offerter säger vad som ingår men aldrig vad som inte ingår.",
            "Ingen ägde övervakningen efter att den hade satts upp.",
            "Faktureringen sker för hand utan någon kontroll.",
            "Jag jobbar på minnet i stället för med checklista när det är bråttom.",
            "Jag kontrollerade inte tidszonen i inbjudan.",
        ],
        "ownership": [
            "Jag valde webbhotellet, så det här är mitt ansvar.",
            "Jag lovade datumet och jag höll det inte. Ingen annan bär skulden för det.",
            "Det var mitt jobb att testa formuläret efter uppdateringen, och jag gjorde det inte.",
            "Jag skrev offerten. Var den otydlig är det mitt ansvar, inte ert.",
            "Jag skickade filen. Ni litade på att jag skickade rätt version.",
            "Jag tar fullt ansvar: checklistan fanns bara i mitt huvud.",
            "Fakturan gick ut i mitt namn, och det var mitt jobb att kontrollera den.",
            "Jag borde ha flaggat risken så fort jag såg den, i stället för att vänta.",
        ],
        "fixes": [
            "Lagar formuläret i dag och skickar vidare alla meddelanden från serverloggen.",
            "Trycker om broschyren på min bekostnad, med korrektur som ni godkänner först.",
            "Betalar tillbaka den dubbla betalningen i dag och skickar ett rättat kontoutdrag.",
            "Återställer den granskade versionen från torsdagens säkerhetskopia och "
            "för in rättelserna igen.",
            "Flyttar sajten till ett stabilare webbhotell den här veckan, om ni godkänner det.",
            "Gör klart avstämningen i kväll och skickar den direkt till revisorn.",
            "Rättar till det den här veckan på min bekostnad och hör av mig med en "
            "kort lägesrapport varje dag tills det är klart.",
        ],
        "preventions": [
            "Från och med nu har varje deadline två dagars marginal, och ser jag en "
            "risk hör ni av mig samma dag.",
            "Efter varje uppdatering går jag igenom en skriftlig testlista och skickar "
            "alltid ett riktigt meddelande via formuläret.",
            "Alla godkända filer ligger i en delad mapp som vi båda ser, och jag "
            "skickar bara därifrån.",
            "Mina offerter har nu ett avsnitt som heter ”Ingår inte”, och det går vi "
            "igenom tillsammans innan ni skriver på.",
            "Larmen går nu till min telefon, och under er högsäsong bevakar jag dem "
            "även på helgerna.",
            "Varje faktura stäms av mot bokföringen innan den skickas.",
            "Det här är nu ett steg i min skriftliga checklista, som jag går igenom "
            "före varje leverans.",
        ],
        "actions": [
            "Lägg två dagars marginal på alla datum i projektplanen",
            "Skriv en testlista för uppdateringar",
            "Skapa en delad mapp för godkända filer",
            "Lägg till ”Ingår inte” i offertmallen",
            "Skicka driftlarm till mobilen",
            "Byt till ett faktureringsprogram som varnar för dubbletter",
            "Ange tidszon i alla kalenderinbjudningar",
            "Boka en genomgång av beläggningen första måndagen varje månad",
            "Be en kollega läsa korrektur på alla trycksaker",
            "Slå på tvåstegsverifiering för alla kundkonton",
        ],
        "compensations": [
            "Ingen avgift för månadens underhåll",
            "20 % rabatt på den aktuella fakturan",
            "Jag står för hela kostnaden för omtrycket",
            "Två extra timmar utan kostnad",
            "Ersättning för revisorns extraavgift",
            "En extra korrekturrunda utan kostnad",
        ],
        "surprises": [
            "Ett handskrivet kort och en låda kanelbullar från deras favoritbageri",
            "En kort videoguide till den nya sajten för personalen",
            "En enkel lathund om hur de håller sajten säker",
            "Bilder till sociala medier inför nylanseringen, utan kostnad",
            "En krukväxt till kontoret med en tackhälsning",
            "Fixade i tysthet de tre småfel de nämnt för flera månader sedan",
        ],
        "summaries": [
            "Jag missade datumet jag lovade, och det kostade er kampanjens första "
            "dagar. Förlåt, och här är vad jag ändrar så att det inte händer igen.",
            "Formuläret fungerade inte på tio dagar eftersom jag inte testade det "
            "efter en uppdatering. Alla meddelanden är räddade och testet ingår nu i "
            "min rutin.",
            "Jag skickade fel fil och det kostade er en skylt. Jag betalar den nya.",
            "Min offert var otydlig om bloggen, och det är mitt fel. Jag flyttar "
            "inläggen utan kostnad.",
            "Ni fick betala två gånger för att jag inte kontrollerade fakturan. "
            "Pengarna är återbetalda i dag.",
            "Förlåt att jag kom för sent till vårt första möte. Det händer inte igen.",
            "Jag gjorde fel, och det kostade er tid och en del av förtroendet för mig. "
            "Här är vad jag redan har rättat och vad jag ändrar.",
        ],
        "apologies": [
            "Förlåt. Ni litade på mig inför lanseringen och jag svek det förtroendet. "
            "Jag har ingen ursäkt och tänker inte hitta på någon.",
            "Jag ber om ursäkt för formuläret och för att jag inte upptäckte felet "
            "tidigare. Ni skulle inte ha behövt höra det från en kund.",
            "Jag är verkligen ledsen att jag skickade fel fil. Jag vet hur mycket "
            "arbete som låg bakom skylten.",
            "Förlåt för oklarheten kring vad som ingick. Jag borde ha varit tydlig från början.",
            "Jag ber om ursäkt för dubbelfaktureringen och för tiden det tog er att reda ut den.",
            "Förlåt för de förlorade ändringarna. Ert teams arbete är viktigt och jag "
            "skyddade det inte tillräckligt.",
            "Förlåt. Det här var mitt misstag, inte ert, och ni skulle aldrig ha "
            "behövt ta hand om det.",
        ],
        "empathy": [
            "Om jag vore i er sits skulle jag undra om jag kan lita på nästa datum jag får.",
            "Jag kan tänka mig hur det kändes att få det samtalet från en kund utan "
            "att veta vad som hade hänt.",
            "Ni hade egna kunder som väntade, och jag satte er i en besvärlig sits.",
            "Jag vet att varje timme räknas under högsäsongen, och jag tog timmar från er.",
            "Det måste ha varit frustrerande att betala två gånger och sedan behöva jaga pengarna.",
            "Ni hade planerat hela veckan kring det här, och jag rev upp den planen.",
        ],
        "questions": [
            (
                "Hur vet vi att det inte händer igen?",
                "Varje deadline har nu marginal, och ni hör av mig samma dag om något är i fara.",
            ),
            (
                "Kostar det här oss något?",
                "Nej. Allt extra arbete för att rätta till det står jag för.",
            ),
            (
                "Försvann några kundmeddelanden för gott?",
                "Nej. Jag räddade alla ur serverloggen och skickade dem till er i morse.",
            ),
            (
                "Varför sa du inget tidigare?",
                "Jag hoppades kunna lösa det innan det märktes. Det var fel, ni borde ha "
                "fått veta direkt.",
            ),
            (
                "Borde vi leta efter någon annan?",
                "Det är ert beslut och jag skulle förstå det. Jag vill gärna få visa er "
                "vad jag har ändrat.",
            ),
            (
                "Vem mer har sett våra uppgifter?",
                "Bara en person, som skriftligen har bekräftat att filen är raderad.",
            ),
        ],
        "outcomes": [
            "Uppskattade ärligheten och bokade nästa projekt.",
            "Godtog ursäkten men vill ha veckorapporter från och med nu.",
            "Bra samtal. Vi skrattade åt bullarna och gick vidare.",
            "Spänt i början, lugnare när jag förklarade den nya checklistan.",
            "De valde att göra jobbet internt. Vi skildes som vänner.",
            "Rekommenderade mig till en bekant en månad senare.",
        ],
        "tags": [
            "deadline",
            "webbplats",
            "tryck",
            "faktura",
            "webbhotell",
            "säkerhetskopia",
            "kommunikation",
            "översättning",
            "bokföring",
            "foto",
            "mejl",
            "brådska",
        ],
    },
    "hr": {
        "first_names": [
            "Ana",
            "Ivan",
            "Marija",
            "Luka",
            "Petra",
            "Marko",
            "Ivana",
            "Tomislav",
            "Katarina",
            "Josip",
            "Lucija",
            "Matej",
            "Maja",
            "Dario",
            "Nikolina",
            "Krešimir",
        ],
        "last_names": [
            "Horvat",
            "Kovačević",
            "Babić",
            "Marić",
            "Jurić",
            "Novak",
            "Knežević",
            "Vuković",
            "Perić",
            "Matić",
            "Šarić",
            "Lovrić",
            "Grgić",
            "Pavić",
            "Božić",
            "Đurić",
        ],
        "middle_names": [
            "Kovačić",
            "Petrović",
            "Tomić",
            "Radić",
            "Bašić",
            "Žužić",
            "Čolić",
            "Ćosić",
            "Filipović",
            "Mikulić",
        ],
        "companies": [
            "Pekara Zrno d.o.o.",
            "Apartmani Uvala",
            "Stomatološka ordinacija Osmijeh",
            "Vinarija Brajković",
            "Knjigovodstvo Točka",
            "Obrt Drvorez",
            "Turistička agencija Jadran Plus",
            "Kafić Đir",
        ],
        "domains": [
            "pekara-zrno.hr",
            "apartmani-uvala.hr",
            "ordinacija-osmijeh.hr",
            "vinarija-brajkovic.hr",
            "knjigovodstvo-tocka.hr",
            "drvorez.hr",
            "jadranplus.hr",
            "kafic-dir.hr",
        ],
        "mailboxes": [
            "info",
            "kontakt",
            "ured",
            "racunovodstvo",
            "prodaja",
            "rezervacije",
        ],
        "client_notes": [
            "Više voli telefonski razgovor nego e-mail, najbolje prije podne.",
            "Uvijek plaća na vrijeme. Jako pazi na tekstove.",
            "Preporuka bivšeg klijenta. Mali budžet, ali stalni poslovi.",
            "Sve mora odobriti suvlasnik, pa treba računati na dodatno vrijeme.",
            "Sezona je od lipnja do rujna, tada izbjegavati veće izmjene.",
            "Želi kratko pisano izvješće svakog petka.",
        ],
        "projects": [
            "Nova web stranica",
            "Godišnji obračun 2025.",
            "Proljetni katalog",
            "Sustav za online rezervacije",
            "Fotografiranje proizvoda",
            "Prijevod korisničkog priručnika",
            "Novi vizualni identitet",
            "Predlošci za newsletter",
        ],
        "incidents": [
            (
                "missed deadline",
                "Stranica za kampanju kasnila dva dana",
                "Obećala sam stranicu za kampanju do ponedjeljka ujutro, a poslala sam je "
                "tek u srijedu poslijepodne. Oglasi su već bili objavljeni i vodili su na "
                "praznu stranicu.",
            ),
            (
                "missed deadline",
                "Zakašnjeli podaci za godišnji obračun",
                "Računovođi su trebala usklađena konta do 15. u mjesecu. Izvode sam "
                "uskladila tek 19., pa je predaju trebalo odgoditi.",
            ),
            (
                "missed deadline",
                "Prijevod stigao nakon roka za tisak",
                "Hrvatska verzija priručnika trebala je biti u tiskari u petak. Poslala "
                "sam je u ponedjeljak, a tiskara je termin već dala nekom drugom.",
            ),
            (
                "quality defect",
                "Obrazac za kontakt gubio je poruke",
                "Deset dana obrazac je prikazivao poruku zahvale, ali nije slao nikakav "
                "e-mail. Klijent je to primijetio tek kad je nazvala jedna mušterija i "
                "pitala zašto joj nitko nije odgovorio.",
            ),
            (
                "quality defect",
                "Pogrešne cijene u tiskanoj brošuri",
                "Dvije cijene i broj telefona u brošuri bili su pogrešni. Otisnuto je "
                "2.000 primjeraka prije nego što je itko primijetio.",
            ),
            (
                "miscommunication",
                "Majstoru za natpise poslan stari logotip",
                "Iz svoje arhive poslala sam stari logotip umjesto novog koji smo zajedno "
                "odobrili, pa je natpis izrađen u pogrešnim bojama.",
            ),
            (
                "billing error",
                "Isti mjesec naplaćen dvaput",
                "Račun za ožujak poslala sam dvaput pod različitim brojevima, a njihova "
                "knjigovođa platila je oba.",
            ),
            (
                "scope mismatch",
                "Prijenos bloga nije bio u ponudi",
                "Klijent je očekivao da će stari članci s bloga prijeći na novu stranicu. "
                "U ponudi ih nisam spomenula, a to sam rekla tek tjedan dana prije "
                "pokretanja.",
            ),
            (
                "vendor or tool failure",
                "Hosting pao tijekom vikend-akcije",
                "Hosting koji sam preporučila nije radio veći dio subote, najvažnijeg dana "
                "akcije, a ja nisam pratila upozorenja.",
            ),
            (
                "data loss",
                "Izgubljen dan ispravaka u prijevodu",
                "Sukob pri sinkronizaciji prebrisao je pregledanu verziju starijom skicom, "
                "pa su klijentovi ispravci od četvrtka nestali.",
            ),
            (
                "privacy or security slip",
                "Popis kupaca poslan pogrešnoj osobi",
                "Izvoz klijentove baze kupaca priložila sam u e-mail namijenjen drugom "
                "klijentu. Primijetila sam to za nekoliko minuta i zamolila primatelja da "
                "datoteku izbriše.",
            ),
            (
                "other",
                "Propušten uvodni sastanak",
                "Sastanak sam upisala u kalendar u pogrešnoj vremenskoj zoni i spojila se "
                "sat vremena kasnije, kad je klijentov tim već otišao.",
            ),
        ],
        "impacts": [
            "Kampanja je dva dana vodila na stranicu koja nije postojala.",
            "Morali su sami nazvati tridesetak kupaca i ispričati se.",
            "Pokretanje je odgođeno tjedan dana i propustili su objavu u lokalnim novinama.",
            "Računovođa im je naplatila dodatni trošak za hitnu predaju.",
            "Ponovni tisak koštao ih je novca i neugodnog razgovora s vlastitim kupcem.",
            "Cijelo su poslijepodne rješavali problem umjesto da vode posao.",
            "Povjerenje je poljuljano: sada dvaput provjeravaju sve što pošaljem.",
        ],
        "whys": [
            (
                "Posao sam počela kasnije nego što sam planirala.",
                "Drugi projekt se odužio, a ja nisam pomaknula nijedan rok.",
                "Nemam realnu sliku o tome koliko posla mogu preuzeti u mjesecu.",
            ),
            (
                "Obrazac nitko nije testirao nakon zadnjeg ažuriranja.",
                "Nemam popis onoga što treba provjeriti nakon ažuriranja.",
            ),
            (
                "Uzela sam datoteku iz svoje arhive.",
                "Odobrena verzija postojala je samo u našoj e-mail prepisci.",
                "Nemamo jedno mjesto za odobrene datoteke.",
            ),
            (
                "Mislila sam da je ponuda jasna.",
                "Nikad nisam s klijentom prošla što nije uključeno.",
                "Moj predložak ponude navodi što je uključeno, ali ne i iznimke.",
                "Htjela sam da ponuda bude kratka kako bi izgledala povoljno.",
            ),
            (
                "Upozorenje je stizalo u sandučić koji vikendom ne čitam.",
                "Nadzor sam postavila jednom i nikad nisam provjerila tko prima upozorenja.",
            ),
            (
                "Alat za sinkronizaciju prebrisao je noviju datoteku.",
                "Isti dokument uređivale smo dvije u isto vrijeme, bez interneta.",
            ),
            (
                "E-mail sam pisala na brzinu između dva sastanka.",
                "Program za poštu sam je dopunio pogrešnu adresu.",
            ),
            (
                "Kopirala sam račun od prošlog mjeseca i izmijenila ga.",
                "Račune prije slanja ne usklađujem s poslovnim knjigama.",
            ),
            (
                "Nitko nije usporedio konačnu datoteku s cjenikom.",
                "Probni otisak shvatila sam kao formalnost jer je tisak bio blizu.",
                "Nikad nisam zamolila nekog drugog da pročita moje tiskovine.",
            ),
            (
                "U pozivnici nije bila navedena vremenska zona.",
                "Vrijeme sam ručno upisala u kalendar umjesto da prihvatim pozivnicu.",
            ),
        ],
        "root_causes": [
            "Taj sam mjesec preuzela previše posla i nisam imala nikakvu rezervu.",
            "U mojoj rutini ažuriranja nema koraka za testiranje.",
            "Odobrene datoteke ne čuvaju se na jednom dogovorenom mjestu.",
            "Moje ponude navode što je uključeno, ali nikad što nije.",
            "Nakon postavljanja nadzora nitko nije bio zadužen za njega.",
            "Račune izrađujem ručno, bez ikakve provjere.",
            "Kad žurim, radim po sjećanju umjesto po popisu.",
            "U pozivnici nisam provjerila vremensku zonu.",
        ],
        "ownership": [
            "Ja sam odabrala hosting, pa je ovo moja odgovornost.",
            "Obećala sam datum i nisam ga ispoštovala. Nitko drugi za to nije kriv.",
            "Moj je posao bio testirati obrazac nakon ažuriranja, a to nisam napravila.",
            "Ponudu sam pisala ja. Ako nije bila jasna, to je moja odgovornost, a ne vaša.",
            "Datoteku sam poslala ja. Vjerovali ste mi da ću poslati pravu.",
            "Preuzimam punu odgovornost: popis je postojao samo u mojoj glavi.",
            "Račun je otišao pod mojim imenom i moj je posao bio provjeriti ga.",
            "Trebala sam upozoriti na rizik čim sam ga uočila, a ne čekati.",
        ],
        "fixes": [
            "Danas popravljam obrazac i prosljeđujem sve poruke iz zapisa poslužitelja.",
            "Brošuru ponovno tiskam o svom trošku, a prije tiska vi odobravate probni otisak.",
            "Danas vraćam dvostruku uplatu i šaljem ispravljeni izvod.",
            "Vraćam pregledanu verziju iz sigurnosne kopije od četvrtka i ručno unosim ispravke.",
            "Ovaj tjedan selim stranicu na pouzdaniji hosting, uz vaše odobrenje.",
            "Večeras dovršavam usklađivanje i šaljem ga ravno računovođi.",
            "Ovaj tjedan sve ispravljam o svom trošku i svaki vam dan šaljem kratko "
            "izvješće dok ne bude gotovo.",
        ],
        "preventions": [
            "Od sada svaki rok ima dva dana rezerve, a ako vidim rizik, javit ću vam se isti dan.",
            "Nakon svakog ažuriranja prolazim pisani popis provjera i uvijek pošaljem "
            "pravu poruku kroz obrazac.",
            "Sve odobrene datoteke bit će u zajedničkoj mapi koju oboje vidimo i "
            "šaljem ih samo odande.",
            "Moje ponude sada imaju odjeljak „Nije uključeno” i prolazimo ga zajedno "
            "prije potpisa.",
            "Upozorenja sada stižu na moj mobitel, a u vašoj sezoni pratim ih i vikendom.",
            "Svaki račun prije slanja usklađujem s poslovnim knjigama.",
            "To je sada korak na mom pisanom popisu provjera, koji prolazim prije svake isporuke.",
        ],
        "actions": [
            "Dodati dva dana rezerve svakom datumu isporuke",
            "Napisati popis provjera nakon ažuriranja",
            "Otvoriti zajedničku mapu za odobrene datoteke",
            "Dodati odjeljak „Nije uključeno” u predložak ponude",
            "Preusmjeriti upozorenja o dostupnosti na mobitel",
            "Prijeći na program za račune koji upozorava na duplikate",
            "Upisivati vremensku zonu u svaku pozivnicu",
            "Svakog prvog ponedjeljka u mjesecu provjeriti opterećenje",
            "Zamoliti kolegicu da pročita svaku tiskovinu prije tiska",
            "Uključiti prijavu u dva koraka za sve klijentske račune",
        ],
        "compensations": [
            "Bez naplate održavanja za ovaj mjesec",
            "20 % popusta na trenutni račun",
            "Snosim cijeli trošak ponovnog tiska",
            "Dva dodatna sata rada besplatno",
            "Povrat dodatnog troška koji je naplatila računovođa",
            "Jedan dodatni krug izmjena bez naplate",
        ],
        "surprises": [
            "Rukom pisana poruka i kutija kolača iz njihove omiljene slastičarnice",
            "Kratki video vodič kroz novu stranicu za njihove djelatnike",
            "Jednostavan podsjetnik kako održati stranicu sigurnom",
            "Besplatne slike za društvene mreže za ponovno pokretanje",
            "Lončanica za ured s porukom zahvale",
            "Bez pitanja sam popravila tri sitnice koje su spomenuli prije nekoliko mjeseci",
        ],
        "summaries": [
            "Nisam ispoštovala obećani datum i to vas je stajalo prvih dana kampanje. "
            "Žao mi je, a evo što mijenjam da se to više ne ponovi.",
            "Obrazac nije radio deset dana jer ga nisam testirala nakon ažuriranja. "
            "Sve su poruke spašene, a testiranje je sada dio moje rutine.",
            "Poslala sam pogrešnu datoteku i to vas je stajalo natpisa. Novi plaćam ja.",
            "Moja ponuda nije bila jasna oko bloga i to je moj propust. Članke "
            "prenosim bez naplate.",
            "Platili ste dvaput jer nisam provjerila račun. Novac vam je danas vraćen.",
            "Ispričavam se što sam kasnila na naš prvi sastanak. Neće se ponoviti.",
            "Pogriješila sam i to vas je stajalo vremena i dijela povjerenja u mene. "
            "Evo što sam već ispravila i što mijenjam.",
        ],
        "apologies": [
            "Oprostite. Povjerili ste mi pokretanje, a ja sam vas iznevjerila. Nemam "
            "opravdanje i neću ga izmišljati.",
            "Ispričavam se zbog neispravnog obrasca i što to nisam ranije primijetila. "
            "Niste to trebali saznati od kupca.",
            "Iskreno mi je žao što sam poslala pogrešnu datoteku. Znam koliko je truda "
            "uloženo u taj natpis.",
            "Oprostite zbog nejasnoća oko opsega posla. Trebala sam od početka biti jasna.",
            "Ispričavam se zbog dvostrukog računa i vremena koje ste potrošili na to.",
            "Žao mi je zbog izgubljenih ispravaka. Rad vašeg tima je važan, a ja ga "
            "nisam dovoljno zaštitila.",
            "Oprostite. Ovo je bio moj propust, ne vaš, i niste se s time trebali baviti.",
        ],
        "empathy": [
            "Da sam na vašem mjestu, pitala bih se mogu li vjerovati sljedećem datumu "
            "koji dobijem.",
            "Mogu zamisliti kako vam je bilo primiti taj poziv od kupca, a ne znati "
            "što se dogodilo.",
            "Vaši su kupci čekali, a ja sam vas dovela u neugodan položaj.",
            "Znam da u sezoni svaki sat vrijedi, a ja sam vam oduzela sate.",
            "Sigurno je bilo frustrirajuće platiti dvaput i onda tražiti novac natrag.",
            "Cijeli ste tjedan isplanirali oko ovoga, a ja sam vam pokvarila plan.",
        ],
        "questions": [
            (
                "Kako znamo da se ovo neće ponoviti?",
                "Svaki rok sada ima rezervu, a ako je išta ugroženo, javljam vam se isti dan.",
            ),
            (
                "Hoće li nas ovo išta koštati?",
                "Neće. Sav dodatni posao oko ispravka ide na moj trošak.",
            ),
            (
                "Jesu li neke poruke kupaca zauvijek izgubljene?",
                "Nisu. Sve sam ih vratila iz zapisa poslužitelja i jutros vam ih proslijedila.",
            ),
            (
                "Zašto nam niste rekli ranije?",
                "Nadala sam se da ću to riješiti prije nego što se primijeti. To je bilo "
                "krivo, trebali ste saznati odmah.",
            ),
            (
                "Trebamo li potražiti nekog drugog?",
                "To je vaša odluka i razumjela bih je. Voljela bih vam pokazati što sam "
                "promijenila.",
            ),
            (
                "Tko je još vidio naše podatke?",
                "Samo jedna osoba, koja je pisano potvrdila da je datoteku izbrisala.",
            ),
        ],
        "outcomes": [
            "Cijenili su iskrenost i naručili sljedeći projekt.",
            "Prihvatili su ispriku, ali od sada žele tjedna izvješća.",
            "Dobar razgovor. Nasmijali smo se kolačima i krenuli dalje.",
            "Na početku napeto, smirilo se kad sam objasnila novi popis provjera.",
            "Odlučili su posao preuzeti interno. Rastali smo se u dobrim odnosima.",
            "Mjesec dana kasnije preporučili su me prijatelju.",
        ],
        "tags": [
            "rok",
            "web",
            "tisak",
            "račun",
            "hosting",
            "sigurnosna kopija",
            "komunikacija",
            "prijevod",
            "knjigovodstvo",
            "fotografija",
            "e-mail",
            "hitno",
        ],
    },
    "th": {
        "first_names": [
            "สมชาย",
            "สุดารัตน์",
            "ธนพล",
            "พิมพ์ชนก",
            "วีระพงษ์",
            "กมลวรรณ",
            "ณัฐวุฒิ",
            "อรอุมา",
            "ปิยะพงษ์",
            "ศิริพร",
            "จักรพันธ์",
            "นภัสสร",
            "อนุชา",
            "ชนิดา",
            "กิตติพงษ์",
            "วราภรณ์",
        ],
        "last_names": [
            "ใจดี",
            "ศรีสุข",
            "วงศ์สวัสดิ์",
            "แก้วมณี",
            "ทองดี",
            "สุขประเสริฐ",
            "บุญมา",
            "จันทร์เพ็ญ",
            "รัตนพันธ์",
            "พรหมมา",
            "เพชรรัตน์",
            "ศักดิ์ดี",
            "มั่นคง",
            "อินทรสุวรรณ",
            "ชัยมงคล",
            "นาคสวัสดิ์",
        ],
        "middle_names": [
            "(ต้น)",
            "(แนน)",
            "(บอล)",
            "(ฝน)",
            "(เอ็ม)",
            "(ปุ๊ก)",
            "(โอ๊ต)",
            "(เจน)",
            "(แบงค์)",
            "(มิ้นท์)",
        ],
        "companies": [
            "ร้านกาแฟบ้านสวน",
            "บริษัท ไทยเฮิร์บ จำกัด",
            "สำนักงานบัญชีรุ่งเรือง",
            "รีสอร์ทริมโขง",
            "คลินิกทันตกรรมยิ้มใส",
            "ร้านขนมแม่มาลี",
            "โรงเรียนกวดวิชาเก่งจัง",
            "ห้างหุ้นส่วนจำกัด ช่างไม้สยาม",
        ],
        "domains": [
            "baansuancoffee.com",
            "thaiherb.co.th",
            "rungruangaccounting.co.th",
            "rimkhongresort.com",
            "yimsaidental.com",
            "maemaleedessert.com",
            "kengjangtutor.com",
            "siamwoodwork.co.th",
        ],
        "mailboxes": [
            "contact",
            "info",
            "sales",
            "account",
            "booking",
            "admin",
        ],
        "client_notes": [
            "ชอบคุยทางไลน์มากกว่าอีเมล ตอบเร็วช่วงเช้า",
            "จ่ายเงินตรงเวลาเสมอ ละเอียดเรื่องคำผิดมาก",
            "ลูกค้าเก่าแนะนำมา งบไม่มากแต่มีงานต่อเนื่อง",
            "ทุกอย่างต้องผ่านหุ้นส่วนก่อน ควรเผื่อเวลาอนุมัติ",
            "ช่วงไฮซีซั่นคือพฤศจิกายนถึงกุมภาพันธ์ ไม่ควรแก้ระบบใหญ่ช่วงนั้น",
            "อยากได้รายงานความคืบหน้าสั้นๆทุกวันศุกร์",
        ],
        "projects": [
            "เว็บไซต์ใหม่",
            "ปิดงบการเงินประจำปี",
            "แคตตาล็อกสินค้าหน้าร้อน",
            "ระบบจองออนไลน์",
            "ถ่ายภาพสินค้า",
            "แปลคู่มือการใช้งาน",
            "ออกแบบโลโก้ใหม่",
            "เทมเพลตจดหมายข่าว",
        ],
        "incidents": [
            (
                "missed deadline",
                "ส่งหน้าแคมเปญช้าไปสองวัน",
                "ผมสัญญาว่าจะส่งหน้าแคมเปญภายในเช้าวันจันทร์ แต่กลับส่งได้ตอนบ่ายวันพุธ "
                "โฆษณาที่ลงไปแล้วจึงพาคนไปเจอหน้าว่างเปล่าอยู่สองวัน",
            ),
            (
                "missed deadline",
                "ส่งข้อมูลปิดงบให้ผู้สอบบัญชีไม่ทัน",
                "ผู้สอบบัญชีต้องการงบกระทบยอดเงินฝากธนาคารภายในวันที่สิบห้า แต่ผมทำเสร็จวันที่สิบเก้า "
                "ลูกค้าจึงต้องเลื่อนนัดยื่นงบออกไป",
            ),
            (
                "missed deadline",
                "ไฟล์ภาพส่งโรงพิมพ์ไม่ทันกำหนด",
                "ผมรับปากว่าจะส่งภาพสินค้าที่รีทัชแล้วภายในวันศุกร์เพื่อเข้าโรงพิมพ์ แต่ส่งจริงวันจันทร์ "
                "โรงพิมพ์เลยให้คิวลูกค้ารายอื่นไปแล้ว",
            ),
            (
                "quality defect",
                "ฟอร์มติดต่อไม่ส่งข้อความ",
                "ประมาณสิบวันที่ฟอร์มติดต่อขึ้นข้อความขอบคุณแต่ไม่ได้ส่งอีเมลจริง "
                "ลูกค้ามารู้ตัวก็ตอนที่ลูกค้าของเขาโทรมาถามว่าทำไมไม่มีใครตอบ",
            ),
            (
                "quality defect",
                "ราคาในโบรชัวร์พิมพ์ผิด",
                "ราคาสินค้าสองรายการกับเบอร์โทรศัพท์ในโบรชัวร์ผิด กว่าจะมีคนสังเกตเห็นก็พิมพ์ออกไปแล้วสองพันเล่ม",
            ),
            (
                "miscommunication",
                "ส่งโลโก้เวอร์ชันเก่าให้ร้านป้าย",
                "ผมส่งไฟล์โลโก้เก่าจากเครื่องตัวเองให้ร้านป้ายแทนเวอร์ชันใหม่ที่เราอนุมัติร่วมกัน ป้ายหน้าร้านจึงออกมาผิดสี",
            ),
            (
                "billing error",
                "เรียกเก็บเงินเดือนเดียวกันซ้ำสองครั้ง",
                "ผมส่งใบแจ้งหนี้เดือนมีนาคมซ้ำสองครั้งโดยใช้เลขที่ต่างกัน "
                "ฝ่ายบัญชีของลูกค้าโอนเงินให้ทั้งสองใบก่อนจะสังเกตเห็น",
            ),
            (
                "scope mismatch",
                "ลูกค้าเข้าใจว่าการย้ายบล็อกรวมอยู่ในงาน",
                "ลูกค้าคาดว่าบทความเก่าในบล็อกจะถูกย้ายไปเว็บใหม่ด้วย แต่ใบเสนอราคาไม่ได้ระบุไว้ "
                "และผมเพิ่งบอกลูกค้าหนึ่งสัปดาห์ก่อนเปิดตัว",
            ),
            (
                "vendor or tool failure",
                "โฮสติ้งล่มช่วงโปรโมชันสุดสัปดาห์",
                "โฮสติ้งราคาถูกที่ผมแนะนำล่มเกือบทั้งวันเสาร์ซึ่งเป็นวันที่ขายดีที่สุด และผมไม่ได้ดูการแจ้งเตือนเลย",
            ),
            (
                "data loss",
                "งานแก้คำแปลหายไปหนึ่งวัน",
                "ไฟล์ที่ซิงค์ชนกันทำให้ร่างเก่าเขียนทับฉบับที่ตรวจแล้ว งานแก้ไขของลูกค้าเมื่อวันพฤหัสบดีจึงหายไปทั้งหมด",
            ),
            (
                "privacy or security slip",
                "แนบรายชื่อลูกค้าไปผิดอีเมล",
                "ผมแนบไฟล์รายชื่อลูกค้าของร้านนี้ไปในอีเมลที่ส่งถึงลูกค้าอีกราย รู้ตัวภายในไม่กี่นาทีและขอให้ผู้รับลบไฟล์ทิ้งแล้ว",
            ),
            (
                "other",
                "พลาดประชุมเปิดโครงการ",
                "ผมลงเวลานัดในปฏิทินผิดเขตเวลา เลยเข้าประชุมช้าไปหนึ่งชั่วโมง ทีมของลูกค้าออกจากห้องไปหมดแล้ว",
            ),
        ],
        "impacts": [
            "แคมเปญพาคนไปที่หน้าที่ไม่มีอยู่จริงนานสองวัน",
            "ลูกค้าต้องโทรขอโทษลูกค้าของตัวเองเกือบสามสิบราย",
            "การเปิดตัวต้องเลื่อนไปหนึ่งสัปดาห์ และพลาดคิวลงข่าวในหนังสือพิมพ์ท้องถิ่น",
            "ผู้สอบบัญชีคิดค่าบริการเพิ่มเพราะต้องเร่งงาน",
            "การพิมพ์ใหม่ทำให้เสียทั้งเงินและต้องไปอธิบายกับลูกค้าของตัวเอง",
            "ลูกค้าเสียเวลาทั้งบ่ายไปกับการตามแก้ปัญหาแทนที่จะได้ทำงานของตัวเอง",
            "ความเชื่อใจลดลง ตอนนี้ลูกค้าต้องตรวจทุกอย่างที่ผมส่งซ้ำอีกรอบ",
        ],
        "whys": [
            (
                "ผมเริ่มงานช้ากว่าที่วางแผนไว้",
                "งานอีกชิ้นยืดเยื้อ และผมไม่ได้ขอเลื่อนกำหนดส่งของงานไหนเลย",
                "ผมไม่รู้ว่าตัวเองรับงานได้จริงเดือนละเท่าไร",
            ),
            (
                "ไม่มีใครทดสอบฟอร์มหลังอัปเดตปลั๊กอินครั้งล่าสุด",
                "ผมไม่มีรายการตรวจสอบว่าหลังอัปเดตต้องทดสอบอะไรบ้าง",
            ),
            (
                "ผมหยิบไฟล์จากคลังงานเก่าของตัวเอง",
                "ไฟล์ที่อนุมัติแล้วอยู่แค่ในอีเมลที่คุยกัน",
                "เราไม่มีที่เก็บไฟล์ฉบับอนุมัติไว้ที่เดียว",
            ),
            (
                "ผมคิดว่าใบเสนอราคาชัดเจนแล้ว",
                "ผมไม่เคยอธิบายให้ลูกค้าฟังว่าอะไรไม่รวมอยู่ในงาน",
                "แม่แบบใบเสนอราคาของผมมีแต่รายการงานที่ทำ ไม่มีรายการที่ไม่ทำ",
                "ผมอยากให้ใบเสนอราคาสั้นเพื่อให้ดูราคาไม่แพง",
            ),
            (
                "การแจ้งเตือนเข้าอีเมลที่ผมไม่เปิดดูช่วงวันหยุด",
                "ผมตั้งระบบเฝ้าระวังไว้ครั้งเดียวแล้วไม่เคยกลับไปดูว่าใครได้รับแจ้งเตือน",
            ),
            (
                "โปรแกรมซิงค์เขียนทับไฟล์ที่ใหม่กว่า",
                "เราสองคนแก้เอกสารเดียวกันแบบออฟไลน์พร้อมกัน",
            ),
            (
                "ผมรีบพิมพ์อีเมลระหว่างประชุมสองนัด",
                "โปรแกรมอีเมลเติมที่อยู่ผิดให้อัตโนมัติ",
            ),
            (
                "ผมคัดลอกเอกสารเรียกเก็บเงินของเดือนก่อนมาแก้",
                "ผมไม่ได้ตรวจเอกสารกับสมุดบัญชีก่อนกดส่ง",
            ),
            (
                "ไม่มีใครเทียบไฟล์สุดท้ายกับรายการราคา",
                "ผมคิดว่าการตรวจปรู๊ฟเป็นแค่พิธีเพราะใกล้วันพิมพ์แล้ว",
                "ผมไม่เคยให้คนอื่นช่วยตรวจงานพิมพ์ของผมเลย",
            ),
            (
                "คำเชิญประชุมไม่ได้ระบุเขตเวลา",
                "ผมพิมพ์เวลาลงปฏิทินเองแทนที่จะกดตอบรับคำเชิญ",
            ),
        ],
        "root_causes": [
            "เดือนนั้นผมรับงานมากเกินไปและไม่มีเวลาเผื่อเลย",
            "ขั้นตอนอัปเดตของผมไม่มีการทดสอบ",
            "ไฟล์ที่อนุมัติแล้วไม่ได้เก็บไว้ในที่ที่ตกลงกันไว้",
            "ใบเสนอราคาของผมบอกแต่สิ่งที่รวม ไม่เคยบอกสิ่งที่ไม่รวม",
            "ตั้งระบบเฝ้าระวังแล้วไม่มีใครรับผิดชอบต่อ",
            "ผมออกเอกสารเรียกเก็บเงินด้วยมือและไม่มีการตรวจซ้ำ",
            "เวลารีบผมทำงานตามความจำแทนที่จะใช้รายการตรวจสอบ",
            "ผมไม่ได้ตรวจเขตเวลาในคำเชิญประชุม",
        ],
        "ownership": [
            "ผมเป็นคนเลือกโฮสติ้งเอง เรื่องนี้จึงเป็นความรับผิดชอบของผม",
            "ผมเป็นคนให้คำมั่นเรื่องวันส่งงานและผมทำไม่ได้ ไม่มีใครอื่นผิดในเรื่องนี้",
            "การทดสอบฟอร์มหลังอัปเดตเป็นหน้าที่ของผม และผมไม่ได้ทำ",
            "ผมเขียนใบเสนอราคาเอง ถ้ามันไม่ชัดก็เป็นความผิดของผม ไม่ใช่ของลูกค้า",
            "ผมเป็นคนส่งไฟล์ ลูกค้าไว้ใจว่าผมจะส่งไฟล์ที่ถูกต้อง",
            "ผมขอรับผิดชอบทั้งหมด รายการตรวจสอบมีอยู่แค่ในหัวผม",
            "เอกสารเรียกเก็บเงินออกในนามของผม การตรวจก่อนส่งจึงเป็นหน้าที่ของผม",
            "ผมควรแจ้งความเสี่ยงทันทีที่เห็น ไม่ใช่รอ",
        ],
        "fixes": [
            "แก้ฟอร์มให้เสร็จวันนี้และส่งต่อทุกข้อความที่กู้ได้จากบันทึกของเซิร์ฟเวอร์",
            "พิมพ์โบรชัวร์ใหม่ด้วยค่าใช้จ่ายของผมเอง โดยให้ลูกค้าอนุมัติปรู๊ฟก่อน",
            "คืนเงินที่โอนซ้ำภายในวันนี้และส่งใบแจ้งยอดที่ถูกต้อง",
            "กู้ฉบับที่ตรวจแล้วจากข้อมูลสำรองของวันพฤหัสบดี แล้วใส่คำแก้ไขกลับเข้าไปทีละจุด",
            "ย้ายเว็บไปโฮสติ้งที่เสถียรกว่าภายในสัปดาห์นี้ เมื่อลูกค้าอนุมัติ",
            "ทำงานกระทบยอดให้เสร็จคืนนี้และส่งตรงถึงผู้สอบบัญชี",
            "แก้ไขทุกอย่างให้เสร็จภายในสัปดาห์นี้ด้วยค่าใช้จ่ายของผม และรายงานความคืบหน้าทุกวันจนเสร็จ",
        ],
        "preventions": [
            "ต่อจากนี้ทุกกำหนดส่งจะมีเวลาเผื่อสองวัน และถ้าเห็นความเสี่ยงผมจะแจ้งภายในวันเดียวกัน",
            "หลังอัปเดตทุกครั้งผมจะทดสอบตามรายการที่เขียนไว้ รวมถึงส่งข้อความจริงผ่านฟอร์มด้วย",
            "ไฟล์ที่อนุมัติแล้วทั้งหมดจะอยู่ในโฟลเดอร์กลางที่เราเห็นด้วยกัน และผมจะส่งไฟล์จากที่นั่นเท่านั้น",
            "ใบเสนอราคาของผมมีหัวข้อสิ่งที่ไม่รวมในงานแล้ว และเราจะอ่านด้วยกันก่อนเซ็น",
            "การแจ้งเตือนจะเข้ามือถือผมโดยตรง และช่วงไฮซีซั่นผมจะเฝ้าดูแม้ในวันหยุด",
            "เอกสารเรียกเก็บเงินทุกใบจะถูกตรวจกับสมุดบัญชีก่อนส่ง",
            "เรื่องนี้เป็นขั้นตอนหนึ่งในรายการตรวจสอบของผมแล้ว และผมจะไล่ตรวจก่อนส่งงานทุกครั้ง",
        ],
        "actions": [
            "เพิ่มเวลาเผื่อสองวันให้ทุกกำหนดส่งในแผนงาน",
            "เขียนรายการตรวจสอบหลังอัปเดตเก็บไว้กับโปรเจกต์",
            "สร้างโฟลเดอร์กลางสำหรับไฟล์ที่อนุมัติแล้ว",
            "เพิ่มหัวข้อสิ่งที่ไม่รวมในแม่แบบใบเสนอราคา",
            "ตั้งให้การแจ้งเตือนเว็บล่มเข้ามือถือ",
            "เปลี่ยนไปใช้โปรแกรมบัญชีที่เตือนเมื่อเลขที่เอกสารซ้ำ",
            "ระบุเขตเวลาในนัดหมายทุกครั้ง",
            "ทบทวนปริมาณงานทุกวันจันทร์แรกของเดือน",
            "ให้เพื่อนร่วมงานช่วยตรวจปรู๊ฟงานพิมพ์ทุกชิ้น",
            "เปิดการยืนยันตัวตนสองขั้นตอนในทุกบัญชีของลูกค้า",
        ],
        "compensations": [
            "ไม่คิดค่าดูแลระบบของเดือนนี้",
            "ลดราคางวดนี้ยี่สิบเปอร์เซ็นต์",
            "ผมรับผิดชอบค่าพิมพ์ใหม่ทั้งหมด",
            "ทำงานเพิ่มให้สองชั่วโมงโดยไม่คิดเงิน",
            "คืนค่าเร่งงานที่ผู้สอบบัญชีเรียกเก็บ",
            "แก้งานเพิ่มให้อีกหนึ่งรอบฟรี",
        ],
        "surprises": [
            "การ์ดเขียนด้วยลายมือพร้อมขนมจากร้านที่ลูกค้าชอบ",
            "คลิปวิดีโอสั้นสอนพนักงานใช้เว็บใหม่",
            "คู่มือหนึ่งหน้าเรื่องการดูแลเว็บให้ปลอดภัย",
            "ภาพสำหรับโซเชียลมีเดียชุดใหม่ไว้ใช้ตอนเปิดตัวโดยไม่คิดเงิน",
            "ต้นไม้เล็กๆสำหรับตั้งโต๊ะพร้อมโน้ตขอบคุณ",
            "แอบแก้จุดเล็กๆสามจุดที่ลูกค้าเคยบ่นไว้เมื่อหลายเดือนก่อน",
        ],
        "summaries": [
            "ผมส่งงานไม่ทันวันที่สัญญาไว้ และทำให้แคมเปญเสียไปสองวันแรก ผมขอโทษครับ "
            "และนี่คือสิ่งที่ผมจะเปลี่ยนเพื่อไม่ให้เกิดขึ้นอีก",
            "ฟอร์มเสียไปสิบวันเพราะผมไม่ได้ทดสอบหลังอัปเดต ข้อความทั้งหมดกู้คืนได้แล้ว "
            "และการทดสอบเป็นขั้นตอนประจำของผมแล้ว",
            "ผมส่งไฟล์ผิดจนป้ายต้องทำใหม่ ผมจะจ่ายค่าป้ายใหม่เองครับ",
            "ใบเสนอราคาของผมไม่ชัดเรื่องบล็อก เป็นความผิดของผมเอง ผมจะย้ายบทความให้โดยไม่คิดเงิน",
            "คุณต้องจ่ายเงินซ้ำเพราะผมไม่ได้ตรวจ วันนี้ผมโอนคืนแล้วครับ",
            "ขอโทษที่ผมเข้าประชุมครั้งแรกช้า จะไม่เกิดขึ้นอีกครับ",
            "ผมทำพลาดเอง และทำให้คุณเสียทั้งเวลาและความเชื่อใจ นี่คือสิ่งที่ผมแก้ไปแล้วและสิ่งที่ผมจะเปลี่ยนครับ",
        ],
        "apologies": [
            "ผมขอโทษครับ คุณไว้ใจให้ผมดูแลการเปิดตัว แต่ผมทำให้ผิดหวัง ผมไม่มีข้อแก้ตัวและจะไม่หาข้ออ้างใดๆ",
            "ขอโทษเรื่องฟอร์มที่เสียและที่ผมไม่พบปัญหาเร็วกว่านี้ คุณไม่ควรต้องมารู้จากลูกค้าของคุณเอง",
            "ผมเสียใจจริงๆที่ส่งไฟล์ผิด ผมรู้ว่ากว่าจะได้ป้ายนั้นมาต้องใช้ความพยายามมากแค่ไหน",
            "ขอโทษที่ขอบเขตงานไม่ชัดเจน ผมควรพูดให้ชัดตั้งแต่แรก",
            "ขอโทษเรื่องการเรียกเก็บเงินซ้ำ และเวลาที่ฝ่ายบัญชีของคุณต้องเสียไป",
            "ขอโทษที่งานแก้ไขหายไป งานของทีมคุณมีค่า และผมดูแลมันได้ไม่ดีพอ",
            "ผมขอโทษครับ เรื่องนี้เป็นความผิดของผม ไม่ใช่ของคุณ และคุณไม่ควรต้องมารับภาระนี้",
        ],
        "empathy": [
            "ถ้าผมเป็นคุณ ผมก็คงสงสัยว่าจะเชื่อวันส่งงานครั้งต่อไปได้หรือเปล่า",
            "ผมพอนึกออกว่ารับสายจากลูกค้าแล้วไม่รู้ว่าเกิดอะไรขึ้นจะรู้สึกอย่างไร",
            "ลูกค้าของคุณรออยู่ และผมทำให้คุณต้องลำบากใจกับพวกเขา",
            "ผมรู้ว่าช่วงไฮซีซั่นทุกชั่วโมงมีค่า และผมทำให้คุณเสียเวลาไปหลายชั่วโมง",
            "การจ่ายเงินซ้ำแล้วต้องมาตามเงินคืนคงน่าหงุดหงิดมาก",
            "คุณวางแผนทั้งสัปดาห์ไว้กับงานนี้ และผมทำให้แผนนั้นพัง",
        ],
        "questions": [
            (
                "เราจะมั่นใจได้อย่างไรว่าจะไม่เกิดขึ้นอีก",
                "ทุกกำหนดส่งมีเวลาเผื่อแล้ว และถ้ามีอะไรเสี่ยงผมจะแจ้งภายในวันเดียวกันครับ",
            ),
            (
                "เรื่องนี้จะมีค่าใช้จ่ายเพิ่มไหม",
                "ไม่มีครับ งานแก้ไขทั้งหมดผมรับผิดชอบเอง",
            ),
            (
                "ข้อความจากลูกค้าหายไปถาวรบ้างไหม",
                "ไม่มีครับ ผมกู้คืนได้ครบจากบันทึกของเซิร์ฟเวอร์และส่งต่อให้แล้วเมื่อเช้านี้",
            ),
            (
                "ทำไมไม่บอกเราเร็วกว่านี้",
                "ผมหวังว่าจะแก้ได้ก่อนที่ใครจะเห็น ซึ่งเป็นการตัดสินใจที่ผิด คุณควรได้รู้ทันที",
            ),
            (
                "เราควรหาคนอื่นมาทำแทนไหม",
                "เป็นการตัดสินใจของคุณและผมเข้าใจครับ แต่ผมอยากมีโอกาสแสดงให้เห็นว่าผมเปลี่ยนอะไรไปแล้วบ้าง",
            ),
            (
                "มีใครเห็นข้อมูลของเราอีกบ้าง",
                "มีผู้รับเพียงคนเดียว และเขายืนยันเป็นลายลักษณ์อักษรแล้วว่าลบไฟล์ทิ้ง",
            ),
        ],
        "outcomes": [
            "ลูกค้าชื่นชมที่ผมพูดตรงๆ และจ้างงานต่อ",
            "ลูกค้ารับคำขอโทษ แต่ขอให้ส่งรายงานทุกสัปดาห์จากนี้ไป",
            "คุยกันดี ลูกค้าหัวเราะเรื่องขนมแล้วก็ผ่านไปด้วยดี",
            "ช่วงแรกตึงเครียด แต่ดีขึ้นหลังผมอธิบายรายการตรวจสอบใหม่",
            "ลูกค้าตัดสินใจให้ทีมภายในทำเอง แต่เราจากกันด้วยดี",
            "หนึ่งเดือนต่อมาลูกค้าแนะนำผมให้เพื่อน",
        ],
        "tags": [
            "ส่งงานช้า",
            "เว็บไซต์",
            "งานพิมพ์",
            "ใบแจ้งหนี้",
            "โฮสติ้ง",
            "สำรองข้อมูล",
            "การสื่อสาร",
            "งานแปล",
            "บัญชี",
            "ภาพถ่าย",
            "อีเมล",
            "งานด่วน",
        ],
    },
    "bn": {
        "first_names": [
            "তানভীর",
            "ফারহানা",
            "রাকিব",
            "নুসরাত",
            "মেহেদী",
            "সাবরিনা",
            "আরিফ",
            "তাসলিমা",
            "শাহরিয়ার",
            "জান্নাতুল",
            "ইমরান",
            "নাফিসা",
            "সজীব",
            "রুমানা",
            "মাহমুদ",
            "শারমিন",
        ],
        "last_names": [
            "হোসেন",
            "আহমেদ",
            "ইসলাম",
            "রহমান",
            "চৌধুরী",
            "খান",
            "সরকার",
            "হক",
            "করিম",
            "আলম",
            "উদ্দিন",
            "তালুকদার",
            "ভূঁইয়া",
            "মজুমদার",
            "শিকদার",
            "মোল্লা",
        ],
        "middle_names": [
            "আহমেদ",
            "ইসলাম",
            "হাসান",
            "রহমান",
            "কবির",
            "নূর",
            "আলী",
            "মাহবুব",
            "হায়দার",
            "জামান",
        ],
        "companies": [
            "ঢাকা ক্রাফট হাউস",
            "নকশী কাঁথা ঘর",
            "সবুজ বাংলা অর্গানিক",
            "চট্টগ্রাম ট্রাভেলস",
            "রূপসী বিউটি পার্লার",
            "মেঘনা ফার্নিচার",
            "আলো কোচিং সেন্টার",
            "স্বাদ রেস্তোরাঁ",
        ],
        "domains": [
            "dhakacrafthouse.com",
            "nakshikanthaghor.com",
            "sobujbanglaorganic.com",
            "ctgtravels.com.bd",
            "ruposhiparlour.com",
            "meghnafurniture.com.bd",
            "alocoaching.com",
            "shaadrestaurant.com",
        ],
        "mailboxes": [
            "info",
            "contact",
            "sales",
            "accounts",
            "office",
            "hello",
        ],
        "client_notes": [
            "ইমেইলের চেয়ে ফোনে কথা বলতে পছন্দ করেন, সকালের দিকে পাওয়া যায়।",
            "সবসময় সময়মতো টাকা দেন। লেখার ভুল নিয়ে খুব খুঁতখুঁতে।",
            "পুরনো এক ক্লায়েন্টের সুপারিশে এসেছেন। বাজেট কম, তবে নিয়মিত কাজ দেন।",
            "সব সিদ্ধান্তে অংশীদারের অনুমোদন লাগে, তাই বাড়তি সময় হাতে রাখতে হয়।",
            "ঈদের আগের মাসে ব্যস্ততা সবচেয়ে বেশি, তখন বড় পরিবর্তন এড়িয়ে চলতে হবে।",
            "প্রতি বৃহস্পতিবার সংক্ষিপ্ত লিখিত আপডেট চান।",
        ],
        "projects": [
            "নতুন ওয়েবসাইট",
            "বার্ষিক হিসাব ২০২৫",
            "ঈদ ক্যাটালগ",
            "অনলাইন বুকিং ব্যবস্থা",
            "পণ্যের ছবি তোলা",
            "ব্যবহারকারী নির্দেশিকার অনুবাদ",
            "নতুন লোগো ও ব্র্যান্ডিং",
            "নিউজলেটার টেমপ্লেট",
        ],
        "incidents": [
            (
                "missed deadline",
                "ক্যাম্পেইন পেজ দুই দিন দেরিতে দিয়েছি",
                "সোমবার সকালের মধ্যে ক্যাম্পেইন পেজ দেওয়ার কথা ছিল, কিন্তু আমি দিয়েছি বুধবার "
                "বিকেলে। ততক্ষণে বিজ্ঞাপন চালু হয়ে গিয়েছিল আর সেগুলো একটি ফাঁকা পাতায় নিয়ে "
                "যাচ্ছিল।",
            ),
            (
                "missed deadline",
                "অডিটরের জন্য হিসাব সময়মতো তৈরি হয়নি",
                "অডিটর ১৫ তারিখের মধ্যে মেলানো হিসাব চেয়েছিলেন। আমি ব্যাংক রিকনসিলিয়েশন শেষ "
                "করেছি ১৯ তারিখে, ফলে জমা দেওয়ার তারিখ পেছাতে হয়েছে।",
            ),
            (
                "missed deadline",
                "ছাপাখানার সময়সীমা পেরিয়ে ছবি পাঠিয়েছি",
                "শুক্রবারের মধ্যে এডিট করা পণ্যের ছবি ছাপাখানায় পাঠানোর কথা ছিল। আমি পাঠিয়েছি "
                "সোমবার, ততদিনে ছাপাখানা অন্য গ্রাহককে সময়টা দিয়ে দিয়েছে।",
            ),
            (
                "quality defect",
                "যোগাযোগ ফর্ম থেকে বার্তা হারিয়ে যাচ্ছিল",
                "প্রায় দশ দিন ধরে যোগাযোগ ফর্ম ধন্যবাদ বার্তা দেখাচ্ছিল, কিন্তু কোনো ইমেইল "
                "পাঠাচ্ছিল না। এক ক্রেতা ফোন করে জানতে চাওয়ার পর বিষয়টা ধরা পড়ে।",
            ),
            (
                "quality defect",
                "ব্রোশিওরে ভুল দাম ছাপা হয়েছে",
                "ব্রোশিওরে দুটি পণ্যের দাম আর একটি ফোন নম্বর ভুল ছিল। কেউ খেয়াল করার আগেই দুই "
                "হাজার কপি ছাপা হয়ে যায়।",
            ),
            (
                "miscommunication",
                "সাইনবোর্ডের দোকানে পুরনো লোগো পাঠিয়েছি",
                "আমরা একসাথে যে নতুন লোগো অনুমোদন করেছিলাম, তার বদলে আমার আর্কাইভ থেকে পুরনো "
                "লোগো পাঠিয়ে দিয়েছি। ফলে দোকানের সাইনবোর্ড ভুল রঙে তৈরি হয়েছে।",
            ),
            (
                "billing error",
                "একই মাসের বিল দুবার পাঠানো",
                "মার্চ মাসের ইনভয়েস দুটি আলাদা নম্বরে দুবার পাঠিয়েছি, আর তাদের হিসাবরক্ষক খেয়াল "
                "না করে দুটোরই টাকা পরিশোধ করেছেন।",
            ),
            (
                "scope mismatch",
                "ব্লগ স্থানান্তর কাজের মধ্যে ছিল না",
                "গ্রাহক ধরে নিয়েছিলেন পুরনো ব্লগের লেখাগুলো নতুন সাইটে চলে যাবে। আমার কোটেশনে "
                "এর উল্লেখ ছিল না, আর আমি সেটা জানিয়েছি উদ্বোধনের মাত্র এক সপ্তাহ আগে।",
            ),
            (
                "vendor or tool failure",
                "অফারের সপ্তাহান্তে হোস্টিং বন্ধ",
                "আমার সুপারিশ করা সস্তা হোস্টিং শনিবারের বেশির ভাগ সময় বন্ধ ছিল, যেদিন বিক্রি "
                "সবচেয়ে বেশি হয়। আমি সতর্কবার্তাগুলোও খেয়াল করিনি।",
            ),
            (
                "data loss",
                "অনুবাদের এক দিনের সংশোধন মুছে গেছে",
                "সিঙ্ক করার সময় সংঘাতের কারণে পুরনো খসড়াটি যাচাই করা সংস্করণের ওপর লেখা হয়ে "
                "যায়, ফলে বৃহস্পতিবারের সব সংশোধন হারিয়ে যায়।",
            ),
            (
                "privacy or security slip",
                "ভুল ইমেইলে গ্রাহক তালিকা পাঠানো",
                "একজনের গ্রাহক তালিকার ফাইল ভুল করে অন্য এক ক্লায়েন্টের ইমেইলে সংযুক্ত করে "
                "পাঠিয়েছি। কয়েক মিনিটের মধ্যেই টের পেয়ে প্রাপককে ফাইলটি মুছে ফেলতে অনুরোধ "
                "করেছি।",
            ),
            (
                "other",
                "প্রকল্পের প্রথম মিটিং মিস করেছি",
                "ক্যালেন্ডারে মিটিংটা ভুল টাইম জোনে লিখেছিলাম, তাই এক ঘণ্টা দেরিতে যোগ দিই। "
                "ততক্ষণে ক্লায়েন্টের দল চলে গিয়েছিল।",
            ),
        ],
        "impacts": [
            "দুই দিন ধরে বিজ্ঞাপনগুলো এমন একটি পাতায় নিয়ে গেছে যার কোনো অস্তিত্বই ছিল না।",
            "তাদের নিজেদের প্রায় ত্রিশজন গ্রাহককে ফোন করে দুঃখপ্রকাশ করতে হয়েছে।",
            "উদ্বোধন এক সপ্তাহ পিছিয়ে গেছে, স্থানীয় পত্রিকায় বিজ্ঞাপনের সুযোগও হাতছাড়া হয়েছে।",
            "তাড়াহুড়োর জন্য অডিটর বাড়তি ফি নিয়েছেন।",
            "নতুন করে ছাপাতে টাকা গেছে, নিজের গ্রাহকের কাছেও বিব্রত হতে হয়েছে।",
            "ব্যবসা চালানোর বদলে পুরো বিকেল এই ঝামেলা সামলাতে কেটেছে।",
            "আস্থায় চিড় ধরেছে: এখন আমি যা পাঠাই, সব তাঁরা দুবার করে দেখেন।",
        ],
        "whys": [
            (
                "পরিকল্পনার চেয়ে দেরিতে কাজ শুরু করেছি।",
                "অন্য একটি প্রকল্পের কাজ দীর্ঘ হয়েছে, কিন্তু আমি কোনো সময়সীমা নিয়ে আলোচনা করিনি।",
                "এক মাসে আসলে কতটা কাজ নিতে পারি, সে হিসাব আমার নেই।",
            ),
            (
                "সর্বশেষ প্লাগইন আপডেটের পর ফর্মটি পরীক্ষা করা হয়নি।",
                "আপডেটের পর কী কী পরীক্ষা করতে হবে, তার কোনো চেকলিস্ট আমার নেই।",
            ),
            (
                "আমি নিজের আর্কাইভ থেকে ফাইল নিয়েছি।",
                "অনুমোদিত সংস্করণটি শুধু আমাদের ইমেইল থ্রেডে ছিল।",
                "অনুমোদিত ফাইল রাখার জন্য কোনো নির্দিষ্ট জায়গা নেই।",
            ),
            (
                "ভেবেছিলাম কোটেশন যথেষ্ট স্পষ্ট।",
                "কী কী অন্তর্ভুক্ত নয়, তা কখনো গ্রাহককে বুঝিয়ে বলিনি।",
                "আমার কোটেশনের টেমপ্লেটে কাজের তালিকা আছে, বাদ পড়া কাজের তালিকা নেই।",
                "কোটেশন ছোট রাখতে চেয়েছিলাম যাতে খরচ কম মনে হয়।",
            ),
            (
                "সতর্কবার্তা যেত এমন এক ইনবক্সে, যা আমি ছুটির দিনে দেখি না।",
                "মনিটরিং একবার চালু করে আর কখনো দেখিনি কারা সতর্কবার্তা পায়।",
            ),
            (
                "সিঙ্ক টুল নতুন ফাইলের ওপর পুরনোটা লিখে দিয়েছে।",
                "আমরা দুজন একই সময়ে অফলাইনে একই নথি সম্পাদনা করছিলাম।",
            ),
            (
                "দুটি মিটিংয়ের ফাঁকে তাড়াহুড়ো করে ইমেইল লিখেছি।",
                "ইমেইল প্রোগ্রাম নিজে থেকেই ভুল ঠিকানা বসিয়ে দিয়েছে।",
            ),
            (
                "গত মাসের ইনভয়েস কপি করে বদলে নিয়েছিলাম।",
                "পাঠানোর আগে ইনভয়েস খাতার সঙ্গে মিলিয়ে দেখি না।",
            ),
            (
                "চূড়ান্ত ফাইলটি কেউ দামের তালিকার সঙ্গে মিলিয়ে দেখেনি।",
                "ছাপার তারিখ কাছে ছিল বলে প্রুফ দেখাকে নিছক আনুষ্ঠানিকতা ভেবেছিলাম।",
                "আমার ছাপার কাজ কখনো অন্য কাউকে দিয়ে প্রুফ করাইনি।",
            ),
            (
                "আমন্ত্রণে কোনো টাইম জোন লেখা ছিল না।",
                "আমন্ত্রণ গ্রহণ না করে সময়টা হাতে ক্যালেন্ডারে লিখেছিলাম।",
            ),
        ],
        "root_causes": [
            "সেই মাসে সামর্থ্যের চেয়ে বেশি কাজ নিয়েছিলাম, হাতে কোনো বাড়তি সময় ছিল না।",
            "আমার আপডেটের নিয়মে পরীক্ষার কোনো ধাপ নেই।",
            "অনুমোদিত ফাইল এক নির্দিষ্ট জায়গায় রাখা হয় না।",
            "আমার কোটেশনে কী অন্তর্ভুক্ত তা লেখা থাকে, কিন্তু কী নেই তা কখনো থাকে না।",
            "মনিটরিং চালুর পর এর দায়িত্ব কারও ছিল না।",
            "ইনভয়েস হাতে তৈরি করি, দ্বিতীয়বার যাচাই করার কোনো ব্যবস্থা নেই।",
            "তাড়া থাকলে চেকলিস্টের বদলে স্মৃতির ওপর ভরসা করে কাজ করি।",
            "আমন্ত্রণে টাইম জোন ঠিক আছে কি না, যাচাই করিনি।",
        ],
        "ownership": [
            "হোস্টিং আমি বেছে নিয়েছিলাম, তাই এর দায় পুরোপুরি আমার।",
            "তারিখটা আমি দিয়েছিলাম এবং রাখতে পারিনি। এতে আর কারও দোষ নেই।",
            "আপডেটের পর ফর্ম পরীক্ষা করা আমার কাজ ছিল, আর আমি তা করিনি।",
            "কোটেশন আমি লিখেছি। সেটা অস্পষ্ট হলে দায় আমার, আপনার নয়।",
            "ফাইলটা আমি পাঠিয়েছি। আপনি বিশ্বাস করেছিলেন আমি সঠিক ফাইলটাই পাঠাব।",
            "পুরো দায়িত্ব আমার: চেকলিস্টটা শুধু আমার মাথার ভেতরেই ছিল।",
            "ইনভয়েস আমার নামে গেছে, আর সেটা যাচাই করা আমারই কাজ ছিল।",
            "ঝুঁকিটা চোখে পড়ার সঙ্গে সঙ্গেই জানানো উচিত ছিল, অপেক্ষা করা নয়।",
        ],
        "fixes": [
            "আজই ফর্ম ঠিক করছি এবং সার্ভারের লগ থেকে সব বার্তা উদ্ধার করে পাঠিয়ে দিচ্ছি।",
            "নিজের খরচে ব্রোশিওর আবার ছাপাচ্ছি, তার আগে আপনি প্রুফ অনুমোদন করবেন।",
            "দ্বিগুণ পরিশোধের টাকা আজই ফেরত দিচ্ছি এবং সংশোধিত হিসাব বিবরণী পাঠাচ্ছি।",
            "বৃহস্পতিবারের ব্যাকআপ থেকে যাচাই করা সংস্করণ ফিরিয়ে এনে সংশোধনগুলো আবার বসাচ্ছি।",
            "আপনার অনুমতি নিয়ে এই সপ্তাহেই সাইটটি আরও নির্ভরযোগ্য হোস্টিংয়ে সরাচ্ছি।",
            "আজ রাতেই রিকনসিলিয়েশন শেষ করে সরাসরি অডিটরকে পাঠাচ্ছি।",
            "এই সপ্তাহেই নিজের খরচে সব ঠিক করে দিচ্ছি, শেষ না হওয়া পর্যন্ত প্রতিদিন সংক্ষেপে অগ্রগতি জানাব।",
        ],
        "preventions": [
            "এখন থেকে প্রতিটি সময়সীমায় দুই দিন বাড়তি সময় রাখব, আর ঝুঁকি দেখলে সেদিনই আপনাকে জানাব।",
            "প্রতিটি আপডেটের পর লিখিত চেকলিস্ট ধরে পরীক্ষা করব, ফর্ম দিয়ে একটি আসল বার্তাও পাঠিয়ে দেখব।",
            "সব অনুমোদিত ফাইল একটি শেয়ার করা ফোল্ডারে থাকবে, যা আমরা দুজনেই দেখতে পাব, আর "
            "আমি শুধু সেখান থেকেই পাঠাব।",
            "আমার কোটেশনে এখন 'অন্তর্ভুক্ত নয়' নামে একটি অংশ আছে, স্বাক্ষরের আগে আমরা একসাথে সেটা দেখে নেব।",
            "সতর্কবার্তা এখন সরাসরি আমার ফোনে আসে, ব্যস্ত মৌসুমে ছুটির দিনেও নজর রাখব।",
            "প্রতিটি ইনভয়েস পাঠানোর আগে খাতার সঙ্গে মিলিয়ে দেখব।",
            "এটা এখন আমার লিখিত চেকলিস্টের একটি ধাপ, প্রতিটি কাজ জমা দেওয়ার আগে যা মিলিয়ে দেখি।",
        ],
        "actions": [
            "প্রকল্প পরিকল্পনার প্রতিটি ডেলিভারির তারিখে দুই দিন বাড়তি সময় যোগ করা",
            "আপডেটের পরের পরীক্ষার চেকলিস্ট লেখা",
            "অনুমোদিত ফাইলের জন্য শেয়ার করা ফোল্ডার তৈরি করা",
            "কোটেশনের টেমপ্লেটে 'অন্তর্ভুক্ত নয়' অংশ যোগ করা",
            "সাইট বন্ধ হওয়ার সতর্কবার্তা ফোনে আনার ব্যবস্থা করা",
            "ডুপ্লিকেট ধরতে পারে এমন ইনভয়েস সফটওয়্যারে যাওয়া",
            "প্রতিটি মিটিংয়ের আমন্ত্রণে টাইম জোন লেখা",
            "প্রতি মাসের প্রথম সোমবার কাজের চাপ পর্যালোচনা করা",
            "প্রতিটি ছাপার কাজ একজন সহকর্মীকে দিয়ে প্রুফ করানো",
            "গ্রাহকদের সব অ্যাকাউন্টে টু-ফ্যাক্টর যাচাই চালু করা",
        ],
        "compensations": [
            "এই মাসের রক্ষণাবেক্ষণ ফি লাগবে না",
            "বর্তমান ইনভয়েসে ২০% ছাড়",
            "নতুন করে ছাপার পুরো খরচ আমি বহন করব",
            "দুই ঘণ্টার বাড়তি কাজ বিনা খরচে",
            "অডিটরের নেওয়া বাড়তি ফি ফেরত",
            "বিনা খরচে আরও এক দফা সংশোধন",
        ],
        "surprises": [
            "হাতে লেখা একটি কার্ড আর তাঁদের প্রিয় দোকানের মিষ্টি",
            "কর্মীদের জন্য নতুন সাইট ব্যবহারের ছোট একটি ভিডিও গাইড",
            "ওয়েবসাইট নিরাপদ রাখার এক পাতার নির্দেশিকা",
            "নতুন করে চালুর জন্য সোশ্যাল মিডিয়ার ছবি, বিনা খরচে",
            "অফিসের জন্য একটি ছোট গাছ আর ধন্যবাদ জানিয়ে চিরকুট",
            "কয়েক মাস আগে তাঁরা যে তিনটি ছোট সমস্যার কথা বলেছিলেন, সেগুলো চুপচাপ ঠিক করে দেওয়া",
        ],
        "summaries": [
            "প্রতিশ্রুত তারিখে কাজ দিতে পারিনি, এতে আপনার ক্যাম্পেইনের প্রথম দুই দিন নষ্ট "
            "হয়েছে। আমি দুঃখিত, আর এটা যেন আর না ঘটে সেজন্য কী বদলাচ্ছি তা বলছি।",
            "আপডেটের পর পরীক্ষা না করায় দশ দিন ফর্মটি কাজ করেনি। সব বার্তা উদ্ধার হয়েছে, "
            "আর পরীক্ষা এখন আমার নিয়মিত কাজের অংশ।",
            "আমি ভুল ফাইল পাঠিয়েছি, তাই সাইনবোর্ড নতুন করে বানাতে হচ্ছে। খরচটা আমি দেব।",
            "ব্লগের বিষয়ে আমার কোটেশন স্পষ্ট ছিল না, দোষটা আমার। লেখাগুলো আমি বিনা খরচে সরিয়ে দেব।",
            "আমি যাচাই না করায় আপনাকে দুবার টাকা দিতে হয়েছে। আজই টাকা ফেরত পাঠিয়েছি।",
            "প্রথম মিটিংয়ে দেরি করার জন্য দুঃখিত। এমন আর হবে না।",
            "ভুলটা আমার, এতে আপনার সময় গেছে, আমার ওপর আস্থাও কিছুটা কমেছে। কী ঠিক করেছি "
            "আর কী বদলাচ্ছি, তা বলছি।",
        ],
        "apologies": [
            "আমি দুঃখিত। উদ্বোধনের দায়িত্ব আপনি আমাকে দিয়েছিলেন, আর আমি আপনাকে হতাশ "
            "করেছি। কোনো অজুহাত দেব না।",
            "ফর্মের সমস্যা এবং সেটা আগে ধরতে না পারার জন্য ক্ষমা চাইছি। গ্রাহকের কাছ থেকে "
            "এটা শোনা আপনার প্রাপ্য ছিল না।",
            "ভুল ফাইল পাঠানোর জন্য সত্যিই দুঃখিত। জানি ওই সাইনবোর্ডের পেছনে কত পরিশ্রম গেছে।",
            "কাজের পরিধি নিয়ে বিভ্রান্তির জন্য দুঃখিত। শুরু থেকেই আমার স্পষ্ট হওয়া উচিত ছিল।",
            "দুবার বিল পাঠানো এবং আপনার হিসাবরক্ষকের সময় নষ্ট হওয়ার জন্য ক্ষমাপ্রার্থী।",
            "হারিয়ে যাওয়া সংশোধনের জন্য দুঃখিত। আপনার দলের কাজ মূল্যবান, আমি সেটা যথেষ্ট যত্নে রাখিনি।",
            "আমি দুঃখিত। ভুলটা আমার, আপনার নয়, আর এর ঝামেলা আপনার পোহানোর কথা ছিল না।",
        ],
        "empathy": [
            "আপনার জায়গায় থাকলে আমিও ভাবতাম, পরের তারিখটায় ভরসা করা যায় কি না।",
            "গ্রাহকের ফোন পেয়ে কী হয়েছে না জানার অনুভূতিটা কেমন ছিল, আমি বুঝতে পারি।",
            "আপনার গ্রাহকেরা অপেক্ষা করছিলেন, আর আমি আপনাকে তাঁদের সামনে বিব্রত করেছি।",
            "জানি ব্যস্ত মৌসুমে প্রতিটি ঘণ্টা মূল্যবান, আর আমি আপনার অনেকগুলো ঘণ্টা নষ্ট করেছি।",
            "দুবার টাকা দিয়ে তারপর সেটা ফেরত চাইতে হওয়া নিশ্চয়ই খুব বিরক্তিকর ছিল।",
            "পুরো সপ্তাহের পরিকল্পনা আপনি এই কাজ ঘিরে করেছিলেন, আর আমি সেটা ভেস্তে দিয়েছি।",
        ],
        "questions": [
            (
                "কীভাবে বুঝব এটা আর হবে না?",
                "প্রতিটি সময়সীমায় এখন বাড়তি সময় রাখা আছে, আর কোনো ঝুঁকি দেখলে সেদিনই জানাব।",
            ),
            (
                "এর জন্য কি আমাদের বাড়তি খরচ হবে?",
                "না। ঠিক করার সব বাড়তি কাজের খরচ আমার।",
            ),
            (
                "গ্রাহকদের কোনো বার্তা কি চিরতরে হারিয়ে গেছে?",
                "না। সার্ভারের লগ থেকে সবগুলো উদ্ধার করে আজ সকালে আপনাকে পাঠিয়েছি।",
            ),
            (
                "আগে কেন জানাননি?",
                "ভেবেছিলাম কেউ টের পাওয়ার আগেই ঠিক করে ফেলব। সেটা ভুল সিদ্ধান্ত ছিল, আপনার "
                "তখনই জানা উচিত ছিল।",
            ),
            (
                "আমাদের কি অন্য কাউকে খোঁজা উচিত?",
                "সেটা আপনার সিদ্ধান্ত, আমি বুঝব। তবে যা যা বদলেছি তা দেখানোর একটা সুযোগ চাই।",
            ),
            (
                "আমাদের তথ্য আর কে দেখেছে?",
                "শুধু একজন, যিনি লিখিতভাবে নিশ্চিত করেছেন যে ফাইলটি মুছে ফেলেছেন।",
            ),
        ],
        "outcomes": [
            "সততার প্রশংসা করেছেন এবং পরের প্রকল্পও দিয়েছেন।",
            "ক্ষমা মেনে নিয়েছেন, তবে এখন থেকে সাপ্তাহিক আপডেট চান।",
            "ভালো আলোচনা হয়েছে। মিষ্টি নিয়ে হাসাহাসি করে বিষয়টা মিটে গেছে।",
            "শুরুতে উত্তেজনা ছিল, নতুন চেকলিস্ট বোঝানোর পর পরিবেশ শান্ত হয়।",
            "কাজটা নিজেদের দলে নিয়ে যাওয়ার সিদ্ধান্ত নিয়েছেন। সম্পর্ক ভালো রেখেই বিদায় নিয়েছি।",
            "এক মাস পরে এক বন্ধুর কাছে আমার নাম সুপারিশ করেছেন।",
        ],
        "tags": [
            "দেরি",
            "ওয়েবসাইট",
            "ছাপা",
            "ইনভয়েস",
            "হোস্টিং",
            "ব্যাকআপ",
            "যোগাযোগ",
            "অনুবাদ",
            "হিসাব",
            "ছবি",
            "ইমেইল",
            "জরুরি",
        ],
    },
}
