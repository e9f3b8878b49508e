<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Amends</source>
        <translation>Om Amends</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>A private journal for owning up to a mistake with a client: what went wrong, why, what will stop it happening again, and the words for the call.</source>
        <translation>En privat journal för att ta ansvar för ett misstag mot en kund: vad som gick fel, varför, vad som hindrar att det händer igen, och orden till samtalet.</translation>
    </message>
    <message>
        <source>Open its &amp;folder</source>
        <translation>Öppna &amp;mappen</translation>
    </message>
    <message>
        <source>Nothing you write ever leaves this computer: Amends makes no network connection and sends nothing anywhere.</source>
        <translation>Inget du skriver lämnar någonsin den här datorn: Amends använder aldrig nätverket och skickar ingenting någonstans.</translation>
    </message>
    <message>
        <source>This window&apos;s &amp;journal:</source>
        <translation>Det här fönstrets &amp;journal:</translation>
    </message>
    <message>
        <source>Licences: choose one to read it.</source>
        <translation>Licenser: välj en för att läsa den.</translation>
    </message>
    <message>
        <source>{name} — {licence}</source>
        <translation>{name} — {licence}</translation>
    </message>
    <message>
        <source>No file manager could be opened: the folder is {folder}.</source>
        <translation>Ingen filhanterare gick att öppna: mappen är {folder}.</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>Move this step up (Alt+Up)</source>
        <translation>Flytta upp åtgärden (Alt+Up)</translation>
    </message>
    <message>
        <source>Move this step down (Alt+Down)</source>
        <translation>Flytta ner åtgärden (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Ta bort åtgärden</translation>
    </message>
    <message>
        <source>What you will do, so it cannot happen again</source>
        <translation>Vad du ska göra så att det inte kan hända igen</translation>
    </message>
    <message>
        <source>The step, in a few words; Enter adds the next one</source>
        <translation>Åtgärden med några få ord; Enter lägger till nästa</translation>
    </message>
    <message>
        <source>When it is due: 2026-06-01, tomorrow…</source>
        <translation>När den ska vara klar: 2026-06-01, i morgon…</translation>
    </message>
    <message>
        <source>The day it was done</source>
        <translation>Dagen den blev klar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Tick it once it is done: today is recorded, and you can change the day</source>
        <translation>Bocka i när den är klar: dagens datum sparas, och du kan ändra det</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>Past its due day and not done yet</source>
        <translation>Sista dagen har passerat och den är inte klar än</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Senast</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Klar den</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>senast {day}</translation>
    </message>
    <message>
        <source>done {day}</source>
        <translation>klar {day}</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Add step</source>
        <translation>Lägg till åtgärd</translation>
    </message>
    <message>
        <source>Add a prevention step</source>
        <translation>Lägg till en förebyggande åtgärd</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>amends: {reason}</source>
        <comment>the program&apos;s name, then why</comment>
        <translation>amends: {reason}</translation>
    </message>
    <message>
        <source>Amends is already open on this journal; it has been brought forward.</source>
        <translation>Amends är redan öppet med den här journalen och har hämtats fram.</translation>
    </message>
    <message>
        <source>The journal you opened last, {last}, is not there now; this is {path}.</source>
        <translation>Journalen du öppnade senast, {last}, finns inte där nu; det här är {path}.</translation>
    </message>
    <message>
        <source>Brought back the incident you were writing.</source>
        <translation>Händelsen du höll på att skriva är öppen igen.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>the day&apos;s first start</source>
        <translation>dagens första start</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>före en återställning</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>gjord av dig</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>före en uppgradering</translation>
    </message>
    <message>
        <source>{size} KiB</source>
        <translation>{size} KiB</translation>
    </message>
    <message>
        <source>{size} MiB</source>
        <translation>{size} MiB</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <source>Amends keeps checked copies of your journal: on the first start of each day, before an upgrade and before a restore. They are in {folder}.</source>
        <translation>Amends sparar kontrollerade kopior av din journal: vid dagens första start, före en uppgradering och före en återställning. De finns i {folder}.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <comment>before the number of backups kept</comment>
        <translation>&amp;Behåll de senaste</translation>
    </message>
    <message>
        <source>backups</source>
        <comment>after the number of backups kept</comment>
        <translation>säkerhetskopiorna</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <source>Backed up: {path}</source>
        <translation>Säkerhetskopierat: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>Replace the journal with the backup made {when}? Everything written since then is replaced; the journal as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Ersätta journalen med säkerhetskopian från {when}? Allt som skrivits sedan dess ersätts; journalen som den är nu säkerhetskopieras först, så du kan ångra detta genom att återställa den säkerhetskopian.</translation>
    </message>
    <message>
        <source>Restored the backup made {when}.</source>
        <translation>Säkerhetskopian från {when} är återställd.</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Happened: {day}</source>
        <translation>Inträffade: {day}</translation>
    </message>
    <message>
        <source>Call: {when}</source>
        <translation>Samtal: {when}</translation>
    </message>
    <message>
        <source>Say this</source>
        <translation>Säg så här</translation>
    </message>
    <message>
        <source>Don’t repeat it — and be ready if they bring it up.</source>
        <translation>Gör inte om det – och var beredd om de tar upp det.</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>Under samtalet</translation>
    </message>
    <message>
        <source>Amends briefing · incident #{number}</source>
        <translation>Samtalsunderlag från Amends · händelse #{number}</translation>
    </message>
    <message>
        <source>Listen first. Let them say all of it.</source>
        <translation>Lyssna först. Låt dem säga allt.</translation>
    </message>
    <message>
        <source>Let them vent. Don’t get defensive.</source>
        <translation>Låt dem få ur sig det. Gå inte i försvar.</translation>
    </message>
    <message>
        <source>Own it: no “if”, no “but”, no one else to blame.</source>
        <translation>Ta ansvar: inget ”om”, inget ”men”, ingen annan att skylla på.</translation>
    </message>
    <message>
        <source>Show you see what it cost them.</source>
        <translation>Visa att du ser vad det kostade dem.</translation>
    </message>
    <message>
        <source>Say what happens next — then do it.</source>
        <translation>Säg vad som händer härnäst – och gör det sedan.</translation>
    </message>
    <message>
        <source>Offer to make it right.</source>
        <translation>Erbjud en gottgörelse.</translation>
    </message>
    <message>
        <source>Likely questions</source>
        <translation>Troliga frågor</translation>
    </message>
    <message>
        <source>What I’m doing now ({status})</source>
        <translation>Vad jag gör nu ({status})</translation>
    </message>
    <message>
        <source>Why it won’t happen again</source>
        <translation>Varför det inte ska hända igen</translation>
    </message>
    <message>
        <source>done {done}</source>
        <translation>klar {done}</translation>
    </message>
    <message>
        <source>Surprise: {surprise}</source>
        <translation>Överraskning: {surprise}</translation>
    </message>
    <message>
        <source>What I’ll offer</source>
        <translation>Vad jag erbjuder</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>Root cause: {text}</source>
        <translation>Grundorsak: {text}</translation>
    </message>
    <message>
        <source>My part: {text}</source>
        <translation>Min del: {text}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Call briefing</source>
        <translation>Samtalsunderlag</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Inte skrivet än.</translation>
    </message>
    <message>
        <source>by {due} · done {done}</source>
        <translation>senast {due} · klar {done}</translation>
    </message>
    <message>
        <source>by {due}</source>
        <translation>senast {due}</translation>
    </message>
    <message>
        <source>{part}: not written yet.</source>
        <translation>{part}: inte skrivet än.</translation>
    </message>
    <message>
        <source>Before the call: the coach</source>
        <translation>Före samtalet: coachen</translation>
    </message>
    <message>
        <source>Notes during the call</source>
        <translation>Anteckningar under samtalet</translation>
    </message>
    <message>
        <source>{section} (continued)</source>
        <translation>{section} (forts.)</translation>
    </message>
    <message>
        <source>Left for your journal: {parts}.</source>
        <translation>Finns kvar i din journal: {parts}.</translation>
    </message>
    <message>
        <source>Shortened to fit; your journal has all of it: {parts}.</source>
        <translation>Förkortat för att få plats; din journal har allt: {parts}.</translation>
    </message>
    <message>
        <source>Could not be printed, shown as {marker}: {characters}.</source>
        <translation>Kunde inte skrivas ut, visas som {marker}: {characters}.</translation>
    </message>
    <message>
        <source>makes the apology conditional</source>
        <translation>gör ursäkten villkorad</translation>
    </message>
    <message>
        <source>takes the apology back</source>
        <translation>tar tillbaka ursäkten</translation>
    </message>
    <message>
        <source>points at someone else</source>
        <translation>pekar på någon annan</translation>
    </message>
    <message>
        <source>makes it sound smaller than it was</source>
        <translation>får det att låta mindre än det var</translation>
    </message>
    <message>
        <source>is not an apology</source>
        <translation>är ingen riktig ursäkt</translation>
    </message>
    <message>
        <source>hides who did it: say “I”</source>
        <translation>döljer vem som gjorde det: säg ”jag”</translation>
    </message>
    <message>
        <source>sounds like an excuse</source>
        <translation>låter som en bortförklaring</translation>
    </message>
    <message>
        <source>The summary is longer than one breath.</source>
        <translation>Sammanfattningen är längre än ett andetag.</translation>
    </message>
    <message>
        <source>The empathy line is about you, not them.</source>
        <translation>Empatimeningen handlar om dig, inte om dem.</translation>
    </message>
    <message>
        <source>“{words}” {what}</source>
        <translation>”{words}” {what}</translation>
    </message>
    <message>
        <source>Repeat warning</source>
        <translation>Varningen om upprepning</translation>
    </message>
</context>
<context>
    <name>BriefingLeftOff</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… och %n till.</numerusform>
            <numerusform>… och %n till.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more step(s).</source>
        <translation>
            <numerusform>… och %n åtgärd till.</numerusform>
            <numerusform>… och %n åtgärder till.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingPreview</name>
    <message>
        <source>Briefing for the call</source>
        <translation>Samtalsunderlag</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Hela sidan</translation>
    </message>
    <message>
        <source>To keep it to one page, these are left for your journal: {parts}.</source>
        <translation>För att få plats på en sida finns de här bara i din journal: {parts}.</translation>
    </message>
    <message>
        <source>Some long text was shortened to keep it to one page.</source>
        <translation>En del lång text kortades för att få plats på en sida.</translation>
    </message>
    <message>
        <source>These characters are in no bundled font and print as {marker}: {characters}</source>
        <translation>De här tecknen finns inte i något medföljande typsnitt och skrivs ut som {marker}: {characters}</translation>
    </message>
    <message>
        <source>Save the briefing</source>
        <translation>Spara samtalsunderlaget</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save to {path}: {reason}</source>
        <translation>Kunde inte spara till {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Briefings</name>
    <message>
        <source>Incident {number} is an unfinished draft: give it a client and a title in the worksheet first; the briefing is for the call with them.</source>
        <translation>Händelse {number} är ett ofärdigt utkast: ge den en kund och en titel i arbetsbladet först; samtalsunderlaget är till för samtalet med kunden.</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>A category needs a name.</source>
        <translation>En kategori behöver ett namn.</translation>
    </message>
    <message>
        <source>missed deadline</source>
        <translation>missad deadline</translation>
    </message>
    <message>
        <source>quality defect</source>
        <translation>kvalitetsbrist</translation>
    </message>
    <message>
        <source>miscommunication</source>
        <translation>missförstånd</translation>
    </message>
    <message>
        <source>billing error</source>
        <translation>faktureringsfel</translation>
    </message>
    <message>
        <source>scope mismatch</source>
        <translation>fel omfattning</translation>
    </message>
    <message>
        <source>vendor or tool failure</source>
        <translation>fel hos leverantör eller verktyg</translation>
    </message>
    <message>
        <source>data loss</source>
        <translation>dataförlust</translation>
    </message>
    <message>
        <source>privacy or security slip</source>
        <translation>integritets- eller säkerhetsmiss</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annat</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Tag {name}</source>
        <translation>Tagg {name}</translation>
    </message>
    <message>
        <source>Remove the tag “{name}”</source>
        <translation>Ta bort taggen ”{name}”</translation>
    </message>
    <message>
        <source>Remove the tag {name}</source>
        <translation>Ta bort taggen {name}</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Minor</source>
        <translation>Mindre</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Måttlig</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Allvarlig</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Förberedd</translation>
    </message>
    <message>
        <source>Call held</source>
        <translation>Samtal genomfört</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Vet inte än</translation>
    </message>
    <message>
        <source>{word} is none of {choices}</source>
        <translation>{word} är inget av {choices}</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(ingen titel än)</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <comment>a draft&apos;s stage</comment>
        <translation>Ofärdig</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Client details</source>
        <translation>Kunduppgifter</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>namn@exempel.se</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Företag:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-post:</translation>
    </message>
    <message>
        <source>A follow-up message opened in your mail app is addressed here.</source>
        <translation>Hit skickas en uppföljning som du öppnar i ditt e-postprogram.</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Anteckn&amp;ingar:</translation>
    </message>
    <message>
        <source>This can&apos;t be read as an e-mail address: it needs one @, a name before it, a domain with a dot after it (name@example.com), and no spaces.</source>
        <translation>Det här går inte att läsa som en e-postadress: den behöver ett @, ett namn före det, en domän med punkt efter det (namn@exempel.se) och inga mellanslag.</translation>
    </message>
    <message>
        <source>Discard your changes to {name}?</source>
        <translation>Slänga dina ändringar för {name}?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Släng</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsätt redigera</translation>
    </message>
    <message>
        <source>Saved the details of {name}.</source>
        <translation>Uppgifterna om {name} är sparade.</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>A client needs a name.</source>
        <translation>En kund behöver ett namn.</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Företag</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Senaste händelse</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Gottgörelse</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>Stannade</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Ambassadör</translation>
    </message>
    <message>
        <source>{offered}, not delivered yet</source>
        <translation>{offered}, inte levererad än</translation>
    </message>
    <message>
        <source>{offered}, delivered</source>
        <translation>{offered}, levererad</translation>
    </message>
    <message>
        <source>{offered}, {delivered} delivered</source>
        <translation>{offered}, {delivered} levererat</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Sök kund</translation>
    </message>
    <message>
        <source>Show their incidents</source>
        <translation>Visa kundens händelser</translation>
    </message>
    <message>
        <source>E&amp;dit details…</source>
        <translation>Än&amp;dra uppgifter…</translation>
    </message>
    <message>
        <source>Reading your clients…</source>
        <translation>Läser in dina kunder…</translation>
    </message>
    <message>
        <source>Enter or double-click a client to see their incidents in the journal.</source>
        <translation>Tryck Enter eller dubbelklicka på en kund för att se kundens händelser i journalen.</translation>
    </message>
    <message>
        <source>No clients yet: they appear here with their first incident.</source>
        <translation>Inga kunder än: de dyker upp här med sin första händelse.</translation>
    </message>
</context>
<context>
    <name>CoachHighlighter</name>
    <message>
        <source>{finding}
Try: {suggestion}</source>
        <translation>{finding}
Prova: {suggestion}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Importing… {done} of {total} incidents</source>
        <translation>Importerar… {done} av {total} händelser</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Kan inte läsa {path}: {reason}.</translation>
    </message>
    <message>
        <source>Restored the journal from {path}.</source>
        <translation>Journalen återställdes från {path}.</translation>
    </message>
    <message>
        <source>The journal as it was just before is kept in {path}.</source>
        <translation>Journalen som den var alldeles innan finns kvar i {path}.</translation>
    </message>
    <message>
        <source>amends: there was no journal at {path}, so a new, empty one was started there; if you meant another, check the path.</source>
        <translation>amends: det fanns ingen journal i {path}, så en ny, tom journal påbörjades där; om du menade en annan, kontrollera sökvägen.</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Kontrollerar {name}…</translation>
    </message>
    <message>
        <source>{path} was not imported: {reason}</source>
        <translation>{path} importerades inte: {reason}</translation>
    </message>
    <message>
        <source>auto (guessed)</source>
        <translation>auto (gissas)</translation>
    </message>
    <message>
        <source>The coach reads this journal as: {language}</source>
        <translation>Coachen läser journalen på: {language}</translation>
    </message>
    <message>
        <source>Give either a text or --id, not both.</source>
        <translation>Ange antingen en text eller --id, inte båda.</translation>
    </message>
    <message>
        <source>The text on standard input is not UTF-8: save it as UTF-8, or give it as an argument.</source>
        <translation>Texten på standard in är inte UTF-8: spara den som UTF-8, eller ange den som argument.</translation>
    </message>
    <message>
        <source>Wrote the briefing to {path} ({paper}, one page).</source>
        <translation>Samtalsunderlaget skrevs till {path} ({paper}, en sida).</translation>
    </message>
    <message>
        <source>To keep it to one page, these are left for your journal: {parts}</source>
        <translation>För att det ska rymmas på en sida finns detta bara i journalen: {parts}</translation>
    </message>
    <message>
        <source>Some long text was shortened to keep it to one page; your journal has all of it.</source>
        <translation>En del lång text kortades för att rymmas på en sida; journalen har allt.</translation>
    </message>
    <message>
        <source>These characters are in no bundled font and show as {marker}: {characters}</source>
        <translation>De här tecknen finns inte i något medföljande typsnitt och visas som {marker}: {characters}</translation>
    </message>
    <message>
        <source>{path}  {size} KiB</source>
        <translation>{path}  {size} KiB</translation>
    </message>
    <message>
        <source>Backed up to {path} ({size} KiB).</source>
        <translation>Säkerhetskopierat till {path} ({size} KiB).</translation>
    </message>
    <message>
        <source>the window cannot start ({reason}); see `amends --help`.</source>
        <translation>fönstret kan inte starta ({reason}); se `amends --help`.</translation>
    </message>
    <message>
        <source>stopped; nothing was half-written.</source>
        <translation>avbrutet; inget blev halvskrivet.</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, got {text}</source>
        <translation>förväntade ett datum som ÅÅÅÅ-MM-DD, fick {text}</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got {text}</source>
        <translation>förväntade ett datum som ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ, fick {text}</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1, got one of {count} digits</source>
        <translation>förväntade ett heltal på minst 1, fick ett med {count} siffror</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1, got {text}</source>
        <translation>förväntade ett heltal på minst 1, fick {text}</translation>
    </message>
    <message>
        <source>Step {step} of incident {incident} is done, on {day}: {text}</source>
        <translation>Åtgärd {step} i händelse {incident} blev klar den {day}: {text}</translation>
    </message>
    <message>
        <source>Step {step} of incident {incident} is not done: {text}</source>
        <translation>Åtgärd {step} i händelse {incident} är inte klar: {text}</translation>
    </message>
    <message>
        <source>The compensation of incident {incident} is delivered, on {day}: {text}</source>
        <translation>Gottgörelsen i händelse {incident} levererades den {day}: {text}</translation>
    </message>
    <message>
        <source>The compensation of incident {incident} is not delivered: {text}</source>
        <translation>Gottgörelsen i händelse {incident} är inte levererad: {text}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Ursäkt</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>Empati</translation>
    </message>
    <message>
        <source>Follow-up message</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>No incidents match.</source>
        <translation>Inga händelser matchar.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>ALLVARLIGHETSGRAD</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>KUND</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Inget hittades. Försök med färre eller kortare ord.</translation>
    </message>
    <message>
        <source>{step} — overdue</source>
        <translation>{step} – försenad</translation>
    </message>
    <message>
        <source>Q: {question}</source>
        <translation>F: {question}</translation>
    </message>
    <message>
        <source>A: {answer}</source>
        <translation>S: {answer}</translation>
    </message>
    <message>
        <source>{title} (unfinished: no title and client yet)</source>
        <translation>{title} (ofärdig: ingen titel eller kund än)</translation>
    </message>
    <message>
        <source>{title} (unfinished: no title yet)</source>
        <translation>{title} (ofärdig: ingen titel än)</translation>
    </message>
    <message>
        <source>{title} (unfinished: no client yet)</source>
        <translation>{title} (ofärdig: ingen kund än)</translation>
    </message>
    <message>
        <source>Failed the same way with the same client:</source>
        <translation>Samma misstag med samma kund:</translation>
    </message>
    <message>
        <source>{count}× {category} with {client}, last on {day}</source>
        <translation>{count}× {category} med {client}, senast {day}</translation>
    </message>
    <message>
        <source>… and {count} more (patterns --all)</source>
        <translation>… och {count} till (patterns --all)</translation>
    </message>
    <message>
        <source>Lately, the same cause in other words (same client):</source>
        <translation>På sistone samma orsak med andra ord (samma kund):</translation>
    </message>
    <message>
        <source>#{id} {title} — {client}: like {count} earlier ({categories})</source>
        <translation>#{id} {title} – {client}: som {count} tidigare ({categories})</translation>
    </message>
    <message>
        <source>Root causes you gave again and again:</source>
        <translation>Grundorsaker du angett gång på gång:</translation>
    </message>
    <message>
        <source>Prevention steps: {on_time} done on time, {late} done late, {overdue} overdue, {open} not due yet.</source>
        <translation>Förebyggande åtgärder: {on_time} klara i tid, {late} klara för sent, {overdue} försenade, {open} inte förfallna än.</translation>
    </message>
    <message>
        <source>Prevention steps overdue:</source>
        <translation>Försenade förebyggande åtgärder:</translation>
    </message>
    <message>
        <source>due {day}: {text} — {client}, #{id}</source>
        <translation>senast {day}: {text} – {client}, #{id}</translation>
    </message>
    <message>
        <source>By category:</source>
        <translation>Per kategori:</translation>
    </message>
    <message>
        <source>By client:</source>
        <translation>Per kund:</translation>
    </message>
    <message>
        <source>By month:</source>
        <translation>Per månad:</translation>
    </message>
    <message>
        <source>Compensation offered, and delivered:</source>
        <translation>Erbjuden och levererad gottgörelse:</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… och {count} till</translation>
    </message>
    <message>
        <source>No incidents yet, so no patterns.</source>
        <translation>Inga händelser än, så inga mönster.</translation>
    </message>
    <message>
        <source>Nothing to change: none of these words weakens it.</source>
        <translation>Inget att ändra: inget av orden försvagar ursäkten.</translation>
    </message>
    <message>
        <source>Nothing to change: it owns the mistake plainly.</source>
        <translation>Inget att ändra: den erkänner misstaget rakt ut.</translation>
    </message>
    <message>
        <source>Try: {suggestion}</source>
        <translation>Prova: {suggestion}</translation>
    </message>
    <message>
        <source>Nothing to check: the text is empty.</source>
        <translation>Inget att kontrollera: texten är tom.</translation>
    </message>
</context>
<context>
    <name>CommandLineCounts</name>
    <message numerus="yes">
        <source>Imported %n incident(s) into {path} (with new numbers: the file&apos;s were taken).</source>
        <translation>
            <numerusform>Importerade %n händelse till {path} (med nytt nummer: filens var upptaget).</numerusform>
            <numerusform>Importerade %n händelser till {path} (med nya nummer: filens var upptagna).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s) into {path}.</source>
        <translation>
            <numerusform>Importerade %n händelse till {path}.</numerusform>
            <numerusform>Importerade %n händelser till {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s); keeping the newest {keep}.</source>
        <translation>
            <numerusform>%n säkerhetskopia; de {keep} senaste behålls.</numerusform>
            <numerusform>%n säkerhetskopior; de {keep} senaste behålls.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLineFigures</name>
    <message numerus="yes">
        <source>… and %n more client(s)</source>
        <translation>
            <numerusform>… och %n kund till</numerusform>
            <numerusform>… och %n kunder till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{client}: {offered} over %n incident(s); delivered {delivered} ({delivered_count})</source>
        <translation>
            <numerusform>{client}: {offered} för %n händelse; levererat {delivered} ({delivered_count})</numerusform>
            <numerusform>{client}: {offered} för %n händelser; levererat {delivered} ({delivered_count})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLineHelp</name>
    <message>
        <source>Amends: own up to a mistake with a client. Keeps a private journal of incidents: what went wrong, why, what will prevent it, and what to say on the call. Without a command, opens the window.</source>
        <translation>Amends: ta ansvar för ett misstag mot en kund. För en privat journal över händelser: vad som gick fel, varför, vad som ska förhindra det och vad du ska säga i samtalet. Utan kommando öppnas fönstret.</translation>
    </message>
    <message>
        <source>The journal is a SQLite file in your user data folder; --db or the AMENDS_DB variable choose another.</source>
        <translation>Journalen är en SQLite-fil i din mapp för användardata; --db eller variabeln AMENDS_DB väljer en annan.</translation>
    </message>
    <message>
        <source>PATH</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>SÖKVÄG</translation>
    </message>
    <message>
        <source>the journal file to use</source>
        <translation>journalfilen som ska användas</translation>
    </message>
    <message>
        <source>open the window on a throwaway sample journal</source>
        <translation>öppna fönstret med en exempeljournal som kastas efteråt</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>KOMMANDO</translation>
    </message>
    <message>
        <source>add the incidents of an Amends JSON file</source>
        <translation>importera händelserna från en Amends-JSON-fil</translation>
    </message>
    <message>
        <source>file</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>fil</translation>
    </message>
    <message>
        <source>a JSON file in the Amends format (docs/format.md)</source>
        <translation>en JSON-fil i Amends-formatet (docs/format.md)</translation>
    </message>
    <message>
        <source>write the whole journal as JSON, CSV or Markdown</source>
        <translation>exportera hela journalen som JSON, CSV eller Markdown</translation>
    </message>
    <message>
        <source>default: json</source>
        <translation>standard: json</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>UTFIL</translation>
    </message>
    <message>
        <source>the file to write (default: stdout)</source>
        <translation>filen att skriva till (standard: stdout)</translation>
    </message>
    <message>
        <source>list incidents, newest first, with filters</source>
        <translation>lista händelser, nyaste först, med filter</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>skriv ut JSON i stället för en tabell</translation>
    </message>
    <message>
        <source>show one incident in full</source>
        <translation>visa en händelse i sin helhet</translation>
    </message>
    <message>
        <source>id</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>id</translation>
    </message>
    <message>
        <source>print it in the interchange format</source>
        <translation>skriv ut den i utbytesformatet</translation>
    </message>
    <message>
        <source>find incidents containing all the words</source>
        <translation>hitta händelser som innehåller alla orden</translation>
    </message>
    <message>
        <source>query</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>sökord</translation>
    </message>
    <message>
        <source>words to find; &quot;quote words&quot; to find a phrase</source>
        <translation>ord att hitta; &quot;ord inom citattecken&quot; för att hitta en fras</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>skriv ut JSON</translation>
    </message>
    <message>
        <source>show repeats, overdue steps and counts</source>
        <translation>visa upprepningar, försenade åtgärder och antal</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>ANTAL</translation>
    </message>
    <message>
        <source>longest lists (default 20)</source>
        <translation>högst så många per lista (standard 20)</translation>
    </message>
    <message>
        <source>show every entry of every list</source>
        <translation>visa alla poster i alla listor</translation>
    </message>
    <message>
        <source>mark a prevention step done (or not done, --undo)</source>
        <translation>markera en förebyggande åtgärd som klar (eller inte klar, --undo)</translation>
    </message>
    <message>
        <source>Mark prevention step STEP of incident ID done: today, or on the day --on gives; marking a done step again changes its date.</source>
        <translation>Markera förebyggande åtgärd ÅTGÄRD i händelse ID som klar: i dag, eller den dag --on anger; markerar du en klar åtgärd igen ändras dess datum.</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>STEP</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>ÅTGÄRD</translation>
    </message>
    <message>
        <source>the step&apos;s number, as `show ID` lists it</source>
        <translation>åtgärdens nummer, som `show ID` visar det</translation>
    </message>
    <message>
        <source>the day it was done (default: today)</source>
        <translation>dagen den blev klar (standard: i dag)</translation>
    </message>
    <message>
        <source>mark it not done after all</source>
        <translation>markera den som inte klar ändå</translation>
    </message>
    <message>
        <source>mark an incident&apos;s compensation delivered (or not, --undo)</source>
        <translation>markera en händelses gottgörelse som levererad (eller inte, --undo)</translation>
    </message>
    <message>
        <source>Mark the compensation offered in incident ID delivered: today, or on the day --on gives.</source>
        <translation>Markera gottgörelsen som erbjöds i händelse ID som levererad: i dag, eller den dag --on anger.</translation>
    </message>
    <message>
        <source>the day it was delivered (default: today)</source>
        <translation>dagen den levererades (standard: i dag)</translation>
    </message>
    <message>
        <source>mark it not delivered after all</source>
        <translation>markera den som inte levererad ändå</translation>
    </message>
    <message>
        <source>ask the apology coach about a text or an incident</source>
        <translation>fråga ursäktscoachen om en text eller en händelse</translation>
    </message>
    <message>
        <source>text</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>text</translation>
    </message>
    <message>
        <source>the words to check (default: read standard input)</source>
        <translation>orden att kontrollera (standard: läs från standard in)</translation>
    </message>
    <message>
        <source>check an incident&apos;s summary, apology, empathy</source>
        <translation>kontrollera en händelses sammanfattning, ursäkt och empati</translation>
    </message>
    <message>
        <source>the text&apos;s language (default: guess)</source>
        <translation>textens språk (standard: gissa)</translation>
    </message>
    <message>
        <source>show or set the language the coach reads</source>
        <translation>visa eller ange vilket språk coachen läser på</translation>
    </message>
    <message>
        <source>auto: guess</source>
        <translation>auto: gissa</translation>
    </message>
    <message>
        <source>write the one-page PDF briefing for the call</source>
        <translation>skriv samtalsunderlaget på en sida som PDF</translation>
    </message>
    <message>
        <source>the PDF to write (default: ./briefing-ID.pdf)</source>
        <translation>PDF-filen som ska skrivas (standard: ./briefing-ID.pdf)</translation>
    </message>
    <message>
        <source>default: from your locale</source>
        <translation>standard: från dina språkinställningar</translation>
    </message>
    <message>
        <source>write a checked backup of the journal</source>
        <translation>skriv en kontrollerad säkerhetskopia av journalen</translation>
    </message>
    <message>
        <source>KEEP</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>ANTAL</translation>
    </message>
    <message>
        <source>keep this many backups from now on</source>
        <translation>behåll så här många säkerhetskopior från och med nu</translation>
    </message>
    <message>
        <source>list the backups instead</source>
        <translation>lista säkerhetskopiorna i stället</translation>
    </message>
    <message>
        <source>replace the journal with a backup</source>
        <translation>ersätt journalen med en säkerhetskopia</translation>
    </message>
    <message>
        <source>backup</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>säkerhetskopia</translation>
    </message>
    <message>
        <source>a backup file, as `backup --list` shows</source>
        <translation>en säkerhetskopia, som `backup --list` visar</translation>
    </message>
    <message>
        <source>the incident&apos;s number, as `list` shows it</source>
        <translation>händelsens nummer, som `list` visar det</translation>
    </message>
    <message>
        <source>show at most this many</source>
        <translation>visa högst så här många</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>filter</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>KUND</translation>
    </message>
    <message>
        <source>only this client (name, any case)</source>
        <translation>bara den här kunden (namnet, oavsett stora eller små bokstäver)</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>KATEGORI</translation>
    </message>
    <message>
        <source>only this category, e.g. &apos;missed deadline&apos;</source>
        <translation>bara den här kategorin, t.ex. &apos;missad deadline&apos;</translation>
    </message>
    <message>
        <source>only this</source>
        <translation>bara den här</translation>
    </message>
    <message>
        <source>only this status</source>
        <translation>bara den här statusen</translation>
    </message>
    <message>
        <source>TAG</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>TAGG</translation>
    </message>
    <message>
        <source>only incidents with this tag</source>
        <translation>bara händelser med den här taggen</translation>
    </message>
    <message>
        <source>OCCURRED_FROM</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>FRÅN_DATUM</translation>
    </message>
    <message>
        <source>on or after YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>den ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM eller ÅÅÅÅ eller senare</translation>
    </message>
    <message>
        <source>on or before YYYY-MM-DD, YYYY-MM (its end) or YYYY</source>
        <translation>den ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM (hela månaden) eller ÅÅÅÅ eller tidigare</translation>
    </message>
    <message>
        <source>OCCURRED_TO</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>TILL_DATUM</translation>
    </message>
    <message>
        <source>only incidents with a prevention step overdue</source>
        <translation>bara händelser med en försenad förebyggande åtgärd</translation>
    </message>
    <message>
        <source>sort by</source>
        <translation>sortera efter</translation>
    </message>
    <message>
        <source>oldest / smallest first</source>
        <translation>äldsta / minsta först</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Amends hit a bug</source>
        <translation>Amends råkade ut för en bugg</translation>
    </message>
    <message>
        <source>Amends hit a bug: something went wrong that never should have.</source>
        <translation>Amends råkade ut för en bugg: något gick fel som aldrig borde ha gått fel.</translation>
    </message>
    <message>
        <source>What you wrote is safe: it is saved in your journal.</source>
        <translation>Det du skrev är i säkerhet: det är sparat i din journal.</translation>
    </message>
    <message>
        <source>What you were writing could not be saved, so it stays in the window, and a copy is kept in {path}.</source>
        <translation>Det du skrev kunde inte sparas, så det finns kvar i fönstret, och en kopia finns i {path}.</translation>
    </message>
    <message>
        <source>What you were writing could not be saved; it stays in the window. Copy it out before you close Amends.</source>
        <translation>Det du skrev kunde inte sparas; det finns kvar i fönstret. Kopiera det innan du stänger Amends.</translation>
    </message>
    <message>
        <source>A report of what went wrong is in {path}; it holds no text of yours beyond the error itself, and it goes nowhere unless you send it.</source>
        <translation>En rapport om vad som gick fel finns i {path}; den innehåller ingen text du har skrivit, bara själva felet, och den skickas ingenstans om du inte skickar den själv.</translation>
    </message>
    <message>
        <source>No report could be written: {reason}.</source>
        <translation>Ingen rapport kunde skrivas: {reason}.</translation>
    </message>
    <message>
        <source>No report could be written: this run of Amends has written enough of them.</source>
        <translation>Ingen rapport kunde skrivas: Amends har redan skrivit tillräckligt många den här gången.</translation>
    </message>
    <message>
        <source>Amends keeps running; if something looks wrong, close it and start it again.</source>
        <translation>Amends körs vidare; om något ser fel ut, stäng programmet och starta det igen.</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;Kopiera rapporten</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierad</translation>
    </message>
    <message>
        <source>Amends hit the same bug again (see the report in {path}).</source>
        <translation>Amends råkade ut för samma bugg igen (se rapporten i {path}).</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <source>Pick a day</source>
        <translation>Välj en dag</translation>
    </message>
</context>
<context>
    <name>Days</name>
    <message>
        <source>Jan</source>
        <translation>jan.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>juni</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>juli</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>The compensation&apos;s value must be a number of 0 or more, below 1,000,000,000,000,000.</source>
        <translation>Gottgörelsens värde måste vara ett tal från 0 och uppåt, under 1 000 000 000 000 000.</translation>
    </message>
    <message>
        <source>The date and time {when} is outside the years 1 to 9999 once in UTC, as the journal keeps date-times; give one inside them.</source>
        <translation>Tidpunkten {when} hamnar utanför åren 1–9999 omräknad till UTC, som journalen sparar tider i; ange en tidpunkt inom dem.</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Markera &amp;allt</translation>
    </message>
</context>
<context>
    <name>FieldNote</name>
    <message>
        <source>{problem} Until then the journal keeps {kept}.</source>
        <translation>{problem} Till dess behåller journalen {kept}.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>What you offer</source>
        <translation>Vad du erbjuder</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>SEK</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Levererad den</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Hur det gick</translation>
    </message>
    <message>
        <source>The client stayed</source>
        <translation>Kunden stannade</translation>
    </message>
    <message>
        <source>They became an advocate</source>
        <translation>Kunden rekommenderar dig nu</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Who was let down?</source>
        <translation>Vem drabbades?</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>A few words: “Missed the launch date”</source>
        <translation>Några ord: ”Missade lanseringsdatumet”</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>2026-03-02, today, yesterday…</source>
        <translation>2026-03-02, i dag, i går…</translation>
    </message>
    <message>
        <source>Kind of mistake</source>
        <translation>Typ av misstag</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <source>A word, then Enter</source>
        <translation>Ett ord, sedan Enter</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>The events, in order.</source>
        <translation>Det som hände, i tur och ordning.</translation>
    </message>
    <message>
        <source>Impact on the client</source>
        <translation>Påverkan på kunden</translation>
    </message>
    <message>
        <source>What did it cost them?</source>
        <translation>Vad kostade det dem?</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Why? One answer per line, each a “why” deeper.</source>
        <translation>Varför? Ett svar per rad, varje svar ett ”varför” djupare.</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundorsak</translation>
    </message>
    <message>
        <source>What was in your control</source>
        <translation>Vad du kunde påverka</translation>
    </message>
    <message>
        <source>“I chose the host…”</source>
        <translation>”Jag valde webbhotellet …”</translation>
    </message>
    <message>
        <source>What you are doing now</source>
        <translation>Vad du gör nu</translation>
    </message>
    <message>
        <source>Fix status</source>
        <translation>Lösningens status</translation>
    </message>
    <message>
        <source>Why it won&apos;t happen again</source>
        <translation>Varför det inte ska hända igen</translation>
    </message>
    <message>
        <source>Prevention steps</source>
        <translation>Förebyggande åtgärder</translation>
    </message>
    <message>
        <source>Make it right</source>
        <translation>Gottgörelse</translation>
    </message>
    <message>
        <source>An unexpected gesture</source>
        <translation>En oväntad gest</translation>
    </message>
    <message>
        <source>What you will say</source>
        <translation>Vad du ska säga</translation>
    </message>
    <message>
        <source>One or two sentences: sorry, the mistake, the fix.</source>
        <translation>En eller två meningar: förlåt, misstaget, lösningen.</translation>
    </message>
    <message>
        <source>The apology</source>
        <translation>Ursäkten</translation>
    </message>
    <message>
        <source>Show you see their side</source>
        <translation>Visa att du förstår deras sida</translation>
    </message>
    <message>
        <source>Likely questions</source>
        <translation>Troliga frågor</translation>
    </message>
    <message>
        <source>Call date and time</source>
        <translation>Samtalets datum och tid</translation>
    </message>
    <message>
        <source>Follow-up message</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>What you write to the client after the call.</source>
        <translation>Det du skriver till kunden efter samtalet.</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Skickad den</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Efteråt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Amends JSON (*.json)</source>
        <translation>Amends JSON (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-kalkylblad (*.csv)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Amends journals (*.amends)</source>
        <translation>Amends-journaler (*.amends)</translation>
    </message>
    <message>
        <source>Amends backups (*{suffix})</source>
        <translation>Amends-säkerhetskopior (*{suffix})</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Säkerhetskopiera</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation>Öppna en journal</translation>
    </message>
    <message>
        <source>New journal</source>
        <translation>Ny journal</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Läser {name}…</translation>
    </message>
    <message>
        <source>Importing… {done} of {total} incidents</source>
        <translation>Importerar… {done} av {total} händelser</translation>
    </message>
    <message>
        <source>Saving the imported incidents…</source>
        <translation>Sparar de importerade händelserna…</translation>
    </message>
    <message>
        <source>Import cancelled; the journal is as it was.</source>
        <translation>Importen avbröts; journalen är som förut.</translation>
    </message>
    <message>
        <source>{name} was not imported: {reason}</source>
        <translation>{name} importerades inte: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Kan inte läsa {path}: {reason}.</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Läser journalen…</translation>
    </message>
    <message>
        <source>Exporting… {done} of {total} incidents</source>
        <translation>Exporterar… {done} av {total} händelser</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Sparar {name}…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Inte exporterat: {reason}</translation>
    </message>
    <message>
        <source>Backing up the journal…</source>
        <translation>Säkerhetskopierar journalen…</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Säkerhetskopia sparad: {path}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Ingen säkerhetskopia gjordes: {reason}</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Återställer säkerhetskopian…</translation>
    </message>
    <message>
        <source>Replace the journal with the backup {name}? Everything written since it was made is replaced; the journal as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Ersätta journalen med säkerhetskopian {name}? Allt som skrivits sedan den gjordes ersätts; journalen som den är nu säkerhetskopieras först, så du kan ångra detta genom att återställa den säkerhetskopian.</translation>
    </message>
    <message>
        <source>Restored the backup {name}. The journal as it was is kept in {previous}.</source>
        <translation>Säkerhetskopian {name} är återställd. Journalen som den var finns kvar i {previous}.</translation>
    </message>
    <message>
        <source>Not restored: {reason}</source>
        <translation>Inte återställd: {reason}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Öppnar {name}…</translation>
    </message>
    <message>
        <source>Making the journal {name}…</source>
        <translation>Skapar journalen {name}…</translation>
    </message>
    <message>
        <source>Opened the journal {path}.</source>
        <translation>Öppnade journalen {path}.</translation>
    </message>
    <message>
        <source>Made the journal {path}; it is empty. Write an incident with Ctrl+N, or import some.</source>
        <translation>Skapade journalen {path}; den är tom. Skriv en händelse med Ctrl+N, eller importera några.</translation>
    </message>
    <message>
        <source>{path} is the journal open now.</source>
        <translation>{path} är den journal som är öppen nu.</translation>
    </message>
    <message>
        <source>Amends is already open on {path} in another window; it has been brought forward.</source>
        <translation>Amends är redan öppet med {path} i ett annat fönster; det har hämtats fram.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new name, or open it with File → Open journal…</source>
        <translation>{path} finns redan. Välj ett nytt namn, eller öppna den med Arkiv → Öppna journal…</translation>
    </message>
    <message>
        <source>What you wrote could not be saved, so Amends stays on this journal: {reason} Your text is still in the worksheet; try again once it is saved, or copy it out first.</source>
        <translation>Det du skrev kunde inte sparas, så Amends stannar i den här journalen: {reason} Din text finns kvar i arbetsbladet; försök igen när den är sparad, eller kopiera den först.</translation>
    </message>
    <message>
        <source>{reason}

The journal {current} is still open.</source>
        <translation>{reason}

Journalen {current} är fortfarande öppen.</translation>
    </message>
    <message>
        <source>{path} is not an Amends journal, or it is damaged, so it was not opened. To get a damaged journal&apos;s incidents back, make a new journal with File → New journal… and restore one of its backups into it with File → Restore…</source>
        <translation>{path} är inte en Amends-journal, eller så är den skadad, så den öppnades inte. För att få tillbaka en skadad journals händelser: skapa en ny journal med Arkiv → Ny journal… och återställ en av dess säkerhetskopior till den med Arkiv → Återställ…</translation>
    </message>
    <message>
        <source>{path} is read-only, so nothing you write in it could be saved. Make the file and its folder writable, or copy it to a folder you can write to and open the copy with File → Open journal…</source>
        <translation>{path} är skrivskyddad, så inget du skriver i den skulle kunna sparas. Gör filen och dess mapp skrivbara, eller kopiera den till en mapp du kan skriva i och öppna kopian med Arkiv → Öppna journal…</translation>
    </message>
    <message>
        <source>&amp;Open journal…</source>
        <translation>&amp;Öppna journal…</translation>
    </message>
    <message>
        <source>Ne&amp;w journal…</source>
        <translation>&amp;Ny journal…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>&amp;Säkerhetskopiera nu</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <source>Import incidents</source>
        <translation>Importera händelser</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s). Their numbers were taken already, so they have new ones.</source>
        <translation>
            <numerusform>Importerade %n händelse. Dess nummer var redan upptaget, så den har fått ett nytt.</numerusform>
            <numerusform>Importerade %n händelser. Deras nummer var redan upptagna, så de har fått nya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s).</source>
        <translation>
            <numerusform>Importerade %n händelse.</numerusform>
            <numerusform>Importerade %n händelser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Inte importerat</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Exportera journalen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incident(s) to {path}.</source>
        <translation>
            <numerusform>Exporterade %n händelse till {path}.</numerusform>
            <numerusform>Exporterade %n händelser till {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Inte exporterat</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>Ingen säkerhetskopia gjord</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Inte återställd</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Inte öppnad</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>Inte skapad</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>any</source>
        <comment>a date filter left empty</comment>
        <translation>valfritt</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Alla kunder</translation>
    </message>
    <message>
        <source>Only this client&apos;s incidents: type a name, Enter to apply</source>
        <translation>Bara den här kundens händelser: skriv ett namn, Enter för att tillämpa</translation>
    </message>
    <message>
        <source>Only this kind of mistake</source>
        <translation>Bara den här sortens misstag</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alla kategorier</translation>
    </message>
    <message>
        <source>Only this severity</source>
        <translation>Bara den här allvarlighetsgraden</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alla nivåer</translation>
    </message>
    <message>
        <source>Only incidents at this stage</source>
        <translation>Bara händelser med den här statusen</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alla statusar</translation>
    </message>
    <message>
        <source>Only incidents with this tag</source>
        <translation>Bara händelser med den här taggen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alla taggar</translation>
    </message>
    <message>
        <source>On or after: 2026-03-02, 2026-03 or 2026</source>
        <translation>Från och med: 2026-03-02, 2026-03 eller 2026</translation>
    </message>
    <message>
        <source>On or before: 2026-03-02, 2026-03 (its end) or 2026</source>
        <translation>Till och med: 2026-03-02, 2026-03 (hela månaden) eller 2026</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Försenade åtgärder</translation>
    </message>
    <message>
        <source>Only incidents with a prevention step past its due date</source>
        <translation>Bara händelser med en förebyggande åtgärd som är försenad</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Rensa filter</translation>
    </message>
    <message>
        <source>From</source>
        <comment>before the first day of a date filter</comment>
        <translation>Från</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between the first and last day of a date filter</comment>
        <translation>till</translation>
    </message>
    <message>
        <source>Not a date: write 2026-03-02, 2026-03 or 2026.</source>
        <translation>Inte ett datum: skriv 2026-03-02, 2026-03 eller 2026.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Hello {name},</source>
        <translation>Hej {name},</translation>
    </message>
    <message>
        <source>Thank you for talking it through with me.</source>
        <translation>Tack för att du tog dig tid att prata igenom det med mig.</translation>
    </message>
    <message>
        <source>What I have done:</source>
        <translation>Det här har jag gjort:</translation>
    </message>
    <message>
        <source>So that it does not happen again:</source>
        <translation>Så att det inte ska hända igen:</translation>
    </message>
    <message>
        <source>To make up for it:</source>
        <translation>För att gottgöra det:</translation>
    </message>
    <message>
        <source>I will keep you posted until every step is done.</source>
        <translation>Jag håller dig uppdaterad tills varje steg är klart.</translation>
    </message>
    <message>
        <source>{text} (done {day})</source>
        <translation>{text} (klart {day})</translation>
    </message>
    <message>
        <source>{text} (by {day})</source>
        <translation>{text} (senast {day})</translation>
    </message>
    <message>
        <source>About {title}</source>
        <comment>the e-mail&apos;s subject</comment>
        <translation>Angående {title}</translation>
    </message>
</context>
<context>
    <name>FollowUpTools</name>
    <message>
        <source>&amp;Draft from the worksheet</source>
        <translation>&amp;Skriv utkast från arbetsbladet</translation>
    </message>
    <message>
        <source>Start the message from the apology, the fix, the steps and the offer</source>
        <translation>Skriv ett utkast utifrån ursäkten, lösningen, åtgärderna och erbjudandet</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Copy the message to paste it in any app</source>
        <translation>Kopiera meddelandet och klistra in det i valfri app</translation>
    </message>
    <message>
        <source>Open in &amp;mail app</source>
        <translation>Öppna i &amp;e-postprogrammet</translation>
    </message>
    <message>
        <source>A new e-mail to the client with it</source>
        <translation>Ett nytt mejl till kunden med meddelandet</translation>
    </message>
    <message>
        <source>Sent &amp;today</source>
        <translation>Skickat &amp;i dag</translation>
    </message>
    <message>
        <source>Record that the message was sent today</source>
        <translation>Anteckna att meddelandet skickades i dag</translation>
    </message>
    <message>
        <source>Write the apology (The call) first: the message starts from it.</source>
        <translation>Skriv ursäkten (Samtalet) först: meddelandet utgår från den.</translation>
    </message>
    <message>
        <source>Drafted from the worksheet. Ctrl+Z in the message brings back what was there.</source>
        <translation>Utkastet är skapat från arbetsbladet. Ctrl+Z i meddelandet tar tillbaka det som stod där.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Meddelandet är tomt.</translation>
    </message>
    <message>
        <source>The message is copied: paste it where you write to the client.</source>
        <translation>Meddelandet är kopierat: klistra in det där du skriver till kunden.</translation>
    </message>
    <message>
        <source>Your mail app opens with the message. Once it is sent, press Sent today.</source>
        <translation>Ditt e-postprogram öppnas med meddelandet. När det är skickat, tryck på Skickat i dag.</translation>
    </message>
    <message>
        <source>Your mail app opens with the message, addressed to no one yet: this client has no e-mail address (Clients, Edit details…). Once it is sent, press Sent today.</source>
        <translation>Ditt e-postprogram öppnas med meddelandet, ännu utan mottagare: kunden har ingen e-postadress (Kunder, Ändra uppgifter…). När det är skickat, tryck på Skickat i dag.</translation>
    </message>
    <message>
        <source>No mail app could be opened. Copy the message instead.</source>
        <translation>Inget e-postprogram gick att öppna. Kopiera meddelandet i stället.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Amends Help</source>
        <translation>Hjälp för Amends</translation>
    </message>
    <message>
        <source>&amp;Guide to the method</source>
        <translation>&amp;Guide till metoden</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Övrigt</translation>
    </message>
</context>
<context>
    <name>HistoryNote</name>
    <message numerus="yes">
        <source>You have been here before: %n earlier incident(s) of “{category}” with {client}.</source>
        <translation>
            <numerusform>Det här har hänt förut: %n tidigare händelse av typen ”{category}” med {client}.</numerusform>
            <numerusform>Det här har hänt förut: %n tidigare händelser av typen ”{category}” med {client}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been here before: %n earlier incident(s) of “{category}” with {client}, the last on {day}.</source>
        <translation>
            <numerusform>Det här har hänt förut: %n tidigare händelse av typen ”{category}” med {client}, den {day}.</numerusform>
            <numerusform>Det här har hänt förut: %n tidigare händelser av typen ”{category}” med {client}, senast den {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It happened again after this one: %n later incident(s) of “{category}” with {client}.</source>
        <translation>
            <numerusform>Det hände igen efter den här: %n senare händelse av typen ”{category}” med {client}.</numerusform>
            <numerusform>Det hände igen efter den här: %n senare händelser av typen ”{category}” med {client}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>it is nested too deeply: an Amends file has lists and objects a few levels deep</source>
        <translation>den är för djupt nästlad: en Amends-fil har listor och objekt bara några nivåer djupt</translation>
    </message>
    <message>
        <source>not a key of the Amends format (see docs/format.md)</source>
        <translation>ingen nyckel i Amends-formatet (se docs/format.md)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>krävs</translation>
    </message>
    <message>
        <source>{reason}, got {value}</source>
        <translation>{reason}, fick {value}</translation>
    </message>
    <message>
        <source>incident {number} (&quot;{title}&quot;), key &apos;{key}&apos;: {reason}</source>
        <translation>händelse {number} (&quot;{title}&quot;), nyckel &apos;{key}&apos;: {reason}</translation>
    </message>
    <message>
        <source>incident {number} (&quot;{title}&quot;): {reason}</source>
        <translation>händelse {number} (&quot;{title}&quot;): {reason}</translation>
    </message>
    <message>
        <source>incident {number}, key &apos;{key}&apos;: {reason}</source>
        <translation>händelse {number}, nyckel &apos;{key}&apos;: {reason}</translation>
    </message>
    <message>
        <source>incident {number}: {reason}</source>
        <translation>händelse {number}: {reason}</translation>
    </message>
    <message>
        <source>key &apos;{key}&apos;: {reason}</source>
        <translation>nyckel &apos;{key}&apos;: {reason}</translation>
    </message>
    <message>
        <source>it is not a file Amends exported (one says &quot;format&quot;: &quot;amends&quot;); Amends imports only those</source>
        <translation>det är inte en fil som Amends har exporterat (en sådan innehåller &quot;format&quot;: &quot;amends&quot;); Amends importerar bara sådana</translation>
    </message>
    <message>
        <source>it is a journal, not a file exported from one: open it as a journal instead</source>
        <translation>det är en journal, inte en fil exporterad från en: öppna den som journal i stället</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {position}); save it as UTF-8 and try again</source>
        <translation>filen är inte UTF-8-text (byte {position}); spara den som UTF-8 och försök igen</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {reason}</source>
        <translation>rad {line}, kolumn {column}: {reason}</translation>
    </message>
    <message>
        <source>it holds a number of more than 4,300 digits, which no key of the Amends format takes</source>
        <translation>den innehåller ett tal med fler än 4 300 siffror, vilket ingen nyckel i Amends-formatet accepterar</translation>
    </message>
    <message>
        <source>this file uses version {version} of the Amends format; this Amends reads version {supported}. Update Amends to import it.</source>
        <translation>filen använder version {version} av Amends-formatet; den här versionen av Amends läser version {supported}. Uppdatera Amends för att importera den.</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>får inte vara tom</translation>
    </message>
    <message>
        <source>is outside the years 1 to 9999 once in UTC, as the journal keeps date-times; give one inside them</source>
        <translation>ligger utanför åren 1–9999 omräknat till UTC, som journalen sparar tidpunkter i; ange en tidpunkt inom dem</translation>
    </message>
    <message>
        <source>a question needs a question or an answer</source>
        <translation>en fråga behöver en fråga eller ett svar</translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>Unfinished: give it a title and a client in the worksheet (Enter opens it).</source>
        <translation>Ofärdig: ge den en titel och en kund i arbetsbladet (Enter öppnar det).</translation>
    </message>
    <message>
        <source>Unfinished: give it a title in the worksheet (Enter opens it).</source>
        <translation>Ofärdig: ge den en titel i arbetsbladet (Enter öppnar det).</translation>
    </message>
    <message>
        <source>Unfinished: give it a client in the worksheet (Enter opens it).</source>
        <translation>Ofärdig: ge den en kund i arbetsbladet (Enter öppnar det).</translation>
    </message>
</context>
<context>
    <name>JournalErrors</name>
    <message>
        <source>{path} is the journal itself; choose one of its backups.</source>
        <translation>{path} är själva journalen; välj en av dess säkerhetskopior.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Amends; update Amends to restore it.</source>
        <translation>{path} gjordes av en nyare version av Amends; uppdatera Amends för att återställa den.</translation>
    </message>
    <message>
        <source>{path} is read-only, so it cannot be restored into.</source>
        <translation>{path} är skrivskyddad, så inget kan återställas till den.</translation>
    </message>
    <message>
        <source>Incident {incident} has no prevention steps.</source>
        <translation>Händelse {incident} har inga förebyggande åtgärder.</translation>
    </message>
    <message>
        <source>Incident {incident} has no prevention step {step}: it has {count}.</source>
        <translation>Händelse {incident} har ingen förebyggande åtgärd {step}: den har {count}.</translation>
    </message>
    <message>
        <source>Incident {incident} offers no compensation, so there is nothing to deliver.</source>
        <translation>Händelse {incident} erbjuder ingen gottgörelse, så det finns inget att leverera.</translation>
    </message>
    <message>
        <source>This incident has not been saved yet; create it first.</source>
        <translation>Händelsen har inte sparats än; skapa den först.</translation>
    </message>
    <message>
        <source>{path} is not an Amends journal, not even a damaged one, so it was left as it is.</source>
        <translation>{path} är ingen Amends-journal, inte ens en skadad, så den lämnades som den var.</translation>
    </message>
    <message>
        <source>The coach knows {languages}; {code} is not one of them.</source>
        <translation>Coachen kan {languages}; {code} är inte ett av dem.</translation>
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation>Behåll minst en säkerhetskopia.</translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation>Det finns ingen säkerhetskopia på {path}.</translation>
    </message>
    <message>
        <source>{path} is not a usable Amends backup ({reason}).</source>
        <translation>{path} är ingen användbar Amends-säkerhetskopia ({reason}).</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); choose another backup.</source>
        <translation>{path} är skadad ({reason}); välj en annan säkerhetskopia.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a journal.</source>
        <translation>{path} är en mapp, inte en journal.</translation>
    </message>
    <message>
        <source>{path} is not a plain file, not a journal.</source>
        <translation>{path} är ingen vanlig fil och ingen journal.</translation>
    </message>
    <message>
        <source>Cannot create the journal {path}: {reason}.</source>
        <translation>Kan inte skapa journalen {path}: {reason}.</translation>
    </message>
    <message>
        <source>There is no journal at {path}.</source>
        <translation>Det finns ingen journal på {path}.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}), so nothing more is written to it.</source>
        <translation>{path} är skadad ({reason}), så inget mer skrivs till den.</translation>
    </message>
    <message>
        <source>Free some space, or write it to another disk.</source>
        <translation>Frigör lite utrymme, eller skriv den till en annan disk.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Välj en mapp du kan skriva till.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or make this one writable.</source>
        <translation>Välj en mapp du kan skriva till, eller gör den här skrivbar.</translation>
    </message>
    <message>
        <source>The disk reported an error: check the disk, or write it to another.</source>
        <translation>Disken rapporterade ett fel: kontrollera disken, eller skriv till en annan.</translation>
    </message>
    <message>
        <source>Choose another place.</source>
        <translation>Välj en annan plats.</translation>
    </message>
    <message>
        <source>Cannot write a backup in {folder}: {reason}. {advice}</source>
        <translation>Kan inte skriva en säkerhetskopia i {folder}: {reason}. {advice}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. {advice}</source>
        <translation>Kan inte skriva {path}: {reason}. {advice}</translation>
    </message>
    <message>
        <source>The disk holding {path} is full, so this change was not saved. Free some space and try again; the journal is unchanged.</source>
        <translation>Disken med {path} är full, så ändringen sparades inte. Frigör lite utrymme och försök igen; journalen är oförändrad.</translation>
    </message>
    <message>
        <source>The journal {path} is read-only, so this change was not saved.</source>
        <translation>Journalen {path} är skrivskyddad, så ändringen sparades inte.</translation>
    </message>
    <message>
        <source>The journal {path} is busy: another program is writing to it. Close other Amends windows or commands and try again; nothing was lost.</source>
        <translation>Journalen {path} är upptagen: ett annat program skriver till den. Stäng andra Amends-fönster eller kommandon och försök igen; inget har gått förlorat.</translation>
    </message>
    <message>
        <source>{path} is not an Amends journal or is damaged.</source>
        <translation>{path} är ingen Amends-journal eller är skadad.</translation>
    </message>
    <message>
        <source>Cannot open the journal {path}: check that its folder exists and is yours.</source>
        <translation>Kan inte öppna journalen {path}: kontrollera att mappen finns och är din.</translation>
    </message>
    <message>
        <source>The disk reported an error while using {path}. Check the disk, then restore the newest backup if the journal looks wrong.</source>
        <translation>Disken rapporterade ett fel när {path} användes. Kontrollera disken och återställ sedan den senaste säkerhetskopian om journalen ser fel ut.</translation>
    </message>
    <message>
        <source>There is no incident {id}.</source>
        <translation>Det finns ingen händelse {id}.</translation>
    </message>
    <message>
        <source>{path} is a database, but not an Amends journal; it was left untouched.</source>
        <translation>{path} är en databas, men ingen Amends-journal; den lämnades orörd.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Amends (schema {revision}). Update Amends to open it; the file was left untouched.</source>
        <translation>{path} skrevs av en nyare version av Amends (schema {revision}). Uppdatera Amends för att öppna den; filen lämnades orörd.</translation>
    </message>
    <message>
        <source>{path} is read-only and must be upgraded before this version of Amends can use it.</source>
        <translation>{path} är skrivskyddad och måste uppgraderas innan den här versionen av Amends kan använda den.</translation>
    </message>
    <message>
        <source>{path}: the upgrade would leave {count} broken references, so it was not made; the journal is as it was.</source>
        <translation>{path}: uppgraderingen skulle lämna trasiga referenser ({count} st.), så den gjordes inte; journalen är som den var.</translation>
    </message>
    <message>
        <source>There is no client with id {id}.</source>
        <translation>Det finns ingen kund med id {id}.</translation>
    </message>
    <message>
        <source>There is no incident {id}; it may have been deleted.</source>
        <translation>Det finns ingen händelse {id}; den kan ha tagits bort.</translation>
    </message>
    <message>
        <source>Choose which client to change.</source>
        <translation>Välj vilken kund som ska ändras.</translation>
    </message>
    <message>
        <source>There is already a client called {name}.</source>
        <translation>Det finns redan en kund som heter {name}.</translation>
    </message>
    <message>
        <source>There is no category {name}.</source>
        <translation>Det finns ingen kategori {name}.</translation>
    </message>
    <message>
        <source>There is already a category called {name}.</source>
        <translation>Det finns redan en kategori som heter {name}.</translation>
    </message>
    <message>
        <source>Choose another category to move its incidents to.</source>
        <translation>Välj en annan kategori att flytta dess händelser till.</translation>
    </message>
    <message>
        <source>Amends exports {formats}, not {format}.</source>
        <translation>Amends exporterar {formats}, inte {format}.</translation>
    </message>
    <message>
        <source>{path} is the journal or one of its backups.</source>
        <translation>{path} är journalen eller en av dess säkerhetskopior.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file to write to.</source>
        <translation>{path} är en mapp: välj en fil att skriva till.</translation>
    </message>
    <message>
        <source>{path} is not a plain file: choose a file to write to.</source>
        <translation>{path} är ingen vanlig fil: välj en fil att skriva till.</translation>
    </message>
    <message>
        <source>Incident {id} is not in the Trash.</source>
        <translation>Händelse {id} finns inte i papperskorgen.</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>det finns ingen sådan fil eller mapp</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>åtkomst nekad</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken är skrivskyddad</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>det är en mapp</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>en del av sökvägen är inte en mapp</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>den finns redan</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>disken rapporterade ett fel</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>namnet är för långt</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Allvarlighetsgrad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Hittat i</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>A prevention step is past its due date.</source>
        <translation>En förebyggande åtgärd är försenad.</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Search every word of every incident, any language (Ctrl+F)</source>
        <translation>Sök bland alla ord i alla händelser, på vilket språk som helst (Ctrl+F)</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Ny händelse</translation>
    </message>
    <message>
        <source>Select an incident to read it here; Enter opens it.</source>
        <translation>Välj en händelse för att läsa den här; Enter öppnar den.</translation>
    </message>
    <message>
        <source>Nothing here yet — when something goes wrong with a client, start here.

Press Ctrl+N for a new incident. To see first what Amends is for, choose Help ▸ Look around with sample incidents.</source>
        <translation>Här finns inget ännu – när något går fel med en kund börjar du här.

Tryck Ctrl+N för en ny händelse. Vill du först se vad Amends är till för, välj Hjälp ▸ Titta runt bland exempelhändelser.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <source>It is saved, but the filters hide it: “Clear filters” shows it.</source>
        <translation>Den är sparad, men filtren döljer den: ”Rensa filter” visar den.</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>Written where Amends could not read it</source>
        <translation>Skrivet där Amends inte kunde läsa det</translation>
    </message>
    <message>
        <source>due {due}, done {done}</source>
        <translation>senast {due}, klar {done}</translation>
    </message>
    <message>
        <source>due {due}</source>
        <translation>senast {due}</translation>
    </message>
    <message>
        <source>done {done}</source>
        <translation>klar {done}</translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Kunder</translation>
    </message>
    <message>
        <source>&amp;Patterns</source>
        <translation>&amp;Mönster</translation>
    </message>
</context>
<context>
    <name>ListCount</name>
    <message numerus="yes">
        <source>%n incident(s) found (the best {limit})</source>
        <translation>
            <numerusform>%n händelse hittades (de {limit} bästa)</numerusform>
            <numerusform>%n händelser hittades (de {limit} bästa)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) found</source>
        <translation>
            <numerusform>%n händelse hittades</numerusform>
            <numerusform>%n händelser hittades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) match the filters</source>
        <translation>
            <numerusform>%n händelse matchar filtren</numerusform>
            <numerusform>%n händelser matchar filtren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n händelse</numerusform>
            <numerusform>%n händelser</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or shorter words, or clear the filters.</source>
        <translation>Inget matchar. Prova färre eller kortare ord, eller rensa filtren.</translation>
    </message>
    <message>
        <source>Nothing matches these words. Try fewer or shorter ones.</source>
        <translation>Inget matchar de här orden. Prova färre eller kortare.</translation>
    </message>
    <message>
        <source>No incident matches the filters. “Clear filters” shows them all.</source>
        <translation>Ingen händelse matchar filtren. ”Rensa filter” visar alla.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>Hä&amp;ndelse</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Worksheet</source>
        <translation>Ar&amp;betsblad</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Amends — {name}</source>
        <translation>Amends — {name}</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Säkerhets&amp;kopior…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>&amp;Papperskorgen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Inst&amp;ällningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation>&amp;Ny händelse</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>&amp;Öppna markerad</translation>
    </message>
    <message>
        <source>&amp;Briefing for the call…</source>
        <translation>Samtals&amp;underlag…</translation>
    </message>
    <message>
        <source>Back to the &amp;journal</source>
        <translation>Tillbaka till &amp;journalen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Delete incident…</source>
        <translation>&amp;Ta bort händelse…</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>&amp;Ångra borttagning</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Kunder</translation>
    </message>
    <message>
        <source>&amp;Patterns</source>
        <translation>&amp;Mönster</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Utseende</translation>
    </message>
    <message>
        <source>&amp;Guide to the method</source>
        <translation>&amp;Guide till metoden</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;Look around with sample incidents</source>
        <translation>&amp;Titta runt bland exempelhändelser</translation>
    </message>
    <message>
        <source>&amp;About Amends</source>
        <translation>&amp;Om Amends</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Följ &amp;systemet</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Ljust</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Mörkt</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Nästa steg</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Föregående steg</translation>
    </message>
    <message>
        <source>&amp;Leave without saving</source>
        <translation>&amp;Lämna utan att spara</translation>
    </message>
    <message>
        <source>amends: what you wrote was not saved ({reason}); it is kept in {path}.</source>
        <translation>amends: det du skrev sparades inte ({reason}); det finns i {path}.</translation>
    </message>
    <message>
        <source>amends: what you wrote was not saved ({reason}); no file could be written either.</source>
        <translation>amends: det du skrev sparades inte ({reason}); ingen fil kunde heller skrivas.</translation>
    </message>
    <message>
        <source>&amp;Log out without saving</source>
        <translation>&amp;Logga ut utan att spara</translation>
    </message>
    <message>
        <source>The appearance applies until Amends closes: {reason}</source>
        <translation>Utseendet gäller tills Amends stängs: {reason}</translation>
    </message>
    <message>
        <source>Choose or save an incident first.</source>
        <translation>Välj eller spara en händelse först.</translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation>&amp;Avsluta utan att spara</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message>
        <source>Amends journal</source>
        <translation>Amends-journal</translation>
    </message>
    <message>
        <source>{title} (unfinished)</source>
        <translation>{title} (ofärdig)</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>Reading your journal…</source>
        <translation>Läser din journal…</translation>
    </message>
    <message>
        <source>Overdue steps, oldest first; click one to open its incident.</source>
        <translation>Försenade åtgärder, äldst först; klicka på en för att öppna dess händelse.</translation>
    </message>
    <message>
        <source>What goes wrong most</source>
        <translation>Vad som oftast går fel</translation>
    </message>
    <message>
        <source>Incidents per category.</source>
        <translation>Händelser per kategori.</translation>
    </message>
    <message>
        <source>Why, most often</source>
        <translation>Vanligaste orsakerna</translation>
    </message>
    <message>
        <source>Root causes you gave more than once.</source>
        <translation>Grundorsaker du har angett mer än en gång.</translation>
    </message>
    <message>
        <source>Same client, same failure</source>
        <translation>Samma kund, samma miss</translation>
    </message>
    <message>
        <source>Failing a client the same way twice is what makes them leave.</source>
        <translation>Att svika en kund på samma sätt två gånger är det som får kunden att lämna dig.</translation>
    </message>
    <message>
        <source>The same cause in other words</source>
        <translation>Samma orsak med andra ord</translation>
    </message>
    <message>
        <source>Lately, a why that reads like an earlier one with the same client.</source>
        <translation>Nyligen: ett varför som liknar ett tidigare med samma kund.</translation>
    </message>
    <message>
        <source>Did you keep your promises?</source>
        <translation>Höll du dina löften?</translation>
    </message>
    <message>
        <source>Prevention steps by how they went; click “overdue” to see those incidents.</source>
        <translation>Förebyggande åtgärder efter hur det gick; klicka på ”försenad” för att se de händelserna.</translation>
    </message>
    <message>
        <source>Making it right</source>
        <translation>Gottgörelse</translation>
    </message>
    <message>
        <source>What you offered each client; the solid part of each bar is delivered.</source>
        <translation>Vad du erbjöd varje kund; den fyllda delen av varje stapel är levererad.</translation>
    </message>
    <message>
        <source>Incidents per month</source>
        <translation>Händelser per månad</translation>
    </message>
    <message>
        <source>The last two years, by category; click a bar to see those incidents.</source>
        <translation>De senaste två åren, per kategori; klicka på en stapel för att se de händelserna.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <comment>after “with”: 3 incidents with 2 clients.</comment>
        <translation>
            <numerusform>%n kund</numerusform>
            <numerusform>%n kunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with {clients}.</source>
        <translation>
            <numerusform>%n händelse med {clients}.</numerusform>
            <numerusform>%n händelser med {clients}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n case(s) you failed the same client the same way again.</source>
        <translation>
            <numerusform>I %n fall svek du samma kund på samma sätt igen.</numerusform>
            <numerusform>I %n fall svek du samma kund på samma sätt igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prevention step(s) overdue.</source>
        <translation>
            <numerusform>%n förebyggande åtgärd är försenad.</numerusform>
            <numerusform>%n förebyggande åtgärder är försenade.</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents yet, so no patterns. They appear here as the journal fills.</source>
        <translation>Inga händelser än, alltså inga mönster. De dyker upp här när journalen fylls på.</translation>
    </message>
    <message>
        <source>Cause: {cause}</source>
        <translation>Orsak: {cause}</translation>
    </message>
    <message>
        <source>No cause given twice yet.</source>
        <translation>Ingen orsak har angetts två gånger än.</translation>
    </message>
    <message>
        <source>{count} × {category} with {client}, last on {day}</source>
        <translation>{count} × {category} med {client}, senast {day}</translation>
    </message>
    <message>
        <source>No client failed twice the same way. Keep it so.</source>
        <translation>Ingen kund har svikits två gånger på samma sätt. Fortsätt så.</translation>
    </message>
    <message>
        <source>No recent why reads like an earlier one.</source>
        <translation>Inget nytt varför liknar ett tidigare.</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>senast {day}</translation>
    </message>
    <message>
        <source>Due {day}: {step}
{title} ({client})</source>
        <translation>Senast {day}: {step}
{title} ({client})</translation>
    </message>
    <message>
        <source>No prevention step is overdue.</source>
        <translation>Ingen förebyggande åtgärd är försenad.</translation>
    </message>
    <message>
        <source>No compensation with an amount yet.</source>
        <translation>Ingen gottgörelse med belopp än.</translation>
    </message>
    <message numerus="yes">
        <source>{title} ({client}) reads like %n earlier: {categories}</source>
        <translation>
            <numerusform>{title} ({client}) liknar %n tidigare: {categories}</numerusform>
            <numerusform>{title} ({client}) liknar %n tidigare: {categories}</numerusform>
        </translation>
    </message>
    <message>
        <source>Same cause as “{title}”</source>
        <translation>Samma orsak som ”{title}”</translation>
    </message>
    <message>
        <source>{amount}, {share} delivered</source>
        <translation>{amount}, {share} levererat</translation>
    </message>
    <message numerus="yes">
        <source>{client}: offered {amount} over %n incident(s), delivered {delivered}</source>
        <translation>
            <numerusform>{client}: erbjudet {amount} för %n händelse, levererat {delivered}</numerusform>
            <numerusform>{client}: erbjudet {amount} för %n händelser, levererat {delivered}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>PromiseChart</name>
    <message>
        <source>done on time</source>
        <translation>klar i tid</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>klar för sent</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenad</translation>
    </message>
    <message>
        <source>not due yet</source>
        <translation>inte dags än</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera alla</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra &amp;in</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Markera alla</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Move this question up (Alt+Up)</source>
        <translation>Flytta upp frågan (Alt+Up)</translation>
    </message>
    <message>
        <source>Move this question down (Alt+Down)</source>
        <translation>Flytta ner frågan (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove this question</source>
        <translation>Ta bort frågan</translation>
    </message>
    <message>
        <source>A question they may ask</source>
        <translation>En fråga de kan ställa</translation>
    </message>
    <message>
        <source>The question, as they may ask it</source>
        <translation>Frågan, så som de kan ställa den</translation>
    </message>
    <message>
        <source>What you will answer</source>
        <translation>Vad du ska svara</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ditt svar</translation>
    </message>
    <message>
        <source>Q: {question}
A: {answer}</source>
        <translation>F: {question}
S: {answer}</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Add question</source>
        <translation>Lägg till fråga</translation>
    </message>
    <message>
        <source>Add a question they may ask, with your answer</source>
        <translation>Lägg till en fråga de kan ställa, med ditt svar</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Amends could not finish reading the journal; it reads it again when shown next.</source>
        <translation>Amends kunde inte läsa klart journalen; den läses igen nästa gång den visas.</translation>
    </message>
</context>
<context>
    <name>Readers</name>
    <message>
        <source>Amends can&apos;t read “{typed}” as a date. Type it like 2026-03-02, or “today” or “yesterday”, or pick a day.</source>
        <translation>Amends kan inte läsa ”{typed}” som ett datum. Skriv det som 2026-03-02, eller ”i dag” eller ”i går”, eller välj en dag.</translation>
    </message>
    <message>
        <source>Amends can&apos;t read “{typed}” as a date. Type it like 2026-03-02 or {sample}, or “today” or “yesterday”, or pick a day.</source>
        <translation>Amends kan inte läsa ”{typed}” som ett datum. Skriv det som 2026-03-02 eller {sample}, eller ”i dag” eller ”i går”, eller välj en dag.</translation>
    </message>
    <message>
        <source>Add the time of the call too, like 2026-03-04 10:00.</source>
        <translation>Lägg till tiden för samtalet också, till exempel 2026-03-04 10:00.</translation>
    </message>
    <message>
        <source>Amends can&apos;t read “{typed}” as a day and a time. Type it like 2026-03-04 10:00, or “tomorrow 15:30”.</source>
        <translation>Amends kan inte läsa ”{typed}” som en dag och en tid. Skriv det som 2026-03-04 10:00, eller ”i morgon 15:30”.</translation>
    </message>
    <message>
        <source>“{typed}” is too near the year 1 or 9999 to be kept.</source>
        <translation>”{typed}” ligger för nära år 1 eller 9999 för att kunna sparas.</translation>
    </message>
    <message>
        <source>Amends can&apos;t read “{typed}” as an amount. Type a number like {sample} or 150, with its currency if you like.</source>
        <translation>Amends kan inte läsa ”{typed}” som ett belopp. Skriv ett tal som {sample} eller 150, gärna med valuta.</translation>
    </message>
    <message>
        <source>“{typed}” is more than Amends keeps as an amount.</source>
        <translation>”{typed}” är mer än Amends kan spara som belopp.</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message>
        <source>Restore a backup with `amends restore BACKUP`, or open another file with --db.</source>
        <translation>Återställ en säkerhetskopia med `amends restore BACKUP`, eller öppna en annan fil med --db.</translation>
    </message>
    <message>
        <source>Restore a backup with File → Restore…, or open another file with File → Open journal…</source>
        <translation>Återställ en säkerhetskopia med Arkiv → Återställ…, eller öppna en annan fil med Arkiv → Öppna journal…</translation>
    </message>
    <message>
        <source>Restore the newest good backup (amends backup --list, amends restore).</source>
        <translation>Återställ den senaste fungerande säkerhetskopian (amends backup --list, amends restore).</translation>
    </message>
    <message>
        <source>Restore the newest good backup with File → Restore… (File → Backups… lists them).</source>
        <translation>Återställ den senaste fungerande säkerhetskopian med Arkiv → Återställ… (Arkiv → Säkerhetskopior… listar dem).</translation>
    </message>
    <message>
        <source>Open another file with --db.</source>
        <translation>Öppna en annan fil med --db.</translation>
    </message>
    <message>
        <source>Open another file with File → Open journal…</source>
        <translation>Öppna en annan fil med Arkiv → Öppna journal…</translation>
    </message>
    <message>
        <source>Choose a journal file with --db.</source>
        <translation>Välj en journalfil med --db.</translation>
    </message>
    <message>
        <source>Choose a journal file with File → Open journal…</source>
        <translation>Välj en journalfil med Arkiv → Öppna journal…</translation>
    </message>
    <message>
        <source>Choose another place with --db or the AMENDS_DB variable.</source>
        <translation>Välj en annan plats med --db eller variabeln AMENDS_DB.</translation>
    </message>
    <message>
        <source>Choose another place with File → New journal…</source>
        <translation>Välj en annan plats med Arkiv → Ny journal…</translation>
    </message>
    <message>
        <source>Make the file and its folder writable, or open a copy with --db.</source>
        <translation>Gör filen och dess mapp skrivbara, eller öppna en kopia med --db.</translation>
    </message>
    <message>
        <source>Make the file and its folder writable, or open a copy with File → Open journal…</source>
        <translation>Gör filen och dess mapp skrivbara, eller öppna en kopia med Arkiv → Öppna journal…</translation>
    </message>
    <message>
        <source>Make it writable, or open a writable copy with --db.</source>
        <translation>Gör den skrivbar, eller öppna en skrivbar kopia med --db.</translation>
    </message>
    <message>
        <source>Make it writable, or open a writable copy with File → Open journal…</source>
        <translation>Gör den skrivbar, eller öppna en skrivbar kopia med Arkiv → Öppna journal…</translation>
    </message>
    <message>
        <source>Make the file and its folder writable and try again, or copy the backup to a new file and open that with --db.</source>
        <translation>Gör filen och dess mapp skrivbara och försök igen, eller kopiera säkerhetskopian till en ny fil och öppna den med --db.</translation>
    </message>
    <message>
        <source>Make the file and its folder writable and try again, or copy the backup to a new file and open that with File → Open journal…</source>
        <translation>Gör filen och dess mapp skrivbara och försök igen, eller kopiera säkerhetskopian till en ny fil och öppna den med Arkiv → Öppna journal…</translation>
    </message>
    <message>
        <source>Give the journal&apos;s own file with --db.</source>
        <translation>Ange journalens egen fil med --db.</translation>
    </message>
    <message>
        <source>Open the journal&apos;s own file with File → Open journal…</source>
        <translation>Öppna journalens egen fil med Arkiv → Öppna journal…</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>Text that could not be saved earlier is kept in {path}.</source>
        <translation>Text som inte kunde sparas tidigare finns i {path}.</translation>
    </message>
    <message>
        <source>Your journal is damaged, so Amends writes nothing more to it and the damage cannot spread. {remedy} What you write now stays in the window: copy it out before you close.</source>
        <translation>Din journal är skadad, så Amends skriver inget mer i den och skadan kan inte spridas. {remedy} Det du skriver nu stannar i fönstret: kopiera det innan du stänger.</translation>
    </message>
    <message>
        <source>The journal is damaged</source>
        <translation>Journalen är skadad</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation>Dagens säkerhetskopia kunde inte göras: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Move “{title}” to the Trash? Ctrl+Z brings it back right away, and File → Trash does for %n day(s).</source>
        <translation>
            <numerusform>Flytta ”{title}” till papperskorgen? Ctrl+Z tar tillbaka den direkt, och via Arkiv → Papperskorgen kan du ta tillbaka den i %n dag.</numerusform>
            <numerusform>Flytta ”{title}” till papperskorgen? Ctrl+Z tar tillbaka den direkt, och via Arkiv → Papperskorgen kan du ta tillbaka den i %n dagar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move this unfinished draft to the Trash? Ctrl+Z brings it back right away, and File → Trash does for %n day(s).</source>
        <translation>
            <numerusform>Flytta det här ofärdiga utkastet till papperskorgen? Ctrl+Z tar tillbaka det direkt, och via Arkiv → Papperskorgen kan du ta tillbaka det i %n dag.</numerusform>
            <numerusform>Flytta det här ofärdiga utkastet till papperskorgen? Ctrl+Z tar tillbaka det direkt, och via Arkiv → Papperskorgen kan du ta tillbaka det i %n dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Ta bort händelse</translation>
    </message>
    <message>
        <source>Moved “{title}” to the Trash. Ctrl+Z brings it back.</source>
        <translation>Flyttade ”{title}” till papperskorgen. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>Moved this unfinished draft to the Trash. Ctrl+Z brings it back.</source>
        <translation>Flyttade det ofärdiga utkastet till papperskorgen. Ctrl+Z tar tillbaka det.</translation>
    </message>
    <message>
        <source>Could not bring back “{title}”: {reason}</source>
        <translation>Kunde inte ta tillbaka ”{title}”: {reason}</translation>
    </message>
    <message>
        <source>Could not bring back this unfinished draft: {reason}</source>
        <translation>Kunde inte ta tillbaka det ofärdiga utkastet: {reason}</translation>
    </message>
    <message>
        <source>Brought back “{title}”.</source>
        <translation>”{title}” är tillbaka.</translation>
    </message>
    <message>
        <source>Brought back this unfinished draft.</source>
        <translation>Det ofärdiga utkastet är tillbaka.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Amends — sample incidents, not kept</source>
        <translation>Amends – exempelhändelser, sparas inte</translation>
    </message>
    <message>
        <source>These are sample incidents: nothing you write here is kept. To start your own journal, choose File → New journal… or start Amends again.</source>
        <translation>Det här är exempelhändelser: inget du skriver här sparas. Vill du starta din egen journal, välj Arkiv → Ny journal… eller starta Amends igen.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Som systemet ({language})</translation>
    </message>
    <message>
        <source>Guessed from each text</source>
        <translation>Gissas utifrån varje text</translation>
    </message>
    <message>
        <source>As the system ({paper})</source>
        <translation>Som systemet ({paper})</translation>
    </message>
    <message>
        <source>Language and look</source>
        <translation>Språk och utseende</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>&amp;Fönstrets språk:</translation>
    </message>
    <message>
        <source>The &amp;coach reads this journal in:</source>
        <translation>&amp;Coachen läser den här journalen på:</translation>
    </message>
    <message>
        <source>&amp;Paper for briefings:</source>
        <translation>&amp;Papper för samtalsunderlag:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Utseende:</translation>
    </message>
    <message>
        <source>A briefing is printed in its incident&apos;s language, whatever the window&apos;s. The coach&apos;s language and the appearance are kept in this journal; the window&apos;s language and the paper are yours on this computer.</source>
        <translation>Ett samtalsunderlag skrivs ut på händelsens språk, oavsett fönstrets. Coachens språk och utseendet sparas i den här journalen; fönstrets språk och papperet är dina på den här datorn.</translation>
    </message>
    <message>
        <source>This journal</source>
        <translation>Den här journalen</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Sparas i:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Säkerhetskopior:</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>Keep backups in</source>
        <translation>Spara säkerhetskopior i</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Visa mappen</translation>
    </message>
    <message>
        <source>This journal is in a folder that {service} copies to other computers.</source>
        <translation>Den här journalen ligger i en mapp som {service} kopierar till andra datorer.</translation>
    </message>
    <message>
        <source>This journal is on a network drive.</source>
        <translation>Den här journalen ligger på en nätverksenhet.</translation>
    </message>
    <message>
        <source>A journal there can be damaged when two computers write to it, or when a copy arrives midway. Keep it in a folder of this computer alone, and put exports or backups in the shared folder instead.</source>
        <translation>En journal där kan skadas när två datorer skriver i den, eller när en kopia kommer fram halvvägs. Ha den i en mapp som bara finns på den här datorn, och lägg exporter eller säkerhetskopior i den delade mappen i stället.</translation>
    </message>
    <message>
        <source>What was chosen applies until Amends closes: it could not be kept in {path} ({reason}).</source>
        <translation>Det du valde gäller tills Amends stängs: valet kunde inte sparas i {path} ({reason}).</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Open the earlier ones</source>
        <translation>Öppna de tidigare</translation>
    </message>
    <message>
        <source>The earlier incidents of this client in this category</source>
        <translation>De tidigare händelserna med den här kunden i den här kategorin</translation>
    </message>
    <message>
        <source>What the coach found; click one to go there</source>
        <translation>Det coachen hittade; klicka på en för att gå dit</translation>
    </message>
    <message>
        <source>Try: {suggestion}</source>
        <translation>Prova: {suggestion}</translation>
    </message>
    <message>
        <source>Summary: {measure} (one breath)</source>
        <translation>Sammanfattning: {measure} (ett andetag)</translation>
    </message>
    <message>
        <source>{note} Failing the same way twice is what makes a client leave.</source>
        <translation>{note} Att svika på samma sätt två gånger är det som får en kund att lämna dig.</translation>
    </message>
    <message>
        <source>“{words}” (×{count}): {why}</source>
        <comment>a coach&apos;s finding, found this often</comment>
        <translation>”{words}” (×{count}): {why}</translation>
    </message>
    <message>
        <source>“{words}”: {why}</source>
        <comment>a coach&apos;s finding</comment>
        <translation>”{words}”: {why}</translation>
    </message>
    <message>
        <source>Open the later ones</source>
        <translation>Öppna de senare</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Amends</source>
        <comment>the program&apos;s name, as a title</comment>
        <translation>Amends</translation>
    </message>
    <message>
        <source>Amends could not open the journal.

{reason}

Restore a backup of {path}, open another journal, or make a new one.</source>
        <translation>Amends kunde inte öppna journalen.

{reason}

Återställ en säkerhetskopia av {path}, öppna en annan journal eller skapa en ny.</translation>
    </message>
    <message>
        <source>Amends could not open the journal.

{reason}

Open another journal, or make a new one.</source>
        <translation>Amends kunde inte öppna journalen.

{reason}

Öppna en annan journal eller skapa en ny.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Återställ en säkerhetskopia…</translation>
    </message>
    <message>
        <source>&amp;Open another journal…</source>
        <translation>&amp;Öppna en annan journal…</translation>
    </message>
    <message>
        <source>Make a &amp;new journal…</source>
        <translation>Skapa en &amp;ny journal…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
</context>
<context>
    <name>StepButtons</name>
    <message>
        <source>Back to the step before (Ctrl+PgUp)</source>
        <translation>Tillbaka till föregående steg (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>On to the next step (Ctrl+PgDown)</source>
        <translation>Vidare till nästa steg (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <source>Preview briefing</source>
        <translation>Visa samtalsunderlag</translation>
    </message>
    <message>
        <source>The one-page briefing to hold during the call, as it will print (Ctrl+P)</source>
        <translation>Samtalsunderlaget på en sida att ha framför dig under samtalet, som det skrivs ut (Ctrl+P)</translation>
    </message>
    <message>
        <source>Back to “{step}” (Ctrl+PgUp)</source>
        <translation>Tillbaka till ”{step}” (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>On to “{step}” (Ctrl+PgDown)</source>
        <translation>Vidare till ”{step}” (Ctrl+PgDown)</translation>
    </message>
</context>
<context>
    <name>SummaryMeasure</name>
    <message>
        <source>{count} of {most} sentences, {length} of {budget} words</source>
        <translation>{count} av {most} meningar, {length} av {budget} ord</translation>
    </message>
    <message>
        <source>{count} of {most} sentences, {length} of {budget} characters</source>
        <translation>{count} av {most} meningar, {length} av {budget} tecken</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <source>Type a tag, then Enter or a comma</source>
        <translation>Skriv en tagg och tryck Enter eller komma</translation>
    </message>
    <message>
        <source>Tags you have used; Down, then Enter to choose one</source>
        <translation>Taggar du har använt; Nedpil och sedan Enter för att välja en</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Papperskorgen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted incidents wait here for %n day(s), then they are removed for good. Emptying the Trash removes them now, and wipes their words from the journal file.</source>
        <translation>
            <numerusform>Borttagna händelser väntar här i %n dag, sedan tas de bort för gott. Om du tömmer papperskorgen tas de bort nu, och deras ord raderas ur journalfilen.</numerusform>
            <numerusform>Borttagna händelser väntar här i %n dagar, sedan tas de bort för gott. Om du tömmer papperskorgen tas de bort nu, och deras ord raderas ur journalfilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Töm papperskorgen…</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Papperskorgen är tom.</translation>
    </message>
    <message>
        <source>Restored: it is back in the journal.</source>
        <translation>Återställd: den finns i journalen igen.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n.</source>
        <comment>incidents brought back from the Trash</comment>
        <translation>
            <numerusform>%n återställd.</numerusform>
            <numerusform>%n återställda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Töm papperskorgen</translation>
    </message>
    <message>
        <source>Remove this incident for good? They cannot be restored from the Trash afterwards (backups made before now still hold them).</source>
        <translation>Ta bort den här händelsen för gott? Den kan inte återställas från papperskorgen efteråt (säkerhetskopior som redan har gjorts innehåller den fortfarande).</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n incident(s) for good? They cannot be restored from the Trash afterwards (backups made before now still hold them).</source>
        <translation>
            <numerusform>Ta bort %n händelse för gott? Den kan inte återställas från papperskorgen efteråt (säkerhetskopior som redan har gjorts innehåller den fortfarande).</numerusform>
            <numerusform>Ta bort de här %n händelserna för gott? De kan inte återställas från papperskorgen efteråt (säkerhetskopior som redan har gjorts innehåller dem fortfarande).</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash is empty; what was in it is gone from the journal file.</source>
        <translation>Papperskorgen är tom; det som fanns i den är borta ur journalfilen.</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>Amends could not save what you wrote: {reason}

Your text is still here. Copy it or save it as a file before you go — or stay, and Amends tries again.</source>
        <translation>Amends kunde inte spara det du skrev: {reason}

Din text finns kvar här. Kopiera den eller spara den som en fil innan du går – eller stanna, så försöker Amends igen.</translation>
    </message>
    <message>
        <source>&amp;Copy the text</source>
        <translation>&amp;Kopiera texten</translation>
    </message>
    <message>
        <source>&amp;Save as a file…</source>
        <translation>&amp;Spara som fil…</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>S&amp;tanna</translation>
    </message>
    <message>
        <source>Copied: paste it anywhere.</source>
        <translation>Kopierat: klistra in det var som helst.</translation>
    </message>
    <message>
        <source>Save what you wrote</source>
        <translation>Spara det du skrev</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Try another place.</source>
        <translation>Kunde inte skriva {path}: {reason}. Försök på ett annat ställe.</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>Sparat i {path}.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Amends</source>
        <translation>Välkommen till Amends</translation>
    </message>
    <message>
        <source>When something goes wrong with a client, Amends walks you through it: what happened, why, what you will do now and what will stop it happening again. It keeps each incident in your journal, shows you your own patterns, and gives you a one-page briefing to hold during the call.</source>
        <translation>När något går fel med en kund tar Amends dig igenom det: vad som hände, varför, vad du gör nu och vad som hindrar att det händer igen. Varje händelse sparas i din journal, du ser dina egna mönster, och du får ett samtalsunderlag på en sida att ha framför dig under samtalet.</translation>
    </message>
    <message>
        <source>Your journal will be kept in {path}. It never leaves this computer.</source>
        <translation>Din journal sparas i {path}. Den lämnar aldrig den här datorn.</translation>
    </message>
    <message>
        <source>&amp;Start my journal</source>
        <translation>&amp;Starta min journal</translation>
    </message>
    <message>
        <source>&amp;Look around with sample incidents</source>
        <translation>&amp;Titta runt bland exempelhändelser</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>That day is still to come: is the date right?</source>
        <translation>Den dagen har inte kommit än: stämmer datumet?</translation>
    </message>
    <message>
        <source>Not saved — your text is still here. {error}</source>
        <translation>Inte sparat – din text finns kvar här. {error}</translation>
    </message>
    <message>
        <source>“{field}”</source>
        <comment>a field&apos;s name, quoted</comment>
        <translation>”{field}”</translation>
    </message>
    <message>
        <source>Saved {time} — but {fields} could not be read: what you typed is kept, see the note under it.</source>
        <translation>Sparat {time} – men {fields} gick inte att läsa: det du skrev finns kvar, se anteckningen under fältet.</translation>
    </message>
    <message>
        <source>Saved {time}, as an unfinished draft: give it a client and a title when you can.</source>
        <translation>Sparat {time} som ett ofärdigt utkast: ge det en kund och en titel när du kan.</translation>
    </message>
    <message>
        <source>Saved {time}, as an unfinished draft: give it a title when you can.</source>
        <translation>Sparat {time} som ett ofärdigt utkast: ge det en titel när du kan.</translation>
    </message>
    <message>
        <source>Saved {time}, as an unfinished draft: give it a client when you can.</source>
        <translation>Sparat {time} som ett ofärdigt utkast: ge det en kund när du kan.</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Sparat {time}</translation>
    </message>
</context>
<context>
    <name>WorksheetPage</name>
    <message>
        <source>Delivered</source>
        <translation>Levererad</translation>
    </message>
    <message>
        <source>Tick it once it is delivered: today is kept</source>
        <translation>Bocka i när den är levererad: dagens datum sparas</translation>
    </message>
    <message>
        <source>Clients you have worked for; Down, then Enter to choose one</source>
        <translation>Kunder du har arbetat för; Nedpil och sedan Enter för att välja en</translation>
    </message>
</context>
<context>
    <name>WorksheetStep</name>
    <message>
        <source>What happened</source>
        <translation>Vad som hände</translation>
    </message>
    <message>
        <source>Write it as your client experienced it: the events, short, and what it cost them.</source>
        <translation>Skriv det som kunden upplevde det: kort vad som hände, och vad det kostade.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <source>Ask “why?” until you reach something in your control. That part is yours to own.</source>
        <translation>Fråga ”varför?” tills du når något som du kan påverka. Den delen är din att ta ansvar för.</translation>
    </message>
    <message>
        <source>Fix and prevention</source>
        <translation>Lösning och förebyggande</translation>
    </message>
    <message>
        <source>Say what you are doing now, and what stops it happening again — so they can believe it.</source>
        <translation>Säg vad du gör nu och vad som hindrar att det händer igen – så att de kan tro på det.</translation>
    </message>
    <message>
        <source>Make it right</source>
        <translation>Gottgörelse</translation>
    </message>
    <message>
        <source>Make up for it generously, and think of a surprise they would retell.</source>
        <translation>Gottgör det generöst, och hitta på en överraskning som de skulle berätta vidare.</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>Samtalet</translation>
    </message>
    <message>
        <source>Boil it down to one or two sentences: sorry, the mistake, the fix. Then listen.</source>
        <translation>Koka ner det till en eller två meningar: förlåt, misstaget, lösningen. Lyssna sedan.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>After the call, put in writing what you said and what you will do — then do it.</source>
        <translation>Efter samtalet: skriv ner vad du sa och vad du ska göra – och gör det sedan.</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Efteråt</translation>
    </message>
    <message>
        <source>Do what you said. Note how it went, and notice the clients who speak for you.</source>
        <translation>Gör det du sa. Anteckna hur det gick, och lägg märke till kunderna som talar väl om dig.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionsargument</translation>
    </message>
    <message>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>underkommandon</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <source> (default: %(default)s)</source>
        <translation> (standard: %(default)s)</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>visa programmets versionsnummer och avsluta</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fel: %(message)s
</translation>
    </message>
    <message>
        <source>%(prog)s: warning: %(message)s
</source>
        <translation>%(prog)s: varning: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentet %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>följande argument krävs: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumenten %s krävs</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ogiltigt %(type)s-värde: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>inte tillåtet tillsammans med argumentet %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ignorerade uttryckligt argument %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>förväntade ett argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>förväntade högst ett argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>förväntade minst ett argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>förväntade %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>förväntade %s argument</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig flagga: %(option)s kan matcha %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>oväntad flagga: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>okänt kommando %(parser_name)r (val: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>kan inte öppna &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>argumentet &quot;-&quot; med läget %r</translation>
    </message>
    <message>
        <source>argument &apos;%(argument_name)s&apos; is deprecated</source>
        <translation>argumentet &apos;%(argument_name)s&apos; är föråldrat</translation>
    </message>
    <message>
        <source>option &apos;%(option)s&apos; is deprecated</source>
        <translation>flaggan &apos;%(option)s&apos; är föråldrad</translation>
    </message>
    <message>
        <source>command &apos;%(parser_name)s&apos; is deprecated</source>
        <translation>kommandot &apos;%(parser_name)s&apos; är föråldrat</translation>
    </message>
    <message>
        <source>cannot have multiple subparser arguments</source>
        <translation>kan inte ha flera underkommandoargument</translation>
    </message>
    <message>
        <source>conflicting subparser: %s</source>
        <translation>krockande underkommando: %s</translation>
    </message>
    <message>
        <source>conflicting subparser alias: %s</source>
        <translation>krockande alias för underkommando: %s</translation>
    </message>
    <message>
        <source>conflicting option string: %s</source>
        <translation>krockande flagga: %s</translation>
    </message>
    <message>
        <source>conflicting option strings: %s</source>
        <translation>krockande flaggor: %s</translation>
    </message>
    <message>
        <source>cannot merge actions - two groups are named %r</source>
        <translation>kan inte slå samman handlingar – två grupper heter %r</translation>
    </message>
    <message>
        <source>&apos;required&apos; is an invalid argument for positionals</source>
        <translation>&apos;required&apos; är ett ogiltigt argument för positionsargument</translation>
    </message>
    <message>
        <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
        <translation>ogiltig flagga %(option)r: måste börja med ett tecken ur %(prefix_chars)r</translation>
    </message>
    <message>
        <source>dest= is required for options like %r</source>
        <translation>dest= krävs för flaggor som %r</translation>
    </message>
    <message>
        <source>invalid conflict_resolution value: %r</source>
        <translation>ogiltigt värde för conflict_resolution: %r</translation>
    </message>
    <message>
        <source>mutually exclusive arguments must be optional</source>
        <translation>argument som utesluter varandra måste vara valfria</translation>
    </message>
    <message>
        <source>%r is not callable</source>
        <translation>%r går inte att anropa</translation>
    </message>
    <message>
        <source>.__call__() not defined</source>
        <translation>.__call__() är inte definierad</translation>
    </message>
</context>
</TS>
