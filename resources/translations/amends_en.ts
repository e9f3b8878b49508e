<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BriefingLeftOff</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more step(s).</source>
        <translation>
            <numerusform>… and %n more step.</numerusform>
            <numerusform>… and %n more steps.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLineCounts</name>
    <message numerus="yes">
        <source>Imported %n incident(s) into {path} (with new numbers: the file&apos;s were taken).</source>
        <translation>
            <numerusform>Imported %n incident into {path} (with a new number: the file&apos;s was taken).</numerusform>
            <numerusform>Imported %n incidents into {path} (with new numbers: the file&apos;s were taken).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s) into {path}.</source>
        <translation>
            <numerusform>Imported %n incident into {path}.</numerusform>
            <numerusform>Imported %n incidents into {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s); keeping the newest {keep}.</source>
        <translation>
            <numerusform>%n backup; keeping the newest {keep}.</numerusform>
            <numerusform>%n backups; keeping the newest {keep}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLineFigures</name>
    <message numerus="yes">
        <source>… and %n more client(s)</source>
        <translation>
            <numerusform>… and %n more client</numerusform>
            <numerusform>… and %n more clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{client}: {offered} over %n incident(s); delivered {delivered} ({delivered_count})</source>
        <translation>
            <numerusform>{client}: {offered} over %n incident; delivered {delivered} ({delivered_count})</numerusform>
            <numerusform>{client}: {offered} over %n incidents; delivered {delivered} ({delivered_count})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>Imported %n incident(s). Their numbers were taken already, so they have new ones.</source>
        <translation>
            <numerusform>Imported %n incident. Their numbers were taken already, so they have new ones.</numerusform>
            <numerusform>Imported %n incidents. Their numbers were taken already, so they have new ones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s).</source>
        <translation>
            <numerusform>Imported %n incident.</numerusform>
            <numerusform>Imported %n incidents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incident(s) to {path}.</source>
        <translation>
            <numerusform>Exported %n incident to {path}.</numerusform>
            <numerusform>Exported %n incidents to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryNote</name>
    <message numerus="yes">
        <source>You have been here before: %n earlier incident(s) of “{category}” with {client}.</source>
        <translation>
            <numerusform>You have been here before: %n earlier incident of “{category}” with {client}.</numerusform>
            <numerusform>You have been here before: %n earlier incidents of “{category}” with {client}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been here before: %n earlier incident(s) of “{category}” with {client}, the last on {day}.</source>
        <translation>
            <numerusform>You have been here before: %n earlier incident of “{category}” with {client}, the last on {day}.</numerusform>
            <numerusform>You have been here before: %n earlier incidents of “{category}” with {client}, the last on {day}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It happened again after this one: %n later incident(s) of “{category}” with {client}.</source>
        <translation>
            <numerusform>It happened again after this one: %n later incident of “{category}” with {client}.</numerusform>
            <numerusform>It happened again after this one: %n later incidents of “{category}” with {client}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListCount</name>
    <message numerus="yes">
        <source>%n incident(s) found (the best {limit})</source>
        <translation>
            <numerusform>%n incident found (the best {limit})</numerusform>
            <numerusform>%n incidents found (the best {limit})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) found</source>
        <translation>
            <numerusform>%n incident found</numerusform>
            <numerusform>%n incidents found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) match the filters</source>
        <translation>
            <numerusform>%n incident matches the filters</numerusform>
            <numerusform>%n incidents match the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <comment>after “with”: 3 incidents with 2 clients.</comment>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with {clients}.</source>
        <translation>
            <numerusform>%n incident with {clients}.</numerusform>
            <numerusform>%n incidents with {clients}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n case(s) you failed the same client the same way again.</source>
        <translation>
            <numerusform>In %n case you failed the same client the same way again.</numerusform>
            <numerusform>In %n cases you failed the same client the same way again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prevention step(s) overdue.</source>
        <translation>
            <numerusform>%n prevention step is overdue.</numerusform>
            <numerusform>%n prevention steps are overdue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{title} ({client}) reads like %n earlier: {categories}</source>
        <translation>
            <numerusform>{title} ({client}) reads like %n earlier: {categories}</numerusform>
            <numerusform>{title} ({client}) reads like %n earlier: {categories}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{client}: offered {amount} over %n incident(s), delivered {delivered}</source>
        <translation>
            <numerusform>{client}: offered {amount} over %n incident, delivered {delivered}</numerusform>
            <numerusform>{client}: offered {amount} over %n incidents, delivered {delivered}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message numerus="yes">
        <source>Move “{title}” to the Trash? Ctrl+Z brings it back right away, and File → Trash does for %n day(s).</source>
        <translation>
            <numerusform>Move “{title}” to the Trash? Ctrl+Z brings it back right away, and File → Trash does for %n day.</numerusform>
            <numerusform>Move “{title}” to the Trash? Ctrl+Z brings it back right away, and File → Trash does for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move this unfinished draft to the Trash? Ctrl+Z brings it back right away, and File → Trash does for %n day(s).</source>
        <translation>
            <numerusform>Move this unfinished draft to the Trash? Ctrl+Z brings it back right away, and File → Trash does for %n day.</numerusform>
            <numerusform>Move this unfinished draft to the Trash? Ctrl+Z brings it back right away, and File → Trash does for %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>Deleted incidents wait here for %n day(s), then they are removed for good. Emptying the Trash removes them now, and wipes their words from the journal file.</source>
        <translation>
            <numerusform>Deleted incidents wait here for %n day, then they are removed for good. Emptying the Trash removes them now, and wipes their words from the journal file.</numerusform>
            <numerusform>Deleted incidents wait here for %n days, then they are removed for good. Emptying the Trash removes them now, and wipes their words from the journal file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n.</source>
        <comment>incidents brought back from the Trash</comment>
        <translation>
            <numerusform>Restored %n.</numerusform>
            <numerusform>Restored %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n incident(s) for good? They cannot be restored from the Trash afterwards (backups made before now still hold them).</source>
        <translation>
            <numerusform>Remove %n incident for good? It cannot be restored from the Trash afterwards (backups made before now still hold it).</numerusform>
            <numerusform>Remove these %n incidents for good? They cannot be restored from the Trash afterwards (backups made before now still hold them).</numerusform>
        </translation>
    </message>
</context>
</TS>
