<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Amends</source>
        <translation>Amends সম্পর্কে</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>সংস্করণ {version}</translation>
    </message>
    <message>
        <source>A private journal for owning up to a mistake with a client: what went wrong, why, what will stop it happening again, and the words for the call.</source>
        <translation>ক্লায়েন্টের কাছে ভুলের দায় নেওয়ার জন্য একটি ব্যক্তিগত জার্নাল: কী ভুল হয়েছে, কেন, কী এটা আবার ঘটা আটকাবে, আর কলে কী বলবেন।</translation>
    </message>
    <message>
        <source>Open its &amp;folder</source>
        <translation>ফোল্ডার খুলুন(&amp;F)</translation>
    </message>
    <message>
        <source>Nothing you write ever leaves this computer: Amends makes no network connection and sends nothing anywhere.</source>
        <translation>আপনি যা লেখেন তার কিছুই কখনো এই কম্পিউটারের বাইরে যায় না: Amends কোনো নেটওয়ার্কে সংযোগ করে না, কোথাও কিছু পাঠায় না।</translation>
    </message>
    <message>
        <source>This window&apos;s &amp;journal:</source>
        <translation>এই উইন্ডোর জার্নাল(&amp;J):</translation>
    </message>
    <message>
        <source>Licences: choose one to read it.</source>
        <translation>লাইসেন্স: পড়তে একটি বেছে নিন।</translation>
    </message>
    <message>
        <source>{name} — {licence}</source>
        <translation>{name} — {licence}</translation>
    </message>
    <message>
        <source>No file manager could be opened: the folder is {folder}.</source>
        <translation>কোনো ফাইল ম্যানেজার খোলা যায়নি: ফোল্ডারটি হলো {folder}।</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>Move this step up (Alt+Up)</source>
        <translation>এই পদক্ষেপটি উপরে সরান (Alt+Up)</translation>
    </message>
    <message>
        <source>Move this step down (Alt+Down)</source>
        <translation>এই পদক্ষেপটি নিচে সরান (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>এই পদক্ষেপটি সরিয়ে দিন</translation>
    </message>
    <message>
        <source>What you will do, so it cannot happen again</source>
        <translation>যা করবেন, যাতে এটা আর না ঘটে</translation>
    </message>
    <message>
        <source>The step, in a few words; Enter adds the next one</source>
        <translation>কয়েক শব্দে পদক্ষেপটি; Enter চাপলে পরেরটি যোগ হয়</translation>
    </message>
    <message>
        <source>When it is due: 2026-06-01, tomorrow…</source>
        <translation>কবে করতে হবে: 2026-06-01, আগামীকাল…</translation>
    </message>
    <message>
        <source>The day it was done</source>
        <translation>যেদিন সম্পন্ন হয়েছে</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <source>Tick it once it is done: today is recorded, and you can change the day</source>
        <translation>সম্পন্ন হলে টিক দিন: আজকের তারিখ রাখা হবে, আর দিনটি বদলাতে পারবেন</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>সময় পেরিয়েছে</translation>
    </message>
    <message>
        <source>Past its due day and not done yet</source>
        <translation>নির্ধারিত তারিখ পেরিয়ে গেছে, এখনও সম্পন্ন হয়নি</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>নির্ধারিত তারিখ</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>সম্পন্ন হওয়ার তারিখ</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>নির্ধারিত তারিখ {day}</translation>
    </message>
    <message>
        <source>done {day}</source>
        <translation>সম্পন্ন {day}</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Add step</source>
        <translation>পদক্ষেপ যোগ করুন</translation>
    </message>
    <message>
        <source>Add a prevention step</source>
        <translation>একটি প্রতিরোধের পদক্ষেপ যোগ করুন</translation>
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
        <translation>এই জার্নালটি Amends-এ আগে থেকেই খোলা আছে; সেই উইন্ডোটি সামনে আনা হয়েছে।</translation>
    </message>
    <message>
        <source>The journal you opened last, {last}, is not there now; this is {path}.</source>
        <translation>আপনি শেষবার যে জার্নাল খুলেছিলেন, {last}, সেটি এখন সেখানে নেই; এটি {path}।</translation>
    </message>
    <message>
        <source>Brought back the incident you were writing.</source>
        <translation>আপনি যে ঘটনাটি লিখছিলেন সেটি ফিরিয়ে আনা হয়েছে।</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>the day&apos;s first start</source>
        <translation>দিনের প্রথম চালুতে</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>পুনরুদ্ধারের আগে</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>আপনি তৈরি করেছেন</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>আপগ্রেডের আগে</translation>
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
        <translation>ব্যাকআপ</translation>
    </message>
    <message>
        <source>Amends keeps checked copies of your journal: on the first start of each day, before an upgrade and before a restore. They are in {folder}.</source>
        <translation>Amends আপনার জার্নালের যাচাই করা কপি রাখে: প্রতিদিন প্রথমবার চালু করার সময়, আপগ্রেডের আগে এবং পুনরুদ্ধারের আগে। সেগুলো আছে {folder}-এ।</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>তৈরির সময়</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>আকার</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>কেন</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <comment>before the number of backups kept</comment>
        <translation>সর্বশেষ(&amp;K)</translation>
    </message>
    <message>
        <source>backups</source>
        <comment>after the number of backups kept</comment>
        <translation>ব্যাকআপ রাখুন</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>এখনই ব্যাকআপ নিন(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>পুনরুদ্ধার(&amp;R)…</translation>
    </message>
    <message>
        <source>Backed up: {path}</source>
        <translation>ব্যাকআপ নেওয়া হয়েছে: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>ব্যাকআপ পুনরুদ্ধার করুন</translation>
    </message>
    <message>
        <source>Replace the journal with the backup made {when}? Everything written since then is replaced; the journal as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>{when}-এ নেওয়া ব্যাকআপ দিয়ে জার্নালটি বদলে দেবেন? তারপর থেকে যা লেখা হয়েছে, তার সবই বদলে যাবে; তবে তার আগে জার্নালের এখনকার অবস্থার একটি ব্যাকআপ নেওয়া হবে, তাই সেই ব্যাকআপ পুনরুদ্ধার করে আগের অবস্থায় ফেরা যাবে।</translation>
    </message>
    <message>
        <source>Restored the backup made {when}.</source>
        <translation>{when}-এ নেওয়া ব্যাকআপ পুনরুদ্ধার করা হয়েছে।</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Happened: {day}</source>
        <translation>ঘটেছে: {day}</translation>
    </message>
    <message>
        <source>Call: {when}</source>
        <translation>কল: {when}</translation>
    </message>
    <message>
        <source>Say this</source>
        <translation>এটা বলুন</translation>
    </message>
    <message>
        <source>Don’t repeat it — and be ready if they bring it up.</source>
        <translation>এটা যেন আর না হয় — আর তাঁরা প্রসঙ্গটি তুললে প্রস্তুত থাকুন।</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>কলের সময়</translation>
    </message>
    <message>
        <source>Amends briefing · incident #{number}</source>
        <translation>Amends-এর কলের প্রস্তুতিপত্র · ঘটনা #{number}</translation>
    </message>
    <message>
        <source>Listen first. Let them say all of it.</source>
        <translation>আগে শুনুন। তাঁদের সবটা বলতে দিন।</translation>
    </message>
    <message>
        <source>Let them vent. Don’t get defensive.</source>
        <translation>তাঁদের মনের ক্ষোভ ঝাড়তে দিন। আত্মপক্ষ সমর্থনে যাবেন না।</translation>
    </message>
    <message>
        <source>Own it: no “if”, no “but”, no one else to blame.</source>
        <translation>দায় নিন: কোনো “যদি” নয়, কোনো “কিন্তু” নয়, অন্য কাউকে দোষ দেওয়া নয়।</translation>
    </message>
    <message>
        <source>Show you see what it cost them.</source>
        <translation>দেখান যে আপনি বোঝেন এতে তাঁদের কী ক্ষতি হয়েছে।</translation>
    </message>
    <message>
        <source>Say what happens next — then do it.</source>
        <translation>এরপর কী হবে বলুন — তারপর সেটা করুন।</translation>
    </message>
    <message>
        <source>Offer to make it right.</source>
        <translation>ক্ষতিপূরণের প্রস্তাব দিন।</translation>
    </message>
    <message>
        <source>Likely questions</source>
        <translation>সম্ভাব্য প্রশ্ন</translation>
    </message>
    <message>
        <source>What I’m doing now ({status})</source>
        <translation>এখন যা করছি ({status})</translation>
    </message>
    <message>
        <source>Why it won’t happen again</source>
        <translation>কেন এটা আর হবে না</translation>
    </message>
    <message>
        <source>done {done}</source>
        <translation>সম্পন্ন {done}</translation>
    </message>
    <message>
        <source>Surprise: {surprise}</source>
        <translation>চমক: {surprise}</translation>
    </message>
    <message>
        <source>What I’ll offer</source>
        <translation>আমি যা প্রস্তাব করব</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>কী ঘটেছিল</translation>
    </message>
    <message>
        <source>Root cause: {text}</source>
        <translation>মূল কারণ: {text}</translation>
    </message>
    <message>
        <source>My part: {text}</source>
        <translation>আমার দায়: {text}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>কেন</translation>
    </message>
    <message>
        <source>Call briefing</source>
        <translation>কলের প্রস্তুতিপত্র</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>এখনও লেখা হয়নি।</translation>
    </message>
    <message>
        <source>by {due} · done {done}</source>
        <translation>{due}-এর মধ্যে · সম্পন্ন {done}</translation>
    </message>
    <message>
        <source>by {due}</source>
        <translation>{due}-এর মধ্যে</translation>
    </message>
    <message>
        <source>{part}: not written yet.</source>
        <translation>{part}: এখনও লেখা হয়নি।</translation>
    </message>
    <message>
        <source>Before the call: the coach</source>
        <translation>কলের আগে: পরামর্শক</translation>
    </message>
    <message>
        <source>Notes during the call</source>
        <translation>কলের সময়ের নোট</translation>
    </message>
    <message>
        <source>{section} (continued)</source>
        <translation>{section} (বাকি অংশ)</translation>
    </message>
    <message>
        <source>Left for your journal: {parts}.</source>
        <translation>আপনার জার্নালে রাখা হয়েছে: {parts}।</translation>
    </message>
    <message>
        <source>Shortened to fit; your journal has all of it: {parts}.</source>
        <translation>জায়গা বাঁচাতে ছোট করা হয়েছে; পুরোটা আপনার জার্নালে আছে: {parts}।</translation>
    </message>
    <message>
        <source>Could not be printed, shown as {marker}: {characters}.</source>
        <translation>ছাপা যায়নি, {marker} হিসেবে দেখানো হয়েছে: {characters}।</translation>
    </message>
    <message>
        <source>makes the apology conditional</source>
        <translation>ক্ষমা চাওয়াকে শর্তসাপেক্ষ করে</translation>
    </message>
    <message>
        <source>takes the apology back</source>
        <translation>ক্ষমা চাওয়াটা ফিরিয়ে নেয়</translation>
    </message>
    <message>
        <source>points at someone else</source>
        <translation>অন্য কারও দিকে আঙুল তোলে</translation>
    </message>
    <message>
        <source>makes it sound smaller than it was</source>
        <translation>ব্যাপারটাকে আসলের চেয়ে ছোট করে দেখায়</translation>
    </message>
    <message>
        <source>is not an apology</source>
        <translation>এটা ক্ষমা চাওয়া নয়</translation>
    </message>
    <message>
        <source>hides who did it: say “I”</source>
        <translation>কে করেছে তা লুকায়: “আমি” বলুন</translation>
    </message>
    <message>
        <source>sounds like an excuse</source>
        <translation>অজুহাতের মতো শোনায়</translation>
    </message>
    <message>
        <source>The summary is longer than one breath.</source>
        <translation>সারসংক্ষেপটি এক নিঃশ্বাসে বলার চেয়ে লম্বা।</translation>
    </message>
    <message>
        <source>The empathy line is about you, not them.</source>
        <translation>সহমর্মিতার বাক্যটি আপনাকে নিয়ে, তাঁদের নিয়ে নয়।</translation>
    </message>
    <message>
        <source>“{words}” {what}</source>
        <translation>“{words}” {what}</translation>
    </message>
    <message>
        <source>Repeat warning</source>
        <translation>পুনরাবৃত্তির সতর্কতা</translation>
    </message>
</context>
<context>
    <name>BriefingLeftOff</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… এবং আরও %nটি।</numerusform>
            <numerusform>… এবং আরও %nটি।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more step(s).</source>
        <translation>
            <numerusform>… এবং আরও %nটি পদক্ষেপ।</numerusform>
            <numerusform>… এবং আরও %nটি পদক্ষেপ।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingPreview</name>
    <message>
        <source>Briefing for the call</source>
        <translation>কলের প্রস্তুতিপত্র</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF হিসেবে সংরক্ষণ…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>প্রিন্ট…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>বড় করুন</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ছোট করুন</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>পুরো পৃষ্ঠা</translation>
    </message>
    <message>
        <source>To keep it to one page, these are left for your journal: {parts}.</source>
        <translation>এক পাতায় রাখতে এগুলো শুধু আপনার জার্নালে রাখা হলো: {parts}।</translation>
    </message>
    <message>
        <source>Some long text was shortened to keep it to one page.</source>
        <translation>এক পাতায় রাখতে কিছু লম্বা লেখা ছোট করা হয়েছে।</translation>
    </message>
    <message>
        <source>These characters are in no bundled font and print as {marker}: {characters}</source>
        <translation>এই অক্ষরগুলো সঙ্গে থাকা কোনো ফন্টে নেই, তাই {marker} হিসেবে প্রিন্ট হবে: {characters}</translation>
    </message>
    <message>
        <source>Save the briefing</source>
        <translation>প্রস্তুতিপত্রটি সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF ফাইল (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save to {path}: {reason}</source>
        <translation>{path}-এ সংরক্ষণ করা যায়নি: {reason}</translation>
    </message>
</context>
<context>
    <name>Briefings</name>
    <message>
        <source>Incident {number} is an unfinished draft: give it a client and a title in the worksheet first; the briefing is for the call with them.</source>
        <translation>ঘটনা {number} এখনও অসম্পূর্ণ খসড়া: আগে ওয়ার্কশিটে একজন ক্লায়েন্ট ও একটি শিরোনাম দিন; কলের প্রস্তুতিপত্র তাঁদের সঙ্গে কলের জন্যই।</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>A category needs a name.</source>
        <translation>শ্রেণির একটি নাম দরকার।</translation>
    </message>
    <message>
        <source>missed deadline</source>
        <translation>সময়সীমা পার হওয়া</translation>
    </message>
    <message>
        <source>quality defect</source>
        <translation>মানের ত্রুটি</translation>
    </message>
    <message>
        <source>miscommunication</source>
        <translation>ভুল বোঝাবুঝি</translation>
    </message>
    <message>
        <source>billing error</source>
        <translation>বিলিংয়ে ভুল</translation>
    </message>
    <message>
        <source>scope mismatch</source>
        <translation>কাজের পরিধিতে অমিল</translation>
    </message>
    <message>
        <source>vendor or tool failure</source>
        <translation>সরবরাহকারী বা টুলের ত্রুটি</translation>
    </message>
    <message>
        <source>data loss</source>
        <translation>ডেটা হারানো</translation>
    </message>
    <message>
        <source>privacy or security slip</source>
        <translation>গোপনীয়তা বা নিরাপত্তায় গাফিলতি</translation>
    </message>
    <message>
        <source>other</source>
        <translation>অন্যান্য</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Tag {name}</source>
        <translation>ট্যাগ {name}</translation>
    </message>
    <message>
        <source>Remove the tag “{name}”</source>
        <translation>“{name}” ট্যাগটি সরান</translation>
    </message>
    <message>
        <source>Remove the tag {name}</source>
        <translation>{name} ট্যাগটি সরান</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Minor</source>
        <translation>সামান্য</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>মাঝারি</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>গুরুতর</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>সংকটজনক</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>খসড়া</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>প্রস্তুত</translation>
    </message>
    <message>
        <source>Call held</source>
        <translation>কল হয়েছে</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>সমাধান হয়েছে</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>পরিকল্পিত</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>চলছে</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>সম্পন্ন</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>হ্যাঁ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>না</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>এখনও জানা নেই</translation>
    </message>
    <message>
        <source>{word} is none of {choices}</source>
        <translation>{word} এগুলোর কোনোটিই নয়: {choices}</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(এখনও শিরোনাম নেই)</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <comment>a draft&apos;s stage</comment>
        <translation>অসম্পূর্ণ</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Client details</source>
        <translation>ক্লায়েন্টের বিবরণ</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>নাম(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>প্রতিষ্ঠান(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ইমেইল(&amp;E):</translation>
    </message>
    <message>
        <source>A follow-up message opened in your mail app is addressed here.</source>
        <translation>মেইল অ্যাপে খোলা ফলো-আপ বার্তা এই ঠিকানায় যাবে।</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>নোট(&amp;O):</translation>
    </message>
    <message>
        <source>This can&apos;t be read as an e-mail address: it needs one @, a name before it, a domain with a dot after it (name@example.com), and no spaces.</source>
        <translation>এটি ইমেইল ঠিকানা হিসেবে পড়া যাচ্ছে না: এতে একটি @ লাগবে, তার আগে একটি নাম, পরে বিন্দুসহ একটি ডোমেইন (name@example.com), আর কোনো ফাঁকা জায়গা থাকবে না।</translation>
    </message>
    <message>
        <source>Discard your changes to {name}?</source>
        <translation>{name}-এর বিবরণে আপনার পরিবর্তনগুলো বাদ দেবেন?</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>বাদ দিন(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>সম্পাদনা চালিয়ে যান(&amp;K)</translation>
    </message>
    <message>
        <source>Saved the details of {name}.</source>
        <translation>{name}-এর বিবরণ সংরক্ষিত হয়েছে।</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>A client needs a name.</source>
        <translation>ক্লায়েন্টের একটি নাম দরকার।</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Client</source>
        <translation>ক্লায়েন্ট</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>প্রতিষ্ঠান</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>ঘটনা</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>শ্রেণি</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>সর্বশেষ ঘটনা</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>ক্ষতিপূরণ</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>থেকে গেছেন</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>সুপারিশ করেছেন</translation>
    </message>
    <message>
        <source>{offered}, not delivered yet</source>
        <translation>{offered}, এখনও দেওয়া হয়নি</translation>
    </message>
    <message>
        <source>{offered}, delivered</source>
        <translation>{offered}, দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>{offered}, {delivered} delivered</source>
        <translation>{offered}, {delivered} দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>ক্লায়েন্ট খুঁজুন</translation>
    </message>
    <message>
        <source>Show their incidents</source>
        <translation>তাঁদের ঘটনাগুলো দেখান</translation>
    </message>
    <message>
        <source>E&amp;dit details…</source>
        <translation>বিবরণ বদলান(&amp;D)…</translation>
    </message>
    <message>
        <source>Reading your clients…</source>
        <translation>আপনার ক্লায়েন্টদের তথ্য পড়া হচ্ছে…</translation>
    </message>
    <message>
        <source>Enter or double-click a client to see their incidents in the journal.</source>
        <translation>জার্নালে কোনো ক্লায়েন্টের ঘটনাগুলো দেখতে Enter চাপুন বা সেই ক্লায়েন্টে ডাবল-ক্লিক করুন।</translation>
    </message>
    <message>
        <source>No clients yet: they appear here with their first incident.</source>
        <translation>এখনও কোনো ক্লায়েন্ট নেই: প্রথম ঘটনা লিখলেই তাঁদের এখানে দেখা যাবে।</translation>
    </message>
</context>
<context>
    <name>CoachHighlighter</name>
    <message>
        <source>{finding}
Try: {suggestion}</source>
        <translation>{finding}
চেষ্টা করুন: {suggestion}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Importing… {done} of {total} incidents</source>
        <translation>ইমপোর্ট হচ্ছে… {total}টির মধ্যে {done}টি ঘটনা</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} পড়া যাচ্ছে না: {reason}।</translation>
    </message>
    <message>
        <source>Restored the journal from {path}.</source>
        <translation>{path} থেকে জার্নাল পুনরুদ্ধার করা হয়েছে।</translation>
    </message>
    <message>
        <source>The journal as it was just before is kept in {path}.</source>
        <translation>ঠিক আগের অবস্থার জার্নালটি {path}-এ রাখা আছে।</translation>
    </message>
    <message>
        <source>amends: there was no journal at {path}, so a new, empty one was started there; if you meant another, check the path.</source>
        <translation>amends: {path}-এ কোনো জার্নাল ছিল না, তাই সেখানে একটি নতুন, খালি জার্নাল শুরু করা হয়েছে; অন্য কোনোটি বোঝাতে চাইলে পথটি দেখে নিন।</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>{name} যাচাই করা হচ্ছে…</translation>
    </message>
    <message>
        <source>{path} was not imported: {reason}</source>
        <translation>{path} ইমপোর্ট করা হয়নি: {reason}</translation>
    </message>
    <message>
        <source>auto (guessed)</source>
        <translation>স্বয়ংক্রিয় (অনুমান করা হয়)</translation>
    </message>
    <message>
        <source>The coach reads this journal as: {language}</source>
        <translation>পরামর্শক এই জার্নাল যে ভাষায় পড়ে: {language}</translation>
    </message>
    <message>
        <source>Give either a text or --id, not both.</source>
        <translation>হয় একটি লেখা দিন, নয়তো --id; দুটো একসঙ্গে নয়।</translation>
    </message>
    <message>
        <source>The text on standard input is not UTF-8: save it as UTF-8, or give it as an argument.</source>
        <translation>স্ট্যান্ডার্ড ইনপুটের লেখা UTF-8 নয়: এটি UTF-8 হিসেবে সংরক্ষণ করুন, অথবা আর্গুমেন্ট হিসেবে দিন।</translation>
    </message>
    <message>
        <source>Wrote the briefing to {path} ({paper}, one page).</source>
        <translation>কলের প্রস্তুতিপত্র {path}-এ লেখা হয়েছে ({paper}, এক পৃষ্ঠা)।</translation>
    </message>
    <message>
        <source>To keep it to one page, these are left for your journal: {parts}</source>
        <translation>এক পৃষ্ঠায় রাখতে এগুলো শুধু জার্নালে রাখা হয়েছে: {parts}</translation>
    </message>
    <message>
        <source>Some long text was shortened to keep it to one page; your journal has all of it.</source>
        <translation>এক পৃষ্ঠায় রাখতে কিছু লম্বা লেখা ছোট করা হয়েছে; পুরোটা আপনার জার্নালে আছে।</translation>
    </message>
    <message>
        <source>These characters are in no bundled font and show as {marker}: {characters}</source>
        <translation>এই অক্ষরগুলো সঙ্গে থাকা কোনো ফন্টে নেই, তাই {marker} হিসেবে দেখায়: {characters}</translation>
    </message>
    <message>
        <source>{path}  {size} KiB</source>
        <translation>{path}  {size} KiB</translation>
    </message>
    <message>
        <source>Backed up to {path} ({size} KiB).</source>
        <translation>{path}-এ ব্যাকআপ নেওয়া হয়েছে ({size} KiB)।</translation>
    </message>
    <message>
        <source>the window cannot start ({reason}); see `amends --help`.</source>
        <translation>উইন্ডো চালু করা যাচ্ছে না ({reason}); `amends --help` দেখুন।</translation>
    </message>
    <message>
        <source>stopped; nothing was half-written.</source>
        <translation>থামানো হয়েছে; কিছুই আধাআধি লেখা হয়নি।</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, got {text}</source>
        <translation>YYYY-MM-DD আকারে তারিখ দরকার, পাওয়া গেছে {text}</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got {text}</source>
        <translation>YYYY-MM-DD, YYYY-MM বা YYYY আকারে তারিখ দরকার, পাওয়া গেছে {text}</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1, got one of {count} digits</source>
        <translation>1 বা তার বেশি একটি পূর্ণসংখ্যা দরকার, পাওয়া গেছে {count} অঙ্কের একটি সংখ্যা</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1, got {text}</source>
        <translation>1 বা তার বেশি একটি পূর্ণসংখ্যা দরকার, পাওয়া গেছে {text}</translation>
    </message>
    <message>
        <source>Step {step} of incident {incident} is done, on {day}: {text}</source>
        <translation>ঘটনা {incident}-এর {step} নম্বর পদক্ষেপ সম্পন্ন, {day} তারিখে: {text}</translation>
    </message>
    <message>
        <source>Step {step} of incident {incident} is not done: {text}</source>
        <translation>ঘটনা {incident}-এর {step} নম্বর পদক্ষেপ সম্পন্ন হয়নি: {text}</translation>
    </message>
    <message>
        <source>The compensation of incident {incident} is delivered, on {day}: {text}</source>
        <translation>ঘটনা {incident}-এর ক্ষতিপূরণ দেওয়া হয়েছে, {day} তারিখে: {text}</translation>
    </message>
    <message>
        <source>The compensation of incident {incident} is not delivered: {text}</source>
        <translation>ঘটনা {incident}-এর ক্ষতিপূরণ এখনও দেওয়া হয়নি: {text}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>সারসংক্ষেপ</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>ক্ষমা চাওয়া</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>সহমর্মিতা</translation>
    </message>
    <message>
        <source>Follow-up message</source>
        <translation>ফলো-আপ বার্তা</translation>
    </message>
    <message>
        <source>No incidents match.</source>
        <translation>কোনো ঘটনা মেলেনি।</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>আইডি</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>গুরুত্ব</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>ক্লায়েন্ট</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>কিছু পাওয়া যায়নি। কম বা ছোট শব্দ দিয়ে চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>{step} — overdue</source>
        <translation>{step} — সময় পেরিয়েছে</translation>
    </message>
    <message>
        <source>Q: {question}</source>
        <translation>প্রশ্ন: {question}</translation>
    </message>
    <message>
        <source>A: {answer}</source>
        <translation>উত্তর: {answer}</translation>
    </message>
    <message>
        <source>{title} (unfinished: no title and client yet)</source>
        <translation>{title} (অসম্পূর্ণ: এখনও শিরোনাম ও ক্লায়েন্ট নেই)</translation>
    </message>
    <message>
        <source>{title} (unfinished: no title yet)</source>
        <translation>{title} (অসম্পূর্ণ: এখনও শিরোনাম নেই)</translation>
    </message>
    <message>
        <source>{title} (unfinished: no client yet)</source>
        <translation>{title} (অসম্পূর্ণ: এখনও ক্লায়েন্ট নেই)</translation>
    </message>
    <message>
        <source>Failed the same way with the same client:</source>
        <translation>একই ক্লায়েন্টের সঙ্গে একই ধরনের ভুল:</translation>
    </message>
    <message>
        <source>{count}× {category} with {client}, last on {day}</source>
        <translation>{count}× {category}, {client}-এর সঙ্গে, শেষবার {day}</translation>
    </message>
    <message>
        <source>… and {count} more (patterns --all)</source>
        <translation>… এবং আরও {count}টি (patterns --all)</translation>
    </message>
    <message>
        <source>Lately, the same cause in other words (same client):</source>
        <translation>ইদানীং একই কারণ, অন্য কথায় (একই ক্লায়েন্ট):</translation>
    </message>
    <message>
        <source>#{id} {title} — {client}: like {count} earlier ({categories})</source>
        <translation>#{id} {title} — {client}: আগের {count}টির মতো ({categories})</translation>
    </message>
    <message>
        <source>Root causes you gave again and again:</source>
        <translation>যে মূল কারণগুলো আপনি বারবার লিখেছেন:</translation>
    </message>
    <message>
        <source>Prevention steps: {on_time} done on time, {late} done late, {overdue} overdue, {open} not due yet.</source>
        <translation>প্রতিরোধের পদক্ষেপ: সময়মতো সম্পন্ন {on_time}, দেরিতে সম্পন্ন {late}, সময় পেরিয়েছে {overdue}, এখনও সময় আছে {open}।</translation>
    </message>
    <message>
        <source>Prevention steps overdue:</source>
        <translation>যেসব প্রতিরোধের পদক্ষেপের সময় পেরিয়েছে:</translation>
    </message>
    <message>
        <source>due {day}: {text} — {client}, #{id}</source>
        <translation>নির্ধারিত তারিখ {day}: {text} — {client}, #{id}</translation>
    </message>
    <message>
        <source>By category:</source>
        <translation>শ্রেণি অনুযায়ী:</translation>
    </message>
    <message>
        <source>By client:</source>
        <translation>ক্লায়েন্ট অনুযায়ী:</translation>
    </message>
    <message>
        <source>By month:</source>
        <translation>মাস অনুযায়ী:</translation>
    </message>
    <message>
        <source>Compensation offered, and delivered:</source>
        <translation>প্রস্তাবিত ও দেওয়া ক্ষতিপূরণ:</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… এবং আরও {count}টি</translation>
    </message>
    <message>
        <source>No incidents yet, so no patterns.</source>
        <translation>এখনও কোনো ঘটনা নেই, তাই কোনো প্যাটার্নও নেই।</translation>
    </message>
    <message>
        <source>Nothing to change: none of these words weakens it.</source>
        <translation>বদলানোর কিছু নেই: এই কথাগুলোর কোনোটিই ক্ষমা চাওয়াকে দুর্বল করছে না।</translation>
    </message>
    <message>
        <source>Nothing to change: it owns the mistake plainly.</source>
        <translation>কিছু বদলানোর নেই: এতে ভুলটা সোজাসুজি স্বীকার করা হয়েছে।</translation>
    </message>
    <message>
        <source>Try: {suggestion}</source>
        <translation>চেষ্টা করুন: {suggestion}</translation>
    </message>
    <message>
        <source>Nothing to check: the text is empty.</source>
        <translation>যাচাই করার কিছু নেই: লেখাটি ফাঁকা।</translation>
    </message>
</context>
<context>
    <name>CommandLineCounts</name>
    <message numerus="yes">
        <source>Imported %n incident(s) into {path} (with new numbers: the file&apos;s were taken).</source>
        <translation>
            <numerusform>{path}-এ %nটি ঘটনা ইমপোর্ট করা হয়েছে (নতুন নম্বরে: ফাইলের নম্বরটি আগে থেকেই ব্যবহৃত ছিল)।</numerusform>
            <numerusform>{path}-এ %nটি ঘটনা ইমপোর্ট করা হয়েছে (নতুন নম্বরে: ফাইলের নম্বরগুলো আগে থেকেই ব্যবহৃত ছিল)।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s) into {path}.</source>
        <translation>
            <numerusform>{path}-এ %nটি ঘটনা ইমপোর্ট করা হয়েছে।</numerusform>
            <numerusform>{path}-এ %nটি ঘটনা ইমপোর্ট করা হয়েছে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s); keeping the newest {keep}.</source>
        <translation>
            <numerusform>%nটি ব্যাকআপ; সবচেয়ে নতুন {keep}টি রাখা হয়।</numerusform>
            <numerusform>%nটি ব্যাকআপ; সবচেয়ে নতুন {keep}টি রাখা হয়।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLineFigures</name>
    <message numerus="yes">
        <source>… and %n more client(s)</source>
        <translation>
            <numerusform>… এবং আরও %n জন ক্লায়েন্ট</numerusform>
            <numerusform>… এবং আরও %n জন ক্লায়েন্ট</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{client}: {offered} over %n incident(s); delivered {delivered} ({delivered_count})</source>
        <translation>
            <numerusform>{client}: %nটি ঘটনায় {offered}; দেওয়া হয়েছে {delivered} ({delivered_count})</numerusform>
            <numerusform>{client}: %nটি ঘটনায় {offered}; দেওয়া হয়েছে {delivered} ({delivered_count})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLineHelp</name>
    <message>
        <source>Amends: own up to a mistake with a client. Keeps a private journal of incidents: what went wrong, why, what will prevent it, and what to say on the call. Without a command, opens the window.</source>
        <translation>Amends: ক্লায়েন্টের কাছে ভুল স্বীকার করুন। এটি ঘটনার একটি ব্যক্তিগত জার্নাল রাখে: কী ভুল হয়েছিল, কেন, কীভাবে তা আবার ঘটা ঠেকাবেন, আর কলে কী বলবেন। কোনো কমান্ড না দিলে উইন্ডো খোলে।</translation>
    </message>
    <message>
        <source>The journal is a SQLite file in your user data folder; --db or the AMENDS_DB variable choose another.</source>
        <translation>জার্নাল হলো আপনার ইউজার ডেটা ফোল্ডারের একটি SQLite ফাইল; অন্যটি বেছে নিতে --db বা AMENDS_DB ভেরিয়েবল ব্যবহার করুন।</translation>
    </message>
    <message>
        <source>PATH</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>পাথ</translation>
    </message>
    <message>
        <source>the journal file to use</source>
        <translation>যে জার্নাল ফাইল ব্যবহার হবে</translation>
    </message>
    <message>
        <source>open the window on a throwaway sample journal</source>
        <translation>অস্থায়ী একটি নমুনা জার্নাল দিয়ে উইন্ডো খুলুন</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>কমান্ড</translation>
    </message>
    <message>
        <source>add the incidents of an Amends JSON file</source>
        <translation>Amends JSON ফাইলের ঘটনাগুলো ইমপোর্ট করুন</translation>
    </message>
    <message>
        <source>file</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>ফাইল</translation>
    </message>
    <message>
        <source>a JSON file in the Amends format (docs/format.md)</source>
        <translation>Amends ফরম্যাটের একটি JSON ফাইল (docs/format.md)</translation>
    </message>
    <message>
        <source>write the whole journal as JSON, CSV or Markdown</source>
        <translation>পুরো জার্নাল JSON, CSV বা Markdown হিসেবে এক্সপোর্ট করুন</translation>
    </message>
    <message>
        <source>default: json</source>
        <translation>ডিফল্ট: json</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>আউটপুট</translation>
    </message>
    <message>
        <source>the file to write (default: stdout)</source>
        <translation>যে ফাইলে লেখা হবে (ডিফল্ট: stdout)</translation>
    </message>
    <message>
        <source>list incidents, newest first, with filters</source>
        <translation>ঘটনার তালিকা দেখান, নতুনগুলো আগে, ফিল্টারসহ</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>টেবিলের বদলে JSON দেখান</translation>
    </message>
    <message>
        <source>show one incident in full</source>
        <translation>একটি ঘটনা পুরোটা দেখান</translation>
    </message>
    <message>
        <source>id</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>id</translation>
    </message>
    <message>
        <source>print it in the interchange format</source>
        <translation>আদান-প্রদানের ফরম্যাটে দেখান</translation>
    </message>
    <message>
        <source>find incidents containing all the words</source>
        <translation>যেসব ঘটনায় সব শব্দ আছে সেগুলো খুঁজুন</translation>
    </message>
    <message>
        <source>query</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>শব্দ</translation>
    </message>
    <message>
        <source>words to find; &quot;quote words&quot; to find a phrase</source>
        <translation>খোঁজার শব্দ; পুরো বাক্যাংশ খুঁজতে &quot;উদ্ধৃতিচিহ্নে শব্দ&quot; দিন</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON দেখান</translation>
    </message>
    <message>
        <source>show repeats, overdue steps and counts</source>
        <translation>পুনরাবৃত্তি, সময় পেরোনো পদক্ষেপ আর সংখ্যা দেখান</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>সংখ্যা</translation>
    </message>
    <message>
        <source>longest lists (default 20)</source>
        <translation>প্রতি তালিকায় সর্বোচ্চ এতগুলো (ডিফল্ট 20)</translation>
    </message>
    <message>
        <source>show every entry of every list</source>
        <translation>প্রতিটি তালিকার সব এন্ট্রি দেখান</translation>
    </message>
    <message>
        <source>mark a prevention step done (or not done, --undo)</source>
        <translation>প্রতিরোধের পদক্ষেপ সম্পন্ন হিসেবে চিহ্নিত করুন (বা অসম্পন্ন, --undo)</translation>
    </message>
    <message>
        <source>Mark prevention step STEP of incident ID done: today, or on the day --on gives; marking a done step again changes its date.</source>
        <translation>ঘটনা ID-এর STEP নম্বর প্রতিরোধের পদক্ষেপ সম্পন্ন হিসেবে চিহ্নিত করুন: আজ, অথবা --on যে দিন দেয় সেদিন; সম্পন্ন পদক্ষেপ আবার চিহ্নিত করলে তার তারিখ বদলায়।</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>STEP</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>STEP</translation>
    </message>
    <message>
        <source>the step&apos;s number, as `show ID` lists it</source>
        <translation>পদক্ষেপের নম্বর, যেমন `show ID` দেখায়</translation>
    </message>
    <message>
        <source>the day it was done (default: today)</source>
        <translation>যেদিন সম্পন্ন হয়েছে (ডিফল্ট: আজ)</translation>
    </message>
    <message>
        <source>mark it not done after all</source>
        <translation>আসলে সম্পন্ন হয়নি বলে চিহ্নিত করুন</translation>
    </message>
    <message>
        <source>mark an incident&apos;s compensation delivered (or not, --undo)</source>
        <translation>ঘটনার ক্ষতিপূরণ দেওয়া হয়েছে বলে চিহ্নিত করুন (বা দেওয়া হয়নি, --undo)</translation>
    </message>
    <message>
        <source>Mark the compensation offered in incident ID delivered: today, or on the day --on gives.</source>
        <translation>ঘটনা ID-তে প্রস্তাবিত ক্ষতিপূরণ দেওয়া হয়েছে বলে চিহ্নিত করুন: আজ, অথবা --on যে দিন দেয় সেদিন।</translation>
    </message>
    <message>
        <source>the day it was delivered (default: today)</source>
        <translation>যেদিন দেওয়া হয়েছে (ডিফল্ট: আজ)</translation>
    </message>
    <message>
        <source>mark it not delivered after all</source>
        <translation>আসলে দেওয়া হয়নি বলে চিহ্নিত করুন</translation>
    </message>
    <message>
        <source>ask the apology coach about a text or an incident</source>
        <translation>কোনো লেখা বা ঘটনা নিয়ে ক্ষমা চাওয়ার পরামর্শককে জিজ্ঞেস করুন</translation>
    </message>
    <message>
        <source>text</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>লেখা</translation>
    </message>
    <message>
        <source>the words to check (default: read standard input)</source>
        <translation>যে লেখা যাচাই করবেন (ডিফল্ট: স্ট্যান্ডার্ড ইনপুট পড়া হয়)</translation>
    </message>
    <message>
        <source>check an incident&apos;s summary, apology, empathy</source>
        <translation>ঘটনার সারসংক্ষেপ, ক্ষমা চাওয়া ও সহমর্মিতা যাচাই করুন</translation>
    </message>
    <message>
        <source>the text&apos;s language (default: guess)</source>
        <translation>লেখার ভাষা (ডিফল্ট: অনুমান)</translation>
    </message>
    <message>
        <source>show or set the language the coach reads</source>
        <translation>পরামর্শক কোন ভাষা পড়ে তা দেখুন বা ঠিক করুন</translation>
    </message>
    <message>
        <source>auto: guess</source>
        <translation>auto: অনুমান</translation>
    </message>
    <message>
        <source>write the one-page PDF briefing for the call</source>
        <translation>কলের এক পৃষ্ঠার প্রস্তুতিপত্র PDF হিসেবে লিখুন</translation>
    </message>
    <message>
        <source>the PDF to write (default: ./briefing-ID.pdf)</source>
        <translation>যে PDF লেখা হবে (ডিফল্ট: ./briefing-ID.pdf)</translation>
    </message>
    <message>
        <source>default: from your locale</source>
        <translation>ডিফল্ট: আপনার লোকেল অনুযায়ী</translation>
    </message>
    <message>
        <source>write a checked backup of the journal</source>
        <translation>জার্নালের একটি যাচাই করা ব্যাকআপ লিখুন</translation>
    </message>
    <message>
        <source>KEEP</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>সংখ্যা</translation>
    </message>
    <message>
        <source>keep this many backups from now on</source>
        <translation>এখন থেকে এতগুলো ব্যাকআপ রাখুন</translation>
    </message>
    <message>
        <source>list the backups instead</source>
        <translation>বরং ব্যাকআপগুলোর তালিকা দেখান</translation>
    </message>
    <message>
        <source>replace the journal with a backup</source>
        <translation>জার্নালকে একটি ব্যাকআপ দিয়ে বদলে দিন</translation>
    </message>
    <message>
        <source>backup</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>ব্যাকআপ</translation>
    </message>
    <message>
        <source>a backup file, as `backup --list` shows</source>
        <translation>একটি ব্যাকআপ ফাইল, যেমন `backup --list` দেখায়</translation>
    </message>
    <message>
        <source>the incident&apos;s number, as `list` shows it</source>
        <translation>ঘটনার নম্বর, যেমন `list` দেখায়</translation>
    </message>
    <message>
        <source>show at most this many</source>
        <translation>সর্বোচ্চ এতগুলো দেখান</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>ফিল্টার</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>ক্লায়েন্ট</translation>
    </message>
    <message>
        <source>only this client (name, any case)</source>
        <translation>শুধু এই ক্লায়েন্ট (নাম, বড়-ছোট হাতের অক্ষর যা-ই হোক)</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>শ্রেণি</translation>
    </message>
    <message>
        <source>only this category, e.g. &apos;missed deadline&apos;</source>
        <translation>শুধু এই শ্রেণি, যেমন &apos;সময়সীমা পার হওয়া&apos;</translation>
    </message>
    <message>
        <source>only this</source>
        <translation>শুধু এটি</translation>
    </message>
    <message>
        <source>only this status</source>
        <translation>শুধু এই অবস্থা</translation>
    </message>
    <message>
        <source>TAG</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <source>only incidents with this tag</source>
        <translation>শুধু এই ট্যাগযুক্ত ঘটনা</translation>
    </message>
    <message>
        <source>OCCURRED_FROM</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>শুরুর_তারিখ</translation>
    </message>
    <message>
        <source>on or after YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>YYYY-MM-DD, YYYY-MM বা YYYY বা তার পরে</translation>
    </message>
    <message>
        <source>on or before YYYY-MM-DD, YYYY-MM (its end) or YYYY</source>
        <translation>YYYY-MM-DD, YYYY-MM (শেষ পর্যন্ত) বা YYYY বা তার আগে</translation>
    </message>
    <message>
        <source>OCCURRED_TO</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>শেষের_তারিখ</translation>
    </message>
    <message>
        <source>only incidents with a prevention step overdue</source>
        <translation>শুধু যেসব ঘটনার কোনো প্রতিরোধের পদক্ষেপের সময় পেরিয়েছে</translation>
    </message>
    <message>
        <source>sort by</source>
        <translation>যেভাবে সাজাবেন</translation>
    </message>
    <message>
        <source>oldest / smallest first</source>
        <translation>সবচেয়ে পুরোনো / ছোটটি আগে</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Amends hit a bug</source>
        <translation>Amends-এ একটি বাগ দেখা দিয়েছে</translation>
    </message>
    <message>
        <source>Amends hit a bug: something went wrong that never should have.</source>
        <translation>Amends-এ একটি বাগ দেখা দিয়েছে: এমন কিছু ভুল হয়েছে যা কখনোই হওয়ার কথা নয়।</translation>
    </message>
    <message>
        <source>What you wrote is safe: it is saved in your journal.</source>
        <translation>আপনি যা লিখেছেন তা নিরাপদ: এটি আপনার জার্নালে সংরক্ষিত আছে।</translation>
    </message>
    <message>
        <source>What you were writing could not be saved, so it stays in the window, and a copy is kept in {path}.</source>
        <translation>আপনি যা লিখছিলেন তা সংরক্ষণ করা যায়নি, তাই এটি উইন্ডোতেই আছে, আর একটি কপি রাখা আছে {path}-এ।</translation>
    </message>
    <message>
        <source>What you were writing could not be saved; it stays in the window. Copy it out before you close Amends.</source>
        <translation>আপনি যা লিখছিলেন তা সংরক্ষণ করা যায়নি; এটি উইন্ডোতেই আছে। Amends বন্ধ করার আগে এটি কপি করে নিন।</translation>
    </message>
    <message>
        <source>A report of what went wrong is in {path}; it holds no text of yours beyond the error itself, and it goes nowhere unless you send it.</source>
        <translation>কী ভুল হয়েছে তার একটি রিপোর্ট আছে {path}-এ; এতে ত্রুটিটি ছাড়া আপনার লেখা কিছু নেই, আর আপনি না পাঠালে এটি কোথাও যায় না।</translation>
    </message>
    <message>
        <source>No report could be written: {reason}.</source>
        <translation>কোনো রিপোর্ট লেখা যায়নি: {reason}।</translation>
    </message>
    <message>
        <source>No report could be written: this run of Amends has written enough of them.</source>
        <translation>কোনো রিপোর্ট লেখা যায়নি: Amends এবার চালু হওয়ার পর ইতিমধ্যে যথেষ্ট রিপোর্ট লিখেছে।</translation>
    </message>
    <message>
        <source>Amends keeps running; if something looks wrong, close it and start it again.</source>
        <translation>Amends চলতে থাকবে; কিছু ভুল মনে হলে এটি বন্ধ করে আবার চালু করুন।</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>রিপোর্ট কপি করুন(&amp;C)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>কপি হয়েছে</translation>
    </message>
    <message>
        <source>Amends hit the same bug again (see the report in {path}).</source>
        <translation>Amends-এ আবার একই বাগ দেখা দিয়েছে ({path}-এ রিপোর্ট দেখুন)।</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <source>Pick a day</source>
        <translation>একটি দিন বেছে নিন</translation>
    </message>
</context>
<context>
    <name>Days</name>
    <message>
        <source>Jan</source>
        <translation>জানু</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>ফেব</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>মার্চ</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>এপ্রি</translation>
    </message>
    <message>
        <source>May</source>
        <translation>মে</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>জুন</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>জুল</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>আগ</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>সেপ</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>অক্টো</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>নভে</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>ডিসে</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>The compensation&apos;s value must be a number of 0 or more, below 1,000,000,000,000,000.</source>
        <translation>ক্ষতিপূরণের মূল্য 0 বা তার বেশি এবং 1,000,000,000,000,000-এর কম একটি সংখ্যা হতে হবে।</translation>
    </message>
    <message>
        <source>The date and time {when} is outside the years 1 to 9999 once in UTC, as the journal keeps date-times; give one inside them.</source>
        <translation>তারিখ ও সময় {when} UTC-তে রূপান্তর করলে 1 থেকে 9999 সালের বাইরে পড়ে (জার্নাল তারিখ-সময় UTC-তেই রাখে); এই সীমার মধ্যে কোনো সময় দিন।</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Undo</source>
        <translation>আগের অবস্থায় ফেরান(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>আবার করুন(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>কাটুন(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>কপি করুন(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>পেস্ট করুন(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>সব বেছে নিন(&amp;A)</translation>
    </message>
</context>
<context>
    <name>FieldNote</name>
    <message>
        <source>{problem} Until then the journal keeps {kept}.</source>
        <translation>{problem} ততক্ষণ জার্নালে {kept} থাকবে।</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>What you offer</source>
        <translation>আপনার প্রস্তাব</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>মূল্য</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>মুদ্রা</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>BDT</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>দেওয়ার তারিখ</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>কেমন হলো</translation>
    </message>
    <message>
        <source>The client stayed</source>
        <translation>ক্লায়েন্ট থেকে গেছেন</translation>
    </message>
    <message>
        <source>They became an advocate</source>
        <translation>তাঁরা এখন আপনার হয়ে কথা বলেন</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>ক্লায়েন্ট</translation>
    </message>
    <message>
        <source>Who was let down?</source>
        <translation>কে হতাশ হয়েছেন?</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>A few words: “Missed the launch date”</source>
        <translation>কয়েকটি শব্দে: “লঞ্চের তারিখ পেরিয়ে গেছে”</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>প্রজেক্ট</translation>
    </message>
    <message>
        <source>When</source>
        <translation>কবে</translation>
    </message>
    <message>
        <source>2026-03-02, today, yesterday…</source>
        <translation>2026-03-02, আজ, গতকাল…</translation>
    </message>
    <message>
        <source>Kind of mistake</source>
        <translation>ভুলের ধরন</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>গুরুত্ব</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>ট্যাগ</translation>
    </message>
    <message>
        <source>A word, then Enter</source>
        <translation>একটি শব্দ, তারপর Enter</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>কী ঘটেছিল</translation>
    </message>
    <message>
        <source>The events, in order.</source>
        <translation>যা যা ঘটেছে, ক্রম অনুযায়ী।</translation>
    </message>
    <message>
        <source>Impact on the client</source>
        <translation>ক্লায়েন্টের উপর প্রভাব</translation>
    </message>
    <message>
        <source>What did it cost them?</source>
        <translation>এতে তাঁদের কী ক্ষতি হলো?</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>কেন</translation>
    </message>
    <message>
        <source>Why? One answer per line, each a “why” deeper.</source>
        <translation>কেন? প্রতি লাইনে একটি উত্তর, প্রতিটি আরও এক ধাপ গভীর “কেন”।</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>মূল কারণ</translation>
    </message>
    <message>
        <source>What was in your control</source>
        <translation>যা আপনার নিয়ন্ত্রণে ছিল</translation>
    </message>
    <message>
        <source>“I chose the host…”</source>
        <translation>“হোস্ট আমিই বেছে নিয়েছিলাম…”</translation>
    </message>
    <message>
        <source>What you are doing now</source>
        <translation>আপনি এখন যা করছেন</translation>
    </message>
    <message>
        <source>Fix status</source>
        <translation>সমাধানের অবস্থা</translation>
    </message>
    <message>
        <source>Why it won&apos;t happen again</source>
        <translation>কেন এটা আর হবে না</translation>
    </message>
    <message>
        <source>Prevention steps</source>
        <translation>প্রতিরোধের পদক্ষেপ</translation>
    </message>
    <message>
        <source>Make it right</source>
        <translation>ক্ষতিপূরণ</translation>
    </message>
    <message>
        <source>An unexpected gesture</source>
        <translation>একটি অপ্রত্যাশিত চমক</translation>
    </message>
    <message>
        <source>What you will say</source>
        <translation>আপনি যা বলবেন</translation>
    </message>
    <message>
        <source>One or two sentences: sorry, the mistake, the fix.</source>
        <translation>এক বা দুই বাক্যে: দুঃখপ্রকাশ, ভুলটি, সমাধান।</translation>
    </message>
    <message>
        <source>The apology</source>
        <translation>ক্ষমা চাওয়া</translation>
    </message>
    <message>
        <source>Show you see their side</source>
        <translation>দেখান যে আপনি তাঁদের দিকটা বোঝেন</translation>
    </message>
    <message>
        <source>Likely questions</source>
        <translation>সম্ভাব্য প্রশ্ন</translation>
    </message>
    <message>
        <source>Call date and time</source>
        <translation>কলের তারিখ ও সময়</translation>
    </message>
    <message>
        <source>Follow-up message</source>
        <translation>ফলো-আপ বার্তা</translation>
    </message>
    <message>
        <source>What you write to the client after the call.</source>
        <translation>কলের পরে ক্লায়েন্টকে যা লিখবেন।</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>পাঠানোর তারিখ</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>পরে</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>অবস্থা</translation>
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
        <translation>সব ফাইল (*)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV স্প্রেডশিট (*.csv)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Amends journals (*.amends)</source>
        <translation>Amends জার্নাল (*.amends)</translation>
    </message>
    <message>
        <source>Amends backups (*{suffix})</source>
        <translation>Amends ব্যাকআপ (*{suffix})</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>ব্যাকআপ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>পুনরুদ্ধার</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>ব্যাকআপ পুনরুদ্ধার করুন</translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation>একটি জার্নাল খুলুন</translation>
    </message>
    <message>
        <source>New journal</source>
        <translation>নতুন জার্নাল</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} পড়া হচ্ছে…</translation>
    </message>
    <message>
        <source>Importing… {done} of {total} incidents</source>
        <translation>ইমপোর্ট হচ্ছে… {total}টির মধ্যে {done}টি ঘটনা</translation>
    </message>
    <message>
        <source>Saving the imported incidents…</source>
        <translation>ইমপোর্ট করা ঘটনাগুলো সংরক্ষণ করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Import cancelled; the journal is as it was.</source>
        <translation>ইমপোর্ট বাতিল হয়েছে; জার্নাল আগের মতোই আছে।</translation>
    </message>
    <message>
        <source>{name} was not imported: {reason}</source>
        <translation>{name} ইমপোর্ট করা হয়নি: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} পড়া যাচ্ছে না: {reason}।</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>জার্নাল পড়া হচ্ছে…</translation>
    </message>
    <message>
        <source>Exporting… {done} of {total} incidents</source>
        <translation>এক্সপোর্ট হচ্ছে… {total}টির মধ্যে {done}টি ঘটনা</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>{name} সংরক্ষণ করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>এক্সপোর্ট বাতিল হয়েছে; কোনো ফাইল লেখা হয়নি।</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>এক্সপোর্ট হয়নি: {reason}</translation>
    </message>
    <message>
        <source>Backing up the journal…</source>
        <translation>জার্নালের ব্যাকআপ নেওয়া হচ্ছে…</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>ব্যাকআপ লেখা হয়েছে: {path}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>কোনো ব্যাকআপ নেওয়া হয়নি: {reason}</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>ব্যাকআপ পুনরুদ্ধার করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Replace the journal with the backup {name}? Everything written since it was made is replaced; the journal as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>ব্যাকআপ {name} দিয়ে জার্নালটি বদলে দেবেন? এটি নেওয়ার পর থেকে যা লেখা হয়েছে, তার সবই বদলে যাবে; তবে তার আগে জার্নালের এখনকার অবস্থার একটি ব্যাকআপ নেওয়া হবে, তাই সেই ব্যাকআপ পুনরুদ্ধার করে আগের অবস্থায় ফেরা যাবে।</translation>
    </message>
    <message>
        <source>Restored the backup {name}. The journal as it was is kept in {previous}.</source>
        <translation>ব্যাকআপ {name} পুনরুদ্ধার করা হয়েছে। জার্নালের আগের অবস্থা রাখা আছে {previous}-এ।</translation>
    </message>
    <message>
        <source>Not restored: {reason}</source>
        <translation>পুনরুদ্ধার হয়নি: {reason}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} খোলা হচ্ছে…</translation>
    </message>
    <message>
        <source>Making the journal {name}…</source>
        <translation>জার্নাল {name} তৈরি করা হচ্ছে…</translation>
    </message>
    <message>
        <source>Opened the journal {path}.</source>
        <translation>জার্নাল {path} খোলা হয়েছে।</translation>
    </message>
    <message>
        <source>Made the journal {path}; it is empty. Write an incident with Ctrl+N, or import some.</source>
        <translation>জার্নাল {path} তৈরি হয়েছে; এটি খালি। Ctrl+N দিয়ে একটি ঘটনা লিখুন, অথবা কিছু ইমপোর্ট করুন।</translation>
    </message>
    <message>
        <source>{path} is the journal open now.</source>
        <translation>{path} জার্নালটিই এখন খোলা আছে।</translation>
    </message>
    <message>
        <source>Amends is already open on {path} in another window; it has been brought forward.</source>
        <translation>{path} অন্য একটি Amends উইন্ডোতে আগে থেকেই খোলা আছে; সেই উইন্ডোটি সামনে আনা হয়েছে।</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new name, or open it with File → Open journal…</source>
        <translation>{path} আগে থেকেই আছে। একটি নতুন নাম বেছে নিন, অথবা ফাইল → জার্নাল খুলুন… দিয়ে এটি খুলুন।</translation>
    </message>
    <message>
        <source>What you wrote could not be saved, so Amends stays on this journal: {reason} Your text is still in the worksheet; try again once it is saved, or copy it out first.</source>
        <translation>আপনি যা লিখেছেন তা সংরক্ষণ করা যায়নি, তাই Amends এই জার্নালেই থাকছে: {reason} আপনার লেখা এখনও ওয়ার্কশিটে আছে; সংরক্ষণ হয়ে গেলে আবার চেষ্টা করুন, অথবা আগে কপি করে নিন।</translation>
    </message>
    <message>
        <source>{reason}

The journal {current} is still open.</source>
        <translation>{reason}

জার্নাল {current} এখনও খোলা আছে।</translation>
    </message>
    <message>
        <source>{path} is not an Amends journal, or it is damaged, so it was not opened. To get a damaged journal&apos;s incidents back, make a new journal with File → New journal… and restore one of its backups into it with File → Restore…</source>
        <translation>{path} কোনো Amends জার্নাল নয়, অথবা এটি ক্ষতিগ্রস্ত, তাই খোলা হয়নি। ক্ষতিগ্রস্ত জার্নালের ঘটনাগুলো ফিরে পেতে ফাইল → নতুন জার্নাল… দিয়ে একটি নতুন জার্নাল তৈরি করুন এবং ফাইল → পুনরুদ্ধার… দিয়ে ক্ষতিগ্রস্ত জার্নালের একটি ব্যাকআপ সেখানে পুনরুদ্ধার করুন।</translation>
    </message>
    <message>
        <source>{path} is read-only, so nothing you write in it could be saved. Make the file and its folder writable, or copy it to a folder you can write to and open the copy with File → Open journal…</source>
        <translation>{path} শুধু পড়ার জন্য, তাই এতে আপনি যা লিখবেন তা সংরক্ষণ করা যাবে না। ফাইল ও তার ফোল্ডারে লেখার অনুমতি দিন, অথবা এটি এমন একটি ফোল্ডারে কপি করুন যেখানে আপনি লিখতে পারেন এবং ফাইল → জার্নাল খুলুন… দিয়ে কপিটি খুলুন।</translation>
    </message>
    <message>
        <source>&amp;Open journal…</source>
        <translation>জার্নাল খুলুন(&amp;O)…</translation>
    </message>
    <message>
        <source>Ne&amp;w journal…</source>
        <translation>নতুন জার্নাল(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>ইমপোর্ট(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>এক্সপোর্ট(&amp;E)…</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>এখনই ব্যাকআপ নিন(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>পুনরুদ্ধার(&amp;R)…</translation>
    </message>
    <message>
        <source>Import incidents</source>
        <translation>ঘটনা ইমপোর্ট করুন</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s). Their numbers were taken already, so they have new ones.</source>
        <translation>
            <numerusform>%nটি ঘটনা ইমপোর্ট করা হয়েছে। এর নম্বরটি আগে থেকেই ব্যবহৃত ছিল, তাই নতুন নম্বর দেওয়া হয়েছে।</numerusform>
            <numerusform>%nটি ঘটনা ইমপোর্ট করা হয়েছে। এগুলোর নম্বর আগে থেকেই ব্যবহৃত ছিল, তাই নতুন নম্বর দেওয়া হয়েছে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s).</source>
        <translation>
            <numerusform>%nটি ঘটনা ইমপোর্ট করা হয়েছে।</numerusform>
            <numerusform>%nটি ঘটনা ইমপোর্ট করা হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>ইমপোর্ট হয়নি</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ইমপোর্ট</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>জার্নাল এক্সপোর্ট করুন</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incident(s) to {path}.</source>
        <translation>
            <numerusform>%nটি ঘটনা {path}-এ এক্সপোর্ট করা হয়েছে।</numerusform>
            <numerusform>%nটি ঘটনা {path}-এ এক্সপোর্ট করা হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>এক্সপোর্ট হয়নি</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>এক্সপোর্ট</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>ব্যাকআপ নেওয়া হয়নি</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>পুনরুদ্ধার হয়নি</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>খোলা হয়নি</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>তৈরি হয়নি</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>any</source>
        <comment>a date filter left empty</comment>
        <translation>যেকোনো</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>সব ক্লায়েন্ট</translation>
    </message>
    <message>
        <source>Only this client&apos;s incidents: type a name, Enter to apply</source>
        <translation>শুধু এই ক্লায়েন্টের ঘটনা: একটি নাম লিখুন, প্রয়োগ করতে Enter চাপুন</translation>
    </message>
    <message>
        <source>Only this kind of mistake</source>
        <translation>শুধু এই ধরনের ভুল</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>সব শ্রেণি</translation>
    </message>
    <message>
        <source>Only this severity</source>
        <translation>শুধু এই গুরুত্বের ঘটনা</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>সব গুরুত্ব</translation>
    </message>
    <message>
        <source>Only incidents at this stage</source>
        <translation>শুধু এই অবস্থার ঘটনা</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>সব অবস্থা</translation>
    </message>
    <message>
        <source>Only incidents with this tag</source>
        <translation>শুধু এই ট্যাগযুক্ত ঘটনা</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>সব ট্যাগ</translation>
    </message>
    <message>
        <source>On or after: 2026-03-02, 2026-03 or 2026</source>
        <translation>এই দিন বা পরে: 2026-03-02, 2026-03 বা 2026</translation>
    </message>
    <message>
        <source>On or before: 2026-03-02, 2026-03 (its end) or 2026</source>
        <translation>এই দিন বা আগে: 2026-03-02, 2026-03 (শেষ পর্যন্ত) বা 2026</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>সময় পেরোনো পদক্ষেপ</translation>
    </message>
    <message>
        <source>Only incidents with a prevention step past its due date</source>
        <translation>শুধু সেই ঘটনা, যার কোনো প্রতিরোধের পদক্ষেপের নির্ধারিত তারিখ পেরিয়ে গেছে</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>ফিল্টার মুছুন</translation>
    </message>
    <message>
        <source>From</source>
        <comment>before the first day of a date filter</comment>
        <translation>শুরু</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between the first and last day of a date filter</comment>
        <translation>শেষ</translation>
    </message>
    <message>
        <source>Not a date: write 2026-03-02, 2026-03 or 2026.</source>
        <translation>এটি তারিখ নয়: লিখুন 2026-03-02, 2026-03 বা 2026।</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Hello {name},</source>
        <translation>প্রিয় {name},</translation>
    </message>
    <message>
        <source>Thank you for talking it through with me.</source>
        <translation>আমার সঙ্গে বিষয়টা নিয়ে কথা বলার জন্য ধন্যবাদ।</translation>
    </message>
    <message>
        <source>What I have done:</source>
        <translation>আমি যা করেছি:</translation>
    </message>
    <message>
        <source>So that it does not happen again:</source>
        <translation>যাতে এটা আর না ঘটে:</translation>
    </message>
    <message>
        <source>To make up for it:</source>
        <translation>ক্ষতিপূরণ হিসেবে:</translation>
    </message>
    <message>
        <source>I will keep you posted until every step is done.</source>
        <translation>প্রতিটি পদক্ষেপ শেষ না হওয়া পর্যন্ত আমি আপনাকে জানাতে থাকব।</translation>
    </message>
    <message>
        <source>{text} (done {day})</source>
        <translation>{text} (সম্পন্ন {day})</translation>
    </message>
    <message>
        <source>{text} (by {day})</source>
        <translation>{text} ({day}-এর মধ্যে)</translation>
    </message>
    <message>
        <source>About {title}</source>
        <comment>the e-mail&apos;s subject</comment>
        <translation>{title} প্রসঙ্গে</translation>
    </message>
</context>
<context>
    <name>FollowUpTools</name>
    <message>
        <source>&amp;Draft from the worksheet</source>
        <translation>ওয়ার্কশিট থেকে খসড়া করুন(&amp;D)</translation>
    </message>
    <message>
        <source>Start the message from the apology, the fix, the steps and the offer</source>
        <translation>ক্ষমা চাওয়া, সমাধান, পদক্ষেপ আর প্রস্তাব থেকে বার্তাটি শুরু করুন</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>কপি(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the message to paste it in any app</source>
        <translation>যেকোনো অ্যাপে পেস্ট করতে বার্তাটি কপি করুন</translation>
    </message>
    <message>
        <source>Open in &amp;mail app</source>
        <translation>মেইল অ্যাপে খুলুন(&amp;M)</translation>
    </message>
    <message>
        <source>A new e-mail to the client with it</source>
        <translation>বার্তাটিসহ ক্লায়েন্টকে একটি নতুন ই-মেইল</translation>
    </message>
    <message>
        <source>Sent &amp;today</source>
        <translation>আজ পাঠানো হয়েছে(&amp;T)</translation>
    </message>
    <message>
        <source>Record that the message was sent today</source>
        <translation>বার্তাটি আজ পাঠানো হয়েছে বলে লিখে রাখুন</translation>
    </message>
    <message>
        <source>Write the apology (The call) first: the message starts from it.</source>
        <translation>আগে “কল” ধাপে ক্ষমা চাওয়াটা লিখুন: বার্তাটি সেখান থেকেই শুরু হয়।</translation>
    </message>
    <message>
        <source>Drafted from the worksheet. Ctrl+Z in the message brings back what was there.</source>
        <translation>ওয়ার্কশিট থেকে খসড়া করা হয়েছে। আগে যা ছিল ফিরিয়ে আনতে বার্তায় Ctrl+Z চাপুন।</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>বার্তাটি খালি।</translation>
    </message>
    <message>
        <source>The message is copied: paste it where you write to the client.</source>
        <translation>বার্তাটি কপি হয়েছে: ক্লায়েন্টকে যেখানে লেখেন সেখানে পেস্ট করুন।</translation>
    </message>
    <message>
        <source>Your mail app opens with the message. Once it is sent, press Sent today.</source>
        <translation>আপনার মেইল অ্যাপ বার্তাটি নিয়ে খুলছে। পাঠানো হলে “আজ পাঠানো হয়েছে” চাপুন।</translation>
    </message>
    <message>
        <source>Your mail app opens with the message, addressed to no one yet: this client has no e-mail address (Clients, Edit details…). Once it is sent, press Sent today.</source>
        <translation>আপনার মেইল অ্যাপ বার্তাটি নিয়ে খুলছে, তবে এখনো কোনো প্রাপক নেই: এই ক্লায়েন্টের কোনো ইমেইল ঠিকানা নেই (ক্লায়েন্ট, বিবরণ বদলান…)। পাঠানো হলে “আজ পাঠানো হয়েছে” চাপুন।</translation>
    </message>
    <message>
        <source>No mail app could be opened. Copy the message instead.</source>
        <translation>কোনো মেইল অ্যাপ খোলা যায়নি। তার বদলে বার্তাটি কপি করুন।</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Amends Help</source>
        <translation>Amends সাহায্য</translation>
    </message>
    <message>
        <source>&amp;Guide to the method</source>
        <translation>পদ্ধতির নির্দেশিকা(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>কিবোর্ড শর্টকাট(&amp;K)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>কমান্ড</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>শর্টকাট</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>অন্যান্য</translation>
    </message>
</context>
<context>
    <name>HistoryNote</name>
    <message numerus="yes">
        <source>You have been here before: %n earlier incident(s) of “{category}” with {client}.</source>
        <translation>
            <numerusform>এর আগেও এমন হয়েছে: {client}-এর সঙ্গে “{category}” ধরনের %nটি ঘটনা।</numerusform>
            <numerusform>এর আগেও এমন হয়েছে: {client}-এর সঙ্গে “{category}” ধরনের %nটি ঘটনা।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been here before: %n earlier incident(s) of “{category}” with {client}, the last on {day}.</source>
        <translation>
            <numerusform>এর আগেও এমন হয়েছে: {client}-এর সঙ্গে “{category}” ধরনের %nটি ঘটনা, শেষবার {day}।</numerusform>
            <numerusform>এর আগেও এমন হয়েছে: {client}-এর সঙ্গে “{category}” ধরনের %nটি ঘটনা, শেষবার {day}।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It happened again after this one: %n later incident(s) of “{category}” with {client}.</source>
        <translation>
            <numerusform>এর পরেও আবার হয়েছে: {client}-এর সঙ্গে “{category}” ধরনের পরের %nটি ঘটনা।</numerusform>
            <numerusform>এর পরেও আবার হয়েছে: {client}-এর সঙ্গে “{category}” ধরনের পরের %nটি ঘটনা।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>it is nested too deeply: an Amends file has lists and objects a few levels deep</source>
        <translation>এটি খুব গভীরভাবে নেস্টেড: Amends ফাইলে তালিকা আর অবজেক্ট মাত্র কয়েক স্তর গভীর থাকে</translation>
    </message>
    <message>
        <source>not a key of the Amends format (see docs/format.md)</source>
        <translation>Amends ফরম্যাটের কোনো কী নয় (docs/format.md দেখুন)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>আবশ্যক</translation>
    </message>
    <message>
        <source>{reason}, got {value}</source>
        <translation>{reason}, পাওয়া গেছে {value}</translation>
    </message>
    <message>
        <source>incident {number} (&quot;{title}&quot;), key &apos;{key}&apos;: {reason}</source>
        <translation>ঘটনা {number} (&quot;{title}&quot;), কী &apos;{key}&apos;: {reason}</translation>
    </message>
    <message>
        <source>incident {number} (&quot;{title}&quot;): {reason}</source>
        <translation>ঘটনা {number} (&quot;{title}&quot;): {reason}</translation>
    </message>
    <message>
        <source>incident {number}, key &apos;{key}&apos;: {reason}</source>
        <translation>ঘটনা {number}, কী &apos;{key}&apos;: {reason}</translation>
    </message>
    <message>
        <source>incident {number}: {reason}</source>
        <translation>ঘটনা {number}: {reason}</translation>
    </message>
    <message>
        <source>key &apos;{key}&apos;: {reason}</source>
        <translation>কী &apos;{key}&apos;: {reason}</translation>
    </message>
    <message>
        <source>it is not a file Amends exported (one says &quot;format&quot;: &quot;amends&quot;); Amends imports only those</source>
        <translation>এটি Amends-এর এক্সপোর্ট করা ফাইল নয় (এমন ফাইলে &quot;format&quot;: &quot;amends&quot; থাকে); Amends শুধু সেগুলোই ইমপোর্ট করে</translation>
    </message>
    <message>
        <source>it is a journal, not a file exported from one: open it as a journal instead</source>
        <translation>এটি একটি জার্নাল, জার্নাল থেকে এক্সপোর্ট করা ফাইল নয়: বরং এটি জার্নাল হিসেবে খুলুন</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {position}); save it as UTF-8 and try again</source>
        <translation>ফাইলটি UTF-8 লেখা নয় (বাইট {position}); এটি UTF-8 হিসেবে সংরক্ষণ করে আবার চেষ্টা করুন</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {reason}</source>
        <translation>লাইন {line}, কলাম {column}: {reason}</translation>
    </message>
    <message>
        <source>it holds a number of more than 4,300 digits, which no key of the Amends format takes</source>
        <translation>এতে 4,300-এর বেশি অঙ্কের একটি সংখ্যা আছে, যা Amends ফরম্যাটের কোনো কী নেয় না</translation>
    </message>
    <message>
        <source>this file uses version {version} of the Amends format; this Amends reads version {supported}. Update Amends to import it.</source>
        <translation>এই ফাইলটি Amends ফরম্যাটের সংস্করণ {version} ব্যবহার করে; এই Amends সংস্করণ {supported} পড়ে। ইমপোর্ট করতে Amends আপডেট করুন।</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>ফাঁকা রাখা যাবে না</translation>
    </message>
    <message>
        <source>is outside the years 1 to 9999 once in UTC, as the journal keeps date-times; give one inside them</source>
        <translation>UTC-তে রূপান্তর করলে এটি 1 থেকে 9999 সালের বাইরে পড়ে, আর জার্নাল তারিখ-সময় UTC-তেই রাখে; এর ভেতরের একটি সময় দিন</translation>
    </message>
    <message>
        <source>a question needs a question or an answer</source>
        <translation>প্রশ্নে একটি প্রশ্ন বা উত্তর থাকতে হবে</translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <source>overdue</source>
        <translation>সময় পেরিয়েছে</translation>
    </message>
    <message>
        <source>Unfinished: give it a title and a client in the worksheet (Enter opens it).</source>
        <translation>অসম্পূর্ণ: ওয়ার্কশিটে একটি শিরোনাম ও একটি ক্লায়েন্ট দিন (Enter চাপলে খোলে)।</translation>
    </message>
    <message>
        <source>Unfinished: give it a title in the worksheet (Enter opens it).</source>
        <translation>অসম্পূর্ণ: ওয়ার্কশিটে একটি শিরোনাম দিন (Enter চাপলে খোলে)।</translation>
    </message>
    <message>
        <source>Unfinished: give it a client in the worksheet (Enter opens it).</source>
        <translation>অসম্পূর্ণ: ওয়ার্কশিটে একটি ক্লায়েন্ট দিন (Enter চাপলে খোলে)।</translation>
    </message>
</context>
<context>
    <name>JournalErrors</name>
    <message>
        <source>{path} is the journal itself; choose one of its backups.</source>
        <translation>{path} হলো জার্নাল নিজেই; এর কোনো একটি ব্যাকআপ বেছে নিন।</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Amends; update Amends to restore it.</source>
        <translation>{path} Amends-এর নতুন সংস্করণে তৈরি; পুনরুদ্ধার করতে Amends আপডেট করুন।</translation>
    </message>
    <message>
        <source>{path} is read-only, so it cannot be restored into.</source>
        <translation>{path} শুধু পড়ার জন্য, তাই এতে পুনরুদ্ধার করা যায় না।</translation>
    </message>
    <message>
        <source>Incident {incident} has no prevention steps.</source>
        <translation>ঘটনা {incident}-এ কোনো প্রতিরোধের পদক্ষেপ নেই।</translation>
    </message>
    <message>
        <source>Incident {incident} has no prevention step {step}: it has {count}.</source>
        <translation>ঘটনা {incident}-এ {step} নম্বর প্রতিরোধের পদক্ষেপ নেই: আছে {count}টি।</translation>
    </message>
    <message>
        <source>Incident {incident} offers no compensation, so there is nothing to deliver.</source>
        <translation>ঘটনা {incident}-এ কোনো ক্ষতিপূরণের প্রস্তাব নেই, তাই দেওয়ার কিছু নেই।</translation>
    </message>
    <message>
        <source>This incident has not been saved yet; create it first.</source>
        <translation>এই ঘটনাটি এখনও সংরক্ষণ করা হয়নি; আগে এটি তৈরি করুন।</translation>
    </message>
    <message>
        <source>{path} is not an Amends journal, not even a damaged one, so it was left as it is.</source>
        <translation>{path} কোনো Amends জার্নাল নয়, এমনকি ক্ষতিগ্রস্তও নয়, তাই যেমন ছিল তেমনই রাখা হয়েছে।</translation>
    </message>
    <message>
        <source>The coach knows {languages}; {code} is not one of them.</source>
        <translation>পরামর্শক এই ভাষাগুলো জানে: {languages}; {code} এদের মধ্যে নেই।</translation>
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation>অন্তত একটি ব্যাকআপ রাখুন।</translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation>{path}-এ কোনো ব্যাকআপ নেই।</translation>
    </message>
    <message>
        <source>{path} is not a usable Amends backup ({reason}).</source>
        <translation>{path} ব্যবহারযোগ্য কোনো Amends ব্যাকআপ নয় ({reason})।</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); choose another backup.</source>
        <translation>{path} ক্ষতিগ্রস্ত ({reason}); অন্য একটি ব্যাকআপ বেছে নিন।</translation>
    </message>
    <message>
        <source>{path} is a folder, not a journal.</source>
        <translation>{path} একটি ফোল্ডার, জার্নাল নয়।</translation>
    </message>
    <message>
        <source>{path} is not a plain file, not a journal.</source>
        <translation>{path} সাধারণ ফাইল নয়, জার্নালও নয়।</translation>
    </message>
    <message>
        <source>Cannot create the journal {path}: {reason}.</source>
        <translation>জার্নাল {path} তৈরি করা যাচ্ছে না: {reason}।</translation>
    </message>
    <message>
        <source>There is no journal at {path}.</source>
        <translation>{path}-এ কোনো জার্নাল নেই।</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}), so nothing more is written to it.</source>
        <translation>{path} ক্ষতিগ্রস্ত ({reason}), তাই এতে আর কিছু লেখা হবে না।</translation>
    </message>
    <message>
        <source>Free some space, or write it to another disk.</source>
        <translation>কিছু জায়গা খালি করুন, অথবা অন্য ডিস্কে লিখুন।</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>এমন একটি ফোল্ডার বেছে নিন যেখানে আপনি লিখতে পারেন।</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or make this one writable.</source>
        <translation>এমন একটি ফোল্ডার বেছে নিন যেখানে আপনি লিখতে পারেন, অথবা এই ফোল্ডারে লেখার অনুমতি দিন।</translation>
    </message>
    <message>
        <source>The disk reported an error: check the disk, or write it to another.</source>
        <translation>ডিস্ক একটি ত্রুটি জানিয়েছে: ডিস্কটি পরীক্ষা করুন, অথবা অন্য ডিস্কে লিখুন।</translation>
    </message>
    <message>
        <source>Choose another place.</source>
        <translation>অন্য কোনো জায়গা বেছে নিন।</translation>
    </message>
    <message>
        <source>Cannot write a backup in {folder}: {reason}. {advice}</source>
        <translation>{folder}-এ ব্যাকআপ লেখা যাচ্ছে না: {reason}। {advice}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. {advice}</source>
        <translation>{path} লেখা যাচ্ছে না: {reason}। {advice}</translation>
    </message>
    <message>
        <source>The disk holding {path} is full, so this change was not saved. Free some space and try again; the journal is unchanged.</source>
        <translation>{path} যে ডিস্কে আছে সেটি ভরে গেছে, তাই এই পরিবর্তন সংরক্ষিত হয়নি। কিছু জায়গা খালি করে আবার চেষ্টা করুন; জার্নাল অপরিবর্তিত আছে।</translation>
    </message>
    <message>
        <source>The journal {path} is read-only, so this change was not saved.</source>
        <translation>জার্নাল {path} শুধু পড়ার জন্য, তাই এই পরিবর্তন সংরক্ষিত হয়নি।</translation>
    </message>
    <message>
        <source>The journal {path} is busy: another program is writing to it. Close other Amends windows or commands and try again; nothing was lost.</source>
        <translation>জার্নাল {path} ব্যস্ত: অন্য একটি প্রোগ্রাম এতে লিখছে। Amends-এর অন্য উইন্ডো বা কমান্ড বন্ধ করে আবার চেষ্টা করুন; কিছুই হারায়নি।</translation>
    </message>
    <message>
        <source>{path} is not an Amends journal or is damaged.</source>
        <translation>{path} কোনো Amends জার্নাল নয়, অথবা ক্ষতিগ্রস্ত।</translation>
    </message>
    <message>
        <source>Cannot open the journal {path}: check that its folder exists and is yours.</source>
        <translation>জার্নাল {path} খোলা যাচ্ছে না: দেখুন এর ফোল্ডারটি আছে কি না এবং সেটি আপনার কি না।</translation>
    </message>
    <message>
        <source>The disk reported an error while using {path}. Check the disk, then restore the newest backup if the journal looks wrong.</source>
        <translation>{path} ব্যবহারের সময় ডিস্ক একটি ত্রুটি জানিয়েছে। ডিস্কটি পরীক্ষা করুন, তারপর জার্নাল ঠিক না দেখালে সবচেয়ে নতুন ব্যাকআপ পুনরুদ্ধার করুন।</translation>
    </message>
    <message>
        <source>There is no incident {id}.</source>
        <translation>{id} নম্বর ঘটনা নেই।</translation>
    </message>
    <message>
        <source>{path} is a database, but not an Amends journal; it was left untouched.</source>
        <translation>{path} একটি ডেটাবেস, কিন্তু Amends জার্নাল নয়; এতে হাত দেওয়া হয়নি।</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Amends (schema {revision}). Update Amends to open it; the file was left untouched.</source>
        <translation>{path} Amends-এর নতুন একটি সংস্করণে লেখা (স্কিমা {revision})। খুলতে Amends আপডেট করুন; ফাইলটিতে হাত দেওয়া হয়নি।</translation>
    </message>
    <message>
        <source>{path} is read-only and must be upgraded before this version of Amends can use it.</source>
        <translation>{path} শুধু পড়ার জন্য, অথচ Amends-এর এই সংস্করণে ব্যবহারের আগে এটিকে আপগ্রেড করতে হবে।</translation>
    </message>
    <message>
        <source>{path}: the upgrade would leave {count} broken references, so it was not made; the journal is as it was.</source>
        <translation>{path}: আপগ্রেড করলে {count}টি ভাঙা রেফারেন্স থেকে যেত, তাই করা হয়নি; জার্নাল আগের মতোই আছে।</translation>
    </message>
    <message>
        <source>There is no client with id {id}.</source>
        <translation>id {id}-এর কোনো ক্লায়েন্ট নেই।</translation>
    </message>
    <message>
        <source>There is no incident {id}; it may have been deleted.</source>
        <translation>{id} নম্বর ঘটনা নেই; হয়তো মুছে ফেলা হয়েছে।</translation>
    </message>
    <message>
        <source>Choose which client to change.</source>
        <translation>কোন ক্লায়েন্ট বদলাবেন তা বেছে নিন।</translation>
    </message>
    <message>
        <source>There is already a client called {name}.</source>
        <translation>{name} নামে একজন ক্লায়েন্ট আগেই আছে।</translation>
    </message>
    <message>
        <source>There is no category {name}.</source>
        <translation>{name} নামে কোনো শ্রেণি নেই।</translation>
    </message>
    <message>
        <source>There is already a category called {name}.</source>
        <translation>{name} নামে একটি শ্রেণি আগেই আছে।</translation>
    </message>
    <message>
        <source>Choose another category to move its incidents to.</source>
        <translation>এর ঘটনাগুলো সরানোর জন্য অন্য একটি শ্রেণি বেছে নিন।</translation>
    </message>
    <message>
        <source>Amends exports {formats}, not {format}.</source>
        <translation>Amends {formats} এক্সপোর্ট করে, {format} নয়।</translation>
    </message>
    <message>
        <source>{path} is the journal or one of its backups.</source>
        <translation>{path} হলো জার্নাল বা এর কোনো ব্যাকআপ।</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file to write to.</source>
        <translation>{path} একটি ফোল্ডার: লেখার জন্য একটি ফাইল বেছে নিন।</translation>
    </message>
    <message>
        <source>{path} is not a plain file: choose a file to write to.</source>
        <translation>{path} সাধারণ ফাইল নয়: লেখার জন্য একটি ফাইল বেছে নিন।</translation>
    </message>
    <message>
        <source>Incident {id} is not in the Trash.</source>
        <translation>ঘটনা {id} ট্র্যাশে নেই।</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>এমন কোনো ফাইল বা ফোল্ডার নেই</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>অনুমতি নেই</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ডিস্ক ভরে গেছে</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>ডিস্কটি শুধু পড়া যায়</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>এটি একটি ফোল্ডার</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>পথের একটি অংশ ফোল্ডার নয়</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>এটি আগে থেকেই আছে</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>ডিস্ক একটি ত্রুটি জানিয়েছে</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>নামটি খুব লম্বা</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Date</source>
        <translation>তারিখ</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>ক্লায়েন্ট</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>শ্রেণি</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>গুরুত্ব</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>অবস্থা</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>পদক্ষেপ</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>যেখানে পাওয়া গেছে</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>সময় পেরিয়েছে</translation>
    </message>
    <message>
        <source>A prevention step is past its due date.</source>
        <translation>একটি প্রতিরোধের পদক্ষেপের নির্ধারিত তারিখ পেরিয়ে গেছে।</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Search every word of every incident, any language (Ctrl+F)</source>
        <translation>সব ঘটনার সব শব্দে খুঁজুন, যেকোনো ভাষায় (Ctrl+F)</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>নতুন ঘটনা</translation>
    </message>
    <message>
        <source>Select an incident to read it here; Enter opens it.</source>
        <translation>এখানে পড়তে একটি ঘটনা বেছে নিন; Enter চাপলে এটি খোলে।</translation>
    </message>
    <message>
        <source>Nothing here yet — when something goes wrong with a client, start here.

Press Ctrl+N for a new incident. To see first what Amends is for, choose Help ▸ Look around with sample incidents.</source>
        <translation>এখানে এখনও কিছু নেই — কোনো ক্লায়েন্টের সঙ্গে কিছু ভুল হলে এখান থেকে শুরু করুন।

নতুন ঘটনার জন্য Ctrl+N চাপুন। Amends কীসের জন্য, আগে তা দেখতে চাইলে বেছে নিন সাহায্য ▸ নমুনা ঘটনাগুলো ঘুরে দেখুন।</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>খোঁজা হচ্ছে…</translation>
    </message>
    <message>
        <source>It is saved, but the filters hide it: “Clear filters” shows it.</source>
        <translation>সংরক্ষিত হয়েছে, কিন্তু ফিল্টারের কারণে দেখা যাচ্ছে না: “ফিল্টার মুছুন” চাপলে দেখা যাবে।</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>Written where Amends could not read it</source>
        <translation>যে লেখা Amends পড়তে পারেনি</translation>
    </message>
    <message>
        <source>due {due}, done {done}</source>
        <translation>নির্ধারিত তারিখ {due}, সম্পন্ন {done}</translation>
    </message>
    <message>
        <source>due {due}</source>
        <translation>নির্ধারিত তারিখ {due}</translation>
    </message>
    <message>
        <source>done {done}</source>
        <translation>সম্পন্ন {done}</translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <source>&amp;Clients</source>
        <translation>ক্লায়েন্ট(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Patterns</source>
        <translation>প্যাটার্ন(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ListCount</name>
    <message numerus="yes">
        <source>%n incident(s) found (the best {limit})</source>
        <translation>
            <numerusform>%nটি ঘটনা পাওয়া গেছে (সেরা {limit}টি)</numerusform>
            <numerusform>%nটি ঘটনা পাওয়া গেছে (সেরা {limit}টি)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) found</source>
        <translation>
            <numerusform>%nটি ঘটনা পাওয়া গেছে</numerusform>
            <numerusform>%nটি ঘটনা পাওয়া গেছে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) match the filters</source>
        <translation>
            <numerusform>%nটি ঘটনা ফিল্টারের সঙ্গে মেলে</numerusform>
            <numerusform>%nটি ঘটনা ফিল্টারের সঙ্গে মেলে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%nটি ঘটনা</numerusform>
            <numerusform>%nটি ঘটনা</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or shorter words, or clear the filters.</source>
        <translation>কিছুই মেলেনি। কম বা ছোট শব্দ দিয়ে চেষ্টা করুন, অথবা ফিল্টার মুছুন।</translation>
    </message>
    <message>
        <source>Nothing matches these words. Try fewer or shorter ones.</source>
        <translation>এই শব্দগুলোর সঙ্গে কিছুই মেলেনি। কম বা ছোট শব্দ দিয়ে চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>No incident matches the filters. “Clear filters” shows them all.</source>
        <translation>কোনো ঘটনা ফিল্টারের সঙ্গে মেলেনি। “ফিল্টার মুছুন” চাপলে সবগুলো দেখা যাবে।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ফাইল(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>সম্পাদনা(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>ঘটনা(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>প্রদর্শন(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Worksheet</source>
        <translation>ওয়ার্কশিট(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>সাহায্য(&amp;H)</translation>
    </message>
    <message>
        <source>Amends — {name}</source>
        <translation>Amends — {name}</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>জার্নাল(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>ব্যাকআপ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>ট্র্যাশ(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>সেটিংস(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>বন্ধ করুন(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation>নতুন ঘটনা(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>নির্বাচিতটি খুলুন(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Briefing for the call…</source>
        <translation>কলের প্রস্তুতিপত্র(&amp;B)…</translation>
    </message>
    <message>
        <source>Back to the &amp;journal</source>
        <translation>জার্নালে ফিরে যান(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>খুঁজুন(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Delete incident…</source>
        <translation>ঘটনা মুছুন(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>মোছা বাতিল করুন(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>ক্লায়েন্ট(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Patterns</source>
        <translation>প্যাটার্ন(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>চেহারা(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Guide to the method</source>
        <translation>পদ্ধতির নির্দেশিকা(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>কিবোর্ড শর্টকাট(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Look around with sample incidents</source>
        <translation>নমুনা ঘটনাগুলো ঘুরে দেখুন(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Amends</source>
        <translation>Amends সম্পর্কে(&amp;A)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>সিস্টেম অনুযায়ী(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>হালকা(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>গাঢ়(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>পরের ধাপ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>আগের ধাপ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Leave without saving</source>
        <translation>সংরক্ষণ না করে বেরিয়ে যান(&amp;L)</translation>
    </message>
    <message>
        <source>amends: what you wrote was not saved ({reason}); it is kept in {path}.</source>
        <translation>amends: আপনি যা লিখেছেন তা সংরক্ষিত হয়নি ({reason}); এটি রাখা আছে {path}-এ।</translation>
    </message>
    <message>
        <source>amends: what you wrote was not saved ({reason}); no file could be written either.</source>
        <translation>amends: আপনি যা লিখেছেন তা সংরক্ষিত হয়নি ({reason}); কোনো ফাইলও লেখা যায়নি।</translation>
    </message>
    <message>
        <source>&amp;Log out without saving</source>
        <translation>সংরক্ষণ না করে লগ আউট করুন(&amp;L)</translation>
    </message>
    <message>
        <source>The appearance applies until Amends closes: {reason}</source>
        <translation>Amends বন্ধ না হওয়া পর্যন্ত এই চেহারা থাকবে: {reason}</translation>
    </message>
    <message>
        <source>Choose or save an incident first.</source>
        <translation>আগে একটি ঘটনা বেছে নিন বা সংরক্ষণ করুন।</translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation>সংরক্ষণ না করে বন্ধ করুন(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message>
        <source>Amends journal</source>
        <translation>Amends জার্নাল</translation>
    </message>
    <message>
        <source>{title} (unfinished)</source>
        <translation>{title} (অসম্পূর্ণ)</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>Reading your journal…</source>
        <translation>আপনার জার্নাল পড়া হচ্ছে…</translation>
    </message>
    <message>
        <source>Overdue steps, oldest first; click one to open its incident.</source>
        <translation>সময় পেরোনো পদক্ষেপ, পুরোনোগুলো আগে; কোনোটিতে ক্লিক করলে তার ঘটনা খুলবে।</translation>
    </message>
    <message>
        <source>What goes wrong most</source>
        <translation>সবচেয়ে বেশি কী ভুল হয়</translation>
    </message>
    <message>
        <source>Incidents per category.</source>
        <translation>শ্রেণি অনুযায়ী ঘটনা।</translation>
    </message>
    <message>
        <source>Why, most often</source>
        <translation>সবচেয়ে বেশি যে কারণে</translation>
    </message>
    <message>
        <source>Root causes you gave more than once.</source>
        <translation>যে মূল কারণগুলো একাধিকবার দিয়েছেন।</translation>
    </message>
    <message>
        <source>Same client, same failure</source>
        <translation>একই ক্লায়েন্ট, একই ভুল</translation>
    </message>
    <message>
        <source>Failing a client the same way twice is what makes them leave.</source>
        <translation>একই ক্লায়েন্টকে একইভাবে দুবার হতাশ করলেই তাঁরা চলে যান।</translation>
    </message>
    <message>
        <source>The same cause in other words</source>
        <translation>অন্য কথায় একই কারণ</translation>
    </message>
    <message>
        <source>Lately, a why that reads like an earlier one with the same client.</source>
        <translation>সম্প্রতি এমন একটি “কেন”, যা একই ক্লায়েন্টের আগের একটির মতো।</translation>
    </message>
    <message>
        <source>Did you keep your promises?</source>
        <translation>প্রতিশ্রুতি রেখেছেন কি?</translation>
    </message>
    <message>
        <source>Prevention steps by how they went; click “overdue” to see those incidents.</source>
        <translation>প্রতিরোধের পদক্ষেপ, ফল অনুযায়ী; সেই ঘটনাগুলো দেখতে “সময় পেরিয়েছে” অংশে ক্লিক করুন।</translation>
    </message>
    <message>
        <source>Making it right</source>
        <translation>ক্ষতিপূরণ</translation>
    </message>
    <message>
        <source>What you offered each client; the solid part of each bar is delivered.</source>
        <translation>প্রত্যেক ক্লায়েন্টকে যা দেওয়ার প্রস্তাব দিয়েছেন; প্রতিটি বারের গাঢ় অংশটুকু দেওয়া হয়ে গেছে।</translation>
    </message>
    <message>
        <source>Incidents per month</source>
        <translation>মাস অনুযায়ী ঘটনা</translation>
    </message>
    <message>
        <source>The last two years, by category; click a bar to see those incidents.</source>
        <translation>গত দুই বছর, শ্রেণি অনুযায়ী; সেই ঘটনাগুলো দেখতে কোনো বারে ক্লিক করুন।</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <comment>after “with”: 3 incidents with 2 clients.</comment>
        <translation>
            <numerusform>%n জন ক্লায়েন্টের</numerusform>
            <numerusform>%n জন ক্লায়েন্টের</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with {clients}.</source>
        <translation>
            <numerusform>{clients} সঙ্গে %nটি ঘটনা।</numerusform>
            <numerusform>{clients} সঙ্গে %nটি ঘটনা।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n case(s) you failed the same client the same way again.</source>
        <translation>
            <numerusform>%nটি ক্ষেত্রে আপনি একই ক্লায়েন্টকে আবার একইভাবে হতাশ করেছেন।</numerusform>
            <numerusform>%nটি ক্ষেত্রে আপনি একই ক্লায়েন্টকে আবার একইভাবে হতাশ করেছেন।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prevention step(s) overdue.</source>
        <translation>
            <numerusform>%nটি প্রতিরোধের পদক্ষেপের সময় পেরিয়েছে।</numerusform>
            <numerusform>%nটি প্রতিরোধের পদক্ষেপের সময় পেরিয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents yet, so no patterns. They appear here as the journal fills.</source>
        <translation>এখনও কোনো ঘটনা নেই, তাই কোনো প্যাটার্নও নেই। জার্নালে ঘটনা জমলে সেগুলো এখানে দেখা যাবে।</translation>
    </message>
    <message>
        <source>Cause: {cause}</source>
        <translation>কারণ: {cause}</translation>
    </message>
    <message>
        <source>No cause given twice yet.</source>
        <translation>এখনও কোনো কারণ দুবার দেওয়া হয়নি।</translation>
    </message>
    <message>
        <source>{count} × {category} with {client}, last on {day}</source>
        <translation>{client}-এর সঙ্গে {count} × {category}, সর্বশেষ {day}</translation>
    </message>
    <message>
        <source>No client failed twice the same way. Keep it so.</source>
        <translation>কোনো ক্লায়েন্টকে একইভাবে দুবার হতাশ করা হয়নি। এভাবেই রাখুন।</translation>
    </message>
    <message>
        <source>No recent why reads like an earlier one.</source>
        <translation>সাম্প্রতিক কোনো “কেন” আগের কোনোটির মতো নয়।</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>নির্ধারিত তারিখ {day}</translation>
    </message>
    <message>
        <source>Due {day}: {step}
{title} ({client})</source>
        <translation>নির্ধারিত তারিখ {day}: {step}
{title} ({client})</translation>
    </message>
    <message>
        <source>No prevention step is overdue.</source>
        <translation>কোনো প্রতিরোধের পদক্ষেপের সময় পেরোয়নি।</translation>
    </message>
    <message>
        <source>No compensation with an amount yet.</source>
        <translation>এখনও টাকার অঙ্কসহ কোনো ক্ষতিপূরণ নেই।</translation>
    </message>
    <message numerus="yes">
        <source>{title} ({client}) reads like %n earlier: {categories}</source>
        <translation>
            <numerusform>{title} ({client}) আগের %nটির মতো: {categories}</numerusform>
            <numerusform>{title} ({client}) আগের %nটির মতো: {categories}</numerusform>
        </translation>
    </message>
    <message>
        <source>Same cause as “{title}”</source>
        <translation>“{title}”-এর মতো একই কারণ</translation>
    </message>
    <message>
        <source>{amount}, {share} delivered</source>
        <translation>{amount}, {share} দেওয়া হয়েছে</translation>
    </message>
    <message numerus="yes">
        <source>{client}: offered {amount} over %n incident(s), delivered {delivered}</source>
        <translation>
            <numerusform>{client}: %nটি ঘটনায় {amount} দেওয়ার প্রস্তাব, দেওয়া হয়েছে {delivered}</numerusform>
            <numerusform>{client}: %nটি ঘটনায় {amount} দেওয়ার প্রস্তাব, দেওয়া হয়েছে {delivered}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>থামানো হচ্ছে…</translation>
    </message>
</context>
<context>
    <name>PromiseChart</name>
    <message>
        <source>done on time</source>
        <translation>সময়মতো সম্পন্ন</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>দেরিতে সম্পন্ন</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>সময় পেরিয়েছে</translation>
    </message>
    <message>
        <source>not due yet</source>
        <translation>সময় এখনও বাকি</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>আগের অবস্থায় ফেরান(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>আবার করুন(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>কাটুন(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>কপি করুন(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>পেস্ট করুন(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>সব বেছে নিন</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ঠিক আছে</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>বাতিল</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>বন্ধ করুন</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>সংরক্ষণ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>খুলুন</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>বাদ দিন</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>প্রয়োগ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>সাহায্য</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>হ্যাঁ(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>না(&amp;N)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>আবার চেষ্টা</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>থামান</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>উপেক্ষা</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>আগের অবস্থায় ফেরান(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>আবার করুন(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>কাটুন(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>কপি করুন(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>পেস্ট করুন(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>সব বেছে নিন</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Move this question up (Alt+Up)</source>
        <translation>এই প্রশ্নটি উপরে সরান (Alt+Up)</translation>
    </message>
    <message>
        <source>Move this question down (Alt+Down)</source>
        <translation>এই প্রশ্নটি নিচে সরান (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove this question</source>
        <translation>এই প্রশ্নটি সরিয়ে দিন</translation>
    </message>
    <message>
        <source>A question they may ask</source>
        <translation>যে প্রশ্ন তাঁরা করতে পারেন</translation>
    </message>
    <message>
        <source>The question, as they may ask it</source>
        <translation>প্রশ্নটি, তাঁরা যেভাবে করতে পারেন</translation>
    </message>
    <message>
        <source>What you will answer</source>
        <translation>আপনি যা উত্তর দেবেন</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>আপনার উত্তর</translation>
    </message>
    <message>
        <source>Q: {question}
A: {answer}</source>
        <translation>প্রশ্ন: {question}
উত্তর: {answer}</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Add question</source>
        <translation>প্রশ্ন যোগ করুন</translation>
    </message>
    <message>
        <source>Add a question they may ask, with your answer</source>
        <translation>তাঁরা যে প্রশ্ন করতে পারেন, আপনার উত্তরসহ যোগ করুন</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Amends could not finish reading the journal; it reads it again when shown next.</source>
        <translation>Amends জার্নাল পড়া শেষ করতে পারেনি; পরের বার দেখানোর সময় আবার পড়বে।</translation>
    </message>
</context>
<context>
    <name>Readers</name>
    <message>
        <source>Amends can&apos;t read “{typed}” as a date. Type it like 2026-03-02, or “today” or “yesterday”, or pick a day.</source>
        <translation>Amends “{typed}”-কে তারিখ হিসেবে পড়তে পারছে না। 2026-03-02-এর মতো লিখুন, অথবা “আজ” বা “গতকাল”, অথবা একটি দিন বেছে নিন।</translation>
    </message>
    <message>
        <source>Amends can&apos;t read “{typed}” as a date. Type it like 2026-03-02 or {sample}, or “today” or “yesterday”, or pick a day.</source>
        <translation>Amends “{typed}”-কে তারিখ হিসেবে পড়তে পারছে না। 2026-03-02 বা {sample}-এর মতো লিখুন, অথবা “আজ” বা “গতকাল”, অথবা একটি দিন বেছে নিন।</translation>
    </message>
    <message>
        <source>Add the time of the call too, like 2026-03-04 10:00.</source>
        <translation>কলের সময়ও দিন, যেমন 2026-03-04 10:00।</translation>
    </message>
    <message>
        <source>Amends can&apos;t read “{typed}” as a day and a time. Type it like 2026-03-04 10:00, or “tomorrow 15:30”.</source>
        <translation>Amends “{typed}”-কে দিন ও সময় হিসেবে পড়তে পারছে না। 2026-03-04 10:00-এর মতো লিখুন, অথবা “আগামীকাল 15:30”।</translation>
    </message>
    <message>
        <source>“{typed}” is too near the year 1 or 9999 to be kept.</source>
        <translation>“{typed}” 1 বা 9999 সালের খুব কাছে, তাই রাখা যাবে না।</translation>
    </message>
    <message>
        <source>Amends can&apos;t read “{typed}” as an amount. Type a number like {sample} or 150, with its currency if you like.</source>
        <translation>Amends “{typed}”-কে পরিমাণ হিসেবে পড়তে পারছে না। {sample} বা 150-এর মতো একটি সংখ্যা লিখুন, চাইলে মুদ্রাসহ।</translation>
    </message>
    <message>
        <source>“{typed}” is more than Amends keeps as an amount.</source>
        <translation>“{typed}” Amends যত বড় পরিমাণ রাখতে পারে তার চেয়ে বেশি।</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message>
        <source>Restore a backup with `amends restore BACKUP`, or open another file with --db.</source>
        <translation>`amends restore BACKUP` দিয়ে একটি ব্যাকআপ পুনরুদ্ধার করুন, অথবা --db দিয়ে অন্য ফাইল খুলুন।</translation>
    </message>
    <message>
        <source>Restore a backup with File → Restore…, or open another file with File → Open journal…</source>
        <translation>ফাইল → পুনরুদ্ধার… দিয়ে একটি ব্যাকআপ পুনরুদ্ধার করুন, অথবা ফাইল → জার্নাল খুলুন… দিয়ে অন্য ফাইল খুলুন।</translation>
    </message>
    <message>
        <source>Restore the newest good backup (amends backup --list, amends restore).</source>
        <translation>সবচেয়ে নতুন ভালো ব্যাকআপটি পুনরুদ্ধার করুন (amends backup --list, amends restore)।</translation>
    </message>
    <message>
        <source>Restore the newest good backup with File → Restore… (File → Backups… lists them).</source>
        <translation>ফাইল → পুনরুদ্ধার… দিয়ে সবচেয়ে নতুন ভালো ব্যাকআপটি পুনরুদ্ধার করুন (ফাইল → ব্যাকআপ… এগুলোর তালিকা দেখায়)।</translation>
    </message>
    <message>
        <source>Open another file with --db.</source>
        <translation>--db দিয়ে অন্য ফাইল খুলুন।</translation>
    </message>
    <message>
        <source>Open another file with File → Open journal…</source>
        <translation>ফাইল → জার্নাল খুলুন… দিয়ে অন্য ফাইল খুলুন।</translation>
    </message>
    <message>
        <source>Choose a journal file with --db.</source>
        <translation>--db দিয়ে একটি জার্নাল ফাইল বেছে নিন।</translation>
    </message>
    <message>
        <source>Choose a journal file with File → Open journal…</source>
        <translation>ফাইল → জার্নাল খুলুন… দিয়ে একটি জার্নাল ফাইল বেছে নিন।</translation>
    </message>
    <message>
        <source>Choose another place with --db or the AMENDS_DB variable.</source>
        <translation>--db বা AMENDS_DB ভেরিয়েবল দিয়ে অন্য জায়গা বেছে নিন।</translation>
    </message>
    <message>
        <source>Choose another place with File → New journal…</source>
        <translation>ফাইল → নতুন জার্নাল… দিয়ে অন্য জায়গা বেছে নিন।</translation>
    </message>
    <message>
        <source>Make the file and its folder writable, or open a copy with --db.</source>
        <translation>ফাইল ও তার ফোল্ডারে লেখার অনুমতি দিন, অথবা --db দিয়ে একটি কপি খুলুন।</translation>
    </message>
    <message>
        <source>Make the file and its folder writable, or open a copy with File → Open journal…</source>
        <translation>ফাইল ও তার ফোল্ডারে লেখার অনুমতি দিন, অথবা ফাইল → জার্নাল খুলুন… দিয়ে একটি কপি খুলুন।</translation>
    </message>
    <message>
        <source>Make it writable, or open a writable copy with --db.</source>
        <translation>এতে লেখার অনুমতি দিন, অথবা --db দিয়ে লেখা যায় এমন একটি কপি খুলুন।</translation>
    </message>
    <message>
        <source>Make it writable, or open a writable copy with File → Open journal…</source>
        <translation>এতে লেখার অনুমতি দিন, অথবা ফাইল → জার্নাল খুলুন… দিয়ে লেখা যায় এমন একটি কপি খুলুন।</translation>
    </message>
    <message>
        <source>Make the file and its folder writable and try again, or copy the backup to a new file and open that with --db.</source>
        <translation>ফাইল ও তার ফোল্ডারে লেখার অনুমতি দিয়ে আবার চেষ্টা করুন, অথবা ব্যাকআপটি একটি নতুন ফাইলে কপি করে সেটি --db দিয়ে খুলুন।</translation>
    </message>
    <message>
        <source>Make the file and its folder writable and try again, or copy the backup to a new file and open that with File → Open journal…</source>
        <translation>ফাইল ও তার ফোল্ডারে লেখার অনুমতি দিয়ে আবার চেষ্টা করুন, অথবা ব্যাকআপটি একটি নতুন ফাইলে কপি করে সেটি ফাইল → জার্নাল খুলুন… দিয়ে খুলুন।</translation>
    </message>
    <message>
        <source>Give the journal&apos;s own file with --db.</source>
        <translation>--db দিয়ে জার্নালের নিজের ফাইলটি দিন।</translation>
    </message>
    <message>
        <source>Open the journal&apos;s own file with File → Open journal…</source>
        <translation>ফাইল → জার্নাল খুলুন… দিয়ে জার্নালের নিজের ফাইলটি খুলুন।</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>Text that could not be saved earlier is kept in {path}.</source>
        <translation>আগে যে লেখা সংরক্ষণ করা যায়নি তা রাখা আছে {path}-এ।</translation>
    </message>
    <message>
        <source>Your journal is damaged, so Amends writes nothing more to it and the damage cannot spread. {remedy} What you write now stays in the window: copy it out before you close.</source>
        <translation>আপনার জার্নাল ক্ষতিগ্রস্ত, তাই Amends এতে আর কিছু লিখছে না এবং ক্ষতি ছড়াতে পারবে না। {remedy} এখন যা লিখবেন তা উইন্ডোতেই থাকবে: বন্ধ করার আগে কপি করে নিন।</translation>
    </message>
    <message>
        <source>The journal is damaged</source>
        <translation>জার্নাল ক্ষতিগ্রস্ত</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation>আজকের ব্যাকআপ নেওয়া যায়নি: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Move “{title}” to the Trash? Ctrl+Z brings it back right away, and File → Trash does for %n day(s).</source>
        <translation>
            <numerusform>“{title}” ট্র্যাশে সরাবেন? Ctrl+Z চাপলে এখনই ফিরে আসবে, আর ফাইল → ট্র্যাশ থেকে %n দিন পর্যন্ত ফিরিয়ে আনা যাবে।</numerusform>
            <numerusform>“{title}” ট্র্যাশে সরাবেন? Ctrl+Z চাপলে এখনই ফিরে আসবে, আর ফাইল → ট্র্যাশ থেকে %n দিন পর্যন্ত ফিরিয়ে আনা যাবে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move this unfinished draft to the Trash? Ctrl+Z brings it back right away, and File → Trash does for %n day(s).</source>
        <translation>
            <numerusform>এই অসম্পূর্ণ খসড়াটি ট্র্যাশে সরাবেন? Ctrl+Z চাপলে এখনই ফিরে আসবে, আর ফাইল → ট্র্যাশ থেকে %n দিন পর্যন্ত ফিরিয়ে আনা যাবে।</numerusform>
            <numerusform>এই অসম্পূর্ণ খসড়াটি ট্র্যাশে সরাবেন? Ctrl+Z চাপলে এখনই ফিরে আসবে, আর ফাইল → ট্র্যাশ থেকে %n দিন পর্যন্ত ফিরিয়ে আনা যাবে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>ঘটনা মুছুন</translation>
    </message>
    <message>
        <source>Moved “{title}” to the Trash. Ctrl+Z brings it back.</source>
        <translation>“{title}” ট্র্যাশে সরানো হয়েছে। Ctrl+Z চাপলে ফিরে আসবে।</translation>
    </message>
    <message>
        <source>Moved this unfinished draft to the Trash. Ctrl+Z brings it back.</source>
        <translation>এই অসম্পূর্ণ খসড়াটি ট্র্যাশে সরানো হয়েছে। Ctrl+Z চাপলে ফিরে আসবে।</translation>
    </message>
    <message>
        <source>Could not bring back “{title}”: {reason}</source>
        <translation>“{title}” ফিরিয়ে আনা যায়নি: {reason}</translation>
    </message>
    <message>
        <source>Could not bring back this unfinished draft: {reason}</source>
        <translation>এই অসম্পূর্ণ খসড়াটি ফিরিয়ে আনা যায়নি: {reason}</translation>
    </message>
    <message>
        <source>Brought back “{title}”.</source>
        <translation>“{title}” ফিরিয়ে আনা হয়েছে।</translation>
    </message>
    <message>
        <source>Brought back this unfinished draft.</source>
        <translation>এই অসম্পূর্ণ খসড়াটি ফিরিয়ে আনা হয়েছে।</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Amends — sample incidents, not kept</source>
        <translation>Amends — নমুনা ঘটনা, রাখা হয় না</translation>
    </message>
    <message>
        <source>These are sample incidents: nothing you write here is kept. To start your own journal, choose File → New journal… or start Amends again.</source>
        <translation>এগুলো নমুনা ঘটনা: এখানে যা লিখবেন তা রাখা হবে না। নিজের জার্নাল শুরু করতে বেছে নিন ফাইল → নতুন জার্নাল… অথবা Amends আবার চালু করুন।</translation>
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
        <translation>সেটিংস</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>সিস্টেম অনুযায়ী ({language})</translation>
    </message>
    <message>
        <source>Guessed from each text</source>
        <translation>প্রতিটি লেখা থেকে অনুমান করে</translation>
    </message>
    <message>
        <source>As the system ({paper})</source>
        <translation>সিস্টেম অনুযায়ী ({paper})</translation>
    </message>
    <message>
        <source>Language and look</source>
        <translation>ভাষা ও চেহারা</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>উইন্ডোর ভাষা(&amp;L):</translation>
    </message>
    <message>
        <source>The &amp;coach reads this journal in:</source>
        <translation>পরামর্শক এই জার্নাল পড়বে যে ভাষায়(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Paper for briefings:</source>
        <translation>কলের প্রস্তুতিপত্রের কাগজ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>চেহারা(&amp;A):</translation>
    </message>
    <message>
        <source>A briefing is printed in its incident&apos;s language, whatever the window&apos;s. The coach&apos;s language and the appearance are kept in this journal; the window&apos;s language and the paper are yours on this computer.</source>
        <translation>কলের প্রস্তুতিপত্র ঘটনার ভাষাতেই ছাপা হয়, উইন্ডোর ভাষা যা-ই হোক। পরামর্শকের ভাষা আর চেহারা এই জার্নালে রাখা থাকে; উইন্ডোর ভাষা আর কাগজ এই কম্পিউটারে আপনার নিজের পছন্দ।</translation>
    </message>
    <message>
        <source>This journal</source>
        <translation>এই জার্নাল</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>রাখা আছে:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>ব্যাকআপ:</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>বদলান(&amp;C)…</translation>
    </message>
    <message>
        <source>Keep backups in</source>
        <translation>ব্যাকআপ রাখুন এখানে</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>ফোল্ডার দেখান</translation>
    </message>
    <message>
        <source>This journal is in a folder that {service} copies to other computers.</source>
        <translation>এই জার্নালটি এমন একটি ফোল্ডারে আছে যা {service} অন্য কম্পিউটারে কপি করে।</translation>
    </message>
    <message>
        <source>This journal is on a network drive.</source>
        <translation>এই জার্নালটি একটি নেটওয়ার্ক ড্রাইভে আছে।</translation>
    </message>
    <message>
        <source>A journal there can be damaged when two computers write to it, or when a copy arrives midway. Keep it in a folder of this computer alone, and put exports or backups in the shared folder instead.</source>
        <translation>সেখানে জার্নাল নষ্ট হতে পারে, যখন দুটি কম্পিউটার একসঙ্গে তাতে লেখে বা কোনো কপি অর্ধেক পৌঁছায়। এটি শুধু এই কম্পিউটারের কোনো ফোল্ডারে রাখুন, আর শেয়ার করা ফোল্ডারে বরং এক্সপোর্ট বা ব্যাকআপ রাখুন।</translation>
    </message>
    <message>
        <source>What was chosen applies until Amends closes: it could not be kept in {path} ({reason}).</source>
        <translation>Amends বন্ধ না হওয়া পর্যন্ত বেছে নেওয়াটি চালু থাকবে: এটি {path}-এ রাখা যায়নি ({reason})।</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Open the earlier ones</source>
        <translation>আগেরগুলো খুলুন</translation>
    </message>
    <message>
        <source>The earlier incidents of this client in this category</source>
        <translation>এই শ্রেণিতে এই ক্লায়েন্টের আগের ঘটনাগুলো</translation>
    </message>
    <message>
        <source>What the coach found; click one to go there</source>
        <translation>পরামর্শক যা পেয়েছে; সেখানে যেতে একটিতে ক্লিক করুন</translation>
    </message>
    <message>
        <source>Try: {suggestion}</source>
        <translation>চেষ্টা করুন: {suggestion}</translation>
    </message>
    <message>
        <source>Summary: {measure} (one breath)</source>
        <translation>সারসংক্ষেপ: {measure} (এক নিঃশ্বাসে)</translation>
    </message>
    <message>
        <source>{note} Failing the same way twice is what makes a client leave.</source>
        <translation>{note} একইভাবে দুবার ভুল হলেই ক্লায়েন্ট চলে যান।</translation>
    </message>
    <message>
        <source>“{words}” (×{count}): {why}</source>
        <comment>a coach&apos;s finding, found this often</comment>
        <translation>“{words}” (×{count}): {why}</translation>
    </message>
    <message>
        <source>“{words}”: {why}</source>
        <comment>a coach&apos;s finding</comment>
        <translation>“{words}”: {why}</translation>
    </message>
    <message>
        <source>Open the later ones</source>
        <translation>পরেরগুলো খুলুন</translation>
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
        <translation>Amends জার্নালটি খুলতে পারেনি।

{reason}

{path}-এর একটি ব্যাকআপ পুনরুদ্ধার করুন, অন্য একটি জার্নাল খুলুন, অথবা নতুন একটি তৈরি করুন।</translation>
    </message>
    <message>
        <source>Amends could not open the journal.

{reason}

Open another journal, or make a new one.</source>
        <translation>Amends জার্নালটি খুলতে পারেনি।

{reason}

অন্য একটি জার্নাল খুলুন, অথবা নতুন একটি তৈরি করুন।</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>ব্যাকআপ পুনরুদ্ধার করুন(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open another journal…</source>
        <translation>অন্য জার্নাল খুলুন(&amp;O)…</translation>
    </message>
    <message>
        <source>Make a &amp;new journal…</source>
        <translation>নতুন জার্নাল তৈরি করুন(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>বন্ধ করুন(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>StepButtons</name>
    <message>
        <source>Back to the step before (Ctrl+PgUp)</source>
        <translation>আগের ধাপে ফিরুন (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>On to the next step (Ctrl+PgDown)</source>
        <translation>পরের ধাপে যান (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>পিছনে</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>পরবর্তী</translation>
    </message>
    <message>
        <source>Preview briefing</source>
        <translation>কলের প্রস্তুতিপত্র দেখুন</translation>
    </message>
    <message>
        <source>The one-page briefing to hold during the call, as it will print (Ctrl+P)</source>
        <translation>কলের সময় হাতে রাখার এক পাতার প্রস্তুতিপত্র, যেমনটা প্রিন্ট হবে (Ctrl+P)</translation>
    </message>
    <message>
        <source>Back to “{step}” (Ctrl+PgUp)</source>
        <translation>“{step}” ধাপে ফিরুন (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>On to “{step}” (Ctrl+PgDown)</source>
        <translation>“{step}” ধাপে যান (Ctrl+PgDown)</translation>
    </message>
</context>
<context>
    <name>SummaryMeasure</name>
    <message>
        <source>{count} of {most} sentences, {length} of {budget} words</source>
        <translation>{most}টির মধ্যে {count}টি বাক্য, {budget}টির মধ্যে {length}টি শব্দ</translation>
    </message>
    <message>
        <source>{count} of {most} sentences, {length} of {budget} characters</source>
        <translation>{most}টির মধ্যে {count}টি বাক্য, {budget}টির মধ্যে {length}টি অক্ষর</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <source>Type a tag, then Enter or a comma</source>
        <translation>একটি ট্যাগ লিখুন, তারপর Enter বা কমা দিন</translation>
    </message>
    <message>
        <source>Tags you have used; Down, then Enter to choose one</source>
        <translation>আগে ব্যবহার করা ট্যাগ; বেছে নিতে Down, তারপর Enter চাপুন</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>ট্র্যাশ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>শিরোনাম</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>ক্লায়েন্ট</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>মোছার সময়</translation>
    </message>
    <message numerus="yes">
        <source>Deleted incidents wait here for %n day(s), then they are removed for good. Emptying the Trash removes them now, and wipes their words from the journal file.</source>
        <translation>
            <numerusform>মুছে ফেলা ঘটনাগুলো এখানে %n দিন থাকে, তারপর স্থায়ীভাবে সরিয়ে ফেলা হয়। ট্র্যাশ খালি করলে সেগুলো এখনই সরে যায় এবং জার্নাল ফাইল থেকে সেগুলোর লেখাও মুছে যায়।</numerusform>
            <numerusform>মুছে ফেলা ঘটনাগুলো এখানে %n দিন থাকে, তারপর স্থায়ীভাবে সরিয়ে ফেলা হয়। ট্র্যাশ খালি করলে সেগুলো এখনই সরে যায় এবং জার্নাল ফাইল থেকে সেগুলোর লেখাও মুছে যায়।</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>পুনরুদ্ধার(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>ট্র্যাশ খালি করুন(&amp;E)…</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>ট্র্যাশ খালি।</translation>
    </message>
    <message>
        <source>Restored: it is back in the journal.</source>
        <translation>পুনরুদ্ধার করা হয়েছে: এটি আবার জার্নালে আছে।</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n.</source>
        <comment>incidents brought back from the Trash</comment>
        <translation>
            <numerusform>%nটি পুনরুদ্ধার করা হয়েছে।</numerusform>
            <numerusform>%nটি পুনরুদ্ধার করা হয়েছে।</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>ট্র্যাশ খালি করুন</translation>
    </message>
    <message>
        <source>Remove this incident for good? They cannot be restored from the Trash afterwards (backups made before now still hold them).</source>
        <translation>এই ঘটনাটি স্থায়ীভাবে সরাবেন? এরপর ট্র্যাশ থেকে এটি আর পুনরুদ্ধার করা যাবে না (এর আগে নেওয়া ব্যাকআপে এটি এখনও থাকবে)।</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n incident(s) for good? They cannot be restored from the Trash afterwards (backups made before now still hold them).</source>
        <translation>
            <numerusform>এই %nটি ঘটনা স্থায়ীভাবে সরাবেন? এরপর ট্র্যাশ থেকে সেগুলো আর পুনরুদ্ধার করা যাবে না (এর আগে নেওয়া ব্যাকআপে সেগুলো এখনও থাকবে)।</numerusform>
            <numerusform>এই %nটি ঘটনা স্থায়ীভাবে সরাবেন? এরপর ট্র্যাশ থেকে সেগুলো আর পুনরুদ্ধার করা যাবে না (এর আগে নেওয়া ব্যাকআপে সেগুলো এখনও থাকবে)।</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash is empty; what was in it is gone from the journal file.</source>
        <translation>ট্র্যাশ খালি; এতে যা ছিল তা জার্নাল ফাইল থেকে মুছে গেছে।</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>Not saved</source>
        <translation>সংরক্ষিত হয়নি</translation>
    </message>
    <message>
        <source>Amends could not save what you wrote: {reason}

Your text is still here. Copy it or save it as a file before you go — or stay, and Amends tries again.</source>
        <translation>Amends আপনার লেখা সংরক্ষণ করতে পারেনি: {reason}

আপনার লেখা এখনও এখানে আছে। যাওয়ার আগে এটি কপি করুন বা ফাইল হিসেবে সংরক্ষণ করুন — অথবা থাকুন, Amends আবার চেষ্টা করবে।</translation>
    </message>
    <message>
        <source>&amp;Copy the text</source>
        <translation>লেখাটি কপি করুন(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as a file…</source>
        <translation>ফাইল হিসেবে সংরক্ষণ করুন(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>থাকুন(&amp;T)</translation>
    </message>
    <message>
        <source>Copied: paste it anywhere.</source>
        <translation>কপি করা হয়েছে: যেকোনো জায়গায় পেস্ট করুন।</translation>
    </message>
    <message>
        <source>Save what you wrote</source>
        <translation>আপনার লেখা সংরক্ষণ করুন</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>টেক্সট (*.txt)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Try another place.</source>
        <translation>{path} লেখা যায়নি: {reason}। অন্য কোনো জায়গায় চেষ্টা করুন।</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>{path}-এ সংরক্ষিত হয়েছে।</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Amends</source>
        <translation>Amends-এ স্বাগতম</translation>
    </message>
    <message>
        <source>When something goes wrong with a client, Amends walks you through it: what happened, why, what you will do now and what will stop it happening again. It keeps each incident in your journal, shows you your own patterns, and gives you a one-page briefing to hold during the call.</source>
        <translation>কোনো ক্লায়েন্টের সঙ্গে কিছু ভুল হলে Amends আপনাকে ধাপে ধাপে এগিয়ে নেয়: কী হয়েছিল, কেন, এখন আপনি কী করবেন এবং কী করলে আর এমন হবে না। প্রতিটি ঘটনা আপনার জার্নালে রাখে, আপনার নিজের প্যাটার্ন দেখায়, আর কলের সময় হাতে রাখার জন্য এক পাতার একটি কলের প্রস্তুতিপত্র দেয়।</translation>
    </message>
    <message>
        <source>Your journal will be kept in {path}. It never leaves this computer.</source>
        <translation>আপনার জার্নাল রাখা হবে {path}-এ। এটি কখনো এই কম্পিউটারের বাইরে যায় না।</translation>
    </message>
    <message>
        <source>&amp;Start my journal</source>
        <translation>আমার জার্নাল শুরু করুন(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Look around with sample incidents</source>
        <translation>নমুনা ঘটনাগুলো ঘুরে দেখুন(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>That day is still to come: is the date right?</source>
        <translation>সেই দিনটি এখনও আসেনি: তারিখটি কি ঠিক আছে?</translation>
    </message>
    <message>
        <source>Not saved — your text is still here. {error}</source>
        <translation>সংরক্ষিত হয়নি — আপনার লেখা এখানেই আছে। {error}</translation>
    </message>
    <message>
        <source>“{field}”</source>
        <comment>a field&apos;s name, quoted</comment>
        <translation>“{field}”</translation>
    </message>
    <message>
        <source>Saved {time} — but {fields} could not be read: what you typed is kept, see the note under it.</source>
        <translation>{time}-এ সংরক্ষিত — কিন্তু {fields} পড়া যায়নি: আপনি যা লিখেছেন তা রাখা আছে, ঘরের নিচের নোটটি দেখুন।</translation>
    </message>
    <message>
        <source>Saved {time}, as an unfinished draft: give it a client and a title when you can.</source>
        <translation>{time}-এ অসম্পূর্ণ খসড়া হিসেবে সংরক্ষিত: সময় পেলে একজন ক্লায়েন্ট আর একটি শিরোনাম দিন।</translation>
    </message>
    <message>
        <source>Saved {time}, as an unfinished draft: give it a title when you can.</source>
        <translation>{time}-এ অসম্পূর্ণ খসড়া হিসেবে সংরক্ষিত: সময় পেলে একটি শিরোনাম দিন।</translation>
    </message>
    <message>
        <source>Saved {time}, as an unfinished draft: give it a client when you can.</source>
        <translation>{time}-এ অসম্পূর্ণ খসড়া হিসেবে সংরক্ষিত: সময় পেলে একজন ক্লায়েন্ট দিন।</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>{time}-এ সংরক্ষিত</translation>
    </message>
</context>
<context>
    <name>WorksheetPage</name>
    <message>
        <source>Delivered</source>
        <translation>দেওয়া হয়েছে</translation>
    </message>
    <message>
        <source>Tick it once it is delivered: today is kept</source>
        <translation>দেওয়া হলে টিক দিন: আজকের তারিখ রাখা হবে</translation>
    </message>
    <message>
        <source>Clients you have worked for; Down, then Enter to choose one</source>
        <translation>যেসব ক্লায়েন্টের সঙ্গে কাজ করেছেন; বেছে নিতে Down, তারপর Enter চাপুন</translation>
    </message>
</context>
<context>
    <name>WorksheetStep</name>
    <message>
        <source>What happened</source>
        <translation>কী ঘটেছিল</translation>
    </message>
    <message>
        <source>Write it as your client experienced it: the events, short, and what it cost them.</source>
        <translation>আপনার ক্লায়েন্ট যেভাবে অনুভব করেছেন সেভাবে লিখুন: কী ঘটেছে, সংক্ষেপে, আর এতে তাঁদের কী ক্ষতি হয়েছে।</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>কেন</translation>
    </message>
    <message>
        <source>Ask “why?” until you reach something in your control. That part is yours to own.</source>
        <translation>“কেন?” জিজ্ঞেস করতে থাকুন, যতক্ষণ না এমন কিছুতে পৌঁছান যা আপনার নিয়ন্ত্রণে। সেই অংশের দায় আপনার।</translation>
    </message>
    <message>
        <source>Fix and prevention</source>
        <translation>সমাধান ও প্রতিরোধ</translation>
    </message>
    <message>
        <source>Say what you are doing now, and what stops it happening again — so they can believe it.</source>
        <translation>বলুন এখন আপনি কী করছেন, আর কী এটা আবার ঘটা আটকাবে — যাতে তাঁরা বিশ্বাস করতে পারেন।</translation>
    </message>
    <message>
        <source>Make it right</source>
        <translation>ক্ষতিপূরণ</translation>
    </message>
    <message>
        <source>Make up for it generously, and think of a surprise they would retell.</source>
        <translation>উদারভাবে ক্ষতিপূরণ দিন, আর এমন একটা চমক ভাবুন যার কথা তাঁরা অন্যদের বলবেন।</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>কল</translation>
    </message>
    <message>
        <source>Boil it down to one or two sentences: sorry, the mistake, the fix. Then listen.</source>
        <translation>এক বা দুই বাক্যে গুছিয়ে বলুন: দুঃখপ্রকাশ, ভুলটা, সমাধান। তারপর শুনুন।</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>ফলো-আপ বার্তা</translation>
    </message>
    <message>
        <source>After the call, put in writing what you said and what you will do — then do it.</source>
        <translation>কলের পরে যা বলেছেন আর যা করবেন তা লিখে জানান — তারপর সেটা করুন।</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>পরে</translation>
    </message>
    <message>
        <source>Do what you said. Note how it went, and notice the clients who speak for you.</source>
        <translation>যা বলেছিলেন তা করুন। কেমন গেল লিখে রাখুন, আর খেয়াল করুন কোন ক্লায়েন্টরা আপনার হয়ে কথা বলেন।</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>ব্যবহার: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>অবস্থানভিত্তিক আর্গুমেন্ট</translation>
    </message>
    <message>
        <source>options</source>
        <translation>অপশন</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>সাবকমান্ড</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <source> (default: %(default)s)</source>
        <translation> (ডিফল্ট: %(default)s)</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>এই সাহায্য বার্তা দেখিয়ে বন্ধ করুন</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>প্রোগ্রামের সংস্করণ নম্বর দেখিয়ে বন্ধ করুন</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ত্রুটি: %(message)s
</translation>
    </message>
    <message>
        <source>%(prog)s: warning: %(message)s
</source>
        <translation>%(prog)s: সতর্কতা: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>আর্গুমেন্ট %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>এই আর্গুমেন্টগুলো আবশ্যক: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>%s আর্গুমেন্টগুলোর একটি আবশ্যক</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>অচেনা আর্গুমেন্ট: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>অবৈধ বিকল্প: %(value)r (এগুলো থেকে বেছে নিন: %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>অবৈধ %(type)s মান: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>%s আর্গুমেন্টের সঙ্গে অনুমোদিত নয়</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>স্পষ্ট আর্গুমেন্ট %r উপেক্ষা করা হয়েছে</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>একটি আর্গুমেন্ট দরকার</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>সর্বোচ্চ একটি আর্গুমেন্ট দরকার</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>অন্তত একটি আর্গুমেন্ট দরকার</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%sটি আর্গুমেন্ট দরকার</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%sটি আর্গুমেন্ট দরকার</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>অস্পষ্ট অপশন: %(option)s মিলতে পারে %(matches)s-এর সঙ্গে</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>অপ্রত্যাশিত অপশন: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>অজানা কমান্ড %(parser_name)r (বিকল্প: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>&apos;%(filename)s&apos; খোলা যাচ্ছে না: %(error)s</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>%r মোডে &quot;-&quot; আর্গুমেন্ট</translation>
    </message>
    <message>
        <source>argument &apos;%(argument_name)s&apos; is deprecated</source>
        <translation>&apos;%(argument_name)s&apos; আর্গুমেন্টটি আর ব্যবহার না করাই ভালো</translation>
    </message>
    <message>
        <source>option &apos;%(option)s&apos; is deprecated</source>
        <translation>&apos;%(option)s&apos; অপশনটি আর ব্যবহার না করাই ভালো</translation>
    </message>
    <message>
        <source>command &apos;%(parser_name)s&apos; is deprecated</source>
        <translation>&apos;%(parser_name)s&apos; কমান্ডটি আর ব্যবহার না করাই ভালো</translation>
    </message>
    <message>
        <source>cannot have multiple subparser arguments</source>
        <translation>একাধিক সাবকমান্ড আর্গুমেন্ট রাখা যায় না</translation>
    </message>
    <message>
        <source>conflicting subparser: %s</source>
        <translation>সাংঘর্ষিক সাবকমান্ড: %s</translation>
    </message>
    <message>
        <source>conflicting subparser alias: %s</source>
        <translation>সাংঘর্ষিক সাবকমান্ড উপনাম: %s</translation>
    </message>
    <message>
        <source>conflicting option string: %s</source>
        <translation>সাংঘর্ষিক অপশন: %s</translation>
    </message>
    <message>
        <source>conflicting option strings: %s</source>
        <translation>সাংঘর্ষিক অপশনগুলো: %s</translation>
    </message>
    <message>
        <source>cannot merge actions - two groups are named %r</source>
        <translation>অ্যাকশন একত্র করা যায় না – দুটি গ্রুপের নাম %r</translation>
    </message>
    <message>
        <source>&apos;required&apos; is an invalid argument for positionals</source>
        <translation>অবস্থানভিত্তিক আর্গুমেন্টের জন্য &apos;required&apos; অবৈধ</translation>
    </message>
    <message>
        <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
        <translation>অবৈধ অপশন %(option)r: %(prefix_chars)r-এর একটি অক্ষর দিয়ে শুরু হতে হবে</translation>
    </message>
    <message>
        <source>dest= is required for options like %r</source>
        <translation>%r-এর মতো অপশনের জন্য dest= আবশ্যক</translation>
    </message>
    <message>
        <source>invalid conflict_resolution value: %r</source>
        <translation>অবৈধ conflict_resolution মান: %r</translation>
    </message>
    <message>
        <source>mutually exclusive arguments must be optional</source>
        <translation>পরস্পর-বর্জিত আর্গুমেন্টগুলো ঐচ্ছিক হতে হবে</translation>
    </message>
    <message>
        <source>%r is not callable</source>
        <translation>%r কল করা যায় না</translation>
    </message>
    <message>
        <source>.__call__() not defined</source>
        <translation>.__call__() সংজ্ঞায়িত নয়</translation>
    </message>
</context>
</TS>
