<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hr" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Amends</source>
        <translation>O programu Amends</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Verzija {version}</translation>
    </message>
    <message>
        <source>A private journal for owning up to a mistake with a client: what went wrong, why, what will stop it happening again, and the words for the call.</source>
        <translation>Privatni dnevnik za preuzimanje odgovornosti za pogrešku prema klijentu: što je pošlo po zlu, zašto, što će spriječiti da se ponovi i riječi za razgovor.</translation>
    </message>
    <message>
        <source>Open its &amp;folder</source>
        <translation>Otvori &amp;mapu</translation>
    </message>
    <message>
        <source>Nothing you write ever leaves this computer: Amends makes no network connection and sends nothing anywhere.</source>
        <translation>Ništa što napišeš nikad ne napušta ovo računalo: Amends se ne spaja na mrežu i ništa nikamo ne šalje.</translation>
    </message>
    <message>
        <source>This window&apos;s &amp;journal:</source>
        <translation>&amp;Dnevnik ovog prozora:</translation>
    </message>
    <message>
        <source>Licences: choose one to read it.</source>
        <translation>Licence: odaberi jednu da je pročitaš.</translation>
    </message>
    <message>
        <source>{name} — {licence}</source>
        <translation>{name} — {licence}</translation>
    </message>
    <message>
        <source>No file manager could be opened: the folder is {folder}.</source>
        <translation>Nijedan upravitelj datoteka nije se mogao otvoriti: mapa je {folder}.</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>Move this step up (Alt+Up)</source>
        <translation>Pomakni ovu mjeru gore (Alt+Up)</translation>
    </message>
    <message>
        <source>Move this step down (Alt+Down)</source>
        <translation>Pomakni ovu mjeru dolje (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Ukloni ovu mjeru</translation>
    </message>
    <message>
        <source>What you will do, so it cannot happen again</source>
        <translation>Što ćeš učiniti da se to više ne ponovi</translation>
    </message>
    <message>
        <source>The step, in a few words; Enter adds the next one</source>
        <translation>Mjera u nekoliko riječi; Enter dodaje sljedeću</translation>
    </message>
    <message>
        <source>When it is due: 2026-06-01, tomorrow…</source>
        <translation>Kad je rok: 2026-06-01, sutra…</translation>
    </message>
    <message>
        <source>The day it was done</source>
        <translation>Dan kad je gotovo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotovo</translation>
    </message>
    <message>
        <source>Tick it once it is done: today is recorded, and you can change the day</source>
        <translation>Označi kad bude gotovo: upisuje se današnji datum, a možeš ga promijeniti</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>kasni</translation>
    </message>
    <message>
        <source>Past its due day and not done yet</source>
        <translation>Rok je prošao, a još nije gotovo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Gotovo dana</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>rok {day}</translation>
    </message>
    <message>
        <source>done {day}</source>
        <translation>gotovo {day}</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Add step</source>
        <translation>Dodaj mjeru</translation>
    </message>
    <message>
        <source>Add a prevention step</source>
        <translation>Dodaj mjeru sprječavanja</translation>
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
        <translation>Amends je već otvoren s ovim dnevnikom; prozor je doveden u prvi plan.</translation>
    </message>
    <message>
        <source>The journal you opened last, {last}, is not there now; this is {path}.</source>
        <translation>Dnevnik otvoren zadnji put, {last}, sada nije ondje; ovo je {path}.</translation>
    </message>
    <message>
        <source>Brought back the incident you were writing.</source>
        <translation>Ponovno je otvoren incident koji je bio u izradi.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>the day&apos;s first start</source>
        <translation>prvo pokretanje u danu</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>prije vraćanja</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>izradili ste je vi</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>prije nadogradnje</translation>
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
        <translation>Sigurnosne kopije</translation>
    </message>
    <message>
        <source>Amends keeps checked copies of your journal: on the first start of each day, before an upgrade and before a restore. They are in {folder}.</source>
        <translation>Amends čuva provjerene kopije tvog dnevnika: pri prvom pokretanju svakog dana, prije nadogradnje i prije vraćanja. Nalaze se u {folder}.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Napravljena</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Veličina</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Zašto</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <comment>before the number of backups kept</comment>
        <translation>&amp;Koliko sigurnosnih kopija čuvati:</translation>
    </message>
    <message>
        <source>backups</source>
        <comment>after the number of backups kept</comment>
        <translation>(najnovije)</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Napravi kopiju sada</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Vrati…</translation>
    </message>
    <message>
        <source>Backed up: {path}</source>
        <translation>Sigurnosna kopija napravljena: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Vrati sigurnosnu kopiju</translation>
    </message>
    <message>
        <source>Replace the journal with the backup made {when}? Everything written since then is replaced; the journal as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Zamijeniti dnevnik sigurnosnom kopijom napravljenom {when}? Sve što je napisano nakon toga bit će zamijenjeno; no najprije se napravi sigurnosna kopija sadašnjeg dnevnika, pa to možeš poništiti tako da vratiš tu kopiju.</translation>
    </message>
    <message>
        <source>Restored the backup made {when}.</source>
        <translation>Vraćena je sigurnosna kopija napravljena {when}.</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Happened: {day}</source>
        <translation>Dogodilo se: {day}</translation>
    </message>
    <message>
        <source>Call: {when}</source>
        <translation>Razgovor: {when}</translation>
    </message>
    <message>
        <source>Say this</source>
        <translation>Reci ovo</translation>
    </message>
    <message>
        <source>Don’t repeat it — and be ready if they bring it up.</source>
        <translation>Ne dopusti da se ponovi — i pripremi se ako to spomenu.</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>Tijekom razgovora</translation>
    </message>
    <message>
        <source>Amends briefing · incident #{number}</source>
        <translation>Amends · podsjetnik za razgovor · incident br. {number}</translation>
    </message>
    <message>
        <source>Listen first. Let them say all of it.</source>
        <translation>Prvo slušaj. Pusti ih da kažu sve.</translation>
    </message>
    <message>
        <source>Let them vent. Don’t get defensive.</source>
        <translation>Pusti ih da se izjadaju. Ne brani se.</translation>
    </message>
    <message>
        <source>Own it: no “if”, no “but”, no one else to blame.</source>
        <translation>Preuzmi odgovornost: bez „ako“, bez „ali“, bez prebacivanja krivnje.</translation>
    </message>
    <message>
        <source>Show you see what it cost them.</source>
        <translation>Pokaži da vidiš koliko ih je to stajalo.</translation>
    </message>
    <message>
        <source>Say what happens next — then do it.</source>
        <translation>Reci što slijedi — a onda to i učini.</translation>
    </message>
    <message>
        <source>Offer to make it right.</source>
        <translation>Ponudi naknadu.</translation>
    </message>
    <message>
        <source>Likely questions</source>
        <translation>Moguća pitanja</translation>
    </message>
    <message>
        <source>What I’m doing now ({status})</source>
        <translation>Što sada radim ({status})</translation>
    </message>
    <message>
        <source>Why it won’t happen again</source>
        <translation>Zašto se neće ponoviti</translation>
    </message>
    <message>
        <source>done {done}</source>
        <translation>gotovo {done}</translation>
    </message>
    <message>
        <source>Surprise: {surprise}</source>
        <translation>Iznenađenje: {surprise}</translation>
    </message>
    <message>
        <source>What I’ll offer</source>
        <translation>Što ću ponuditi</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Što se dogodilo</translation>
    </message>
    <message>
        <source>Root cause: {text}</source>
        <translation>Temeljni uzrok: {text}</translation>
    </message>
    <message>
        <source>My part: {text}</source>
        <translation>Moj udio: {text}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Zašto</translation>
    </message>
    <message>
        <source>Call briefing</source>
        <translation>Podsjetnik za razgovor</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>Još nije napisano.</translation>
    </message>
    <message>
        <source>by {due} · done {done}</source>
        <translation>rok {due} · gotovo {done}</translation>
    </message>
    <message>
        <source>by {due}</source>
        <translation>rok {due}</translation>
    </message>
    <message>
        <source>{part}: not written yet.</source>
        <translation>{part}: još nije napisano.</translation>
    </message>
    <message>
        <source>Before the call: the coach</source>
        <translation>Prije razgovora: savjetnik</translation>
    </message>
    <message>
        <source>Notes during the call</source>
        <translation>Bilješke tijekom razgovora</translation>
    </message>
    <message>
        <source>{section} (continued)</source>
        <translation>{section} (nastavak)</translation>
    </message>
    <message>
        <source>Left for your journal: {parts}.</source>
        <translation>Ostaje u tvom dnevniku: {parts}.</translation>
    </message>
    <message>
        <source>Shortened to fit; your journal has all of it: {parts}.</source>
        <translation>Skraćeno da stane; sve je u tvom dnevniku: {parts}.</translation>
    </message>
    <message>
        <source>Could not be printed, shown as {marker}: {characters}.</source>
        <translation>Nije moguće ispisati, prikazano kao {marker}: {characters}.</translation>
    </message>
    <message>
        <source>makes the apology conditional</source>
        <translation>uvjetuje ispriku</translation>
    </message>
    <message>
        <source>takes the apology back</source>
        <translation>poništava ispriku</translation>
    </message>
    <message>
        <source>points at someone else</source>
        <translation>prebacuje krivnju na drugoga</translation>
    </message>
    <message>
        <source>makes it sound smaller than it was</source>
        <translation>umanjuje ono što se dogodilo</translation>
    </message>
    <message>
        <source>is not an apology</source>
        <translation>nije isprika</translation>
    </message>
    <message>
        <source>hides who did it: say “I”</source>
        <translation>skriva tko je to učinio: reci „ja“</translation>
    </message>
    <message>
        <source>sounds like an excuse</source>
        <translation>zvuči kao izgovor</translation>
    </message>
    <message>
        <source>The summary is longer than one breath.</source>
        <translation>Sažetak je duži od jednog daha.</translation>
    </message>
    <message>
        <source>The empathy line is about you, not them.</source>
        <translation>Rečenica suosjećanja govori o tebi, a ne o njima.</translation>
    </message>
    <message>
        <source>“{words}” {what}</source>
        <translation>„{words}“ {what}</translation>
    </message>
    <message>
        <source>Repeat warning</source>
        <translation>Upozorenje o ponavljanju</translation>
    </message>
</context>
<context>
    <name>BriefingLeftOff</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… i još %n.</numerusform>
            <numerusform>… i još %n.</numerusform>
            <numerusform>… i još %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more step(s).</source>
        <translation>
            <numerusform>… i još %n mjera.</numerusform>
            <numerusform>… i još %n mjere.</numerusform>
            <numerusform>… i još %n mjera.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingPreview</name>
    <message>
        <source>Briefing for the call</source>
        <translation>Podsjetnik za razgovor</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spremi kao PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Ispiši…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Povećaj</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Smanji</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>Cijela stranica</translation>
    </message>
    <message>
        <source>To keep it to one page, these are left for your journal: {parts}.</source>
        <translation>Da sve stane na jednu stranicu, ovo ostaje samo u tvom dnevniku: {parts}.</translation>
    </message>
    <message>
        <source>Some long text was shortened to keep it to one page.</source>
        <translation>Dio dugog teksta je skraćen da sve stane na jednu stranicu.</translation>
    </message>
    <message>
        <source>These characters are in no bundled font and print as {marker}: {characters}</source>
        <translation>Ovih znakova nema ni u jednom priloženom fontu pa se ispisuju kao {marker}: {characters}</translation>
    </message>
    <message>
        <source>Save the briefing</source>
        <translation>Spremi podsjetnik za razgovor</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save to {path}: {reason}</source>
        <translation>Nije moguće spremiti u {path}: {reason}</translation>
    </message>
</context>
<context>
    <name>Briefings</name>
    <message>
        <source>Incident {number} is an unfinished draft: give it a client and a title in the worksheet first; the briefing is for the call with them.</source>
        <translation>Incident {number} još je nedovršena skica: najprije mu u radnom listu upiši klijenta i naslov jer je podsjetnik namijenjen razgovoru s klijentom.</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>A category needs a name.</source>
        <translation>Kategorija mora imati naziv.</translation>
    </message>
    <message>
        <source>missed deadline</source>
        <translation>propušten rok</translation>
    </message>
    <message>
        <source>quality defect</source>
        <translation>nedostatak u kvaliteti</translation>
    </message>
    <message>
        <source>miscommunication</source>
        <translation>nesporazum</translation>
    </message>
    <message>
        <source>billing error</source>
        <translation>pogreška u naplati</translation>
    </message>
    <message>
        <source>scope mismatch</source>
        <translation>neusklađen opseg posla</translation>
    </message>
    <message>
        <source>vendor or tool failure</source>
        <translation>zakazao dobavljač ili alat</translation>
    </message>
    <message>
        <source>data loss</source>
        <translation>gubitak podataka</translation>
    </message>
    <message>
        <source>privacy or security slip</source>
        <translation>propust u privatnosti ili sigurnosti</translation>
    </message>
    <message>
        <source>other</source>
        <translation>ostalo</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Tag {name}</source>
        <translation>Oznaka {name}</translation>
    </message>
    <message>
        <source>Remove the tag “{name}”</source>
        <translation>Ukloni oznaku „{name}“</translation>
    </message>
    <message>
        <source>Remove the tag {name}</source>
        <translation>Ukloni oznaku {name}</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Minor</source>
        <translation>Mala</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Umjerena</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Velika</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritična</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Skica</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Pripremljeno</translation>
    </message>
    <message>
        <source>Call held</source>
        <translation>Razgovor obavljen</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Riješeno</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planirano</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>U tijeku</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotovo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Još se ne zna</translation>
    </message>
    <message>
        <source>{word} is none of {choices}</source>
        <translation>{word} nije među ponuđenima: {choices}</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(još bez naslova)</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <comment>a draft&apos;s stage</comment>
        <translation>Nedovršeno</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Client details</source>
        <translation>Podaci o klijentu</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>ime@primjer.hr</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ime:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Tvrtka:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-pošta:</translation>
    </message>
    <message>
        <source>A follow-up message opened in your mail app is addressed here.</source>
        <translation>Poruka klijentu koju otvoriš u programu za e-poštu šalje se na ovu adresu.</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Bilješke:</translation>
    </message>
    <message>
        <source>This can&apos;t be read as an e-mail address: it needs one @, a name before it, a domain with a dot after it (name@example.com), and no spaces.</source>
        <translation>Ovo se ne može pročitati kao adresa e-pošte: treba joj jedan @, ime ispred njega, domena s točkom iza njega (ime@primjer.hr) i bez razmaka.</translation>
    </message>
    <message>
        <source>Discard your changes to {name}?</source>
        <translation>Odbaciti tvoje promjene? Klijent: {name}</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Odbaci</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Nastavi uređivati</translation>
    </message>
    <message>
        <source>Saved the details of {name}.</source>
        <translation>Spremljeni su podaci klijenta: {name}.</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>A client needs a name.</source>
        <translation>Klijent mora imati ime.</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Client</source>
        <translation>Klijent</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Tvrtka</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidenti</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Kategorije</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>Zadnji incident</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>Naknada</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>Ostao</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Preporučuje</translation>
    </message>
    <message>
        <source>{offered}, not delivered yet</source>
        <translation>{offered}, još nije isporučeno</translation>
    </message>
    <message>
        <source>{offered}, delivered</source>
        <translation>{offered}, isporučeno</translation>
    </message>
    <message>
        <source>{offered}, {delivered} delivered</source>
        <translation>{offered}, isporučeno {delivered}</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Pronađi klijenta</translation>
    </message>
    <message>
        <source>Show their incidents</source>
        <translation>Prikaži incidente klijenta</translation>
    </message>
    <message>
        <source>E&amp;dit details…</source>
        <translation>Ur&amp;edi podatke…</translation>
    </message>
    <message>
        <source>Reading your clients…</source>
        <translation>Učitavam tvoje klijente…</translation>
    </message>
    <message>
        <source>Enter or double-click a client to see their incidents in the journal.</source>
        <translation>Pritisni Enter ili dvaput klikni na klijenta da vidiš njegove incidente u dnevniku.</translation>
    </message>
    <message>
        <source>No clients yet: they appear here with their first incident.</source>
        <translation>Još nema klijenata: pojavit će se ovdje s prvim incidentom.</translation>
    </message>
</context>
<context>
    <name>CoachHighlighter</name>
    <message>
        <source>{finding}
Try: {suggestion}</source>
        <translation>{finding}
Pokušaj: {suggestion}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Importing… {done} of {total} incidents</source>
        <translation>Uvoz incidenata… {done} od {total}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Ne mogu pročitati {path}: {reason}.</translation>
    </message>
    <message>
        <source>Restored the journal from {path}.</source>
        <translation>Dnevnik je vraćen iz {path}.</translation>
    </message>
    <message>
        <source>The journal as it was just before is kept in {path}.</source>
        <translation>Dnevnik kakav je bio neposredno prije čuva se u {path}.</translation>
    </message>
    <message>
        <source>amends: there was no journal at {path}, so a new, empty one was started there; if you meant another, check the path.</source>
        <translation>amends: na {path} nije bilo dnevnika, pa je ondje započet novi, prazan dnevnik; ako ste mislili na neki drugi, provjerite putanju.</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>Provjeravam {name}…</translation>
    </message>
    <message>
        <source>{path} was not imported: {reason}</source>
        <translation>{path} nije uvezen: {reason}</translation>
    </message>
    <message>
        <source>auto (guessed)</source>
        <translation>automatski (prema tekstu)</translation>
    </message>
    <message>
        <source>The coach reads this journal as: {language}</source>
        <translation>Jezik na kojem savjetnik čita ovaj dnevnik: {language}</translation>
    </message>
    <message>
        <source>Give either a text or --id, not both.</source>
        <translation>Navedi ili tekst ili --id, ne oboje.</translation>
    </message>
    <message>
        <source>The text on standard input is not UTF-8: save it as UTF-8, or give it as an argument.</source>
        <translation>Tekst na standardnom ulazu nije UTF-8: spremi ga kao UTF-8 ili ga navedi kao argument.</translation>
    </message>
    <message>
        <source>Wrote the briefing to {path} ({paper}, one page).</source>
        <translation>Podsjetnik za razgovor zapisan je u {path} ({paper}, jedna stranica).</translation>
    </message>
    <message>
        <source>To keep it to one page, these are left for your journal: {parts}</source>
        <translation>Da stane na jednu stranicu, ovo je ostalo samo u dnevniku: {parts}</translation>
    </message>
    <message>
        <source>Some long text was shortened to keep it to one page; your journal has all of it.</source>
        <translation>Dio dugog teksta skraćen je da stane na jednu stranicu; dnevnik ima sve.</translation>
    </message>
    <message>
        <source>These characters are in no bundled font and show as {marker}: {characters}</source>
        <translation>Ovi znakovi nisu ni u jednom priloženom fontu i prikazuju se kao {marker}: {characters}</translation>
    </message>
    <message>
        <source>{path}  {size} KiB</source>
        <translation>{path}  {size} KiB</translation>
    </message>
    <message>
        <source>Backed up to {path} ({size} KiB).</source>
        <translation>Sigurnosna kopija spremljena je u {path} ({size} KiB).</translation>
    </message>
    <message>
        <source>the window cannot start ({reason}); see `amends --help`.</source>
        <translation>prozor se ne može pokrenuti ({reason}); pogledaj `amends --help`.</translation>
    </message>
    <message>
        <source>stopped; nothing was half-written.</source>
        <translation>zaustavljeno; ništa nije napola zapisano.</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, got {text}</source>
        <translation>očekivan je datum u obliku GGGG-MM-DD, a dobiveno je {text}</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got {text}</source>
        <translation>očekivan je datum u obliku GGGG-MM-DD, GGGG-MM ili GGGG, a dobiveno je {text}</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1, got one of {count} digits</source>
        <translation>očekivan je cijeli broj, najmanje 1, a dobiven je broj od {count} znamenaka</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1, got {text}</source>
        <translation>očekivan je cijeli broj, najmanje 1, a dobiveno je {text}</translation>
    </message>
    <message>
        <source>Step {step} of incident {incident} is done, on {day}: {text}</source>
        <translation>Mjera {step} incidenta {incident} gotova je {day}: {text}</translation>
    </message>
    <message>
        <source>Step {step} of incident {incident} is not done: {text}</source>
        <translation>Mjera {step} incidenta {incident} nije gotova: {text}</translation>
    </message>
    <message>
        <source>The compensation of incident {incident} is delivered, on {day}: {text}</source>
        <translation>Naknada za incident {incident} isporučena je {day}: {text}</translation>
    </message>
    <message>
        <source>The compensation of incident {incident} is not delivered: {text}</source>
        <translation>Naknada za incident {incident} nije isporučena: {text}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sažetak</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>Isprika</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>Empatija</translation>
    </message>
    <message>
        <source>Follow-up message</source>
        <translation>Poruka klijentu</translation>
    </message>
    <message>
        <source>No incidents match.</source>
        <translation>Nijedan incident ne odgovara.</translation>
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
        <translation>OZBILJNOST</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>FAZA</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>KLIJENT</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>NASLOV</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Ništa nije pronađeno. Pokušaj s manje riječi ili kraćima.</translation>
    </message>
    <message>
        <source>{step} — overdue</source>
        <translation>{step} — kasni</translation>
    </message>
    <message>
        <source>Q: {question}</source>
        <translation>P: {question}</translation>
    </message>
    <message>
        <source>A: {answer}</source>
        <translation>O: {answer}</translation>
    </message>
    <message>
        <source>{title} (unfinished: no title and client yet)</source>
        <translation>{title} (nedovršeno: još bez naslova i klijenta)</translation>
    </message>
    <message>
        <source>{title} (unfinished: no title yet)</source>
        <translation>{title} (nedovršeno: još bez naslova)</translation>
    </message>
    <message>
        <source>{title} (unfinished: no client yet)</source>
        <translation>{title} (nedovršeno: još bez klijenta)</translation>
    </message>
    <message>
        <source>Failed the same way with the same client:</source>
        <translation>Isti propust kod istog klijenta:</translation>
    </message>
    <message>
        <source>{count}× {category} with {client}, last on {day}</source>
        <translation>{count}× {category} kod klijenta {client}, zadnji put {day}</translation>
    </message>
    <message>
        <source>… and {count} more (patterns --all)</source>
        <translation>… i još {count} (patterns --all)</translation>
    </message>
    <message>
        <source>Lately, the same cause in other words (same client):</source>
        <translation>U posljednje vrijeme isti uzrok drugim riječima (isti klijent):</translation>
    </message>
    <message>
        <source>#{id} {title} — {client}: like {count} earlier ({categories})</source>
        <translation>#{id} {title} — {client}; ranijih sličnih: {count} ({categories})</translation>
    </message>
    <message>
        <source>Root causes you gave again and again:</source>
        <translation>Temeljni uzroci koje navodiš uvijek iznova:</translation>
    </message>
    <message>
        <source>Prevention steps: {on_time} done on time, {late} done late, {overdue} overdue, {open} not due yet.</source>
        <translation>Mjere sprječavanja — gotovo na vrijeme: {on_time}, gotovo sa zakašnjenjem: {late}, kasni: {overdue}, rok još nije prošao: {open}.</translation>
    </message>
    <message>
        <source>Prevention steps overdue:</source>
        <translation>Mjere sprječavanja koje kasne:</translation>
    </message>
    <message>
        <source>due {day}: {text} — {client}, #{id}</source>
        <translation>rok {day}: {text} — {client}, #{id}</translation>
    </message>
    <message>
        <source>By category:</source>
        <translation>Po kategoriji:</translation>
    </message>
    <message>
        <source>By client:</source>
        <translation>Po klijentu:</translation>
    </message>
    <message>
        <source>By month:</source>
        <translation>Po mjesecu:</translation>
    </message>
    <message>
        <source>Compensation offered, and delivered:</source>
        <translation>Ponuđena i isporučena naknada:</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… i još {count}</translation>
    </message>
    <message>
        <source>No incidents yet, so no patterns.</source>
        <translation>Još nema incidenata, pa nema ni obrazaca.</translation>
    </message>
    <message>
        <source>Nothing to change: none of these words weakens it.</source>
        <translation>Nema se što mijenjati: nijedna od ovih riječi ne slabi ispriku.</translation>
    </message>
    <message>
        <source>Nothing to change: it owns the mistake plainly.</source>
        <translation>Nema se što mijenjati: jasno priznaje pogrešku.</translation>
    </message>
    <message>
        <source>Try: {suggestion}</source>
        <translation>Pokušaj: {suggestion}</translation>
    </message>
    <message>
        <source>Nothing to check: the text is empty.</source>
        <translation>Nema se što provjeriti: tekst je prazan.</translation>
    </message>
</context>
<context>
    <name>CommandLineCounts</name>
    <message numerus="yes">
        <source>Imported %n incident(s) into {path} (with new numbers: the file&apos;s were taken).</source>
        <translation>
            <numerusform>Uvezen je %n incident u {path} (s novim brojem: broj iz datoteke već je zauzet).</numerusform>
            <numerusform>Uvezena su %n incidenta u {path} (s novim brojevima: brojevi iz datoteke već su zauzeti).</numerusform>
            <numerusform>Uvezeno je %n incidenata u {path} (s novim brojevima: brojevi iz datoteke već su zauzeti).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s) into {path}.</source>
        <translation>
            <numerusform>Uvezen je %n incident u {path}.</numerusform>
            <numerusform>Uvezena su %n incidenta u {path}.</numerusform>
            <numerusform>Uvezeno je %n incidenata u {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s); keeping the newest {keep}.</source>
        <translation>
            <numerusform>%n sigurnosna kopija; čuva se najnovijih {keep}.</numerusform>
            <numerusform>%n sigurnosne kopije; čuva se najnovijih {keep}.</numerusform>
            <numerusform>%n sigurnosnih kopija; čuva se najnovijih {keep}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLineFigures</name>
    <message numerus="yes">
        <source>… and %n more client(s)</source>
        <translation>
            <numerusform>… i još %n klijent</numerusform>
            <numerusform>… i još %n klijenta</numerusform>
            <numerusform>… i još %n klijenata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{client}: {offered} over %n incident(s); delivered {delivered} ({delivered_count})</source>
        <translation>
            <numerusform>{client}: {offered} za %n incident; isporučeno {delivered} ({delivered_count})</numerusform>
            <numerusform>{client}: {offered} za %n incidenta; isporučeno {delivered} ({delivered_count})</numerusform>
            <numerusform>{client}: {offered} za %n incidenata; isporučeno {delivered} ({delivered_count})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLineHelp</name>
    <message>
        <source>Amends: own up to a mistake with a client. Keeps a private journal of incidents: what went wrong, why, what will prevent it, and what to say on the call. Without a command, opens the window.</source>
        <translation>Amends: priznaj klijentu pogrešku. Vodi privatni dnevnik incidenata: što je pošlo po zlu, zašto, što će spriječiti da se ponovi i što reći u razgovoru. Bez naredbe otvara prozor.</translation>
    </message>
    <message>
        <source>The journal is a SQLite file in your user data folder; --db or the AMENDS_DB variable choose another.</source>
        <translation>Dnevnik je SQLite datoteka u tvojoj mapi korisničkih podataka; --db ili varijabla AMENDS_DB biraju drugu.</translation>
    </message>
    <message>
        <source>PATH</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>PUTANJA</translation>
    </message>
    <message>
        <source>the journal file to use</source>
        <translation>datoteka dnevnika koja se koristi</translation>
    </message>
    <message>
        <source>open the window on a throwaway sample journal</source>
        <translation>otvori prozor s probnim dnevnikom koji se poslije briše</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>NAREDBA</translation>
    </message>
    <message>
        <source>add the incidents of an Amends JSON file</source>
        <translation>uvezi incidente iz Amends JSON datoteke</translation>
    </message>
    <message>
        <source>file</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>datoteka</translation>
    </message>
    <message>
        <source>a JSON file in the Amends format (docs/format.md)</source>
        <translation>JSON datoteka u formatu Amends (docs/format.md)</translation>
    </message>
    <message>
        <source>write the whole journal as JSON, CSV or Markdown</source>
        <translation>izvezi cijeli dnevnik kao JSON, CSV ili Markdown</translation>
    </message>
    <message>
        <source>default: json</source>
        <translation>zadano: json</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>IZLAZ</translation>
    </message>
    <message>
        <source>the file to write (default: stdout)</source>
        <translation>datoteka u koju se piše (zadano: stdout)</translation>
    </message>
    <message>
        <source>list incidents, newest first, with filters</source>
        <translation>ispiši incidente od najnovijeg, uz filtre</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>ispiši JSON umjesto tablice</translation>
    </message>
    <message>
        <source>show one incident in full</source>
        <translation>prikaži jedan incident u cijelosti</translation>
    </message>
    <message>
        <source>id</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>id</translation>
    </message>
    <message>
        <source>print it in the interchange format</source>
        <translation>ispiši ga u formatu za razmjenu</translation>
    </message>
    <message>
        <source>find incidents containing all the words</source>
        <translation>pronađi incidente koji sadrže sve riječi</translation>
    </message>
    <message>
        <source>query</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>upit</translation>
    </message>
    <message>
        <source>words to find; &quot;quote words&quot; to find a phrase</source>
        <translation>riječi za pretragu; &quot;riječi u navodnicima&quot; za cijelu frazu</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>ispiši JSON</translation>
    </message>
    <message>
        <source>show repeats, overdue steps and counts</source>
        <translation>prikaži ponavljanja, mjere koje kasne i brojke</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>BROJ</translation>
    </message>
    <message>
        <source>longest lists (default 20)</source>
        <translation>najviše stavki po popisu (zadano 20)</translation>
    </message>
    <message>
        <source>show every entry of every list</source>
        <translation>prikaži sve stavke svih popisa</translation>
    </message>
    <message>
        <source>mark a prevention step done (or not done, --undo)</source>
        <translation>označi mjeru sprječavanja kao gotovu (ili to poništi, --undo)</translation>
    </message>
    <message>
        <source>Mark prevention step STEP of incident ID done: today, or on the day --on gives; marking a done step again changes its date.</source>
        <translation>Označi mjeru sprječavanja MJERA incidenta ID kao gotovu: danas ili na dan zadan opcijom --on; ponovno označavanje gotove mjere mijenja njezin datum.</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>STEP</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>MJERA</translation>
    </message>
    <message>
        <source>the step&apos;s number, as `show ID` lists it</source>
        <translation>broj mjere, kako ga navodi `show ID`</translation>
    </message>
    <message>
        <source>the day it was done (default: today)</source>
        <translation>dan kad je gotova (zadano: danas)</translation>
    </message>
    <message>
        <source>mark it not done after all</source>
        <translation>ipak poništi oznaku da je gotova</translation>
    </message>
    <message>
        <source>mark an incident&apos;s compensation delivered (or not, --undo)</source>
        <translation>označi naknadu za incident kao isporučenu (ili neisporučenu, --undo)</translation>
    </message>
    <message>
        <source>Mark the compensation offered in incident ID delivered: today, or on the day --on gives.</source>
        <translation>Označi naknadu ponuđenu u incidentu ID kao isporučenu: danas ili na dan zadan opcijom --on.</translation>
    </message>
    <message>
        <source>the day it was delivered (default: today)</source>
        <translation>dan kad je isporučena (zadano: danas)</translation>
    </message>
    <message>
        <source>mark it not delivered after all</source>
        <translation>ipak je označi kao neisporučenu</translation>
    </message>
    <message>
        <source>ask the apology coach about a text or an incident</source>
        <translation>pitaj savjetnika za isprike o tekstu ili incidentu</translation>
    </message>
    <message>
        <source>text</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>tekst</translation>
    </message>
    <message>
        <source>the words to check (default: read standard input)</source>
        <translation>riječi za provjeru (zadano: čita se standardni ulaz)</translation>
    </message>
    <message>
        <source>check an incident&apos;s summary, apology, empathy</source>
        <translation>provjeri sažetak, ispriku i empatiju incidenta</translation>
    </message>
    <message>
        <source>the text&apos;s language (default: guess)</source>
        <translation>jezik teksta (zadano: prepoznaje se)</translation>
    </message>
    <message>
        <source>show or set the language the coach reads</source>
        <translation>prikaži ili postavi jezik koji savjetnik čita</translation>
    </message>
    <message>
        <source>auto: guess</source>
        <translation>auto: prepoznaje se iz teksta</translation>
    </message>
    <message>
        <source>write the one-page PDF briefing for the call</source>
        <translation>zapiši podsjetnik za razgovor kao PDF od jedne stranice</translation>
    </message>
    <message>
        <source>the PDF to write (default: ./briefing-ID.pdf)</source>
        <translation>PDF koji se zapisuje (zadano: ./briefing-ID.pdf)</translation>
    </message>
    <message>
        <source>default: from your locale</source>
        <translation>zadano: prema tvojim regionalnim postavkama</translation>
    </message>
    <message>
        <source>write a checked backup of the journal</source>
        <translation>napravi provjerenu sigurnosnu kopiju dnevnika</translation>
    </message>
    <message>
        <source>KEEP</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>BROJ</translation>
    </message>
    <message>
        <source>keep this many backups from now on</source>
        <translation>od sada čuvaj ovoliko sigurnosnih kopija</translation>
    </message>
    <message>
        <source>list the backups instead</source>
        <translation>umjesto toga ispiši sigurnosne kopije</translation>
    </message>
    <message>
        <source>replace the journal with a backup</source>
        <translation>zamijeni dnevnik sigurnosnom kopijom</translation>
    </message>
    <message>
        <source>backup</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>kopija</translation>
    </message>
    <message>
        <source>a backup file, as `backup --list` shows</source>
        <translation>datoteka sigurnosne kopije, kako je prikazuje `backup --list`</translation>
    </message>
    <message>
        <source>the incident&apos;s number, as `list` shows it</source>
        <translation>broj incidenta, kako ga prikazuje `list`</translation>
    </message>
    <message>
        <source>show at most this many</source>
        <translation>prikaži najviše ovoliko</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>GGGG-MM-DD</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>filtri</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>KLIJENT</translation>
    </message>
    <message>
        <source>only this client (name, any case)</source>
        <translation>samo ovaj klijent (ime; velika i mala slova nisu bitna)</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>KATEGORIJA</translation>
    </message>
    <message>
        <source>only this category, e.g. &apos;missed deadline&apos;</source>
        <translation>samo ova kategorija, npr. &apos;propušten rok&apos;</translation>
    </message>
    <message>
        <source>only this</source>
        <translation>samo ova ozbiljnost</translation>
    </message>
    <message>
        <source>only this status</source>
        <translation>samo ova faza</translation>
    </message>
    <message>
        <source>TAG</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>OZNAKA</translation>
    </message>
    <message>
        <source>only incidents with this tag</source>
        <translation>samo incidenti s ovom oznakom</translation>
    </message>
    <message>
        <source>OCCURRED_FROM</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>OD_DATUMA</translation>
    </message>
    <message>
        <source>on or after YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>na dan GGGG-MM-DD, GGGG-MM ili GGGG ili poslije</translation>
    </message>
    <message>
        <source>on or before YYYY-MM-DD, YYYY-MM (its end) or YYYY</source>
        <translation>na dan GGGG-MM-DD, GGGG-MM (do kraja) ili GGGG ili prije</translation>
    </message>
    <message>
        <source>OCCURRED_TO</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>DO_DATUMA</translation>
    </message>
    <message>
        <source>only incidents with a prevention step overdue</source>
        <translation>samo incidenti s mjerom sprječavanja koja kasni</translation>
    </message>
    <message>
        <source>sort by</source>
        <translation>poredaj po</translation>
    </message>
    <message>
        <source>oldest / smallest first</source>
        <translation>od najstarijeg / najmanjeg</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Amends hit a bug</source>
        <translation>Amends je naišao na programsku pogrešku</translation>
    </message>
    <message>
        <source>Amends hit a bug: something went wrong that never should have.</source>
        <translation>Amends je naišao na programsku pogrešku: dogodilo se nešto što se nikad nije smjelo dogoditi.</translation>
    </message>
    <message>
        <source>What you wrote is safe: it is saved in your journal.</source>
        <translation>Tvoj tekst je siguran: spremljen je u tvoj dnevnik.</translation>
    </message>
    <message>
        <source>What you were writing could not be saved, so it stays in the window, and a copy is kept in {path}.</source>
        <translation>Tekst koji pišeš nije se mogao spremiti, pa ostaje u prozoru, a kopija se čuva u {path}.</translation>
    </message>
    <message>
        <source>What you were writing could not be saved; it stays in the window. Copy it out before you close Amends.</source>
        <translation>Tekst koji pišeš nije se mogao spremiti; ostaje u prozoru. Kopiraj ga prije nego što zatvoriš Amends.</translation>
    </message>
    <message>
        <source>A report of what went wrong is in {path}; it holds no text of yours beyond the error itself, and it goes nowhere unless you send it.</source>
        <translation>Izvještaj o tome što je pošlo po zlu nalazi se u {path}; ne sadrži tvoj tekst osim same pogreške i ne šalje se nikamo ako ga ti ne pošalješ.</translation>
    </message>
    <message>
        <source>No report could be written: {reason}.</source>
        <translation>Izvještaj se nije mogao zapisati: {reason}.</translation>
    </message>
    <message>
        <source>No report could be written: this run of Amends has written enough of them.</source>
        <translation>Izvještaj se nije mogao zapisati: Amends ih je u ovom pokretanju već zapisao dovoljno.</translation>
    </message>
    <message>
        <source>Amends keeps running; if something looks wrong, close it and start it again.</source>
        <translation>Amends nastavlja raditi; ako ti nešto izgleda pogrešno, zatvori ga i ponovno pokreni.</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>&amp;Kopiraj izvještaj</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopirano</translation>
    </message>
    <message>
        <source>Amends hit the same bug again (see the report in {path}).</source>
        <translation>Amends je ponovno naišao na istu programsku pogrešku (vidi izvještaj u {path}).</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <source>Pick a day</source>
        <translation>Odaberi dan</translation>
    </message>
</context>
<context>
    <name>Days</name>
    <message>
        <source>Jan</source>
        <translation>sij</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>velj</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>ožu</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>tra</translation>
    </message>
    <message>
        <source>May</source>
        <translation>svi</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>lip</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>srp</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>kol</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>ruj</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>lis</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>stu</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>pro</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>The compensation&apos;s value must be a number of 0 or more, below 1,000,000,000,000,000.</source>
        <translation>Vrijednost naknade mora biti broj od 0 naviše, manji od 1.000.000.000.000.000.</translation>
    </message>
    <message>
        <source>The date and time {when} is outside the years 1 to 9999 once in UTC, as the journal keeps date-times; give one inside them.</source>
        <translation>Datum i vrijeme {when}, preračunati u UTC (u kojem ih dnevnik čuva), izvan su raspona godina od 1 do 9999; upiši vrijednost unutar tog raspona.</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Poništi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Po&amp;novi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Izreži</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Zalijepi</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Odaberi &amp;sve</translation>
    </message>
</context>
<context>
    <name>FieldNote</name>
    <message>
        <source>{problem} Until then the journal keeps {kept}.</source>
        <translation>{problem} Dotad dnevnik čuva {kept}.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>What you offer</source>
        <translation>Što nudiš</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Vrijednost</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Isporučeno dana</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Kako je prošlo</translation>
    </message>
    <message>
        <source>The client stayed</source>
        <translation>Klijent je ostao</translation>
    </message>
    <message>
        <source>They became an advocate</source>
        <translation>Klijent te sada preporučuje</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klijent</translation>
    </message>
    <message>
        <source>Who was let down?</source>
        <translation>Tko je ostao razočaran?</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>A few words: “Missed the launch date”</source>
        <translation>Nekoliko riječi: „Propušten datum lansiranja“</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kada</translation>
    </message>
    <message>
        <source>2026-03-02, today, yesterday…</source>
        <translation>2026-03-02, danas, jučer…</translation>
    </message>
    <message>
        <source>Kind of mistake</source>
        <translation>Vrsta pogreške</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ozbiljnost</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Oznake</translation>
    </message>
    <message>
        <source>A word, then Enter</source>
        <translation>Riječ, pa Enter</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Što se dogodilo</translation>
    </message>
    <message>
        <source>The events, in order.</source>
        <translation>Događaji, redom.</translation>
    </message>
    <message>
        <source>Impact on the client</source>
        <translation>Posljedice za klijenta</translation>
    </message>
    <message>
        <source>What did it cost them?</source>
        <translation>Koliko ih je to stajalo?</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Zašto</translation>
    </message>
    <message>
        <source>Why? One answer per line, each a “why” deeper.</source>
        <translation>Zašto? Jedan odgovor po retku, svaki jedan „zašto“ dublje.</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Temeljni uzrok</translation>
    </message>
    <message>
        <source>What was in your control</source>
        <translation>Što je bilo u tvojoj moći</translation>
    </message>
    <message>
        <source>“I chose the host…”</source>
        <translation>„Hosting je bio moj izbor…“</translation>
    </message>
    <message>
        <source>What you are doing now</source>
        <translation>Što sada radiš</translation>
    </message>
    <message>
        <source>Fix status</source>
        <translation>Stanje popravka</translation>
    </message>
    <message>
        <source>Why it won&apos;t happen again</source>
        <translation>Zašto se neće ponoviti</translation>
    </message>
    <message>
        <source>Prevention steps</source>
        <translation>Mjere sprječavanja</translation>
    </message>
    <message>
        <source>Make it right</source>
        <translation>Naknada</translation>
    </message>
    <message>
        <source>An unexpected gesture</source>
        <translation>Neočekivana gesta</translation>
    </message>
    <message>
        <source>What you will say</source>
        <translation>Što ćeš reći</translation>
    </message>
    <message>
        <source>One or two sentences: sorry, the mistake, the fix.</source>
        <translation>Jedna ili dvije rečenice: oprosti, pogreška, rješenje.</translation>
    </message>
    <message>
        <source>The apology</source>
        <translation>Isprika</translation>
    </message>
    <message>
        <source>Show you see their side</source>
        <translation>Pokaži da razumiješ njihovu stranu</translation>
    </message>
    <message>
        <source>Likely questions</source>
        <translation>Moguća pitanja</translation>
    </message>
    <message>
        <source>Call date and time</source>
        <translation>Datum i vrijeme razgovora</translation>
    </message>
    <message>
        <source>Follow-up message</source>
        <translation>Poruka klijentu</translation>
    </message>
    <message>
        <source>What you write to the client after the call.</source>
        <translation>Ono što pišeš klijentu nakon razgovora.</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Poslano dana</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Poslije</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Faza</translation>
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
        <translation>Sve datoteke (*)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV tablica (*.csv)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Amends journals (*.amends)</source>
        <translation>Amends dnevnici (*.amends)</translation>
    </message>
    <message>
        <source>Amends backups (*{suffix})</source>
        <translation>Amends sigurnosne kopije (*{suffix})</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sigurnosna kopija</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Vraćanje</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Vrati sigurnosnu kopiju</translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation>Otvori dnevnik</translation>
    </message>
    <message>
        <source>New journal</source>
        <translation>Novi dnevnik</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Čitam {name}…</translation>
    </message>
    <message>
        <source>Importing… {done} of {total} incidents</source>
        <translation>Uvozim… {done} od {total} incidenata</translation>
    </message>
    <message>
        <source>Saving the imported incidents…</source>
        <translation>Spremam uvezene incidente…</translation>
    </message>
    <message>
        <source>Import cancelled; the journal is as it was.</source>
        <translation>Uvoz je otkazan; dnevnik je ostao kakav je bio.</translation>
    </message>
    <message>
        <source>{name} was not imported: {reason}</source>
        <translation>Datoteka {name} nije uvezena: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>Nije moguće pročitati {path}: {reason}.</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>Čitam dnevnik…</translation>
    </message>
    <message>
        <source>Exporting… {done} of {total} incidents</source>
        <translation>Izvozim… {done} od {total} incidenata</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>Spremam {name}…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Izvoz je otkazan; nijedna datoteka nije zapisana.</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>Nije izvezeno: {reason}</translation>
    </message>
    <message>
        <source>Backing up the journal…</source>
        <translation>Radim sigurnosnu kopiju dnevnika…</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Sigurnosna kopija zapisana: {path}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>Sigurnosna kopija nije napravljena: {reason}</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Vraćam sigurnosnu kopiju…</translation>
    </message>
    <message>
        <source>Replace the journal with the backup {name}? Everything written since it was made is replaced; the journal as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Zamijeniti dnevnik sigurnosnom kopijom {name}? Sve što je napisano otkad je ona napravljena bit će zamijenjeno; no najprije se napravi sigurnosna kopija sadašnjeg dnevnika, pa to možeš poništiti tako da vratiš tu kopiju.</translation>
    </message>
    <message>
        <source>Restored the backup {name}. The journal as it was is kept in {previous}.</source>
        <translation>Vraćena je sigurnosna kopija {name}. Dnevnik kakav je bio čuva se u {previous}.</translation>
    </message>
    <message>
        <source>Not restored: {reason}</source>
        <translation>Nije vraćeno: {reason}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Otvaram {name}…</translation>
    </message>
    <message>
        <source>Making the journal {name}…</source>
        <translation>Stvaram dnevnik {name}…</translation>
    </message>
    <message>
        <source>Opened the journal {path}.</source>
        <translation>Otvoren je dnevnik {path}.</translation>
    </message>
    <message>
        <source>Made the journal {path}; it is empty. Write an incident with Ctrl+N, or import some.</source>
        <translation>Stvoren je dnevnik {path}; prazan je. Zapiši incident s Ctrl+N ili uvezi postojeće incidente.</translation>
    </message>
    <message>
        <source>{path} is the journal open now.</source>
        <translation>{path} je dnevnik koji je sada otvoren.</translation>
    </message>
    <message>
        <source>Amends is already open on {path} in another window; it has been brought forward.</source>
        <translation>Amends je već otvoren s {path} u drugom prozoru; taj je prozor doveden u prvi plan.</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new name, or open it with File → Open journal…</source>
        <translation>{path} već postoji. Odaberi novo ime ili ga otvori s Datoteka → Otvori dnevnik…</translation>
    </message>
    <message>
        <source>What you wrote could not be saved, so Amends stays on this journal: {reason} Your text is still in the worksheet; try again once it is saved, or copy it out first.</source>
        <translation>Tvoj tekst nije se mogao spremiti, pa Amends ostaje na ovom dnevniku: {reason} Tekst je još u radnom listu; pokušaj ponovno kad bude spremljen ili ga najprije kopiraj.</translation>
    </message>
    <message>
        <source>{reason}

The journal {current} is still open.</source>
        <translation>{reason}

Dnevnik {current} je i dalje otvoren.</translation>
    </message>
    <message>
        <source>{path} is not an Amends journal, or it is damaged, so it was not opened. To get a damaged journal&apos;s incidents back, make a new journal with File → New journal… and restore one of its backups into it with File → Restore…</source>
        <translation>{path} nije Amends dnevnik ili je oštećen, pa nije otvoren. Da vratiš incidente oštećenog dnevnika, napravi novi dnevnik s Datoteka → Novi dnevnik… i u njega vrati jednu od sigurnosnih kopija oštećenog dnevnika s Datoteka → Vrati…</translation>
    </message>
    <message>
        <source>{path} is read-only, so nothing you write in it could be saved. Make the file and its folder writable, or copy it to a folder you can write to and open the copy with File → Open journal…</source>
        <translation>{path} je samo za čitanje, pa se ništa što u njega napišeš ne bi moglo spremiti. Omogući pisanje u datoteku i njezinu mapu ili je kopiraj u mapu u koju možeš pisati i otvori kopiju s Datoteka → Otvori dnevnik…</translation>
    </message>
    <message>
        <source>&amp;Open journal…</source>
        <translation>&amp;Otvori dnevnik…</translation>
    </message>
    <message>
        <source>Ne&amp;w journal…</source>
        <translation>&amp;Novi dnevnik…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Uvezi…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Izvezi…</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>Napravi &amp;sigurnosnu kopiju</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Vrati…</translation>
    </message>
    <message>
        <source>Import incidents</source>
        <translation>Uvezi incidente</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s). Their numbers were taken already, so they have new ones.</source>
        <translation>
            <numerusform>Uvezen je %n incident; brojevi koji su već bili zauzeti zamijenjeni su novima.</numerusform>
            <numerusform>Uvezena su %n incidenta; brojevi koji su već bili zauzeti zamijenjeni su novima.</numerusform>
            <numerusform>Uvezeno je %n incidenata; brojevi koji su već bili zauzeti zamijenjeni su novima.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s).</source>
        <translation>
            <numerusform>Uvezen je %n incident.</numerusform>
            <numerusform>Uvezena su %n incidenta.</numerusform>
            <numerusform>Uvezeno je %n incidenata.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nije uvezeno</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Uvoz</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Izvezi dnevnik</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incident(s) to {path}.</source>
        <translation>
            <numerusform>Izvezen je %n incident u {path}.</numerusform>
            <numerusform>Izvezena su %n incidenta u {path}.</numerusform>
            <numerusform>Izvezeno je %n incidenata u {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Nije izvezeno</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Izvoz</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>Sigurnosna kopija nije napravljena</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Nije vraćeno</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>Nije otvoreno</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>Nije stvoreno</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>any</source>
        <comment>a date filter left empty</comment>
        <translation>bilo koji</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Svi klijenti</translation>
    </message>
    <message>
        <source>Only this client&apos;s incidents: type a name, Enter to apply</source>
        <translation>Samo incidenti ovog klijenta: upiši ime, Enter za primjenu</translation>
    </message>
    <message>
        <source>Only this kind of mistake</source>
        <translation>Samo ova vrsta pogreške</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Sve kategorije</translation>
    </message>
    <message>
        <source>Only this severity</source>
        <translation>Samo ova ozbiljnost</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Sve ozbiljnosti</translation>
    </message>
    <message>
        <source>Only incidents at this stage</source>
        <translation>Samo incidenti u ovoj fazi</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Sve faze</translation>
    </message>
    <message>
        <source>Only incidents with this tag</source>
        <translation>Samo incidenti s ovom oznakom</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Sve oznake</translation>
    </message>
    <message>
        <source>On or after: 2026-03-02, 2026-03 or 2026</source>
        <translation>Na taj dan ili kasnije: 2026-03-02, 2026-03 ili 2026</translation>
    </message>
    <message>
        <source>On or before: 2026-03-02, 2026-03 (its end) or 2026</source>
        <translation>Na taj dan ili ranije: 2026-03-02, 2026-03 (do kraja) ili 2026</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>Mjere koje kasne</translation>
    </message>
    <message>
        <source>Only incidents with a prevention step past its due date</source>
        <translation>Samo incidenti s mjerom sprječavanja kojoj je prošao rok</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Očisti filtre</translation>
    </message>
    <message>
        <source>From</source>
        <comment>before the first day of a date filter</comment>
        <translation>Od</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between the first and last day of a date filter</comment>
        <translation>do</translation>
    </message>
    <message>
        <source>Not a date: write 2026-03-02, 2026-03 or 2026.</source>
        <translation>To nije datum: upiši 2026-03-02, 2026-03 ili 2026.</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Hello {name},</source>
        <translation>Dobar dan, {name},</translation>
    </message>
    <message>
        <source>Thank you for talking it through with me.</source>
        <translation>Hvala Vam što ste sa mnom razgovarali o svemu.</translation>
    </message>
    <message>
        <source>What I have done:</source>
        <translation>Što je već učinjeno:</translation>
    </message>
    <message>
        <source>So that it does not happen again:</source>
        <translation>Kako se to ne bi ponovilo:</translation>
    </message>
    <message>
        <source>To make up for it:</source>
        <translation>Kao naknadu nudim:</translation>
    </message>
    <message>
        <source>I will keep you posted until every step is done.</source>
        <translation>Obavještavat ću Vas dok sve ne bude gotovo.</translation>
    </message>
    <message>
        <source>{text} (done {day})</source>
        <translation>{text} (gotovo {day})</translation>
    </message>
    <message>
        <source>{text} (by {day})</source>
        <translation>{text} (do {day})</translation>
    </message>
    <message>
        <source>About {title}</source>
        <comment>the e-mail&apos;s subject</comment>
        <translation>U vezi s: {title}</translation>
    </message>
</context>
<context>
    <name>FollowUpTools</name>
    <message>
        <source>&amp;Draft from the worksheet</source>
        <translation>&amp;Sastavi iz radnog lista</translation>
    </message>
    <message>
        <source>Start the message from the apology, the fix, the steps and the offer</source>
        <translation>Sastavi početak poruke iz isprike, rješenja, mjera i ponude</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>Copy the message to paste it in any app</source>
        <translation>Kopiraj poruku da je zalijepiš u bilo koju aplikaciju</translation>
    </message>
    <message>
        <source>Open in &amp;mail app</source>
        <translation>Otvori u &amp;e-pošti</translation>
    </message>
    <message>
        <source>A new e-mail to the client with it</source>
        <translation>Nova e-poruka klijentu s ovim tekstom</translation>
    </message>
    <message>
        <source>Sent &amp;today</source>
        <translation>Poslano da&amp;nas</translation>
    </message>
    <message>
        <source>Record that the message was sent today</source>
        <translation>Zabilježi da je poruka poslana danas</translation>
    </message>
    <message>
        <source>Write the apology (The call) first: the message starts from it.</source>
        <translation>Najprije napiši ispriku (korak Razgovor): poruka se gradi na njoj.</translation>
    </message>
    <message>
        <source>Drafted from the worksheet. Ctrl+Z in the message brings back what was there.</source>
        <translation>Skica je napravljena iz radnog lista. Ctrl+Z u poruci vraća ono što je prije pisalo.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Poruka je prazna.</translation>
    </message>
    <message>
        <source>The message is copied: paste it where you write to the client.</source>
        <translation>Poruka je kopirana: zalijepi je tamo gdje pišeš klijentu.</translation>
    </message>
    <message>
        <source>Your mail app opens with the message. Once it is sent, press Sent today.</source>
        <translation>Program za e-poštu otvara se s porukom. Kad je pošalješ, pritisni Poslano danas.</translation>
    </message>
    <message>
        <source>Your mail app opens with the message, addressed to no one yet: this client has no e-mail address (Clients, Edit details…). Once it is sent, press Sent today.</source>
        <translation>Program za e-poštu otvara se s porukom, još bez primatelja: ovaj klijent nema adresu e-pošte (Klijenti, Uredi podatke…). Kad je pošalješ, pritisni Poslano danas.</translation>
    </message>
    <message>
        <source>No mail app could be opened. Copy the message instead.</source>
        <translation>Nijedan program za e-poštu nije se mogao otvoriti. Umjesto toga kopiraj poruku.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Amends Help</source>
        <translation>Pomoć za Amends</translation>
    </message>
    <message>
        <source>&amp;Guide to the method</source>
        <translation>&amp;Vodič kroz metodu</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tipkovnički prečaci</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Naredba</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tipke</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Ostalo</translation>
    </message>
</context>
<context>
    <name>HistoryNote</name>
    <message numerus="yes">
        <source>You have been here before: %n earlier incident(s) of “{category}” with {client}.</source>
        <translation>
            <numerusform>Ovo ti se već dogodilo: %n raniji incident vrste „{category}“ kod klijenta {client}.</numerusform>
            <numerusform>Ovo ti se već dogodilo: %n ranija incidenta vrste „{category}“ kod klijenta {client}.</numerusform>
            <numerusform>Ovo ti se već dogodilo: %n ranijih incidenata vrste „{category}“ kod klijenta {client}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been here before: %n earlier incident(s) of “{category}” with {client}, the last on {day}.</source>
        <translation>
            <numerusform>Ovo ti se već dogodilo: %n raniji incident vrste „{category}“ kod klijenta {client}, posljednji {day}.</numerusform>
            <numerusform>Ovo ti se već dogodilo: %n ranija incidenta vrste „{category}“ kod klijenta {client}, posljednji {day}.</numerusform>
            <numerusform>Ovo ti se već dogodilo: %n ranijih incidenata vrste „{category}“ kod klijenta {client}, posljednji {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It happened again after this one: %n later incident(s) of “{category}” with {client}.</source>
        <translation>
            <numerusform>Ponovilo se i nakon ovoga: %n kasniji incident vrste „{category}“ kod klijenta {client}.</numerusform>
            <numerusform>Ponovilo se i nakon ovoga: %n kasnija incidenta vrste „{category}“ kod klijenta {client}.</numerusform>
            <numerusform>Ponovilo se i nakon ovoga: %n kasnijih incidenata vrste „{category}“ kod klijenta {client}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>it is nested too deeply: an Amends file has lists and objects a few levels deep</source>
        <translation>previše je duboko ugniježđena: datoteka Amends ima popise i objekte samo nekoliko razina duboko</translation>
    </message>
    <message>
        <source>not a key of the Amends format (see docs/format.md)</source>
        <translation>nije ključ formata Amends (vidi docs/format.md)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>je obavezan</translation>
    </message>
    <message>
        <source>{reason}, got {value}</source>
        <translation>{reason}, a dobiveno je {value}</translation>
    </message>
    <message>
        <source>incident {number} (&quot;{title}&quot;), key &apos;{key}&apos;: {reason}</source>
        <translation>incident {number} („{title}“), ključ &apos;{key}&apos;: {reason}</translation>
    </message>
    <message>
        <source>incident {number} (&quot;{title}&quot;): {reason}</source>
        <translation>incident {number} („{title}“): {reason}</translation>
    </message>
    <message>
        <source>incident {number}, key &apos;{key}&apos;: {reason}</source>
        <translation>incident {number}, ključ &apos;{key}&apos;: {reason}</translation>
    </message>
    <message>
        <source>incident {number}: {reason}</source>
        <translation>incident {number}: {reason}</translation>
    </message>
    <message>
        <source>key &apos;{key}&apos;: {reason}</source>
        <translation>ključ &apos;{key}&apos;: {reason}</translation>
    </message>
    <message>
        <source>it is not a file Amends exported (one says &quot;format&quot;: &quot;amends&quot;); Amends imports only those</source>
        <translation>to nije datoteka koju je izvezao Amends (takva sadrži &quot;format&quot;: &quot;amends&quot;); Amends uvozi samo takve</translation>
    </message>
    <message>
        <source>it is a journal, not a file exported from one: open it as a journal instead</source>
        <translation>to je dnevnik, a ne datoteka izvezena iz njega: otvorite ga kao dnevnik</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {position}); save it as UTF-8 and try again</source>
        <translation>datoteka nije UTF-8 tekst (bajt {position}); spremi je kao UTF-8 i pokušaj ponovno</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {reason}</source>
        <translation>redak {line}, stupac {column}: {reason}</translation>
    </message>
    <message>
        <source>it holds a number of more than 4,300 digits, which no key of the Amends format takes</source>
        <translation>sadrži broj s više od 4.300 znamenaka, a takav ne prima nijedan ključ formata Amends</translation>
    </message>
    <message>
        <source>this file uses version {version} of the Amends format; this Amends reads version {supported}. Update Amends to import it.</source>
        <translation>ova datoteka koristi verziju {version} formata Amends; ovaj Amends čita verziju {supported}. Ažuriraj Amends da je uvezeš.</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>ne smije biti prazan</translation>
    </message>
    <message>
        <source>is outside the years 1 to 9999 once in UTC, as the journal keeps date-times; give one inside them</source>
        <translation>izvan je godina od 1 do 9999 kad se preračuna u UTC, u kojem dnevnik čuva datume i vremena; navedi vrijeme unutar njih</translation>
    </message>
    <message>
        <source>a question needs a question or an answer</source>
        <translation>moguće pitanje mora imati tekst pitanja ili odgovor</translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <source>overdue</source>
        <translation>kasni</translation>
    </message>
    <message>
        <source>Unfinished: give it a title and a client in the worksheet (Enter opens it).</source>
        <translation>Nedovršeno: dodaj naslov i klijenta u radnom listu (Enter ga otvara).</translation>
    </message>
    <message>
        <source>Unfinished: give it a title in the worksheet (Enter opens it).</source>
        <translation>Nedovršeno: dodaj naslov u radnom listu (Enter ga otvara).</translation>
    </message>
    <message>
        <source>Unfinished: give it a client in the worksheet (Enter opens it).</source>
        <translation>Nedovršeno: dodaj klijenta u radnom listu (Enter ga otvara).</translation>
    </message>
</context>
<context>
    <name>JournalErrors</name>
    <message>
        <source>{path} is the journal itself; choose one of its backups.</source>
        <translation>{path} je sam dnevnik; odaberi jednu od njegovih sigurnosnih kopija.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Amends; update Amends to restore it.</source>
        <translation>{path} napravila je novija verzija Amendsa; ažuriraj Amends da je vratiš.</translation>
    </message>
    <message>
        <source>{path} is read-only, so it cannot be restored into.</source>
        <translation>{path} je samo za čitanje, pa se u njega ne može ništa vratiti.</translation>
    </message>
    <message>
        <source>Incident {incident} has no prevention steps.</source>
        <translation>Incident {incident} nema mjera sprječavanja.</translation>
    </message>
    <message>
        <source>Incident {incident} has no prevention step {step}: it has {count}.</source>
        <translation>Incident {incident} nema mjeru sprječavanja broj {step}; ukupno ih ima {count}.</translation>
    </message>
    <message>
        <source>Incident {incident} offers no compensation, so there is nothing to deliver.</source>
        <translation>Incident {incident} ne nudi naknadu, pa nema što isporučiti.</translation>
    </message>
    <message>
        <source>This incident has not been saved yet; create it first.</source>
        <translation>Ovaj incident još nije spremljen; prvo ga stvori.</translation>
    </message>
    <message>
        <source>{path} is not an Amends journal, not even a damaged one, so it was left as it is.</source>
        <translation>{path} nije dnevnik Amendsa, čak ni oštećen, pa je ostavljen kakav jest.</translation>
    </message>
    <message>
        <source>The coach knows {languages}; {code} is not one of them.</source>
        <translation>Savjetnik poznaje jezike {languages}; {code} nije među njima.</translation>
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation>Čuvaj barem jednu sigurnosnu kopiju.</translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation>Na {path} nema sigurnosne kopije.</translation>
    </message>
    <message>
        <source>{path} is not a usable Amends backup ({reason}).</source>
        <translation>{path} nije upotrebljiva sigurnosna kopija Amendsa ({reason}).</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); choose another backup.</source>
        <translation>{path} je oštećena ({reason}); odaberi drugu sigurnosnu kopiju.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a journal.</source>
        <translation>{path} je mapa, a ne dnevnik.</translation>
    </message>
    <message>
        <source>{path} is not a plain file, not a journal.</source>
        <translation>{path} nije obična datoteka ni dnevnik.</translation>
    </message>
    <message>
        <source>Cannot create the journal {path}: {reason}.</source>
        <translation>Ne mogu stvoriti dnevnik {path}: {reason}.</translation>
    </message>
    <message>
        <source>There is no journal at {path}.</source>
        <translation>Na {path} nema dnevnika.</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}), so nothing more is written to it.</source>
        <translation>{path} je oštećen ({reason}), pa se u njega više ništa ne zapisuje.</translation>
    </message>
    <message>
        <source>Free some space, or write it to another disk.</source>
        <translation>Oslobodi malo prostora ili zapiši na drugi disk.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>Odaberi mapu u koju možeš pisati.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or make this one writable.</source>
        <translation>Odaberi mapu u koju možeš pisati ili omogući pisanje u ovu.</translation>
    </message>
    <message>
        <source>The disk reported an error: check the disk, or write it to another.</source>
        <translation>Disk je javio pogrešku: provjeri disk ili zapiši na drugi.</translation>
    </message>
    <message>
        <source>Choose another place.</source>
        <translation>Odaberi drugo mjesto.</translation>
    </message>
    <message>
        <source>Cannot write a backup in {folder}: {reason}. {advice}</source>
        <translation>Ne mogu zapisati sigurnosnu kopiju u {folder}: {reason}. {advice}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. {advice}</source>
        <translation>Ne mogu zapisati {path}: {reason}. {advice}</translation>
    </message>
    <message>
        <source>The disk holding {path} is full, so this change was not saved. Free some space and try again; the journal is unchanged.</source>
        <translation>Disk na kojem je {path} pun je, pa ova promjena nije spremljena. Oslobodi malo prostora i pokušaj ponovno; dnevnik je nepromijenjen.</translation>
    </message>
    <message>
        <source>The journal {path} is read-only, so this change was not saved.</source>
        <translation>Dnevnik {path} je samo za čitanje, pa ova promjena nije spremljena.</translation>
    </message>
    <message>
        <source>The journal {path} is busy: another program is writing to it. Close other Amends windows or commands and try again; nothing was lost.</source>
        <translation>Dnevnik {path} je zauzet: drugi program upravo piše u njega. Zatvori druge prozore ili naredbe Amendsa i pokušaj ponovno; ništa nije izgubljeno.</translation>
    </message>
    <message>
        <source>{path} is not an Amends journal or is damaged.</source>
        <translation>{path} nije dnevnik Amendsa ili je oštećen.</translation>
    </message>
    <message>
        <source>Cannot open the journal {path}: check that its folder exists and is yours.</source>
        <translation>Ne mogu otvoriti dnevnik {path}: provjeri postoji li njegova mapa i je li tvoja.</translation>
    </message>
    <message>
        <source>The disk reported an error while using {path}. Check the disk, then restore the newest backup if the journal looks wrong.</source>
        <translation>Disk je javio pogrešku pri korištenju {path}. Provjeri disk, a zatim vrati najnoviju sigurnosnu kopiju ako dnevnik ne izgleda ispravno.</translation>
    </message>
    <message>
        <source>There is no incident {id}.</source>
        <translation>Nema incidenta {id}.</translation>
    </message>
    <message>
        <source>{path} is a database, but not an Amends journal; it was left untouched.</source>
        <translation>{path} je baza podataka, ali nije dnevnik Amendsa; ostala je netaknuta.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Amends (schema {revision}). Update Amends to open it; the file was left untouched.</source>
        <translation>{path} zapisala je novija verzija Amendsa (shema {revision}). Ažuriraj Amends da ga otvoriš; datoteka je ostala netaknuta.</translation>
    </message>
    <message>
        <source>{path} is read-only and must be upgraded before this version of Amends can use it.</source>
        <translation>{path} je samo za čitanje, a mora se nadograditi prije nego što ga ova verzija Amendsa može koristiti.</translation>
    </message>
    <message>
        <source>{path}: the upgrade would leave {count} broken references, so it was not made; the journal is as it was.</source>
        <translation>{path}: nadogradnja bi ostavila neispravne reference (broj: {count}), pa nije napravljena; dnevnik je kakav je bio.</translation>
    </message>
    <message>
        <source>There is no client with id {id}.</source>
        <translation>Nema klijenta s ID-om {id}.</translation>
    </message>
    <message>
        <source>There is no incident {id}; it may have been deleted.</source>
        <translation>Nema incidenta {id}; možda je izbrisan.</translation>
    </message>
    <message>
        <source>Choose which client to change.</source>
        <translation>Odaberi kojeg klijenta želiš promijeniti.</translation>
    </message>
    <message>
        <source>There is already a client called {name}.</source>
        <translation>Već postoji klijent imena {name}.</translation>
    </message>
    <message>
        <source>There is no category {name}.</source>
        <translation>Nema kategorije {name}.</translation>
    </message>
    <message>
        <source>There is already a category called {name}.</source>
        <translation>Već postoji kategorija imena {name}.</translation>
    </message>
    <message>
        <source>Choose another category to move its incidents to.</source>
        <translation>Odaberi drugu kategoriju u koju ćeš premjestiti njezine incidente.</translation>
    </message>
    <message>
        <source>Amends exports {formats}, not {format}.</source>
        <translation>Amends izvozi {formats}, a ne {format}.</translation>
    </message>
    <message>
        <source>{path} is the journal or one of its backups.</source>
        <translation>{path} je dnevnik ili jedna od njegovih sigurnosnih kopija.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file to write to.</source>
        <translation>{path} je mapa: odaberi datoteku u koju ćeš pisati.</translation>
    </message>
    <message>
        <source>{path} is not a plain file: choose a file to write to.</source>
        <translation>{path} nije obična datoteka: odaberi datoteku u koju ćeš pisati.</translation>
    </message>
    <message>
        <source>Incident {id} is not in the Trash.</source>
        <translation>Incident {id} nije u smeću.</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>takva datoteka ili mapa ne postoji</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>pristup odbijen</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk je pun</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disk je samo za čitanje</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>to je mapa</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>dio putanje nije mapa</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>već postoji</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>disk je prijavio pogrešku</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>naziv je predug</translation>
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
        <translation>Klijent</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorija</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ozbiljnost</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Faza</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Mjere</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>Pronađeno u</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>kasni</translation>
    </message>
    <message>
        <source>A prevention step is past its due date.</source>
        <translation>Mjeri sprječavanja prošao je rok.</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Search every word of every incident, any language (Ctrl+F)</source>
        <translation>Pretraži svaku riječ svakog incidenta, na bilo kojem jeziku (Ctrl+F)</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Novi incident</translation>
    </message>
    <message>
        <source>Select an incident to read it here; Enter opens it.</source>
        <translation>Odaberi incident da ga pročitaš ovdje; Enter ga otvara.</translation>
    </message>
    <message>
        <source>Nothing here yet — when something goes wrong with a client, start here.

Press Ctrl+N for a new incident. To see first what Amends is for, choose Help ▸ Look around with sample incidents.</source>
        <translation>Ovdje još nema ničega — kad nešto pođe po zlu s klijentom, počni ovdje.

Pritisni Ctrl+N za novi incident. Ako prvo želiš vidjeti čemu Amends služi, odaberi Pomoć ▸ Razgledaj primjere incidenata.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pretražujem…</translation>
    </message>
    <message>
        <source>It is saved, but the filters hide it: “Clear filters” shows it.</source>
        <translation>Spremljeno je, ali filtri ga skrivaju: „Očisti filtre” ga prikazuje.</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>Written where Amends could not read it</source>
        <translation>Ono što Amends nije mogao pročitati</translation>
    </message>
    <message>
        <source>due {due}, done {done}</source>
        <translation>rok {due}, gotovo {done}</translation>
    </message>
    <message>
        <source>due {due}</source>
        <translation>rok {due}</translation>
    </message>
    <message>
        <source>done {done}</source>
        <translation>gotovo {done}</translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Klijenti</translation>
    </message>
    <message>
        <source>&amp;Patterns</source>
        <translation>&amp;Obrasci</translation>
    </message>
</context>
<context>
    <name>ListCount</name>
    <message numerus="yes">
        <source>%n incident(s) found (the best {limit})</source>
        <translation>
            <numerusform>%n incident pronađen (prikazano najboljih {limit})</numerusform>
            <numerusform>%n incidenta pronađena (prikazano najboljih {limit})</numerusform>
            <numerusform>%n incidenata pronađeno (prikazano najboljih {limit})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) found</source>
        <translation>
            <numerusform>%n incident pronađen</numerusform>
            <numerusform>%n incidenta pronađena</numerusform>
            <numerusform>%n incidenata pronađeno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) match the filters</source>
        <translation>
            <numerusform>%n incident odgovara filtrima</numerusform>
            <numerusform>%n incidenta odgovaraju filtrima</numerusform>
            <numerusform>%n incidenata odgovara filtrima</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidenta</numerusform>
            <numerusform>%n incidenata</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or shorter words, or clear the filters.</source>
        <translation>Ništa ne odgovara. Pokušaj s manje ili kraćih riječi ili očisti filtre.</translation>
    </message>
    <message>
        <source>Nothing matches these words. Try fewer or shorter ones.</source>
        <translation>Ništa ne odgovara ovim riječima. Pokušaj s manje riječi ili kraćima.</translation>
    </message>
    <message>
        <source>No incident matches the filters. “Clear filters” shows them all.</source>
        <translation>Nijedan incident ne odgovara filtrima. „Očisti filtre” prikazuje sve.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datoteka</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Uredi</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Prikaz</translation>
    </message>
    <message>
        <source>&amp;Worksheet</source>
        <translation>&amp;Radni list</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;ć</translation>
    </message>
    <message>
        <source>Amends — {name}</source>
        <translation>Amends — {name}</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>D&amp;nevnik</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Sigurnosne &amp;kopije…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>Sm&amp;eće…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Postavke…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>I&amp;zađi</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation>&amp;Novi incident</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>&amp;Otvori odabrani</translation>
    </message>
    <message>
        <source>&amp;Briefing for the call…</source>
        <translation>&amp;Podsjetnik za razgovor…</translation>
    </message>
    <message>
        <source>Back to the &amp;journal</source>
        <translation>Natrag u &amp;dnevnik</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Traži</translation>
    </message>
    <message>
        <source>&amp;Delete incident…</source>
        <translation>&amp;Izbriši incident…</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>Poni&amp;šti brisanje</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Klijenti</translation>
    </message>
    <message>
        <source>&amp;Patterns</source>
        <translation>&amp;Obrasci</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Izgled</translation>
    </message>
    <message>
        <source>&amp;Guide to the method</source>
        <translation>&amp;Vodič kroz metodu</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tipkovnički prečaci</translation>
    </message>
    <message>
        <source>&amp;Look around with sample incidents</source>
        <translation>&amp;Razgledaj primjere incidenata</translation>
    </message>
    <message>
        <source>&amp;About Amends</source>
        <translation>&amp;O programu Amends</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Prati s&amp;ustav</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Svijetlo</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Tamno</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Sljedeći korak</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Prethodni korak</translation>
    </message>
    <message>
        <source>&amp;Leave without saving</source>
        <translation>&amp;Napusti bez spremanja</translation>
    </message>
    <message>
        <source>amends: what you wrote was not saved ({reason}); it is kept in {path}.</source>
        <translation>amends: tvoj tekst nije spremljen ({reason}); čuva se u {path}.</translation>
    </message>
    <message>
        <source>amends: what you wrote was not saved ({reason}); no file could be written either.</source>
        <translation>amends: tvoj tekst nije spremljen ({reason}); ni datoteka se nije mogla zapisati.</translation>
    </message>
    <message>
        <source>&amp;Log out without saving</source>
        <translation>O&amp;djavi se bez spremanja</translation>
    </message>
    <message>
        <source>The appearance applies until Amends closes: {reason}</source>
        <translation>Izgled vrijedi dok se Amends ne zatvori: {reason}</translation>
    </message>
    <message>
        <source>Choose or save an incident first.</source>
        <translation>Najprije odaberi ili spremi incident.</translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation>&amp;Izađi bez spremanja</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message>
        <source>Amends journal</source>
        <translation>Dnevnik Amends</translation>
    </message>
    <message>
        <source>{title} (unfinished)</source>
        <translation>{title} (nedovršeno)</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>Reading your journal…</source>
        <translation>Čitam tvoj dnevnik…</translation>
    </message>
    <message>
        <source>Overdue steps, oldest first; click one to open its incident.</source>
        <translation>Mjere koje kasne, najprije najstarije; klikni na mjeru da otvoriš njezin incident.</translation>
    </message>
    <message>
        <source>What goes wrong most</source>
        <translation>Što najčešće pođe po zlu</translation>
    </message>
    <message>
        <source>Incidents per category.</source>
        <translation>Incidenti po kategoriji.</translation>
    </message>
    <message>
        <source>Why, most often</source>
        <translation>Najčešći uzroci</translation>
    </message>
    <message>
        <source>Root causes you gave more than once.</source>
        <translation>Temeljni uzroci navedeni više puta.</translation>
    </message>
    <message>
        <source>Same client, same failure</source>
        <translation>Isti klijent, isti propust</translation>
    </message>
    <message>
        <source>Failing a client the same way twice is what makes them leave.</source>
        <translation>Klijenti odlaze kad ih dvaput iznevjeriš na isti način.</translation>
    </message>
    <message>
        <source>The same cause in other words</source>
        <translation>Isti uzrok drugim riječima</translation>
    </message>
    <message>
        <source>Lately, a why that reads like an earlier one with the same client.</source>
        <translation>Nedavni uzroci koji zvuče kao neki raniji kod istog klijenta.</translation>
    </message>
    <message>
        <source>Did you keep your promises?</source>
        <translation>Jesu li obećanja održana?</translation>
    </message>
    <message>
        <source>Prevention steps by how they went; click “overdue” to see those incidents.</source>
        <translation>Mjere sprječavanja prema ishodu; klikni na „kasni“ da vidiš te incidente.</translation>
    </message>
    <message>
        <source>Making it right</source>
        <translation>Naknada</translation>
    </message>
    <message>
        <source>What you offered each client; the solid part of each bar is delivered.</source>
        <translation>Što je ponuđeno svakom klijentu; puni dio svakog stupca je isporučen.</translation>
    </message>
    <message>
        <source>Incidents per month</source>
        <translation>Incidenti po mjesecu</translation>
    </message>
    <message>
        <source>The last two years, by category; click a bar to see those incidents.</source>
        <translation>Posljednje dvije godine, po kategoriji; klikni na stupac da vidiš te incidente.</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <comment>after “with”: 3 incidents with 2 clients.</comment>
        <translation>
            <numerusform>%n klijenta</numerusform>
            <numerusform>%n klijenta</numerusform>
            <numerusform>%n klijenata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with {clients}.</source>
        <translation>
            <numerusform>%n incident kod {clients}.</numerusform>
            <numerusform>%n incidenta kod {clients}.</numerusform>
            <numerusform>%n incidenata kod {clients}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n case(s) you failed the same client the same way again.</source>
        <translation>
            <numerusform>U %n slučaju isti je klijent ponovno iznevjeren na isti način.</numerusform>
            <numerusform>U %n slučaja isti je klijent ponovno iznevjeren na isti način.</numerusform>
            <numerusform>U %n slučajeva isti je klijent ponovno iznevjeren na isti način.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prevention step(s) overdue.</source>
        <translation>
            <numerusform>%n mjera sprječavanja kasni.</numerusform>
            <numerusform>%n mjere sprječavanja kasne.</numerusform>
            <numerusform>%n mjera sprječavanja kasni.</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents yet, so no patterns. They appear here as the journal fills.</source>
        <translation>Još nema incidenata, pa nema ni obrazaca. Pojavit će se ovdje kako se dnevnik bude punio.</translation>
    </message>
    <message>
        <source>Cause: {cause}</source>
        <translation>Uzrok: {cause}</translation>
    </message>
    <message>
        <source>No cause given twice yet.</source>
        <translation>Još nijedan uzrok nije naveden dvaput.</translation>
    </message>
    <message>
        <source>{count} × {category} with {client}, last on {day}</source>
        <translation>{count} × {category} kod klijenta {client}, zadnji put {day}</translation>
    </message>
    <message>
        <source>No client failed twice the same way. Keep it so.</source>
        <translation>Nijedan klijent nije dvaput iznevjeren na isti način. Neka tako i ostane.</translation>
    </message>
    <message>
        <source>No recent why reads like an earlier one.</source>
        <translation>Nijedan nedavni uzrok ne zvuči kao neki raniji.</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>rok {day}</translation>
    </message>
    <message>
        <source>Due {day}: {step}
{title} ({client})</source>
        <translation>Rok {day}: {step}
{title} ({client})</translation>
    </message>
    <message>
        <source>No prevention step is overdue.</source>
        <translation>Nijedna mjera sprječavanja ne kasni.</translation>
    </message>
    <message>
        <source>No compensation with an amount yet.</source>
        <translation>Još nema naknade s iznosom.</translation>
    </message>
    <message numerus="yes">
        <source>{title} ({client}) reads like %n earlier: {categories}</source>
        <translation>
            <numerusform>{title} ({client}) nalikuje na %n raniji incident: {categories}</numerusform>
            <numerusform>{title} ({client}) nalikuje na %n ranija incidenta: {categories}</numerusform>
            <numerusform>{title} ({client}) nalikuje na %n ranijih incidenata: {categories}</numerusform>
        </translation>
    </message>
    <message>
        <source>Same cause as “{title}”</source>
        <translation>Isti uzrok kao „{title}“</translation>
    </message>
    <message>
        <source>{amount}, {share} delivered</source>
        <translation>{amount}, isporučeno {share}</translation>
    </message>
    <message numerus="yes">
        <source>{client}: offered {amount} over %n incident(s), delivered {delivered}</source>
        <translation>
            <numerusform>{client}: ponuđeno {amount} za %n incident, isporučeno {delivered}</numerusform>
            <numerusform>{client}: ponuđeno {amount} za %n incidenta, isporučeno {delivered}</numerusform>
            <numerusform>{client}: ponuđeno {amount} za %n incidenata, isporučeno {delivered}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zaustavljam…</translation>
    </message>
</context>
<context>
    <name>PromiseChart</name>
    <message>
        <source>done on time</source>
        <translation>gotovo na vrijeme</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>gotovo sa zakašnjenjem</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>kasni</translation>
    </message>
    <message>
        <source>not due yet</source>
        <translation>rok još nije prošao</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Poništi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Po&amp;novi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Izreži</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Zalijepi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Odaberi sve</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>U redu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Odustani</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zatvori</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spremi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otvori</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Odbaci</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Primijeni</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Pomoć</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Da</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ne</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Pokušaj ponovo</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Prekini</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Zanemari</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Poništi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Po&amp;novi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Izreži</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiraj</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Zalijepi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ukloni</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Odaberi sve</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Move this question up (Alt+Up)</source>
        <translation>Pomakni ovo pitanje gore (Alt+Up)</translation>
    </message>
    <message>
        <source>Move this question down (Alt+Down)</source>
        <translation>Pomakni ovo pitanje dolje (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove this question</source>
        <translation>Ukloni ovo pitanje</translation>
    </message>
    <message>
        <source>A question they may ask</source>
        <translation>Pitanje koje bi mogli postaviti</translation>
    </message>
    <message>
        <source>The question, as they may ask it</source>
        <translation>Pitanje, onako kako bi ga mogli postaviti</translation>
    </message>
    <message>
        <source>What you will answer</source>
        <translation>Što ćeš odgovoriti</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Tvoj odgovor</translation>
    </message>
    <message>
        <source>Q: {question}
A: {answer}</source>
        <translation>P: {question}
O: {answer}</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Add question</source>
        <translation>Dodaj pitanje</translation>
    </message>
    <message>
        <source>Add a question they may ask, with your answer</source>
        <translation>Dodaj pitanje koje bi mogli postaviti i svoj odgovor</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Amends could not finish reading the journal; it reads it again when shown next.</source>
        <translation>Amends nije mogao dovršiti čitanje dnevnika; pokušat će ponovno kad sljedeći put otvoriš ovaj prikaz.</translation>
    </message>
</context>
<context>
    <name>Readers</name>
    <message>
        <source>Amends can&apos;t read “{typed}” as a date. Type it like 2026-03-02, or “today” or “yesterday”, or pick a day.</source>
        <translation>Amends ne može pročitati „{typed}“ kao datum. Upiši ga kao 2026-03-02, napiši „danas“ ili „jučer“ ili odaberi dan.</translation>
    </message>
    <message>
        <source>Amends can&apos;t read “{typed}” as a date. Type it like 2026-03-02 or {sample}, or “today” or “yesterday”, or pick a day.</source>
        <translation>Amends ne može pročitati „{typed}“ kao datum. Upiši ga kao 2026-03-02 ili {sample}, napiši „danas“ ili „jučer“ ili odaberi dan.</translation>
    </message>
    <message>
        <source>Add the time of the call too, like 2026-03-04 10:00.</source>
        <translation>Dodaj i vrijeme razgovora, na primjer 2026-03-04 10:00.</translation>
    </message>
    <message>
        <source>Amends can&apos;t read “{typed}” as a day and a time. Type it like 2026-03-04 10:00, or “tomorrow 15:30”.</source>
        <translation>Amends ne može pročitati „{typed}“ kao dan i vrijeme. Upiši ga kao 2026-03-04 10:00 ili „sutra 15:30“.</translation>
    </message>
    <message>
        <source>“{typed}” is too near the year 1 or 9999 to be kept.</source>
        <translation>„{typed}“ je preblizu godini 1 ili 9999 da bi se mogao spremiti.</translation>
    </message>
    <message>
        <source>Amends can&apos;t read “{typed}” as an amount. Type a number like {sample} or 150, with its currency if you like.</source>
        <translation>Amends ne može pročitati „{typed}“ kao iznos. Upiši broj kao {sample} ili 150, po želji s valutom.</translation>
    </message>
    <message>
        <source>“{typed}” is more than Amends keeps as an amount.</source>
        <translation>„{typed}“ je prevelik iznos da bi ga Amends spremio.</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message>
        <source>Restore a backup with `amends restore BACKUP`, or open another file with --db.</source>
        <translation>Vrati sigurnosnu kopiju naredbom `amends restore BACKUP` ili otvori drugu datoteku s --db.</translation>
    </message>
    <message>
        <source>Restore a backup with File → Restore…, or open another file with File → Open journal…</source>
        <translation>Vrati sigurnosnu kopiju s Datoteka → Vrati… ili otvori drugu datoteku s Datoteka → Otvori dnevnik…</translation>
    </message>
    <message>
        <source>Restore the newest good backup (amends backup --list, amends restore).</source>
        <translation>Vrati najnoviju ispravnu sigurnosnu kopiju (amends backup --list, amends restore).</translation>
    </message>
    <message>
        <source>Restore the newest good backup with File → Restore… (File → Backups… lists them).</source>
        <translation>Vrati najnoviju ispravnu sigurnosnu kopiju s Datoteka → Vrati… (popis je u Datoteka → Sigurnosne kopije…).</translation>
    </message>
    <message>
        <source>Open another file with --db.</source>
        <translation>Otvori drugu datoteku s --db.</translation>
    </message>
    <message>
        <source>Open another file with File → Open journal…</source>
        <translation>Otvori drugu datoteku s Datoteka → Otvori dnevnik…</translation>
    </message>
    <message>
        <source>Choose a journal file with --db.</source>
        <translation>Odaberi datoteku dnevnika s --db.</translation>
    </message>
    <message>
        <source>Choose a journal file with File → Open journal…</source>
        <translation>Odaberi datoteku dnevnika s Datoteka → Otvori dnevnik…</translation>
    </message>
    <message>
        <source>Choose another place with --db or the AMENDS_DB variable.</source>
        <translation>Odaberi drugo mjesto s --db ili varijablom AMENDS_DB.</translation>
    </message>
    <message>
        <source>Choose another place with File → New journal…</source>
        <translation>Odaberi drugo mjesto s Datoteka → Novi dnevnik…</translation>
    </message>
    <message>
        <source>Make the file and its folder writable, or open a copy with --db.</source>
        <translation>Omogući pisanje u datoteku i njezinu mapu ili otvori kopiju s --db.</translation>
    </message>
    <message>
        <source>Make the file and its folder writable, or open a copy with File → Open journal…</source>
        <translation>Omogući pisanje u datoteku i njezinu mapu ili otvori kopiju s Datoteka → Otvori dnevnik…</translation>
    </message>
    <message>
        <source>Make it writable, or open a writable copy with --db.</source>
        <translation>Omogući pisanje u datoteku ili otvori kopiju u koju se može pisati s --db.</translation>
    </message>
    <message>
        <source>Make it writable, or open a writable copy with File → Open journal…</source>
        <translation>Omogući pisanje u datoteku ili otvori kopiju u koju se može pisati s Datoteka → Otvori dnevnik…</translation>
    </message>
    <message>
        <source>Make the file and its folder writable and try again, or copy the backup to a new file and open that with --db.</source>
        <translation>Omogući pisanje u datoteku i njezinu mapu pa pokušaj ponovno ili kopiraj sigurnosnu kopiju u novu datoteku i otvori nju s --db.</translation>
    </message>
    <message>
        <source>Make the file and its folder writable and try again, or copy the backup to a new file and open that with File → Open journal…</source>
        <translation>Omogući pisanje u datoteku i njezinu mapu pa pokušaj ponovno ili kopiraj sigurnosnu kopiju u novu datoteku i otvori nju s Datoteka → Otvori dnevnik…</translation>
    </message>
    <message>
        <source>Give the journal&apos;s own file with --db.</source>
        <translation>Navedi datoteku samog dnevnika s --db.</translation>
    </message>
    <message>
        <source>Open the journal&apos;s own file with File → Open journal…</source>
        <translation>Otvori datoteku samog dnevnika s Datoteka → Otvori dnevnik…</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>Text that could not be saved earlier is kept in {path}.</source>
        <translation>Tekst koji se ranije nije mogao spremiti čuva se u {path}.</translation>
    </message>
    <message>
        <source>Your journal is damaged, so Amends writes nothing more to it and the damage cannot spread. {remedy} What you write now stays in the window: copy it out before you close.</source>
        <translation>Tvoj je dnevnik oštećen, pa Amends u njega više ništa ne zapisuje i oštećenje se ne može proširiti. {remedy} Ono što sada napišeš ostaje u prozoru: kopiraj to prije zatvaranja.</translation>
    </message>
    <message>
        <source>The journal is damaged</source>
        <translation>Dnevnik je oštećen</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation>Današnja sigurnosna kopija nije se mogla napraviti: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Move “{title}” to the Trash? Ctrl+Z brings it back right away, and File → Trash does for %n day(s).</source>
        <translation>
            <numerusform>Premjestiti incident „{title}“ u smeće? Ctrl+Z ga odmah vraća, a iz Datoteka → Smeće možeš ga vratiti još %n dan.</numerusform>
            <numerusform>Premjestiti incident „{title}“ u smeće? Ctrl+Z ga odmah vraća, a iz Datoteka → Smeće možeš ga vratiti još %n dana.</numerusform>
            <numerusform>Premjestiti incident „{title}“ u smeće? Ctrl+Z ga odmah vraća, a iz Datoteka → Smeće možeš ga vratiti još %n dana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move this unfinished draft to the Trash? Ctrl+Z brings it back right away, and File → Trash does for %n day(s).</source>
        <translation>
            <numerusform>Premjestiti ovu nedovršenu skicu u smeće? Ctrl+Z je odmah vraća, a iz Datoteka → Smeće možeš je vratiti još %n dan.</numerusform>
            <numerusform>Premjestiti ovu nedovršenu skicu u smeće? Ctrl+Z je odmah vraća, a iz Datoteka → Smeće možeš je vratiti još %n dana.</numerusform>
            <numerusform>Premjestiti ovu nedovršenu skicu u smeće? Ctrl+Z je odmah vraća, a iz Datoteka → Smeće možeš je vratiti još %n dana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>Izbriši incident</translation>
    </message>
    <message>
        <source>Moved “{title}” to the Trash. Ctrl+Z brings it back.</source>
        <translation>Incident „{title}“ premješten je u smeće. Ctrl+Z ga vraća.</translation>
    </message>
    <message>
        <source>Moved this unfinished draft to the Trash. Ctrl+Z brings it back.</source>
        <translation>Nedovršena skica premještena je u smeće. Ctrl+Z je vraća.</translation>
    </message>
    <message>
        <source>Could not bring back “{title}”: {reason}</source>
        <translation>Incident „{title}“ nije se mogao vratiti: {reason}</translation>
    </message>
    <message>
        <source>Could not bring back this unfinished draft: {reason}</source>
        <translation>Nedovršena skica nije se mogla vratiti: {reason}</translation>
    </message>
    <message>
        <source>Brought back “{title}”.</source>
        <translation>Incident „{title}“ je vraćen.</translation>
    </message>
    <message>
        <source>Brought back this unfinished draft.</source>
        <translation>Nedovršena skica je vraćena.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Amends — sample incidents, not kept</source>
        <translation>Amends — primjeri incidenata, ne čuvaju se</translation>
    </message>
    <message>
        <source>These are sample incidents: nothing you write here is kept. To start your own journal, choose File → New journal… or start Amends again.</source>
        <translation>Ovo su primjeri incidenata: ništa što ovdje napišeš ne čuva se. Za vlastiti dnevnik odaberi Datoteka → Novi dnevnik… ili ponovno pokreni Amends.</translation>
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
        <translation>Postavke</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Jezik sustava ({language})</translation>
    </message>
    <message>
        <source>Guessed from each text</source>
        <translation>Prepoznaje se iz svakog teksta</translation>
    </message>
    <message>
        <source>As the system ({paper})</source>
        <translation>Prema sustavu ({paper})</translation>
    </message>
    <message>
        <source>Language and look</source>
        <translation>Jezik i izgled</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>&amp;Jezik prozora:</translation>
    </message>
    <message>
        <source>The &amp;coach reads this journal in:</source>
        <translation>&amp;Savjetnik čita ovaj dnevnik na jeziku:</translation>
    </message>
    <message>
        <source>&amp;Paper for briefings:</source>
        <translation>&amp;Papir za podsjetnike za razgovor:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Izgled:</translation>
    </message>
    <message>
        <source>A briefing is printed in its incident&apos;s language, whatever the window&apos;s. The coach&apos;s language and the appearance are kept in this journal; the window&apos;s language and the paper are yours on this computer.</source>
        <translation>Podsjetnik za razgovor ispisuje se na jeziku incidenta, bez obzira na jezik prozora. Jezik savjetnika i izgled čuvaju se u ovom dnevniku; jezik prozora i papir tvoji su na ovom računalu.</translation>
    </message>
    <message>
        <source>This journal</source>
        <translation>Ovaj dnevnik</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>Čuva se u:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>Sigurnosne kopije:</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Promijeni…</translation>
    </message>
    <message>
        <source>Keep backups in</source>
        <translation>Čuvaj sigurnosne kopije u</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Prikaži mapu</translation>
    </message>
    <message>
        <source>This journal is in a folder that {service} copies to other computers.</source>
        <translation>Ovaj je dnevnik u mapi koju {service} kopira na druga računala.</translation>
    </message>
    <message>
        <source>This journal is on a network drive.</source>
        <translation>Ovaj je dnevnik na mrežnom disku.</translation>
    </message>
    <message>
        <source>A journal there can be damaged when two computers write to it, or when a copy arrives midway. Keep it in a folder of this computer alone, and put exports or backups in the shared folder instead.</source>
        <translation>Dnevnik ondje se može oštetiti kad u njega pišu dva računala ili kad kopija stigne napola. Drži ga u mapi samo na ovom računalu, a u zajedničku mapu stavljaj izvoze ili sigurnosne kopije.</translation>
    </message>
    <message>
        <source>What was chosen applies until Amends closes: it could not be kept in {path} ({reason}).</source>
        <translation>Odabrano vrijedi dok se Amends ne zatvori: izbor se nije mogao spremiti u {path} ({reason}).</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Open the earlier ones</source>
        <translation>Otvori prethodne</translation>
    </message>
    <message>
        <source>The earlier incidents of this client in this category</source>
        <translation>Raniji incidenti ovog klijenta u ovoj kategoriji</translation>
    </message>
    <message>
        <source>What the coach found; click one to go there</source>
        <translation>Što je savjetnik pronašao; klikni na stavku da odeš do nje</translation>
    </message>
    <message>
        <source>Try: {suggestion}</source>
        <translation>Pokušaj: {suggestion}</translation>
    </message>
    <message>
        <source>Summary: {measure} (one breath)</source>
        <translation>Sažetak: {measure} (u jednom dahu)</translation>
    </message>
    <message>
        <source>{note} Failing the same way twice is what makes a client leave.</source>
        <translation>{note} Kad klijenta dvaput iznevjeriš na isti način, on odlazi.</translation>
    </message>
    <message>
        <source>“{words}” (×{count}): {why}</source>
        <comment>a coach&apos;s finding, found this often</comment>
        <translation>„{words}“ (×{count}): {why}</translation>
    </message>
    <message>
        <source>“{words}”: {why}</source>
        <comment>a coach&apos;s finding</comment>
        <translation>„{words}“: {why}</translation>
    </message>
    <message>
        <source>Open the later ones</source>
        <translation>Otvori kasnije incidente</translation>
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
        <translation>Amends nije mogao otvoriti dnevnik.

{reason}

Vrati sigurnosnu kopiju dnevnika {path}, otvori drugi dnevnik ili napravi novi.</translation>
    </message>
    <message>
        <source>Amends could not open the journal.

{reason}

Open another journal, or make a new one.</source>
        <translation>Amends nije mogao otvoriti dnevnik.

{reason}

Otvori drugi dnevnik ili napravi novi.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Vrati sigurnosnu kopiju…</translation>
    </message>
    <message>
        <source>&amp;Open another journal…</source>
        <translation>&amp;Otvori drugi dnevnik…</translation>
    </message>
    <message>
        <source>Make a &amp;new journal…</source>
        <translation>Napravi &amp;novi dnevnik…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>I&amp;zađi</translation>
    </message>
</context>
<context>
    <name>StepButtons</name>
    <message>
        <source>Back to the step before (Ctrl+PgUp)</source>
        <translation>Natrag na prethodni korak (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>On to the next step (Ctrl+PgDown)</source>
        <translation>Dalje na sljedeći korak (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Natrag</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalje</translation>
    </message>
    <message>
        <source>Preview briefing</source>
        <translation>Pregled podsjetnika</translation>
    </message>
    <message>
        <source>The one-page briefing to hold during the call, as it will print (Ctrl+P)</source>
        <translation>Podsjetnik od jedne stranice koji ćeš imati pred sobom tijekom razgovora, kako će izgledati ispisan (Ctrl+P)</translation>
    </message>
    <message>
        <source>Back to “{step}” (Ctrl+PgUp)</source>
        <translation>Natrag na „{step}“ (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>On to “{step}” (Ctrl+PgDown)</source>
        <translation>Dalje na „{step}“ (Ctrl+PgDown)</translation>
    </message>
</context>
<context>
    <name>SummaryMeasure</name>
    <message>
        <source>{count} of {most} sentences, {length} of {budget} words</source>
        <translation>{count} od {most} rečenica, {length} od {budget} riječi</translation>
    </message>
    <message>
        <source>{count} of {most} sentences, {length} of {budget} characters</source>
        <translation>{count} od {most} rečenica, {length} od {budget} znakova</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <source>Type a tag, then Enter or a comma</source>
        <translation>Upiši oznaku, zatim Enter ili zarez</translation>
    </message>
    <message>
        <source>Tags you have used; Down, then Enter to choose one</source>
        <translation>Već korištene oznake; strelica dolje pa Enter za odabir</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>Smeće</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Naslov</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klijent</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Izbrisano</translation>
    </message>
    <message numerus="yes">
        <source>Deleted incidents wait here for %n day(s), then they are removed for good. Emptying the Trash removes them now, and wipes their words from the journal file.</source>
        <translation>
            <numerusform>Izbrisani incidenti čekaju ovdje %n dan, a zatim se trajno uklanjaju. Pražnjenje smeća uklanja ih odmah i briše njihov tekst iz datoteke dnevnika.</numerusform>
            <numerusform>Izbrisani incidenti čekaju ovdje %n dana, a zatim se trajno uklanjaju. Pražnjenje smeća uklanja ih odmah i briše njihov tekst iz datoteke dnevnika.</numerusform>
            <numerusform>Izbrisani incidenti čekaju ovdje %n dana, a zatim se trajno uklanjaju. Pražnjenje smeća uklanja ih odmah i briše njihov tekst iz datoteke dnevnika.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Vrati</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Isprazni smeće…</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>Smeće je prazno.</translation>
    </message>
    <message>
        <source>Restored: it is back in the journal.</source>
        <translation>Vraćeno: ponovno je u dnevniku.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n.</source>
        <comment>incidents brought back from the Trash</comment>
        <translation>
            <numerusform>Vraćen je %n incident.</numerusform>
            <numerusform>Vraćena su %n incidenta.</numerusform>
            <numerusform>Vraćeno je %n incidenata.</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Isprazni smeće</translation>
    </message>
    <message>
        <source>Remove this incident for good? They cannot be restored from the Trash afterwards (backups made before now still hold them).</source>
        <translation>Trajno ukloniti ovaj incident? Poslije se neće moći vratiti iz smeća (sigurnosne kopije napravljene prije ovoga još ga sadrže).</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n incident(s) for good? They cannot be restored from the Trash afterwards (backups made before now still hold them).</source>
        <translation>
            <numerusform>Trajno ukloniti %n incident? Poslije se neće moći vratiti iz smeća (sigurnosne kopije napravljene prije ovoga još ih sadrže).</numerusform>
            <numerusform>Trajno ukloniti ova %n incidenta? Poslije se neće moći vratiti iz smeća (sigurnosne kopije napravljene prije ovoga još ih sadrže).</numerusform>
            <numerusform>Trajno ukloniti ovih %n incidenata? Poslije se neće moći vratiti iz smeća (sigurnosne kopije napravljene prije ovoga još ih sadrže).</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash is empty; what was in it is gone from the journal file.</source>
        <translation>Smeće je prazno; ono što je bilo u njemu uklonjeno je iz datoteke dnevnika.</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>Not saved</source>
        <translation>Nije spremljeno</translation>
    </message>
    <message>
        <source>Amends could not save what you wrote: {reason}

Your text is still here. Copy it or save it as a file before you go — or stay, and Amends tries again.</source>
        <translation>Amends nije mogao spremiti tvoj tekst: {reason}

Tekst je još ovdje. Kopiraj ga ili spremi kao datoteku prije nego što odeš — ili ostani, pa će Amends pokušati ponovno.</translation>
    </message>
    <message>
        <source>&amp;Copy the text</source>
        <translation>&amp;Kopiraj tekst</translation>
    </message>
    <message>
        <source>&amp;Save as a file…</source>
        <translation>&amp;Spremi kao datoteku…</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>&amp;Ostani</translation>
    </message>
    <message>
        <source>Copied: paste it anywhere.</source>
        <translation>Kopirano: zalijepi ga bilo gdje.</translation>
    </message>
    <message>
        <source>Save what you wrote</source>
        <translation>Spremi svoj tekst</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Tekst (*.txt)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Try another place.</source>
        <translation>Nije moguće zapisati {path}: {reason}. Pokušaj na drugom mjestu.</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>Spremljeno u {path}.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Amends</source>
        <translation>Dobro došli u Amends</translation>
    </message>
    <message>
        <source>When something goes wrong with a client, Amends walks you through it: what happened, why, what you will do now and what will stop it happening again. It keeps each incident in your journal, shows you your own patterns, and gives you a one-page briefing to hold during the call.</source>
        <translation>Kad nešto pođe po zlu s klijentom, Amends te vodi kroz to: što se dogodilo, zašto, što ćeš sada učiniti i što će spriječiti da se ponovi. Svaki incident čuva u tvom dnevniku, pokazuje ti tvoje obrasce i daje ti podsjetnik za razgovor na jednoj stranici koji držiš pred sobom tijekom razgovora.</translation>
    </message>
    <message>
        <source>Your journal will be kept in {path}. It never leaves this computer.</source>
        <translation>Tvoj će se dnevnik čuvati u {path}. Nikad ne napušta ovo računalo.</translation>
    </message>
    <message>
        <source>&amp;Start my journal</source>
        <translation>&amp;Započni moj dnevnik</translation>
    </message>
    <message>
        <source>&amp;Look around with sample incidents</source>
        <translation>&amp;Razgledaj primjere incidenata</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>That day is still to come: is the date right?</source>
        <translation>Taj dan tek dolazi: je li datum točan?</translation>
    </message>
    <message>
        <source>Not saved — your text is still here. {error}</source>
        <translation>Nije spremljeno — tvoj je tekst još ovdje. {error}</translation>
    </message>
    <message>
        <source>“{field}”</source>
        <comment>a field&apos;s name, quoted</comment>
        <translation>„{field}“</translation>
    </message>
    <message>
        <source>Saved {time} — but {fields} could not be read: what you typed is kept, see the note under it.</source>
        <translation>Spremljeno u {time} — ali nije bilo moguće pročitati {fields}: upisani tekst je sačuvan, pogledaj napomenu ispod polja.</translation>
    </message>
    <message>
        <source>Saved {time}, as an unfinished draft: give it a client and a title when you can.</source>
        <translation>Spremljeno u {time} kao nedovršena skica: dodaj klijenta i naslov kad stigneš.</translation>
    </message>
    <message>
        <source>Saved {time}, as an unfinished draft: give it a title when you can.</source>
        <translation>Spremljeno u {time} kao nedovršena skica: daj joj naslov kad stigneš.</translation>
    </message>
    <message>
        <source>Saved {time}, as an unfinished draft: give it a client when you can.</source>
        <translation>Spremljeno u {time} kao nedovršena skica: dodaj klijenta kad stigneš.</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Spremljeno u {time}</translation>
    </message>
</context>
<context>
    <name>WorksheetPage</name>
    <message>
        <source>Delivered</source>
        <translation>Isporučeno</translation>
    </message>
    <message>
        <source>Tick it once it is delivered: today is kept</source>
        <translation>Označi kad bude isporučeno: bilježi se današnji datum</translation>
    </message>
    <message>
        <source>Clients you have worked for; Down, then Enter to choose one</source>
        <translation>Tvoji dosadašnji klijenti; strelica dolje pa Enter za odabir</translation>
    </message>
</context>
<context>
    <name>WorksheetStep</name>
    <message>
        <source>What happened</source>
        <translation>Što se dogodilo</translation>
    </message>
    <message>
        <source>Write it as your client experienced it: the events, short, and what it cost them.</source>
        <translation>Napiši to onako kako je to doživio klijent: što se dogodilo, ukratko, i što ga je to stajalo.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Zašto</translation>
    </message>
    <message>
        <source>Ask “why?” until you reach something in your control. That part is yours to own.</source>
        <translation>Pitaj „zašto?“ dok ne dođeš do nečega što je u tvojoj moći. Za taj dio preuzmi odgovornost.</translation>
    </message>
    <message>
        <source>Fix and prevention</source>
        <translation>Rješenje i sprječavanje</translation>
    </message>
    <message>
        <source>Say what you are doing now, and what stops it happening again — so they can believe it.</source>
        <translation>Reci što sada poduzimaš i što će spriječiti da se to ponovi — tako da ti mogu vjerovati.</translation>
    </message>
    <message>
        <source>Make it right</source>
        <translation>Naknada</translation>
    </message>
    <message>
        <source>Make up for it generously, and think of a surprise they would retell.</source>
        <translation>Nadoknadi to velikodušno i smisli iznenađenje koje će drugima prepričavati.</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>Razgovor</translation>
    </message>
    <message>
        <source>Boil it down to one or two sentences: sorry, the mistake, the fix. Then listen.</source>
        <translation>Svedi to na jednu ili dvije rečenice: isprika, pogreška, rješenje. Zatim slušaj.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Poruka klijentu</translation>
    </message>
    <message>
        <source>After the call, put in writing what you said and what you will do — then do it.</source>
        <translation>Nakon razgovora zapiši što je rečeno i što ćeš učiniti — a onda to i učini.</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Poslije</translation>
    </message>
    <message>
        <source>Do what you said. Note how it went, and notice the clients who speak for you.</source>
        <translation>Održi riječ. Zabilježi kako je prošlo i primijeti klijente koji te preporučuju.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>upotreba: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>pozicijski argumenti</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opcije</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>podnaredbe</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <source> (default: %(default)s)</source>
        <translation> (zadano: %(default)s)</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>prikaži ovu pomoć i izađi</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>prikaži broj verzije programa i izađi</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: pogreška: %(message)s
</translation>
    </message>
    <message>
        <source>%(prog)s: warning: %(message)s
</source>
        <translation>%(prog)s: upozorenje: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>potrebni su sljedeći argumenti: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>potreban je jedan od argumenata %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>neprepoznati argumenti: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>neispravan izbor: %(value)r (odaberi između %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>neispravna vrijednost za %(type)s: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>nije dopušteno uz argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>zanemaren je izričito zadan argument %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>očekivan je jedan argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>očekivan je najviše jedan argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>očekivan je barem jedan argument</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>očekivan je %s argument</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>broj očekivanih argumenata: %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dvosmislena opcija: %(option)s može odgovarati %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>neočekivana opcija: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>nepoznata naredba %(parser_name)r (mogućnosti: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>ne mogu otvoriti &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>argument &quot;-&quot; s načinom %r</translation>
    </message>
    <message>
        <source>argument &apos;%(argument_name)s&apos; is deprecated</source>
        <translation>argument &apos;%(argument_name)s&apos; je zastario</translation>
    </message>
    <message>
        <source>option &apos;%(option)s&apos; is deprecated</source>
        <translation>opcija &apos;%(option)s&apos; je zastarjela</translation>
    </message>
    <message>
        <source>command &apos;%(parser_name)s&apos; is deprecated</source>
        <translation>naredba &apos;%(parser_name)s&apos; je zastarjela</translation>
    </message>
    <message>
        <source>cannot have multiple subparser arguments</source>
        <translation>ne može biti više argumenata za podnaredbe</translation>
    </message>
    <message>
        <source>conflicting subparser: %s</source>
        <translation>sukobljena podnaredba: %s</translation>
    </message>
    <message>
        <source>conflicting subparser alias: %s</source>
        <translation>sukobljeni alias podnaredbe: %s</translation>
    </message>
    <message>
        <source>conflicting option string: %s</source>
        <translation>sukobljena opcija: %s</translation>
    </message>
    <message>
        <source>conflicting option strings: %s</source>
        <translation>sukobljene opcije: %s</translation>
    </message>
    <message>
        <source>cannot merge actions - two groups are named %r</source>
        <translation>ne mogu spojiti akcije – dvije grupe zovu se %r</translation>
    </message>
    <message>
        <source>&apos;required&apos; is an invalid argument for positionals</source>
        <translation>&apos;required&apos; nije valjan argument za pozicijske argumente</translation>
    </message>
    <message>
        <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
        <translation>neispravna opcija %(option)r: mora počinjati znakom iz %(prefix_chars)r</translation>
    </message>
    <message>
        <source>dest= is required for options like %r</source>
        <translation>dest= je potreban za opcije poput %r</translation>
    </message>
    <message>
        <source>invalid conflict_resolution value: %r</source>
        <translation>neispravna vrijednost conflict_resolution: %r</translation>
    </message>
    <message>
        <source>mutually exclusive arguments must be optional</source>
        <translation>međusobno isključivi argumenti moraju biti neobavezni</translation>
    </message>
    <message>
        <source>%r is not callable</source>
        <translation>%r se ne može pozvati</translation>
    </message>
    <message>
        <source>.__call__() not defined</source>
        <translation>.__call__() nije definiran</translation>
    </message>
</context>
</TS>
