<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Amends</source>
        <translation>เกี่ยวกับ Amends</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>เวอร์ชัน {version}</translation>
    </message>
    <message>
        <source>A private journal for owning up to a mistake with a client: what went wrong, why, what will stop it happening again, and the words for the call.</source>
        <translation>บันทึกส่วนตัวสำหรับรับผิดชอบความผิดพลาดที่มีต่อลูกค้า: อะไรผิดพลาด ทำไม อะไรจะป้องกันไม่ให้เกิดซ้ำ และคำพูดสำหรับการคุยกับลูกค้า</translation>
    </message>
    <message>
        <source>Open its &amp;folder</source>
        <translation>เปิดโฟลเดอร์(&amp;F)</translation>
    </message>
    <message>
        <source>Nothing you write ever leaves this computer: Amends makes no network connection and sends nothing anywhere.</source>
        <translation>ทุกอย่างที่คุณเขียนจะไม่ออกไปจากเครื่องนี้: Amends ไม่เชื่อมต่อเครือข่าย และไม่ส่งข้อมูลไปที่ใดเลย</translation>
    </message>
    <message>
        <source>This window&apos;s &amp;journal:</source>
        <translation>สมุดบันทึกของหน้าต่างนี้(&amp;J):</translation>
    </message>
    <message>
        <source>Licences: choose one to read it.</source>
        <translation>สัญญาอนุญาต: เลือกรายการเพื่ออ่าน</translation>
    </message>
    <message>
        <source>{name} — {licence}</source>
        <translation>{name} — {licence}</translation>
    </message>
    <message>
        <source>No file manager could be opened: the folder is {folder}.</source>
        <translation>เปิดโปรแกรมจัดการไฟล์ไม่ได้: โฟลเดอร์อยู่ที่ {folder}</translation>
    </message>
</context>
<context>
    <name>ActionRow</name>
    <message>
        <source>Move this step up (Alt+Up)</source>
        <translation>เลื่อนขั้นตอนนี้ขึ้น (Alt+Up)</translation>
    </message>
    <message>
        <source>Move this step down (Alt+Down)</source>
        <translation>เลื่อนขั้นตอนนี้ลง (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>ลบขั้นตอนนี้</translation>
    </message>
    <message>
        <source>What you will do, so it cannot happen again</source>
        <translation>สิ่งที่คุณจะทำเพื่อไม่ให้เกิดขึ้นอีก</translation>
    </message>
    <message>
        <source>The step, in a few words; Enter adds the next one</source>
        <translation>เขียนขั้นตอนสั้น ๆ แล้วกด Enter เพื่อเพิ่มขั้นตอนถัดไป</translation>
    </message>
    <message>
        <source>When it is due: 2026-06-01, tomorrow…</source>
        <translation>กำหนดเสร็จเมื่อไร: 2026-06-01, พรุ่งนี้…</translation>
    </message>
    <message>
        <source>The day it was done</source>
        <translation>วันที่ทำเสร็จ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Tick it once it is done: today is recorded, and you can change the day</source>
        <translation>ติ๊กเมื่อเสร็จแล้ว: ระบบจะเก็บวันที่วันนี้ไว้ และคุณเปลี่ยนวันได้</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <source>Past its due day and not done yet</source>
        <translation>เลยกำหนดแล้วแต่ยังทำไม่เสร็จ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>กำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>เสร็จเมื่อ</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>กำหนดเสร็จ {day}</translation>
    </message>
    <message>
        <source>done {day}</source>
        <translation>เสร็จเมื่อ {day}</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Add step</source>
        <translation>เพิ่มขั้นตอน</translation>
    </message>
    <message>
        <source>Add a prevention step</source>
        <translation>เพิ่มขั้นตอนป้องกัน</translation>
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
        <translation>Amends เปิดบันทึกนี้อยู่แล้ว จึงนำหน้าต่างนั้นขึ้นมาด้านหน้าให้</translation>
    </message>
    <message>
        <source>The journal you opened last, {last}, is not there now; this is {path}.</source>
        <translation>สมุดบันทึกที่คุณเปิดล่าสุด {last} ไม่อยู่ที่นั่นแล้ว สมุดบันทึกที่เปิดอยู่นี้คือ {path}</translation>
    </message>
    <message>
        <source>Brought back the incident you were writing.</source>
        <translation>นำเหตุการณ์ที่คุณกำลังเขียนอยู่กลับมาแล้ว</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>the day&apos;s first start</source>
        <translation>เปิดครั้งแรกของวัน</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>ก่อนกู้คืน</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>คุณสร้างเอง</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>ก่อนอัปเกรด</translation>
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
        <translation>ข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Amends keeps checked copies of your journal: on the first start of each day, before an upgrade and before a restore. They are in {folder}.</source>
        <translation>Amends เก็บสำเนาบันทึกของคุณที่ผ่านการตรวจสอบแล้วไว้ เมื่อเปิดโปรแกรมครั้งแรกของแต่ละวัน ก่อนอัปเกรด และก่อนกู้คืน สำเนาเหล่านี้อยู่ที่ {folder}</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>ขนาด</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <comment>before the number of backups kept</comment>
        <translation>เก็บข้อมูลสำรองล่าสุด(&amp;K)</translation>
    </message>
    <message>
        <source>backups</source>
        <comment>after the number of backups kept</comment>
        <translation>ชุด</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>สำรองข้อมูลตอนนี้(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>กู้คืน(&amp;R)…</translation>
    </message>
    <message>
        <source>Backed up: {path}</source>
        <translation>สำรองข้อมูลแล้ว: {path}</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Replace the journal with the backup made {when}? Everything written since then is replaced; the journal as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>แทนที่บันทึกด้วยข้อมูลสำรองที่สร้างเมื่อ {when} หรือไม่ ทุกอย่างที่เขียนหลังจากนั้นจะถูกแทนที่ แต่ Amends จะสำรองบันทึกในสภาพปัจจุบันไว้ก่อน คุณจึงย้อนกลับได้ด้วยการกู้คืนข้อมูลสำรองนั้น</translation>
    </message>
    <message>
        <source>Restored the backup made {when}.</source>
        <translation>กู้คืนข้อมูลสำรองที่สร้างเมื่อ {when} แล้ว</translation>
    </message>
</context>
<context>
    <name>Briefing</name>
    <message>
        <source>Happened: {day}</source>
        <translation>เกิดขึ้นเมื่อ: {day}</translation>
    </message>
    <message>
        <source>Call: {when}</source>
        <translation>นัดคุยกับลูกค้า: {when}</translation>
    </message>
    <message>
        <source>Say this</source>
        <translation>สิ่งที่จะพูด</translation>
    </message>
    <message>
        <source>Don’t repeat it — and be ready if they bring it up.</source>
        <translation>อย่าให้เกิดซ้ำ และเตรียมตัวไว้หากลูกค้าพูดถึงเรื่องนี้</translation>
    </message>
    <message>
        <source>On the call</source>
        <translation>ระหว่างคุยกับลูกค้า</translation>
    </message>
    <message>
        <source>Amends briefing · incident #{number}</source>
        <translation>เอกสารเตรียมคุยจาก Amends · เหตุการณ์ #{number}</translation>
    </message>
    <message>
        <source>Listen first. Let them say all of it.</source>
        <translation>ฟังก่อน ให้ลูกค้าพูดให้หมด</translation>
    </message>
    <message>
        <source>Let them vent. Don’t get defensive.</source>
        <translation>ปล่อยให้ลูกค้าระบาย อย่าตั้งป้อมแก้ตัว</translation>
    </message>
    <message>
        <source>Own it: no “if”, no “but”, no one else to blame.</source>
        <translation>ยอมรับเต็มที่: ไม่มี “ถ้า” ไม่มี “แต่” ไม่โทษคนอื่น</translation>
    </message>
    <message>
        <source>Show you see what it cost them.</source>
        <translation>แสดงให้เห็นว่าคุณเข้าใจว่าลูกค้าเสียอะไรไปบ้าง</translation>
    </message>
    <message>
        <source>Say what happens next — then do it.</source>
        <translation>บอกว่าจะทำอะไรต่อ แล้วทำตามนั้น</translation>
    </message>
    <message>
        <source>Offer to make it right.</source>
        <translation>เสนอการชดเชย</translation>
    </message>
    <message>
        <source>Likely questions</source>
        <translation>คำถามที่น่าจะเจอ</translation>
    </message>
    <message>
        <source>What I’m doing now ({status})</source>
        <translation>สิ่งที่กำลังทำอยู่ ({status})</translation>
    </message>
    <message>
        <source>Why it won’t happen again</source>
        <translation>เหตุผลที่จะไม่เกิดซ้ำอีก</translation>
    </message>
    <message>
        <source>done {done}</source>
        <translation>เสร็จเมื่อ {done}</translation>
    </message>
    <message>
        <source>Surprise: {surprise}</source>
        <translation>น้ำใจที่ไม่คาดคิด: {surprise}</translation>
    </message>
    <message>
        <source>What I’ll offer</source>
        <translation>สิ่งที่จะเสนอให้</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <source>Root cause: {text}</source>
        <translation>สาเหตุที่แท้จริง: {text}</translation>
    </message>
    <message>
        <source>My part: {text}</source>
        <translation>ส่วนที่ฉันต้องรับผิดชอบ: {text}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ทำไมจึงเกิดขึ้น</translation>
    </message>
    <message>
        <source>Call briefing</source>
        <translation>เอกสารเตรียมคุย</translation>
    </message>
    <message>
        <source>Not written yet.</source>
        <translation>ยังไม่ได้เขียน</translation>
    </message>
    <message>
        <source>by {due} · done {done}</source>
        <translation>กำหนดเสร็จ {due} · เสร็จเมื่อ {done}</translation>
    </message>
    <message>
        <source>by {due}</source>
        <translation>กำหนดเสร็จ {due}</translation>
    </message>
    <message>
        <source>{part}: not written yet.</source>
        <translation>{part}: ยังไม่ได้เขียน</translation>
    </message>
    <message>
        <source>Before the call: the coach</source>
        <translation>ก่อนคุย: ผู้ช่วยแนะนำ</translation>
    </message>
    <message>
        <source>Notes during the call</source>
        <translation>จดระหว่างคุยกับลูกค้า</translation>
    </message>
    <message>
        <source>{section} (continued)</source>
        <translation>{section} (ต่อ)</translation>
    </message>
    <message>
        <source>Left for your journal: {parts}.</source>
        <translation>เก็บไว้ในสมุดบันทึกของคุณ: {parts}</translation>
    </message>
    <message>
        <source>Shortened to fit; your journal has all of it: {parts}.</source>
        <translation>ตัดให้สั้นลงเพื่อให้พอดีหน้า ข้อความเต็มอยู่ในสมุดบันทึกของคุณ: {parts}</translation>
    </message>
    <message>
        <source>Could not be printed, shown as {marker}: {characters}.</source>
        <translation>พิมพ์ไม่ได้ แสดงเป็น {marker}: {characters}</translation>
    </message>
    <message>
        <source>makes the apology conditional</source>
        <translation>ทำให้คำขอโทษมีเงื่อนไข</translation>
    </message>
    <message>
        <source>takes the apology back</source>
        <translation>ทำให้คำขอโทษไม่มีความหมาย</translation>
    </message>
    <message>
        <source>points at someone else</source>
        <translation>โทษคนอื่น</translation>
    </message>
    <message>
        <source>makes it sound smaller than it was</source>
        <translation>ทำให้เรื่องฟังดูเล็กกว่าความจริง</translation>
    </message>
    <message>
        <source>is not an apology</source>
        <translation>ไม่ใช่คำขอโทษ</translation>
    </message>
    <message>
        <source>hides who did it: say “I”</source>
        <translation>ไม่บอกว่าใครเป็นคนทำ: ให้พูดว่า “ฉัน”</translation>
    </message>
    <message>
        <source>sounds like an excuse</source>
        <translation>ฟังดูเหมือนข้ออ้าง</translation>
    </message>
    <message>
        <source>The summary is longer than one breath.</source>
        <translation>สรุปยาวเกินกว่าจะพูดจบในลมหายใจเดียว</translation>
    </message>
    <message>
        <source>The empathy line is about you, not them.</source>
        <translation>ประโยคแสดงความเข้าใจพูดถึงตัวคุณ ไม่ใช่ลูกค้า</translation>
    </message>
    <message>
        <source>“{words}” {what}</source>
        <translation>“{words}” {what}</translation>
    </message>
    <message>
        <source>Repeat warning</source>
        <translation>คำเตือนเรื่องเกิดซ้ำ</translation>
    </message>
</context>
<context>
    <name>BriefingLeftOff</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… และอีก %n ข้อ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more step(s).</source>
        <translation>
            <numerusform>… และอีก %n ขั้นตอน</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefingPreview</name>
    <message>
        <source>Briefing for the call</source>
        <translation>เอกสารเตรียมคุย</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>บันทึกเป็น PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>พิมพ์…</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>ขยาย</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>ย่อ</translation>
    </message>
    <message>
        <source>Whole page</source>
        <translation>ทั้งหน้า</translation>
    </message>
    <message>
        <source>To keep it to one page, these are left for your journal: {parts}.</source>
        <translation>เพื่อให้อยู่ในหน้าเดียว ส่วนเหล่านี้จะมีอยู่ในบันทึกของคุณเท่านั้น: {parts}</translation>
    </message>
    <message>
        <source>Some long text was shortened to keep it to one page.</source>
        <translation>ข้อความยาวบางส่วนถูกย่อให้พอดีหน้าเดียว</translation>
    </message>
    <message>
        <source>These characters are in no bundled font and print as {marker}: {characters}</source>
        <translation>อักขระเหล่านี้ไม่มีในฟอนต์ที่มากับโปรแกรม และจะพิมพ์ออกมาเป็น {marker}: {characters}</translation>
    </message>
    <message>
        <source>Save the briefing</source>
        <translation>บันทึกเอกสารเตรียมคุย</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save to {path}: {reason}</source>
        <translation>บันทึกไปที่ {path} ไม่ได้: {reason}</translation>
    </message>
</context>
<context>
    <name>Briefings</name>
    <message>
        <source>Incident {number} is an unfinished draft: give it a client and a title in the worksheet first; the briefing is for the call with them.</source>
        <translation>เหตุการณ์ {number} ยังเป็นฉบับร่างที่ไม่เสร็จ: ใส่ลูกค้าและชื่อเรื่องในแบบบันทึกก่อน เพราะเอกสารเตรียมคุยใช้สำหรับการคุยกับลูกค้าคนนั้น</translation>
    </message>
</context>
<context>
    <name>Categories</name>
    <message>
        <source>A category needs a name.</source>
        <translation>หมวดหมู่ต้องมีชื่อ</translation>
    </message>
    <message>
        <source>missed deadline</source>
        <translation>พลาดกำหนดส่ง</translation>
    </message>
    <message>
        <source>quality defect</source>
        <translation>ปัญหาคุณภาพงาน</translation>
    </message>
    <message>
        <source>miscommunication</source>
        <translation>สื่อสารผิดพลาด</translation>
    </message>
    <message>
        <source>billing error</source>
        <translation>เรียกเก็บเงินผิดพลาด</translation>
    </message>
    <message>
        <source>scope mismatch</source>
        <translation>ขอบเขตงานไม่ตรงกัน</translation>
    </message>
    <message>
        <source>vendor or tool failure</source>
        <translation>ผู้ให้บริการหรือเครื่องมือขัดข้อง</translation>
    </message>
    <message>
        <source>data loss</source>
        <translation>ข้อมูลสูญหาย</translation>
    </message>
    <message>
        <source>privacy or security slip</source>
        <translation>พลาดเรื่องความเป็นส่วนตัวหรือความปลอดภัย</translation>
    </message>
    <message>
        <source>other</source>
        <translation>อื่น ๆ</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Tag {name}</source>
        <translation>แท็ก {name}</translation>
    </message>
    <message>
        <source>Remove the tag “{name}”</source>
        <translation>ลบแท็ก “{name}”</translation>
    </message>
    <message>
        <source>Remove the tag {name}</source>
        <translation>ลบแท็ก {name}</translation>
    </message>
</context>
<context>
    <name>Choices</name>
    <message>
        <source>Minor</source>
        <translation>เล็กน้อย</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>ปานกลาง</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>ร้ายแรง</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>วิกฤต</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>เตรียมพร้อมแล้ว</translation>
    </message>
    <message>
        <source>Call held</source>
        <translation>คุยกับลูกค้าแล้ว</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>คลี่คลายแล้ว</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>วางแผนไว้</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>กำลังดำเนินการ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>ยังไม่ทราบ</translation>
    </message>
    <message>
        <source>{word} is none of {choices}</source>
        <translation>{word} ไม่ตรงกับค่าใดใน {choices}</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(ยังไม่มีชื่อเรื่อง)</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <comment>a draft&apos;s stage</comment>
        <translation>ยังไม่เสร็จ</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>Client details</source>
        <translation>รายละเอียดลูกค้า</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>บริษัท(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>อีเมล(&amp;E):</translation>
    </message>
    <message>
        <source>A follow-up message opened in your mail app is addressed here.</source>
        <translation>ข้อความติดตามผลที่เปิดในแอปอีเมลของคุณจะส่งถึงที่อยู่นี้</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>บันทึก(&amp;O):</translation>
    </message>
    <message>
        <source>This can&apos;t be read as an e-mail address: it needs one @, a name before it, a domain with a dot after it (name@example.com), and no spaces.</source>
        <translation>อ่านเป็นที่อยู่อีเมลไม่ได้ ต้องมี @ หนึ่งตัว มีชื่ออยู่หน้า @ มีโดเมนที่มีจุดอยู่หลัง @ (name@example.com) และไม่มีช่องว่าง</translation>
    </message>
    <message>
        <source>Discard your changes to {name}?</source>
        <translation>ทิ้งสิ่งที่แก้ไขของ {name} ไหม</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>ทิ้ง(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>แก้ไขต่อ(&amp;K)</translation>
    </message>
    <message>
        <source>Saved the details of {name}.</source>
        <translation>บันทึกรายละเอียดของ {name} แล้ว</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>A client needs a name.</source>
        <translation>ลูกค้าต้องมีชื่อ</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <source>Client</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>บริษัท</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>Last incident</source>
        <translation>เหตุการณ์ล่าสุด</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>การชดเชย</translation>
    </message>
    <message>
        <source>Stayed</source>
        <translation>ยังใช้บริการ</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>แนะนำต่อ</translation>
    </message>
    <message>
        <source>{offered}, not delivered yet</source>
        <translation>{offered} ยังไม่ได้ส่งมอบ</translation>
    </message>
    <message>
        <source>{offered}, delivered</source>
        <translation>{offered} ส่งมอบแล้ว</translation>
    </message>
    <message>
        <source>{offered}, {delivered} delivered</source>
        <translation>{offered} ส่งมอบแล้ว {delivered}</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>ค้นหาลูกค้า</translation>
    </message>
    <message>
        <source>Show their incidents</source>
        <translation>ดูเหตุการณ์ของลูกค้า</translation>
    </message>
    <message>
        <source>E&amp;dit details…</source>
        <translation>แก้ไขรายละเอียด(&amp;D)…</translation>
    </message>
    <message>
        <source>Reading your clients…</source>
        <translation>กำลังอ่านรายชื่อลูกค้า…</translation>
    </message>
    <message>
        <source>Enter or double-click a client to see their incidents in the journal.</source>
        <translation>กด Enter หรือดับเบิลคลิกที่ลูกค้าเพื่อดูเหตุการณ์ของลูกค้ารายนั้นในบันทึก</translation>
    </message>
    <message>
        <source>No clients yet: they appear here with their first incident.</source>
        <translation>ยังไม่มีลูกค้า: ลูกค้าจะปรากฏที่นี่เมื่อมีเหตุการณ์แรก</translation>
    </message>
</context>
<context>
    <name>CoachHighlighter</name>
    <message>
        <source>{finding}
Try: {suggestion}</source>
        <translation>{finding}
ลองใช้: {suggestion}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Importing… {done} of {total} incidents</source>
        <translation>กำลังนำเข้า… {done} จาก {total} เหตุการณ์</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>อ่าน {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>Restored the journal from {path}.</source>
        <translation>กู้คืนบันทึกจาก {path} แล้ว</translation>
    </message>
    <message>
        <source>The journal as it was just before is kept in {path}.</source>
        <translation>บันทึกในสภาพก่อนหน้านี้เก็บไว้ที่ {path}</translation>
    </message>
    <message>
        <source>amends: there was no journal at {path}, so a new, empty one was started there; if you meant another, check the path.</source>
        <translation>amends: ไม่มีบันทึกที่ {path} จึงเริ่มบันทึกใหม่ที่ว่างเปล่าไว้ที่นั่น หากคุณหมายถึงบันทึกอื่น โปรดตรวจสอบเส้นทาง</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>กำลังตรวจ {name}…</translation>
    </message>
    <message>
        <source>{path} was not imported: {reason}</source>
        <translation>ไม่ได้นำเข้า {path}: {reason}</translation>
    </message>
    <message>
        <source>auto (guessed)</source>
        <translation>อัตโนมัติ (เดาจากข้อความ)</translation>
    </message>
    <message>
        <source>The coach reads this journal as: {language}</source>
        <translation>ผู้ช่วยแนะนำอ่านบันทึกนี้เป็นภาษา: {language}</translation>
    </message>
    <message>
        <source>Give either a text or --id, not both.</source>
        <translation>ระบุข้อความหรือ --id อย่างใดอย่างหนึ่ง ไม่ใช่ทั้งสองอย่าง</translation>
    </message>
    <message>
        <source>The text on standard input is not UTF-8: save it as UTF-8, or give it as an argument.</source>
        <translation>ข้อความจากอินพุตมาตรฐานไม่ใช่ UTF-8 บันทึกเป็น UTF-8 หรือส่งเป็นอาร์กิวเมนต์แทน</translation>
    </message>
    <message>
        <source>Wrote the briefing to {path} ({paper}, one page).</source>
        <translation>เขียนเอกสารเตรียมคุยไปที่ {path} แล้ว ({paper}, หนึ่งหน้า)</translation>
    </message>
    <message>
        <source>To keep it to one page, these are left for your journal: {parts}</source>
        <translation>เพื่อให้อยู่ในหน้าเดียว ส่วนเหล่านี้ดูได้ในบันทึกเท่านั้น: {parts}</translation>
    </message>
    <message>
        <source>Some long text was shortened to keep it to one page; your journal has all of it.</source>
        <translation>ข้อความยาวบางส่วนถูกตัดให้สั้นลงเพื่อให้อยู่ในหน้าเดียว ข้อความเต็มยังอยู่ในบันทึก</translation>
    </message>
    <message>
        <source>These characters are in no bundled font and show as {marker}: {characters}</source>
        <translation>อักขระเหล่านี้ไม่มีในฟอนต์ที่มาพร้อมโปรแกรม จึงแสดงเป็น {marker}: {characters}</translation>
    </message>
    <message>
        <source>{path}  {size} KiB</source>
        <translation>{path}  {size} KiB</translation>
    </message>
    <message>
        <source>Backed up to {path} ({size} KiB).</source>
        <translation>สำรองข้อมูลไว้ที่ {path} แล้ว ({size} KiB)</translation>
    </message>
    <message>
        <source>the window cannot start ({reason}); see `amends --help`.</source>
        <translation>เปิดหน้าต่างไม่ได้ ({reason}) ดู `amends --help`</translation>
    </message>
    <message>
        <source>stopped; nothing was half-written.</source>
        <translation>หยุดแล้ว ไม่มีอะไรถูกเขียนค้างไว้ครึ่งทาง</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, got {text}</source>
        <translation>ต้องเป็นวันที่แบบ YYYY-MM-DD แต่ได้ {text}</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, YYYY-MM or YYYY, got {text}</source>
        <translation>ต้องเป็นวันที่แบบ YYYY-MM-DD, YYYY-MM หรือ YYYY แต่ได้ {text}</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1, got one of {count} digits</source>
        <translation>ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป แต่ได้ตัวเลขยาว {count} หลัก</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1, got {text}</source>
        <translation>ต้องเป็นจำนวนเต็มตั้งแต่ 1 ขึ้นไป แต่ได้ {text}</translation>
    </message>
    <message>
        <source>Step {step} of incident {incident} is done, on {day}: {text}</source>
        <translation>ขั้นตอนป้องกันที่ {step} ของเหตุการณ์ {incident} เสร็จเมื่อ {day}: {text}</translation>
    </message>
    <message>
        <source>Step {step} of incident {incident} is not done: {text}</source>
        <translation>ขั้นตอนป้องกันที่ {step} ของเหตุการณ์ {incident} ยังไม่เสร็จ: {text}</translation>
    </message>
    <message>
        <source>The compensation of incident {incident} is delivered, on {day}: {text}</source>
        <translation>การชดเชยของเหตุการณ์ {incident} ส่งมอบแล้วเมื่อ {day}: {text}</translation>
    </message>
    <message>
        <source>The compensation of incident {incident} is not delivered: {text}</source>
        <translation>การชดเชยของเหตุการณ์ {incident} ยังไม่ได้ส่งมอบ: {text}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Apology</source>
        <translation>คำขอโทษ</translation>
    </message>
    <message>
        <source>Empathy</source>
        <translation>ความเห็นอกเห็นใจ</translation>
    </message>
    <message>
        <source>Follow-up message</source>
        <translation>ข้อความติดตามผล</translation>
    </message>
    <message>
        <source>No incidents match.</source>
        <translation>ไม่มีเหตุการณ์ที่ตรงกัน</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>ไม่พบอะไรเลย ลองใช้คำให้น้อยลงหรือสั้นลง</translation>
    </message>
    <message>
        <source>{step} — overdue</source>
        <translation>{step} — เลยกำหนด</translation>
    </message>
    <message>
        <source>Q: {question}</source>
        <translation>ถาม: {question}</translation>
    </message>
    <message>
        <source>A: {answer}</source>
        <translation>ตอบ: {answer}</translation>
    </message>
    <message>
        <source>{title} (unfinished: no title and client yet)</source>
        <translation>{title} (ยังไม่เสร็จ: ยังไม่มีชื่อเรื่องและลูกค้า)</translation>
    </message>
    <message>
        <source>{title} (unfinished: no title yet)</source>
        <translation>{title} (ยังไม่เสร็จ: ยังไม่มีชื่อเรื่อง)</translation>
    </message>
    <message>
        <source>{title} (unfinished: no client yet)</source>
        <translation>{title} (ยังไม่เสร็จ: ยังไม่มีลูกค้า)</translation>
    </message>
    <message>
        <source>Failed the same way with the same client:</source>
        <translation>พลาดแบบเดิมกับลูกค้ารายเดิม:</translation>
    </message>
    <message>
        <source>{count}× {category} with {client}, last on {day}</source>
        <translation>{count}× {category} กับ {client} ล่าสุดเมื่อ {day}</translation>
    </message>
    <message>
        <source>… and {count} more (patterns --all)</source>
        <translation>… และอีก {count} รายการ (patterns --all)</translation>
    </message>
    <message>
        <source>Lately, the same cause in other words (same client):</source>
        <translation>ช่วงหลังนี้ สาเหตุเดิมแต่ใช้คำต่างกัน (ลูกค้ารายเดิม):</translation>
    </message>
    <message>
        <source>#{id} {title} — {client}: like {count} earlier ({categories})</source>
        <translation>#{id} {title} — {client}: คล้ายกับ {count} เหตุการณ์ก่อนหน้า ({categories})</translation>
    </message>
    <message>
        <source>Root causes you gave again and again:</source>
        <translation>สาเหตุที่แท้จริงที่คุณระบุซ้ำแล้วซ้ำอีก:</translation>
    </message>
    <message>
        <source>Prevention steps: {on_time} done on time, {late} done late, {overdue} overdue, {open} not due yet.</source>
        <translation>ขั้นตอนป้องกัน: เสร็จตรงเวลา {on_time} เสร็จช้า {late} เลยกำหนด {overdue} ยังไม่ถึงกำหนด {open}</translation>
    </message>
    <message>
        <source>Prevention steps overdue:</source>
        <translation>ขั้นตอนป้องกันที่เลยกำหนด:</translation>
    </message>
    <message>
        <source>due {day}: {text} — {client}, #{id}</source>
        <translation>กำหนดเสร็จ {day}: {text} — {client}, #{id}</translation>
    </message>
    <message>
        <source>By category:</source>
        <translation>ตามหมวดหมู่:</translation>
    </message>
    <message>
        <source>By client:</source>
        <translation>ตามลูกค้า:</translation>
    </message>
    <message>
        <source>By month:</source>
        <translation>ตามเดือน:</translation>
    </message>
    <message>
        <source>Compensation offered, and delivered:</source>
        <translation>การชดเชยที่เสนอ และที่ส่งมอบแล้ว:</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… และอีก {count} รายการ</translation>
    </message>
    <message>
        <source>No incidents yet, so no patterns.</source>
        <translation>ยังไม่มีเหตุการณ์ จึงยังไม่มีรูปแบบที่เกิดซ้ำ</translation>
    </message>
    <message>
        <source>Nothing to change: none of these words weakens it.</source>
        <translation>ไม่มีอะไรต้องแก้: ไม่มีคำไหนทำให้คำขอโทษอ่อนลง</translation>
    </message>
    <message>
        <source>Nothing to change: it owns the mistake plainly.</source>
        <translation>ไม่ต้องแก้อะไร ข้อความนี้ยอมรับความผิดพลาดตรง ๆ</translation>
    </message>
    <message>
        <source>Try: {suggestion}</source>
        <translation>ลองใช้: {suggestion}</translation>
    </message>
    <message>
        <source>Nothing to check: the text is empty.</source>
        <translation>ไม่มีอะไรให้ตรวจ ข้อความว่างเปล่า</translation>
    </message>
</context>
<context>
    <name>CommandLineCounts</name>
    <message numerus="yes">
        <source>Imported %n incident(s) into {path} (with new numbers: the file&apos;s were taken).</source>
        <translation>
            <numerusform>นำเข้า %n เหตุการณ์ไปที่ {path} แล้ว (ใช้หมายเลขใหม่ เพราะหมายเลขในไฟล์ซ้ำกับที่มีอยู่แล้ว)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s) into {path}.</source>
        <translation>
            <numerusform>นำเข้า %n เหตุการณ์ไปที่ {path} แล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s); keeping the newest {keep}.</source>
        <translation>
            <numerusform>ข้อมูลสำรอง %n ชุด เก็บไว้ {keep} ชุดล่าสุด</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLineFigures</name>
    <message numerus="yes">
        <source>… and %n more client(s)</source>
        <translation>
            <numerusform>… และลูกค้าอีก %n ราย</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{client}: {offered} over %n incident(s); delivered {delivered} ({delivered_count})</source>
        <translation>
            <numerusform>{client}: {offered} จาก %n เหตุการณ์ ส่งมอบแล้ว {delivered} ({delivered_count})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLineHelp</name>
    <message>
        <source>Amends: own up to a mistake with a client. Keeps a private journal of incidents: what went wrong, why, what will prevent it, and what to say on the call. Without a command, opens the window.</source>
        <translation>Amends: ยอมรับความผิดพลาดที่มีต่อลูกค้า เก็บบันทึกเหตุการณ์ส่วนตัว: อะไรผิดพลาด ทำไม อะไรจะป้องกันไม่ให้เกิดซ้ำ และจะพูดอะไรตอนคุยกับลูกค้า ถ้าไม่ระบุคำสั่ง จะเปิดหน้าต่างโปรแกรม</translation>
    </message>
    <message>
        <source>The journal is a SQLite file in your user data folder; --db or the AMENDS_DB variable choose another.</source>
        <translation>บันทึกเป็นไฟล์ SQLite ในโฟลเดอร์ข้อมูลผู้ใช้ของคุณ ใช้ --db หรือตัวแปร AMENDS_DB เพื่อเลือกไฟล์อื่น</translation>
    </message>
    <message>
        <source>PATH</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>พาธ</translation>
    </message>
    <message>
        <source>the journal file to use</source>
        <translation>ไฟล์บันทึกที่จะใช้</translation>
    </message>
    <message>
        <source>open the window on a throwaway sample journal</source>
        <translation>เปิดหน้าต่างด้วยบันทึกตัวอย่างที่ใช้แล้วทิ้ง</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <source>add the incidents of an Amends JSON file</source>
        <translation>นำเข้าเหตุการณ์จากไฟล์ JSON ของ Amends</translation>
    </message>
    <message>
        <source>file</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>ไฟล์</translation>
    </message>
    <message>
        <source>a JSON file in the Amends format (docs/format.md)</source>
        <translation>ไฟล์ JSON ในรูปแบบของ Amends (docs/format.md)</translation>
    </message>
    <message>
        <source>write the whole journal as JSON, CSV or Markdown</source>
        <translation>ส่งออกบันทึกทั้งหมดเป็น JSON, CSV หรือ Markdown</translation>
    </message>
    <message>
        <source>default: json</source>
        <translation>ค่าเริ่มต้น: json</translation>
    </message>
    <message>
        <source>OUTPUT</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>ไฟล์ผลลัพธ์</translation>
    </message>
    <message>
        <source>the file to write (default: stdout)</source>
        <translation>ไฟล์ที่จะเขียน (ค่าเริ่มต้น: stdout)</translation>
    </message>
    <message>
        <source>list incidents, newest first, with filters</source>
        <translation>แสดงรายการเหตุการณ์ ล่าสุดก่อน พร้อมตัวกรอง</translation>
    </message>
    <message>
        <source>print JSON instead of a table</source>
        <translation>แสดงเป็น JSON แทนตาราง</translation>
    </message>
    <message>
        <source>show one incident in full</source>
        <translation>แสดงเหตุการณ์หนึ่งแบบเต็ม</translation>
    </message>
    <message>
        <source>id</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>id</translation>
    </message>
    <message>
        <source>print it in the interchange format</source>
        <translation>แสดงในรูปแบบสำหรับแลกเปลี่ยนข้อมูล</translation>
    </message>
    <message>
        <source>find incidents containing all the words</source>
        <translation>ค้นหาเหตุการณ์ที่มีคำทั้งหมด</translation>
    </message>
    <message>
        <source>query</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>คำค้น</translation>
    </message>
    <message>
        <source>words to find; &quot;quote words&quot; to find a phrase</source>
        <translation>คำที่จะค้น ใส่ &quot;คำในเครื่องหมายคำพูด&quot; เพื่อค้นทั้งวลี</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>แสดงเป็น JSON</translation>
    </message>
    <message>
        <source>show repeats, overdue steps and counts</source>
        <translation>แสดงเรื่องที่เกิดซ้ำ ขั้นตอนที่เลยกำหนด และตัวเลขสรุป</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>longest lists (default 20)</source>
        <translation>แสดงไม่เกินเท่านี้ในแต่ละลิสต์ (ค่าเริ่มต้น 20)</translation>
    </message>
    <message>
        <source>show every entry of every list</source>
        <translation>แสดงทุกรายการในทุกลิสต์</translation>
    </message>
    <message>
        <source>mark a prevention step done (or not done, --undo)</source>
        <translation>ทำเครื่องหมายว่าขั้นตอนป้องกันเสร็จแล้ว (หรือยังไม่เสร็จ ด้วย --undo)</translation>
    </message>
    <message>
        <source>Mark prevention step STEP of incident ID done: today, or on the day --on gives; marking a done step again changes its date.</source>
        <translation>ทำเครื่องหมายว่าขั้นตอนป้องกันที่ STEP ของเหตุการณ์ ID เสร็จแล้ว: วันนี้ หรือวันที่ระบุด้วย --on หากทำเครื่องหมายขั้นตอนที่เสร็จแล้วอีกครั้ง วันที่จะเปลี่ยน</translation>
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
        <translation>หมายเลขของขั้นตอน ตามที่ `show ID` แสดง</translation>
    </message>
    <message>
        <source>the day it was done (default: today)</source>
        <translation>วันที่ทำเสร็จ (ค่าเริ่มต้น: วันนี้)</translation>
    </message>
    <message>
        <source>mark it not done after all</source>
        <translation>ทำเครื่องหมายว่ายังไม่เสร็จ</translation>
    </message>
    <message>
        <source>mark an incident&apos;s compensation delivered (or not, --undo)</source>
        <translation>ทำเครื่องหมายว่าการชดเชยของเหตุการณ์ส่งมอบแล้ว (หรือยังไม่ส่งมอบ ด้วย --undo)</translation>
    </message>
    <message>
        <source>Mark the compensation offered in incident ID delivered: today, or on the day --on gives.</source>
        <translation>ทำเครื่องหมายว่าการชดเชยที่เสนอในเหตุการณ์ ID ส่งมอบแล้ว: วันนี้ หรือวันที่ระบุด้วย --on</translation>
    </message>
    <message>
        <source>the day it was delivered (default: today)</source>
        <translation>วันที่ส่งมอบ (ค่าเริ่มต้น: วันนี้)</translation>
    </message>
    <message>
        <source>mark it not delivered after all</source>
        <translation>ทำเครื่องหมายว่ายังไม่ได้ส่งมอบ</translation>
    </message>
    <message>
        <source>ask the apology coach about a text or an incident</source>
        <translation>ให้ผู้ช่วยแนะนำเรื่องคำขอโทษตรวจข้อความหรือเหตุการณ์</translation>
    </message>
    <message>
        <source>text</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>ข้อความ</translation>
    </message>
    <message>
        <source>the words to check (default: read standard input)</source>
        <translation>ข้อความที่จะตรวจ (ค่าเริ่มต้น: อ่านจากอินพุตมาตรฐาน)</translation>
    </message>
    <message>
        <source>check an incident&apos;s summary, apology, empathy</source>
        <translation>ตรวจสรุป คำขอโทษ และความเห็นอกเห็นใจของเหตุการณ์</translation>
    </message>
    <message>
        <source>the text&apos;s language (default: guess)</source>
        <translation>ภาษาของข้อความ (ค่าเริ่มต้น: เดาเอง)</translation>
    </message>
    <message>
        <source>show or set the language the coach reads</source>
        <translation>แสดงหรือตั้งภาษาที่ผู้ช่วยแนะนำอ่าน</translation>
    </message>
    <message>
        <source>auto: guess</source>
        <translation>auto: เดาเอง</translation>
    </message>
    <message>
        <source>write the one-page PDF briefing for the call</source>
        <translation>สร้างเอกสารเตรียมคุยแบบ PDF หนึ่งหน้า</translation>
    </message>
    <message>
        <source>the PDF to write (default: ./briefing-ID.pdf)</source>
        <translation>ไฟล์ PDF ที่จะเขียน (ค่าเริ่มต้น: ./briefing-ID.pdf)</translation>
    </message>
    <message>
        <source>default: from your locale</source>
        <translation>ค่าเริ่มต้น: ตามภาษาและภูมิภาคของเครื่อง</translation>
    </message>
    <message>
        <source>write a checked backup of the journal</source>
        <translation>สร้างข้อมูลสำรองของบันทึกพร้อมตรวจสอบความถูกต้อง</translation>
    </message>
    <message>
        <source>KEEP</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>keep this many backups from now on</source>
        <translation>ต่อจากนี้ให้เก็บข้อมูลสำรองไว้ไม่เกินจำนวนนี้</translation>
    </message>
    <message>
        <source>list the backups instead</source>
        <translation>แสดงรายการข้อมูลสำรองแทน</translation>
    </message>
    <message>
        <source>replace the journal with a backup</source>
        <translation>แทนที่บันทึกด้วยข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>backup</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>ข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>a backup file, as `backup --list` shows</source>
        <translation>ไฟล์ข้อมูลสำรอง ตามที่ `backup --list` แสดง</translation>
    </message>
    <message>
        <source>the incident&apos;s number, as `list` shows it</source>
        <translation>หมายเลขของเหตุการณ์ ตามที่ `list` แสดง</translation>
    </message>
    <message>
        <source>show at most this many</source>
        <translation>แสดงไม่เกินจำนวนนี้</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>filters</source>
        <translation>ตัวกรอง</translation>
    </message>
    <message>
        <source>CLIENT</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>only this client (name, any case)</source>
        <translation>เฉพาะลูกค้ารายนี้ (ชื่อ ตัวพิมพ์ใหญ่หรือเล็กก็ได้)</translation>
    </message>
    <message>
        <source>CATEGORY</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>only this category, e.g. &apos;missed deadline&apos;</source>
        <translation>เฉพาะหมวดหมู่นี้ เช่น &apos;พลาดกำหนดส่ง&apos;</translation>
    </message>
    <message>
        <source>only this</source>
        <translation>เฉพาะค่านี้</translation>
    </message>
    <message>
        <source>only this status</source>
        <translation>เฉพาะสถานะนี้</translation>
    </message>
    <message>
        <source>TAG</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>only incidents with this tag</source>
        <translation>เฉพาะเหตุการณ์ที่มีแท็กนี้</translation>
    </message>
    <message>
        <source>OCCURRED_FROM</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>วันเริ่ม</translation>
    </message>
    <message>
        <source>on or after YYYY-MM-DD, YYYY-MM or YYYY</source>
        <translation>ตั้งแต่ YYYY-MM-DD, YYYY-MM หรือ YYYY</translation>
    </message>
    <message>
        <source>on or before YYYY-MM-DD, YYYY-MM (its end) or YYYY</source>
        <translation>จนถึง YYYY-MM-DD, YYYY-MM (นับถึงวันสุดท้าย) หรือ YYYY</translation>
    </message>
    <message>
        <source>OCCURRED_TO</source>
        <comment>metavar: one word, no spaces</comment>
        <translation>วันสิ้นสุด</translation>
    </message>
    <message>
        <source>only incidents with a prevention step overdue</source>
        <translation>เฉพาะเหตุการณ์ที่มีขั้นตอนป้องกันเลยกำหนด</translation>
    </message>
    <message>
        <source>sort by</source>
        <translation>เรียงตาม</translation>
    </message>
    <message>
        <source>oldest / smallest first</source>
        <translation>เก่าสุด / น้อยสุดก่อน</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Amends hit a bug</source>
        <translation>Amends พบข้อผิดพลาดของโปรแกรม</translation>
    </message>
    <message>
        <source>Amends hit a bug: something went wrong that never should have.</source>
        <translation>Amends พบข้อผิดพลาดของโปรแกรม: เกิดสิ่งที่ไม่ควรเกิดขึ้นเลย</translation>
    </message>
    <message>
        <source>What you wrote is safe: it is saved in your journal.</source>
        <translation>สิ่งที่คุณเขียนปลอดภัย: บันทึกไว้ในสมุดบันทึกของคุณแล้ว</translation>
    </message>
    <message>
        <source>What you were writing could not be saved, so it stays in the window, and a copy is kept in {path}.</source>
        <translation>บันทึกสิ่งที่คุณกำลังเขียนไม่ได้ จึงยังอยู่ในหน้าต่าง และมีสำเนาเก็บไว้ที่ {path}</translation>
    </message>
    <message>
        <source>What you were writing could not be saved; it stays in the window. Copy it out before you close Amends.</source>
        <translation>บันทึกสิ่งที่คุณกำลังเขียนไม่ได้ จึงยังอยู่ในหน้าต่าง คัดลอกออกไปก่อนปิด Amends</translation>
    </message>
    <message>
        <source>A report of what went wrong is in {path}; it holds no text of yours beyond the error itself, and it goes nowhere unless you send it.</source>
        <translation>รายงานสิ่งที่ผิดพลาดอยู่ที่ {path} รายงานนี้ไม่มีข้อความของคุณนอกจากตัวข้อผิดพลาดเอง และจะไม่ถูกส่งไปไหนหากคุณไม่ส่งเอง</translation>
    </message>
    <message>
        <source>No report could be written: {reason}.</source>
        <translation>เขียนรายงานไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>No report could be written: this run of Amends has written enough of them.</source>
        <translation>เขียนรายงานไม่ได้: Amends เขียนรายงานในรอบการทำงานนี้มากพอแล้ว</translation>
    </message>
    <message>
        <source>Amends keeps running; if something looks wrong, close it and start it again.</source>
        <translation>Amends ยังทำงานต่อไป หากมีอะไรดูผิดปกติ ให้ปิดแล้วเปิดใหม่</translation>
    </message>
    <message>
        <source>&amp;Copy the report</source>
        <translation>คัดลอกรายงาน(&amp;C)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>คัดลอกแล้ว</translation>
    </message>
    <message>
        <source>Amends hit the same bug again (see the report in {path}).</source>
        <translation>Amends พบข้อผิดพลาดเดิมอีกครั้ง (ดูรายงานที่ {path})</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <source>Pick a day</source>
        <translation>เลือกวัน</translation>
    </message>
</context>
<context>
    <name>Days</name>
    <message>
        <source>Jan</source>
        <translation>ม.ค.</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>ก.พ.</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>มี.ค.</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>เม.ย.</translation>
    </message>
    <message>
        <source>May</source>
        <translation>พ.ค.</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>มิ.ย.</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>ก.ค.</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>ส.ค.</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>ก.ย.</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>ต.ค.</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>พ.ย.</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>ธ.ค.</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>The compensation&apos;s value must be a number of 0 or more, below 1,000,000,000,000,000.</source>
        <translation>มูลค่าการชดเชยต้องเป็นตัวเลขตั้งแต่ 0 ขึ้นไป และน้อยกว่า 1,000,000,000,000,000</translation>
    </message>
    <message>
        <source>The date and time {when} is outside the years 1 to 9999 once in UTC, as the journal keeps date-times; give one inside them.</source>
        <translation>วันและเวลา {when} เมื่อแปลงเป็น UTC ตามที่บันทึกเก็บไว้ อยู่นอกช่วงปี 1 ถึง 9999 ใส่ค่าที่อยู่ในช่วงนี้</translation>
    </message>
</context>
<context>
    <name>EditMenu</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>เลือกทั้งหมด(&amp;A)</translation>
    </message>
</context>
<context>
    <name>FieldNote</name>
    <message>
        <source>{problem} Until then the journal keeps {kept}.</source>
        <translation>{problem} ระหว่างนี้บันทึกจะเก็บ {kept} ไว้</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>What you offer</source>
        <translation>สิ่งที่คุณเสนอ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>มูลค่า</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>THB</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>ส่งมอบเมื่อ</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>ผลเป็นอย่างไร</translation>
    </message>
    <message>
        <source>The client stayed</source>
        <translation>ลูกค้ายังใช้บริการต่อ</translation>
    </message>
    <message>
        <source>They became an advocate</source>
        <translation>ลูกค้าแนะนำคุณต่อให้คนอื่น</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Who was let down?</source>
        <translation>คุณทำให้ใครผิดหวัง</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>A few words: “Missed the launch date”</source>
        <translation>ไม่กี่คำ: “พลาดวันเปิดตัว”</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>โปรเจกต์</translation>
    </message>
    <message>
        <source>When</source>
        <translation>วันที่เกิดขึ้น</translation>
    </message>
    <message>
        <source>2026-03-02, today, yesterday…</source>
        <translation>2026-03-02, วันนี้, เมื่อวาน…</translation>
    </message>
    <message>
        <source>Kind of mistake</source>
        <translation>ประเภทความผิดพลาด</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>แท็ก</translation>
    </message>
    <message>
        <source>A word, then Enter</source>
        <translation>พิมพ์คำ แล้วกด Enter</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <source>The events, in order.</source>
        <translation>สิ่งที่เกิดขึ้นตามลำดับ</translation>
    </message>
    <message>
        <source>Impact on the client</source>
        <translation>ผลกระทบต่อลูกค้า</translation>
    </message>
    <message>
        <source>What did it cost them?</source>
        <translation>ลูกค้าเสียอะไรไปบ้าง</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ทำไม</translation>
    </message>
    <message>
        <source>Why? One answer per line, each a “why” deeper.</source>
        <translation>ทำไม? บรรทัดละหนึ่งคำตอบ แต่ละบรรทัดถาม “ทำไม” ต่อให้ลึกลงไปอีกขั้น</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>สาเหตุที่แท้จริง</translation>
    </message>
    <message>
        <source>What was in your control</source>
        <translation>ส่วนที่อยู่ในการควบคุมของคุณ</translation>
    </message>
    <message>
        <source>“I chose the host…”</source>
        <translation>“ฉันเป็นคนเลือกโฮสต์…”</translation>
    </message>
    <message>
        <source>What you are doing now</source>
        <translation>สิ่งที่คุณกำลังทำอยู่</translation>
    </message>
    <message>
        <source>Fix status</source>
        <translation>สถานะการแก้ไข</translation>
    </message>
    <message>
        <source>Why it won&apos;t happen again</source>
        <translation>เหตุผลที่จะไม่เกิดซ้ำอีก</translation>
    </message>
    <message>
        <source>Prevention steps</source>
        <translation>ขั้นตอนป้องกัน</translation>
    </message>
    <message>
        <source>Make it right</source>
        <translation>การชดเชย</translation>
    </message>
    <message>
        <source>An unexpected gesture</source>
        <translation>น้ำใจที่ไม่คาดคิด</translation>
    </message>
    <message>
        <source>What you will say</source>
        <translation>สิ่งที่คุณจะพูด</translation>
    </message>
    <message>
        <source>One or two sentences: sorry, the mistake, the fix.</source>
        <translation>หนึ่งหรือสองประโยค: ขอโทษ ความผิดพลาด และการแก้ไข</translation>
    </message>
    <message>
        <source>The apology</source>
        <translation>คำขอโทษ</translation>
    </message>
    <message>
        <source>Show you see their side</source>
        <translation>แสดงว่าคุณเข้าใจมุมมองของลูกค้า</translation>
    </message>
    <message>
        <source>Likely questions</source>
        <translation>คำถามที่น่าจะเจอ</translation>
    </message>
    <message>
        <source>Call date and time</source>
        <translation>วันและเวลาคุยกับลูกค้า</translation>
    </message>
    <message>
        <source>Follow-up message</source>
        <translation>ข้อความติดตามผล</translation>
    </message>
    <message>
        <source>What you write to the client after the call.</source>
        <translation>ข้อความที่คุณเขียนถึงลูกค้าหลังคุยกัน</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>ส่งเมื่อ</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>หลังจากนั้น</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
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
        <translation>ไฟล์ทั้งหมด (*)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>สเปรดชีต CSV (*.csv)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Amends journals (*.amends)</source>
        <translation>บันทึก Amends (*.amends)</translation>
    </message>
    <message>
        <source>Amends backups (*{suffix})</source>
        <translation>ข้อมูลสำรอง Amends (*{suffix})</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>สำรองข้อมูล</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>กู้คืน</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>กู้คืนข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation>เปิดบันทึก</translation>
    </message>
    <message>
        <source>New journal</source>
        <translation>สร้างบันทึกใหม่</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>กำลังอ่าน {name}…</translation>
    </message>
    <message>
        <source>Importing… {done} of {total} incidents</source>
        <translation>กำลังนำเข้า… {done} จาก {total} เหตุการณ์</translation>
    </message>
    <message>
        <source>Saving the imported incidents…</source>
        <translation>กำลังบันทึกเหตุการณ์ที่นำเข้า…</translation>
    </message>
    <message>
        <source>Import cancelled; the journal is as it was.</source>
        <translation>ยกเลิกการนำเข้าแล้ว บันทึกยังเหมือนเดิม</translation>
    </message>
    <message>
        <source>{name} was not imported: {reason}</source>
        <translation>ไม่ได้นำเข้า {name}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}.</source>
        <translation>อ่าน {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>Reading the journal…</source>
        <translation>กำลังอ่านบันทึก…</translation>
    </message>
    <message>
        <source>Exporting… {done} of {total} incidents</source>
        <translation>กำลังส่งออก… {done} จาก {total} เหตุการณ์</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>กำลังบันทึก {name}…</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่ได้เขียนไฟล์ใด</translation>
    </message>
    <message>
        <source>Not exported: {reason}</source>
        <translation>ไม่ได้ส่งออก: {reason}</translation>
    </message>
    <message>
        <source>Backing up the journal…</source>
        <translation>กำลังสำรองข้อมูลบันทึก…</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>เขียนข้อมูลสำรองแล้ว: {path}</translation>
    </message>
    <message>
        <source>No backup was made: {reason}</source>
        <translation>ไม่ได้สร้างข้อมูลสำรอง: {reason}</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>กำลังกู้คืนข้อมูลสำรอง…</translation>
    </message>
    <message>
        <source>Replace the journal with the backup {name}? Everything written since it was made is replaced; the journal as it is now is backed up first, so this can be undone by restoring that backup.</source>
        <translation>แทนที่บันทึกด้วยข้อมูลสำรอง {name} หรือไม่ ทุกอย่างที่เขียนหลังจากสร้างข้อมูลสำรองนั้นจะถูกแทนที่ แต่ Amends จะสำรองบันทึกในสภาพปัจจุบันไว้ก่อน คุณจึงย้อนกลับได้ด้วยการกู้คืนข้อมูลสำรองนั้น</translation>
    </message>
    <message>
        <source>Restored the backup {name}. The journal as it was is kept in {previous}.</source>
        <translation>กู้คืนข้อมูลสำรอง {name} แล้ว บันทึกในสภาพก่อนหน้าเก็บไว้ที่ {previous}</translation>
    </message>
    <message>
        <source>Not restored: {reason}</source>
        <translation>ไม่ได้กู้คืน: {reason}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>กำลังเปิด {name}…</translation>
    </message>
    <message>
        <source>Making the journal {name}…</source>
        <translation>กำลังสร้างบันทึก {name}…</translation>
    </message>
    <message>
        <source>Opened the journal {path}.</source>
        <translation>เปิดบันทึก {path} แล้ว</translation>
    </message>
    <message>
        <source>Made the journal {path}; it is empty. Write an incident with Ctrl+N, or import some.</source>
        <translation>สร้างบันทึก {path} แล้ว ตอนนี้ยังว่างอยู่ กด Ctrl+N เพื่อเขียนเหตุการณ์ หรือนำเข้าเหตุการณ์</translation>
    </message>
    <message>
        <source>{path} is the journal open now.</source>
        <translation>{path} คือบันทึกที่เปิดอยู่ตอนนี้</translation>
    </message>
    <message>
        <source>Amends is already open on {path} in another window; it has been brought forward.</source>
        <translation>Amends เปิด {path} อยู่แล้วในอีกหน้าต่างหนึ่ง จึงนำหน้าต่างนั้นขึ้นมาด้านหน้าให้</translation>
    </message>
    <message>
        <source>{path} already exists. Choose a new name, or open it with File → Open journal…</source>
        <translation>{path} มีอยู่แล้ว เลือกชื่อใหม่ หรือเปิดด้วย ไฟล์ → เปิดบันทึก…</translation>
    </message>
    <message>
        <source>What you wrote could not be saved, so Amends stays on this journal: {reason} Your text is still in the worksheet; try again once it is saved, or copy it out first.</source>
        <translation>บันทึกสิ่งที่คุณเขียนไม่ได้ Amends จึงยังอยู่ที่สมุดบันทึกนี้: {reason} ข้อความของคุณยังอยู่ในแบบบันทึก ลองอีกครั้งเมื่อบันทึกได้แล้ว หรือคัดลอกออกไปก่อน</translation>
    </message>
    <message>
        <source>{reason}

The journal {current} is still open.</source>
        <translation>{reason}

บันทึก {current} ยังเปิดอยู่</translation>
    </message>
    <message>
        <source>{path} is not an Amends journal, or it is damaged, so it was not opened. To get a damaged journal&apos;s incidents back, make a new journal with File → New journal… and restore one of its backups into it with File → Restore…</source>
        <translation>{path} ไม่ใช่บันทึกของ Amends หรือเสียหาย จึงไม่ได้เปิด หากต้องการเหตุการณ์ของบันทึกที่เสียหายคืน ให้สร้างบันทึกใหม่ด้วย ไฟล์ → สร้างบันทึกใหม่… แล้วกู้คืนข้อมูลสำรองชุดหนึ่งของบันทึกที่เสียหายเข้าไปด้วย ไฟล์ → กู้คืน…</translation>
    </message>
    <message>
        <source>{path} is read-only, so nothing you write in it could be saved. Make the file and its folder writable, or copy it to a folder you can write to and open the copy with File → Open journal…</source>
        <translation>{path} เป็นแบบอ่านอย่างเดียว สิ่งที่คุณเขียนลงไปจึงบันทึกไม่ได้ ให้ตั้งไฟล์และโฟลเดอร์ของไฟล์ให้เขียนได้ หรือคัดลอกไปยังโฟลเดอร์ที่คุณเขียนได้ แล้วเปิดสำเนาด้วย ไฟล์ → เปิดบันทึก…</translation>
    </message>
    <message>
        <source>&amp;Open journal…</source>
        <translation>เปิดบันทึก(&amp;O)…</translation>
    </message>
    <message>
        <source>Ne&amp;w journal…</source>
        <translation>สร้างบันทึกใหม่(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>นำเข้า(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>ส่งออก(&amp;E)…</translation>
    </message>
    <message>
        <source>Back up &amp;now</source>
        <translation>สำรองข้อมูลตอนนี้(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>กู้คืน(&amp;R)…</translation>
    </message>
    <message>
        <source>Import incidents</source>
        <translation>นำเข้าเหตุการณ์</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s). Their numbers were taken already, so they have new ones.</source>
        <translation>
            <numerusform>นำเข้าเหตุการณ์ %n รายการแล้ว หมายเลขเดิมถูกใช้ไปแล้ว จึงได้หมายเลขใหม่</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n incident(s).</source>
        <translation>
            <numerusform>นำเข้าเหตุการณ์ %n รายการแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>ไม่ได้นำเข้า</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>ส่งออกบันทึก</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incident(s) to {path}.</source>
        <translation>
            <numerusform>ส่งออกเหตุการณ์ %n รายการไปยัง {path} แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>ไม่ได้ส่งออก</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>No backup made</source>
        <translation>ไม่ได้สร้างข้อมูลสำรอง</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>ไม่ได้กู้คืน</translation>
    </message>
    <message>
        <source>Not opened</source>
        <translation>ไม่ได้เปิด</translation>
    </message>
    <message>
        <source>Not made</source>
        <translation>ไม่ได้สร้าง</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>any</source>
        <comment>a date filter left empty</comment>
        <translation>ไม่จำกัด</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>ลูกค้าทั้งหมด</translation>
    </message>
    <message>
        <source>Only this client&apos;s incidents: type a name, Enter to apply</source>
        <translation>เฉพาะเหตุการณ์ของลูกค้ารายนี้: พิมพ์ชื่อ แล้วกด Enter เพื่อกรอง</translation>
    </message>
    <message>
        <source>Only this kind of mistake</source>
        <translation>เฉพาะความผิดพลาดประเภทนี้</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>ทุกหมวดหมู่</translation>
    </message>
    <message>
        <source>Only this severity</source>
        <translation>เฉพาะความรุนแรงระดับนี้</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>ความรุนแรงทุกระดับ</translation>
    </message>
    <message>
        <source>Only incidents at this stage</source>
        <translation>เฉพาะเหตุการณ์ที่อยู่ในสถานะนี้</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>Only incidents with this tag</source>
        <translation>เฉพาะเหตุการณ์ที่มีแท็กนี้</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>ทุกแท็ก</translation>
    </message>
    <message>
        <source>On or after: 2026-03-02, 2026-03 or 2026</source>
        <translation>ตั้งแต่: 2026-03-02, 2026-03 หรือ 2026</translation>
    </message>
    <message>
        <source>On or before: 2026-03-02, 2026-03 (its end) or 2026</source>
        <translation>จนถึง: 2026-03-02, 2026-03 (นับถึงวันสุดท้าย) หรือ 2026</translation>
    </message>
    <message>
        <source>Overdue steps</source>
        <translation>ขั้นตอนที่เลยกำหนด</translation>
    </message>
    <message>
        <source>Only incidents with a prevention step past its due date</source>
        <translation>เฉพาะเหตุการณ์ที่มีขั้นตอนป้องกันเลยกำหนดเสร็จ</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>ล้างตัวกรอง</translation>
    </message>
    <message>
        <source>From</source>
        <comment>before the first day of a date filter</comment>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>to</source>
        <comment>between the first and last day of a date filter</comment>
        <translation>ถึง</translation>
    </message>
    <message>
        <source>Not a date: write 2026-03-02, 2026-03 or 2026.</source>
        <translation>ไม่ใช่วันที่: พิมพ์ 2026-03-02, 2026-03 หรือ 2026</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <source>Hello {name},</source>
        <translation>สวัสดีคุณ{name}</translation>
    </message>
    <message>
        <source>Thank you for talking it through with me.</source>
        <translation>ขอบคุณที่สละเวลาคุยเรื่องนี้ด้วยกัน</translation>
    </message>
    <message>
        <source>What I have done:</source>
        <translation>สิ่งที่ทำไปแล้ว:</translation>
    </message>
    <message>
        <source>So that it does not happen again:</source>
        <translation>เพื่อไม่ให้เกิดขึ้นอีก:</translation>
    </message>
    <message>
        <source>To make up for it:</source>
        <translation>เพื่อชดเชยให้:</translation>
    </message>
    <message>
        <source>I will keep you posted until every step is done.</source>
        <translation>จะแจ้งความคืบหน้าให้ทราบจนกว่าทุกขั้นตอนจะเสร็จ</translation>
    </message>
    <message>
        <source>{text} (done {day})</source>
        <translation>{text} (เสร็จเมื่อ {day})</translation>
    </message>
    <message>
        <source>{text} (by {day})</source>
        <translation>{text} (ภายใน {day})</translation>
    </message>
    <message>
        <source>About {title}</source>
        <comment>the e-mail&apos;s subject</comment>
        <translation>เรื่อง {title}</translation>
    </message>
</context>
<context>
    <name>FollowUpTools</name>
    <message>
        <source>&amp;Draft from the worksheet</source>
        <translation>ร่างจากแบบบันทึก(&amp;D)</translation>
    </message>
    <message>
        <source>Start the message from the apology, the fix, the steps and the offer</source>
        <translation>เริ่มข้อความจากคำขอโทษ วิธีแก้ ขั้นตอนป้องกัน และข้อเสนอ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the message to paste it in any app</source>
        <translation>คัดลอกข้อความไปวางในแอปใดก็ได้</translation>
    </message>
    <message>
        <source>Open in &amp;mail app</source>
        <translation>เปิดในแอปอีเมล(&amp;M)</translation>
    </message>
    <message>
        <source>A new e-mail to the client with it</source>
        <translation>อีเมลใหม่ถึงลูกค้าพร้อมข้อความนี้</translation>
    </message>
    <message>
        <source>Sent &amp;today</source>
        <translation>ส่งแล้ววันนี้(&amp;T)</translation>
    </message>
    <message>
        <source>Record that the message was sent today</source>
        <translation>บันทึกว่าวันนี้ส่งข้อความแล้ว</translation>
    </message>
    <message>
        <source>Write the apology (The call) first: the message starts from it.</source>
        <translation>เขียนคำขอโทษ (การคุยกับลูกค้า) ก่อน: ข้อความจะเริ่มจากตรงนั้น</translation>
    </message>
    <message>
        <source>Drafted from the worksheet. Ctrl+Z in the message brings back what was there.</source>
        <translation>ร่างจากแบบบันทึกแล้ว กด Ctrl+Z ในข้อความเพื่อเอาข้อความเดิมกลับมา</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>ข้อความยังว่างอยู่</translation>
    </message>
    <message>
        <source>The message is copied: paste it where you write to the client.</source>
        <translation>คัดลอกข้อความแล้ว: นำไปวางในที่ที่คุณใช้เขียนถึงลูกค้า</translation>
    </message>
    <message>
        <source>Your mail app opens with the message. Once it is sent, press Sent today.</source>
        <translation>แอปอีเมลของคุณจะเปิดพร้อมข้อความ เมื่อส่งแล้ว กด “ส่งแล้ววันนี้”</translation>
    </message>
    <message>
        <source>Your mail app opens with the message, addressed to no one yet: this client has no e-mail address (Clients, Edit details…). Once it is sent, press Sent today.</source>
        <translation>แอปอีเมลของคุณจะเปิดพร้อมข้อความ แต่ยังไม่มีผู้รับ เพราะลูกค้ารายนี้ยังไม่มีที่อยู่อีเมล (ลูกค้า › แก้ไขรายละเอียด…) เมื่อส่งแล้ว กด “ส่งแล้ววันนี้”</translation>
    </message>
    <message>
        <source>No mail app could be opened. Copy the message instead.</source>
        <translation>เปิดแอปอีเมลไม่ได้ ให้คัดลอกข้อความแทน</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Amends Help</source>
        <translation>วิธีใช้ Amends</translation>
    </message>
    <message>
        <source>&amp;Guide to the method</source>
        <translation>คู่มือวิธีรับมือความผิดพลาด(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด(&amp;K)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>ปุ่มลัด</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>อื่น ๆ</translation>
    </message>
</context>
<context>
    <name>HistoryNote</name>
    <message numerus="yes">
        <source>You have been here before: %n earlier incident(s) of “{category}” with {client}.</source>
        <translation>
            <numerusform>เคยเจอแบบนี้มาแล้ว: เหตุการณ์ประเภท “{category}” กับ {client} ก่อนหน้านี้ %n ครั้ง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have been here before: %n earlier incident(s) of “{category}” with {client}, the last on {day}.</source>
        <translation>
            <numerusform>เคยเจอแบบนี้มาแล้ว: เหตุการณ์ประเภท “{category}” กับ {client} ก่อนหน้านี้ %n ครั้ง ล่าสุดเมื่อ {day}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It happened again after this one: %n later incident(s) of “{category}” with {client}.</source>
        <translation>
            <numerusform>เกิดขึ้นอีกหลังจากครั้งนี้: เหตุการณ์ประเภท “{category}” กับ {client} หลังจากนี้อีก %n ครั้ง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportFile</name>
    <message>
        <source>it is nested too deeply: an Amends file has lists and objects a few levels deep</source>
        <translation>ข้อมูลซ้อนกันลึกเกินไป ไฟล์ของ Amends มีลิสต์และออบเจกต์ซ้อนกันเพียงไม่กี่ชั้น</translation>
    </message>
    <message>
        <source>not a key of the Amends format (see docs/format.md)</source>
        <translation>ไม่ใช่คีย์ของรูปแบบ Amends (ดู docs/format.md)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ต้องมี</translation>
    </message>
    <message>
        <source>{reason}, got {value}</source>
        <translation>{reason} แต่ได้ {value}</translation>
    </message>
    <message>
        <source>incident {number} (&quot;{title}&quot;), key &apos;{key}&apos;: {reason}</source>
        <translation>เหตุการณ์ที่ {number} (&quot;{title}&quot;) คีย์ &apos;{key}&apos;: {reason}</translation>
    </message>
    <message>
        <source>incident {number} (&quot;{title}&quot;): {reason}</source>
        <translation>เหตุการณ์ที่ {number} (&quot;{title}&quot;): {reason}</translation>
    </message>
    <message>
        <source>incident {number}, key &apos;{key}&apos;: {reason}</source>
        <translation>เหตุการณ์ที่ {number} คีย์ &apos;{key}&apos;: {reason}</translation>
    </message>
    <message>
        <source>incident {number}: {reason}</source>
        <translation>เหตุการณ์ที่ {number}: {reason}</translation>
    </message>
    <message>
        <source>key &apos;{key}&apos;: {reason}</source>
        <translation>คีย์ &apos;{key}&apos;: {reason}</translation>
    </message>
    <message>
        <source>it is not a file Amends exported (one says &quot;format&quot;: &quot;amends&quot;); Amends imports only those</source>
        <translation>นี่ไม่ใช่ไฟล์ที่ Amends ส่งออก (ไฟล์ดังกล่าวจะมี &quot;format&quot;: &quot;amends&quot;) Amends นำเข้าได้เฉพาะไฟล์แบบนั้น</translation>
    </message>
    <message>
        <source>it is a journal, not a file exported from one: open it as a journal instead</source>
        <translation>นี่คือบันทึก ไม่ใช่ไฟล์ที่ส่งออกจากบันทึก: ให้เปิดเป็นบันทึกแทน</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte {position}); save it as UTF-8 and try again</source>
        <translation>ไฟล์ไม่ใช่ข้อความ UTF-8 (ไบต์ที่ {position}) บันทึกเป็น UTF-8 แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>line {line}, column {column}: {reason}</source>
        <translation>บรรทัด {line} คอลัมน์ {column}: {reason}</translation>
    </message>
    <message>
        <source>it holds a number of more than 4,300 digits, which no key of the Amends format takes</source>
        <translation>มีตัวเลขยาวเกิน 4,300 หลัก ซึ่งไม่มีคีย์ใดในรูปแบบ Amends รับได้</translation>
    </message>
    <message>
        <source>this file uses version {version} of the Amends format; this Amends reads version {supported}. Update Amends to import it.</source>
        <translation>ไฟล์นี้ใช้รูปแบบ Amends รุ่น {version} แต่ Amends ที่ใช้อยู่อ่านได้รุ่น {supported} อัปเดต Amends ก่อนจึงจะนำเข้าได้</translation>
    </message>
    <message>
        <source>must not be blank</source>
        <translation>เว้นว่างไม่ได้</translation>
    </message>
    <message>
        <source>is outside the years 1 to 9999 once in UTC, as the journal keeps date-times; give one inside them</source>
        <translation>อยู่นอกช่วงปี 1 ถึง 9999 เมื่อแปลงเป็น UTC ซึ่งเป็นแบบที่บันทึกใช้เก็บวันเวลา ระบุวันเวลาที่อยู่ในช่วงนี้</translation>
    </message>
    <message>
        <source>a question needs a question or an answer</source>
        <translation>คำถามต้องมีตัวคำถามหรือคำตอบ</translation>
    </message>
</context>
<context>
    <name>IncidentPage</name>
    <message>
        <source>overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <source>Unfinished: give it a title and a client in the worksheet (Enter opens it).</source>
        <translation>ยังไม่เสร็จ: ใส่ชื่อเรื่องและลูกค้าในแบบบันทึก (กด Enter เพื่อเปิด)</translation>
    </message>
    <message>
        <source>Unfinished: give it a title in the worksheet (Enter opens it).</source>
        <translation>ยังไม่เสร็จ: ใส่ชื่อเรื่องในแบบบันทึก (กด Enter เพื่อเปิด)</translation>
    </message>
    <message>
        <source>Unfinished: give it a client in the worksheet (Enter opens it).</source>
        <translation>ยังไม่เสร็จ: ใส่ลูกค้าในแบบบันทึก (กด Enter เพื่อเปิด)</translation>
    </message>
</context>
<context>
    <name>JournalErrors</name>
    <message>
        <source>{path} is the journal itself; choose one of its backups.</source>
        <translation>{path} คือตัวบันทึกเอง เลือกข้อมูลสำรองชุดใดชุดหนึ่งของบันทึก</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of Amends; update Amends to restore it.</source>
        <translation>{path} สร้างโดย Amends รุ่นใหม่กว่า อัปเดต Amends เพื่อกู้คืน</translation>
    </message>
    <message>
        <source>{path} is read-only, so it cannot be restored into.</source>
        <translation>{path} เป็นแบบอ่านอย่างเดียว จึงกู้คืนลงไปไม่ได้</translation>
    </message>
    <message>
        <source>Incident {incident} has no prevention steps.</source>
        <translation>เหตุการณ์ {incident} ไม่มีขั้นตอนป้องกัน</translation>
    </message>
    <message>
        <source>Incident {incident} has no prevention step {step}: it has {count}.</source>
        <translation>เหตุการณ์ {incident} ไม่มีขั้นตอนป้องกันที่ {step} มีอยู่ {count} ขั้นตอน</translation>
    </message>
    <message>
        <source>Incident {incident} offers no compensation, so there is nothing to deliver.</source>
        <translation>เหตุการณ์ {incident} ไม่ได้เสนอการชดเชย จึงไม่มีอะไรต้องส่งมอบ</translation>
    </message>
    <message>
        <source>This incident has not been saved yet; create it first.</source>
        <translation>เหตุการณ์นี้ยังไม่ได้บันทึก ให้สร้างเหตุการณ์ก่อน</translation>
    </message>
    <message>
        <source>{path} is not an Amends journal, not even a damaged one, so it was left as it is.</source>
        <translation>{path} ไม่ใช่บันทึกของ Amends แม้แต่แบบที่เสียหาย จึงปล่อยไว้ตามเดิม</translation>
    </message>
    <message>
        <source>The coach knows {languages}; {code} is not one of them.</source>
        <translation>ผู้ช่วยแนะนำรองรับภาษา {languages} แต่ไม่รองรับ {code}</translation>
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation>เก็บข้อมูลสำรองไว้อย่างน้อยหนึ่งชุด</translation>
    </message>
    <message>
        <source>There is no backup at {path}.</source>
        <translation>ไม่มีข้อมูลสำรองที่ {path}</translation>
    </message>
    <message>
        <source>{path} is not a usable Amends backup ({reason}).</source>
        <translation>{path} ไม่ใช่ข้อมูลสำรองของ Amends ที่ใช้ได้ ({reason})</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}); choose another backup.</source>
        <translation>{path} เสียหาย ({reason}) เลือกข้อมูลสำรองชุดอื่น</translation>
    </message>
    <message>
        <source>{path} is a folder, not a journal.</source>
        <translation>{path} เป็นโฟลเดอร์ ไม่ใช่บันทึก</translation>
    </message>
    <message>
        <source>{path} is not a plain file, not a journal.</source>
        <translation>{path} ไม่ใช่ไฟล์ธรรมดา และไม่ใช่บันทึก</translation>
    </message>
    <message>
        <source>Cannot create the journal {path}: {reason}.</source>
        <translation>สร้างบันทึก {path} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>There is no journal at {path}.</source>
        <translation>ไม่มีบันทึกที่ {path}</translation>
    </message>
    <message>
        <source>{path} is damaged ({reason}), so nothing more is written to it.</source>
        <translation>{path} เสียหาย ({reason}) จึงจะไม่เขียนอะไรลงไปอีก</translation>
    </message>
    <message>
        <source>Free some space, or write it to another disk.</source>
        <translation>เพิ่มพื้นที่ว่าง หรือเขียนไปยังดิสก์อื่น</translation>
    </message>
    <message>
        <source>Choose a folder you can write to.</source>
        <translation>เลือกโฟลเดอร์ที่คุณเขียนได้</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or make this one writable.</source>
        <translation>เลือกโฟลเดอร์ที่คุณเขียนได้ หรือทำให้โฟลเดอร์นี้เขียนได้</translation>
    </message>
    <message>
        <source>The disk reported an error: check the disk, or write it to another.</source>
        <translation>ดิสก์แจ้งข้อผิดพลาด ตรวจดิสก์ หรือเขียนไปยังดิสก์อื่น</translation>
    </message>
    <message>
        <source>Choose another place.</source>
        <translation>เลือกที่อื่น</translation>
    </message>
    <message>
        <source>Cannot write a backup in {folder}: {reason}. {advice}</source>
        <translation>เขียนข้อมูลสำรองใน {folder} ไม่ได้: {reason} {advice}</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}. {advice}</source>
        <translation>เขียน {path} ไม่ได้: {reason} {advice}</translation>
    </message>
    <message>
        <source>The disk holding {path} is full, so this change was not saved. Free some space and try again; the journal is unchanged.</source>
        <translation>ดิสก์ที่เก็บ {path} เต็ม จึงไม่ได้บันทึกการเปลี่ยนแปลงนี้ เพิ่มพื้นที่ว่างแล้วลองอีกครั้ง สมุดบันทึกยังเหมือนเดิม</translation>
    </message>
    <message>
        <source>The journal {path} is read-only, so this change was not saved.</source>
        <translation>สมุดบันทึก {path} เป็นแบบอ่านอย่างเดียว จึงไม่ได้บันทึกการเปลี่ยนแปลงนี้</translation>
    </message>
    <message>
        <source>The journal {path} is busy: another program is writing to it. Close other Amends windows or commands and try again; nothing was lost.</source>
        <translation>บันทึก {path} กำลังถูกใช้งาน มีโปรแกรมอื่นกำลังเขียนอยู่ ปิดหน้าต่างหรือคำสั่งอื่นของ Amends แล้วลองอีกครั้ง ไม่มีอะไรสูญหาย</translation>
    </message>
    <message>
        <source>{path} is not an Amends journal or is damaged.</source>
        <translation>{path} ไม่ใช่บันทึกของ Amends หรือเสียหาย</translation>
    </message>
    <message>
        <source>Cannot open the journal {path}: check that its folder exists and is yours.</source>
        <translation>เปิดบันทึก {path} ไม่ได้ ตรวจดูว่าโฟลเดอร์ของบันทึกมีอยู่และเป็นของคุณ</translation>
    </message>
    <message>
        <source>The disk reported an error while using {path}. Check the disk, then restore the newest backup if the journal looks wrong.</source>
        <translation>ดิสก์แจ้งข้อผิดพลาดระหว่างใช้ {path} ตรวจดิสก์ แล้วกู้คืนข้อมูลสำรองชุดล่าสุดหากบันทึกดูผิดปกติ</translation>
    </message>
    <message>
        <source>There is no incident {id}.</source>
        <translation>ไม่มีเหตุการณ์ {id}</translation>
    </message>
    <message>
        <source>{path} is a database, but not an Amends journal; it was left untouched.</source>
        <translation>{path} เป็นฐานข้อมูล แต่ไม่ใช่บันทึกของ Amends จึงไม่ได้แตะต้อง</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of Amends (schema {revision}). Update Amends to open it; the file was left untouched.</source>
        <translation>{path} เขียนโดย Amends รุ่นใหม่กว่า (สคีมา {revision}) อัปเดต Amends เพื่อเปิด ไฟล์ยังไม่ถูกแตะต้อง</translation>
    </message>
    <message>
        <source>{path} is read-only and must be upgraded before this version of Amends can use it.</source>
        <translation>{path} เป็นแบบอ่านอย่างเดียว และต้องอัปเกรดก่อน Amends รุ่นนี้จึงจะใช้ได้</translation>
    </message>
    <message>
        <source>{path}: the upgrade would leave {count} broken references, so it was not made; the journal is as it was.</source>
        <translation>{path}: การอัปเกรดจะทำให้มีการอ้างอิงเสีย {count} รายการ จึงไม่ได้อัปเกรด บันทึกยังเหมือนเดิม</translation>
    </message>
    <message>
        <source>There is no client with id {id}.</source>
        <translation>ไม่มีลูกค้ารหัส {id}</translation>
    </message>
    <message>
        <source>There is no incident {id}; it may have been deleted.</source>
        <translation>ไม่มีเหตุการณ์ {id} อาจถูกลบไปแล้ว</translation>
    </message>
    <message>
        <source>Choose which client to change.</source>
        <translation>เลือกลูกค้าที่จะแก้ไข</translation>
    </message>
    <message>
        <source>There is already a client called {name}.</source>
        <translation>มีลูกค้าชื่อ {name} อยู่แล้ว</translation>
    </message>
    <message>
        <source>There is no category {name}.</source>
        <translation>ไม่มีหมวดหมู่ {name}</translation>
    </message>
    <message>
        <source>There is already a category called {name}.</source>
        <translation>มีหมวดหมู่ชื่อ {name} อยู่แล้ว</translation>
    </message>
    <message>
        <source>Choose another category to move its incidents to.</source>
        <translation>เลือกหมวดหมู่อื่นที่จะย้ายเหตุการณ์ของหมวดหมู่นี้ไปไว้</translation>
    </message>
    <message>
        <source>Amends exports {formats}, not {format}.</source>
        <translation>Amends ส่งออกได้เป็น {formats} เท่านั้น ไม่รองรับ {format}</translation>
    </message>
    <message>
        <source>{path} is the journal or one of its backups.</source>
        <translation>{path} คือบันทึกเองหรือข้อมูลสำรองของบันทึก</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file to write to.</source>
        <translation>{path} เป็นโฟลเดอร์ เลือกไฟล์ที่จะเขียน</translation>
    </message>
    <message>
        <source>{path} is not a plain file: choose a file to write to.</source>
        <translation>{path} ไม่ใช่ไฟล์ธรรมดา เลือกไฟล์ที่จะเขียน</translation>
    </message>
    <message>
        <source>Incident {id} is not in the Trash.</source>
        <translation>เหตุการณ์ {id} ไม่ได้อยู่ในถังขยะ</translation>
    </message>
    <message>
        <source>there is no such file or folder</source>
        <translation>ไม่มีไฟล์หรือโฟลเดอร์นี้</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>ไม่ได้รับอนุญาต</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ดิสก์เต็ม</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>ดิสก์อ่านได้อย่างเดียว</translation>
    </message>
    <message>
        <source>that is a folder</source>
        <translation>นั่นคือโฟลเดอร์</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>บางส่วนของเส้นทางไม่ใช่โฟลเดอร์</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>มีอยู่แล้ว</translation>
    </message>
    <message>
        <source>the disk reported an error</source>
        <translation>ดิสก์แจ้งข้อผิดพลาด</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>ชื่อยาวเกินไป</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>ความรุนแรง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ขั้นตอน</translation>
    </message>
    <message>
        <source>Found in</source>
        <translation>พบใน</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <source>A prevention step is past its due date.</source>
        <translation>มีขั้นตอนป้องกันที่เลยกำหนดเสร็จแล้ว</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Search every word of every incident, any language (Ctrl+F)</source>
        <translation>ค้นหาทุกคำในทุกเหตุการณ์ ได้ทุกภาษา (Ctrl+F)</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>เหตุการณ์ใหม่</translation>
    </message>
    <message>
        <source>Select an incident to read it here; Enter opens it.</source>
        <translation>เลือกเหตุการณ์เพื่ออ่านที่นี่ กด Enter เพื่อเปิด</translation>
    </message>
    <message>
        <source>Nothing here yet — when something goes wrong with a client, start here.

Press Ctrl+N for a new incident. To see first what Amends is for, choose Help ▸ Look around with sample incidents.</source>
        <translation>ยังไม่มีอะไรที่นี่ — เมื่อมีอะไรผิดพลาดกับลูกค้า ให้เริ่มที่นี่

กด Ctrl+N เพื่อสร้างเหตุการณ์ใหม่ ถ้าอยากดูก่อนว่า Amends ใช้ทำอะไร ให้เลือก วิธีใช้ ▸ ลองดูเหตุการณ์ตัวอย่าง</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>กำลังค้นหา…</translation>
    </message>
    <message>
        <source>It is saved, but the filters hide it: “Clear filters” shows it.</source>
        <translation>บันทึกแล้ว แต่ตัวกรองซ่อนไว้: กด “ล้างตัวกรอง” เพื่อแสดง</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>Written where Amends could not read it</source>
        <translation>ข้อความที่ Amends อ่านไม่ออก</translation>
    </message>
    <message>
        <source>due {due}, done {done}</source>
        <translation>กำหนดเสร็จ {due} เสร็จเมื่อ {done}</translation>
    </message>
    <message>
        <source>due {due}</source>
        <translation>กำหนดเสร็จ {due}</translation>
    </message>
    <message>
        <source>done {done}</source>
        <translation>เสร็จเมื่อ {done}</translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <source>&amp;Clients</source>
        <translation>ลูกค้า(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Patterns</source>
        <translation>รูปแบบที่เกิดซ้ำ(&amp;P)</translation>
    </message>
</context>
<context>
    <name>ListCount</name>
    <message numerus="yes">
        <source>%n incident(s) found (the best {limit})</source>
        <translation>
            <numerusform>พบเหตุการณ์ %n รายการ (แสดง {limit} รายการที่ตรงที่สุด)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) found</source>
        <translation>
            <numerusform>พบเหตุการณ์ %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) match the filters</source>
        <translation>
            <numerusform>เหตุการณ์ %n รายการตรงกับตัวกรอง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>เหตุการณ์ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or shorter words, or clear the filters.</source>
        <translation>ไม่พบรายการที่ตรงกัน ลองใช้คำให้น้อยลงหรือสั้นลง หรือล้างตัวกรอง</translation>
    </message>
    <message>
        <source>Nothing matches these words. Try fewer or shorter ones.</source>
        <translation>ไม่พบรายการที่ตรงกับคำเหล่านี้ ลองใช้คำให้น้อยลงหรือสั้นลง</translation>
    </message>
    <message>
        <source>No incident matches the filters. “Clear filters” shows them all.</source>
        <translation>ไม่พบรายการที่ตรงกับตัวกรอง “ล้างตัวกรอง” จะแสดงทั้งหมด</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ไฟล์(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>เหตุการณ์(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Worksheet</source>
        <translation>แบบบันทึก(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>วิธีใช้(&amp;H)</translation>
    </message>
    <message>
        <source>Amends — {name}</source>
        <translation>Amends — {name}</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>สมุดบันทึก(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>ข้อมูลสำรอง(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Trash…</source>
        <translation>ถังขยะ(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New incident</source>
        <translation>เหตุการณ์ใหม่(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open selected</source>
        <translation>เปิดรายการที่เลือก(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Briefing for the call…</source>
        <translation>เอกสารเตรียมคุย(&amp;B)…</translation>
    </message>
    <message>
        <source>Back to the &amp;journal</source>
        <translation>กลับไปที่สมุดบันทึก(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>ค้นหา(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Delete incident…</source>
        <translation>ลบเหตุการณ์(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <translation>เลิกทำการลบ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>ลูกค้า(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Patterns</source>
        <translation>รูปแบบที่เกิดซ้ำ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>รูปลักษณ์(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Guide to the method</source>
        <translation>คู่มือวิธีรับมือความผิดพลาด(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>แป้นพิมพ์ลัด(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Look around with sample incidents</source>
        <translation>ลองดูเหตุการณ์ตัวอย่าง(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About Amends</source>
        <translation>เกี่ยวกับ Amends(&amp;A)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>ตามระบบ(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>สว่าง(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>มืด(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>ขั้นตอนถัดไป(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>ขั้นตอนก่อนหน้า(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Leave without saving</source>
        <translation>ออกโดยไม่บันทึก(&amp;L)</translation>
    </message>
    <message>
        <source>amends: what you wrote was not saved ({reason}); it is kept in {path}.</source>
        <translation>amends: สิ่งที่คุณเขียนยังไม่ได้บันทึก ({reason}) จึงเก็บไว้ที่ {path}</translation>
    </message>
    <message>
        <source>amends: what you wrote was not saved ({reason}); no file could be written either.</source>
        <translation>amends: สิ่งที่คุณเขียนยังไม่ได้บันทึก ({reason}) และเขียนลงไฟล์ไม่ได้เช่นกัน</translation>
    </message>
    <message>
        <source>&amp;Log out without saving</source>
        <translation>ออกจากระบบโดยไม่บันทึก(&amp;L)</translation>
    </message>
    <message>
        <source>The appearance applies until Amends closes: {reason}</source>
        <translation>รูปลักษณ์นี้ใช้ได้จนกว่าจะปิด Amends: {reason}</translation>
    </message>
    <message>
        <source>Choose or save an incident first.</source>
        <translation>เลือกหรือบันทึกเหตุการณ์ก่อน</translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation>ปิดโดยไม่บันทึก(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message>
        <source>Amends journal</source>
        <translation>บันทึกของ Amends</translation>
    </message>
    <message>
        <source>{title} (unfinished)</source>
        <translation>{title} (ยังไม่เสร็จ)</translation>
    </message>
</context>
<context>
    <name>PatternsView</name>
    <message>
        <source>Reading your journal…</source>
        <translation>กำลังอ่านบันทึกของคุณ…</translation>
    </message>
    <message>
        <source>Overdue steps, oldest first; click one to open its incident.</source>
        <translation>ขั้นตอนที่เลยกำหนด เก่าสุดก่อน คลิกเพื่อเปิดเหตุการณ์ของขั้นตอนนั้น</translation>
    </message>
    <message>
        <source>What goes wrong most</source>
        <translation>อะไรผิดพลาดบ่อยที่สุด</translation>
    </message>
    <message>
        <source>Incidents per category.</source>
        <translation>เหตุการณ์แยกตามหมวดหมู่</translation>
    </message>
    <message>
        <source>Why, most often</source>
        <translation>สาเหตุที่พบบ่อยที่สุด</translation>
    </message>
    <message>
        <source>Root causes you gave more than once.</source>
        <translation>สาเหตุที่แท้จริงที่คุณระบุมากกว่าหนึ่งครั้ง</translation>
    </message>
    <message>
        <source>Same client, same failure</source>
        <translation>ลูกค้าเดิม พลาดแบบเดิม</translation>
    </message>
    <message>
        <source>Failing a client the same way twice is what makes them leave.</source>
        <translation>การทำให้ลูกค้าผิดหวังแบบเดิมซ้ำสองครั้ง คือสิ่งที่ทำให้ลูกค้าเลิกใช้บริการ</translation>
    </message>
    <message>
        <source>The same cause in other words</source>
        <translation>สาเหตุเดิม แต่ใช้คำต่างกัน</translation>
    </message>
    <message>
        <source>Lately, a why that reads like an earlier one with the same client.</source>
        <translation>ช่วงหลังนี้ มีคำตอบ “ทำไม” ที่คล้ายกับครั้งก่อนของลูกค้ารายเดิม</translation>
    </message>
    <message>
        <source>Did you keep your promises?</source>
        <translation>คุณทำตามที่สัญญาไว้ไหม</translation>
    </message>
    <message>
        <source>Prevention steps by how they went; click “overdue” to see those incidents.</source>
        <translation>ขั้นตอนป้องกันแยกตามผล คลิก “เลยกำหนด” เพื่อดูเหตุการณ์เหล่านั้น</translation>
    </message>
    <message>
        <source>Making it right</source>
        <translation>การชดเชย</translation>
    </message>
    <message>
        <source>What you offered each client; the solid part of each bar is delivered.</source>
        <translation>สิ่งที่คุณเสนอให้ลูกค้าแต่ละราย ส่วนทึบของแต่ละแท่งคือส่วนที่ส่งมอบแล้ว</translation>
    </message>
    <message>
        <source>Incidents per month</source>
        <translation>เหตุการณ์รายเดือน</translation>
    </message>
    <message>
        <source>The last two years, by category; click a bar to see those incidents.</source>
        <translation>สองปีล่าสุด แยกตามหมวดหมู่ คลิกแท่งเพื่อดูเหตุการณ์เหล่านั้น</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s)</source>
        <comment>after “with”: 3 incidents with 2 clients.</comment>
        <translation>
            <numerusform>ลูกค้า %n ราย</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) with {clients}.</source>
        <translation>
            <numerusform>%n เหตุการณ์กับ{clients}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In %n case(s) you failed the same client the same way again.</source>
        <translation>
            <numerusform>มี %n ครั้งที่คุณทำให้ลูกค้ารายเดิมผิดหวังแบบเดิมซ้ำอีก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n prevention step(s) overdue.</source>
        <translation>
            <numerusform>ขั้นตอนป้องกัน %n ขั้นตอนเลยกำหนด</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents yet, so no patterns. They appear here as the journal fills.</source>
        <translation>ยังไม่มีเหตุการณ์ จึงยังไม่มีรูปแบบที่เกิดซ้ำ ซึ่งจะปรากฏที่นี่เมื่อบันทึกมีข้อมูลมากขึ้น</translation>
    </message>
    <message>
        <source>Cause: {cause}</source>
        <translation>สาเหตุ: {cause}</translation>
    </message>
    <message>
        <source>No cause given twice yet.</source>
        <translation>ยังไม่มีสาเหตุที่ระบุซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>{count} × {category} with {client}, last on {day}</source>
        <translation>{count} × {category} กับ {client} ล่าสุดเมื่อ {day}</translation>
    </message>
    <message>
        <source>No client failed twice the same way. Keep it so.</source>
        <translation>ยังไม่มีลูกค้ารายไหนที่ผิดหวังแบบเดิมสองครั้ง รักษาให้เป็นแบบนี้ต่อไป</translation>
    </message>
    <message>
        <source>No recent why reads like an earlier one.</source>
        <translation>ยังไม่มีคำตอบ “ทำไม” ในช่วงหลังที่คล้ายกับครั้งก่อน</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>กำหนดเสร็จ {day}</translation>
    </message>
    <message>
        <source>Due {day}: {step}
{title} ({client})</source>
        <translation>กำหนดเสร็จ {day}: {step}
{title} ({client})</translation>
    </message>
    <message>
        <source>No prevention step is overdue.</source>
        <translation>ไม่มีขั้นตอนป้องกันที่เลยกำหนด</translation>
    </message>
    <message>
        <source>No compensation with an amount yet.</source>
        <translation>ยังไม่มีการชดเชยที่ระบุจำนวนเงิน</translation>
    </message>
    <message numerus="yes">
        <source>{title} ({client}) reads like %n earlier: {categories}</source>
        <translation>
            <numerusform>{title} ({client}) คล้ายกับ %n เหตุการณ์ก่อนหน้า: {categories}</numerusform>
        </translation>
    </message>
    <message>
        <source>Same cause as “{title}”</source>
        <translation>สาเหตุเดียวกับ “{title}”</translation>
    </message>
    <message>
        <source>{amount}, {share} delivered</source>
        <translation>{amount} ส่งมอบแล้ว {share}</translation>
    </message>
    <message numerus="yes">
        <source>{client}: offered {amount} over %n incident(s), delivered {delivered}</source>
        <translation>
            <numerusform>{client}: เสนอ {amount} จาก %n เหตุการณ์ ส่งมอบแล้ว {delivered}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>กำลังหยุด…</translation>
    </message>
</context>
<context>
    <name>PromiseChart</name>
    <message>
        <source>done on time</source>
        <translation>เสร็จตรงเวลา</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>เสร็จช้ากว่ากำหนด</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <source>not due yet</source>
        <translation>ยังไม่ถึงกำหนด</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ตกลง</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>ทิ้ง</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>ใช้</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>วิธีใช้</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ใช่(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>ไม่(&amp;N)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>ยกเลิกการทำงาน</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>ข้าม</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>เลิกทำ(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>ทำซ้ำ(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>ตัด(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>คัดลอก(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>วาง(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>เลือกทั้งหมด</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Move this question up (Alt+Up)</source>
        <translation>เลื่อนคำถามนี้ขึ้น (Alt+Up)</translation>
    </message>
    <message>
        <source>Move this question down (Alt+Down)</source>
        <translation>เลื่อนคำถามนี้ลง (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove this question</source>
        <translation>ลบคำถามนี้</translation>
    </message>
    <message>
        <source>A question they may ask</source>
        <translation>คำถามที่ลูกค้าอาจถาม</translation>
    </message>
    <message>
        <source>The question, as they may ask it</source>
        <translation>คำถามในแบบที่ลูกค้าอาจถาม</translation>
    </message>
    <message>
        <source>What you will answer</source>
        <translation>สิ่งที่คุณจะตอบ</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>คำตอบของคุณ</translation>
    </message>
    <message>
        <source>Q: {question}
A: {answer}</source>
        <translation>ถาม: {question}
ตอบ: {answer}</translation>
    </message>
</context>
<context>
    <name>QuestionsEditor</name>
    <message>
        <source>Add question</source>
        <translation>เพิ่มคำถาม</translation>
    </message>
    <message>
        <source>Add a question they may ask, with your answer</source>
        <translation>เพิ่มคำถามที่ลูกค้าอาจถาม พร้อมคำตอบของคุณ</translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <source>Amends could not finish reading the journal; it reads it again when shown next.</source>
        <translation>Amends อ่านบันทึกไม่เสร็จ จะอ่านอีกครั้งเมื่อแสดงครั้งถัดไป</translation>
    </message>
</context>
<context>
    <name>Readers</name>
    <message>
        <source>Amends can&apos;t read “{typed}” as a date. Type it like 2026-03-02, or “today” or “yesterday”, or pick a day.</source>
        <translation>Amends อ่าน “{typed}” เป็นวันที่ไม่ได้ พิมพ์แบบ 2026-03-02 หรือ “วันนี้” หรือ “เมื่อวาน” หรือเลือกวัน</translation>
    </message>
    <message>
        <source>Amends can&apos;t read “{typed}” as a date. Type it like 2026-03-02 or {sample}, or “today” or “yesterday”, or pick a day.</source>
        <translation>Amends อ่าน “{typed}” เป็นวันที่ไม่ได้ พิมพ์แบบ 2026-03-02 หรือ {sample} หรือ “วันนี้” หรือ “เมื่อวาน” หรือเลือกวัน</translation>
    </message>
    <message>
        <source>Add the time of the call too, like 2026-03-04 10:00.</source>
        <translation>ใส่เวลาคุยกับลูกค้าด้วย เช่น 2026-03-04 10:00</translation>
    </message>
    <message>
        <source>Amends can&apos;t read “{typed}” as a day and a time. Type it like 2026-03-04 10:00, or “tomorrow 15:30”.</source>
        <translation>Amends อ่าน “{typed}” เป็นวันและเวลาไม่ได้ พิมพ์แบบ 2026-03-04 10:00 หรือ “พรุ่งนี้ 15:30”</translation>
    </message>
    <message>
        <source>“{typed}” is too near the year 1 or 9999 to be kept.</source>
        <translation>“{typed}” ใกล้ปี 1 หรือ 9999 เกินไปจนเก็บไว้ไม่ได้</translation>
    </message>
    <message>
        <source>Amends can&apos;t read “{typed}” as an amount. Type a number like {sample} or 150, with its currency if you like.</source>
        <translation>Amends อ่าน “{typed}” เป็นจำนวนเงินไม่ได้ พิมพ์ตัวเลขแบบ {sample} หรือ 150 จะใส่สกุลเงินด้วยก็ได้</translation>
    </message>
    <message>
        <source>“{typed}” is more than Amends keeps as an amount.</source>
        <translation>“{typed}” มากเกินกว่าที่ Amends เก็บเป็นจำนวนเงินได้</translation>
    </message>
</context>
<context>
    <name>Remedies</name>
    <message>
        <source>Restore a backup with `amends restore BACKUP`, or open another file with --db.</source>
        <translation>กู้คืนข้อมูลสำรองด้วย `amends restore BACKUP` หรือเปิดไฟล์อื่นด้วย --db</translation>
    </message>
    <message>
        <source>Restore a backup with File → Restore…, or open another file with File → Open journal…</source>
        <translation>กู้คืนข้อมูลสำรองด้วย ไฟล์ → กู้คืน… หรือเปิดไฟล์อื่นด้วย ไฟล์ → เปิดบันทึก…</translation>
    </message>
    <message>
        <source>Restore the newest good backup (amends backup --list, amends restore).</source>
        <translation>กู้คืนข้อมูลสำรองชุดล่าสุดที่ยังดีอยู่ (amends backup --list, amends restore)</translation>
    </message>
    <message>
        <source>Restore the newest good backup with File → Restore… (File → Backups… lists them).</source>
        <translation>กู้คืนข้อมูลสำรองชุดล่าสุดที่ยังดีอยู่ด้วย ไฟล์ → กู้คืน… (ดูรายการได้ที่ ไฟล์ → ข้อมูลสำรอง…)</translation>
    </message>
    <message>
        <source>Open another file with --db.</source>
        <translation>เปิดไฟล์อื่นด้วย --db</translation>
    </message>
    <message>
        <source>Open another file with File → Open journal…</source>
        <translation>เปิดไฟล์อื่นด้วย ไฟล์ → เปิดบันทึก…</translation>
    </message>
    <message>
        <source>Choose a journal file with --db.</source>
        <translation>เลือกไฟล์บันทึกด้วย --db</translation>
    </message>
    <message>
        <source>Choose a journal file with File → Open journal…</source>
        <translation>เลือกไฟล์บันทึกด้วย ไฟล์ → เปิดบันทึก…</translation>
    </message>
    <message>
        <source>Choose another place with --db or the AMENDS_DB variable.</source>
        <translation>เลือกที่อื่นด้วย --db หรือตัวแปร AMENDS_DB</translation>
    </message>
    <message>
        <source>Choose another place with File → New journal…</source>
        <translation>เลือกที่อื่นด้วย ไฟล์ → สร้างบันทึกใหม่…</translation>
    </message>
    <message>
        <source>Make the file and its folder writable, or open a copy with --db.</source>
        <translation>ทำให้ไฟล์และโฟลเดอร์ของไฟล์เขียนได้ หรือเปิดสำเนาด้วย --db</translation>
    </message>
    <message>
        <source>Make the file and its folder writable, or open a copy with File → Open journal…</source>
        <translation>ทำให้ไฟล์และโฟลเดอร์ของไฟล์เขียนได้ หรือเปิดสำเนาด้วย ไฟล์ → เปิดบันทึก…</translation>
    </message>
    <message>
        <source>Make it writable, or open a writable copy with --db.</source>
        <translation>ทำให้เขียนได้ หรือเปิดสำเนาที่เขียนได้ด้วย --db</translation>
    </message>
    <message>
        <source>Make it writable, or open a writable copy with File → Open journal…</source>
        <translation>ทำให้เขียนได้ หรือเปิดสำเนาที่เขียนได้ด้วย ไฟล์ → เปิดบันทึก…</translation>
    </message>
    <message>
        <source>Make the file and its folder writable and try again, or copy the backup to a new file and open that with --db.</source>
        <translation>ทำให้ไฟล์และโฟลเดอร์ของไฟล์เขียนได้แล้วลองอีกครั้ง หรือคัดลอกข้อมูลสำรองไปเป็นไฟล์ใหม่แล้วเปิดไฟล์นั้นด้วย --db</translation>
    </message>
    <message>
        <source>Make the file and its folder writable and try again, or copy the backup to a new file and open that with File → Open journal…</source>
        <translation>ทำให้ไฟล์และโฟลเดอร์ของไฟล์เขียนได้แล้วลองอีกครั้ง หรือคัดลอกข้อมูลสำรองไปเป็นไฟล์ใหม่แล้วเปิดไฟล์นั้นด้วย ไฟล์ → เปิดบันทึก…</translation>
    </message>
    <message>
        <source>Give the journal&apos;s own file with --db.</source>
        <translation>ระบุไฟล์ของบันทึกเองด้วย --db</translation>
    </message>
    <message>
        <source>Open the journal&apos;s own file with File → Open journal…</source>
        <translation>เปิดไฟล์ของบันทึกเองด้วย ไฟล์ → เปิดบันทึก…</translation>
    </message>
</context>
<context>
    <name>Safekeeping</name>
    <message>
        <source>Text that could not be saved earlier is kept in {path}.</source>
        <translation>ข้อความที่บันทึกไม่ได้ก่อนหน้านี้เก็บไว้ที่ {path}</translation>
    </message>
    <message>
        <source>Your journal is damaged, so Amends writes nothing more to it and the damage cannot spread. {remedy} What you write now stays in the window: copy it out before you close.</source>
        <translation>สมุดบันทึกของคุณเสียหาย Amends จึงไม่เขียนอะไรลงไปอีกเพื่อไม่ให้ความเสียหายลุกลาม {remedy} สิ่งที่คุณเขียนตอนนี้จะอยู่ในหน้าต่างเท่านั้น คัดลอกออกไปก่อนปิด</translation>
    </message>
    <message>
        <source>The journal is damaged</source>
        <translation>สมุดบันทึกเสียหาย</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation>สร้างข้อมูลสำรองของวันนี้ไม่ได้: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Move “{title}” to the Trash? Ctrl+Z brings it back right away, and File → Trash does for %n day(s).</source>
        <translation>
            <numerusform>ย้าย “{title}” ไปที่ถังขยะหรือไม่ กด Ctrl+Z เพื่อนำกลับมาได้ทันที หรือนำกลับมาจาก ไฟล์ → ถังขยะ ได้ภายใน %n วัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move this unfinished draft to the Trash? Ctrl+Z brings it back right away, and File → Trash does for %n day(s).</source>
        <translation>
            <numerusform>ย้ายฉบับร่างที่ยังไม่เสร็จนี้ไปที่ถังขยะหรือไม่ กด Ctrl+Z เพื่อนำกลับมาได้ทันที หรือนำกลับมาจาก ไฟล์ → ถังขยะ ได้ภายใน %n วัน</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete incident</source>
        <translation>ลบเหตุการณ์</translation>
    </message>
    <message>
        <source>Moved “{title}” to the Trash. Ctrl+Z brings it back.</source>
        <translation>ย้าย “{title}” ไปที่ถังขยะแล้ว กด Ctrl+Z เพื่อนำกลับมา</translation>
    </message>
    <message>
        <source>Moved this unfinished draft to the Trash. Ctrl+Z brings it back.</source>
        <translation>ย้ายฉบับร่างที่ยังไม่เสร็จนี้ไปที่ถังขยะแล้ว กด Ctrl+Z เพื่อนำกลับมา</translation>
    </message>
    <message>
        <source>Could not bring back “{title}”: {reason}</source>
        <translation>นำ “{title}” กลับมาไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>Could not bring back this unfinished draft: {reason}</source>
        <translation>นำฉบับร่างที่ยังไม่เสร็จนี้กลับมาไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>Brought back “{title}”.</source>
        <translation>นำ “{title}” กลับมาแล้ว</translation>
    </message>
    <message>
        <source>Brought back this unfinished draft.</source>
        <translation>นำฉบับร่างที่ยังไม่เสร็จนี้กลับมาแล้ว</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Amends — sample incidents, not kept</source>
        <translation>Amends — เหตุการณ์ตัวอย่าง ไม่ถูกเก็บไว้</translation>
    </message>
    <message>
        <source>These are sample incidents: nothing you write here is kept. To start your own journal, choose File → New journal… or start Amends again.</source>
        <translation>นี่คือเหตุการณ์ตัวอย่าง สิ่งที่คุณเขียนที่นี่จะไม่ถูกเก็บไว้ ถ้าจะเริ่มสมุดบันทึกของคุณเอง ให้เลือก ไฟล์ → สร้างบันทึกใหม่… หรือเปิด Amends ใหม่อีกครั้ง</translation>
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
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>ตามระบบ ({language})</translation>
    </message>
    <message>
        <source>Guessed from each text</source>
        <translation>ตรวจจับจากแต่ละข้อความ</translation>
    </message>
    <message>
        <source>As the system ({paper})</source>
        <translation>ตามระบบ ({paper})</translation>
    </message>
    <message>
        <source>Language and look</source>
        <translation>ภาษาและรูปลักษณ์</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>ภาษาของโปรแกรม(&amp;L):</translation>
    </message>
    <message>
        <source>The &amp;coach reads this journal in:</source>
        <translation>ผู้ช่วยแนะนำอ่านบันทึกนี้เป็นภาษา(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Paper for briefings:</source>
        <translation>กระดาษสำหรับเอกสารเตรียมคุย(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>รูปลักษณ์(&amp;A):</translation>
    </message>
    <message>
        <source>A briefing is printed in its incident&apos;s language, whatever the window&apos;s. The coach&apos;s language and the appearance are kept in this journal; the window&apos;s language and the paper are yours on this computer.</source>
        <translation>เอกสารเตรียมคุยจะพิมพ์เป็นภาษาของเหตุการณ์นั้น ไม่ว่าโปรแกรมจะใช้ภาษาอะไร ภาษาของผู้ช่วยแนะนำและรูปลักษณ์เก็บไว้ในสมุดบันทึกนี้ ส่วนภาษาของโปรแกรมและกระดาษเป็นค่าของคุณบนคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>This journal</source>
        <translation>สมุดบันทึกนี้</translation>
    </message>
    <message>
        <source>Kept in:</source>
        <translation>เก็บไว้ที่:</translation>
    </message>
    <message>
        <source>Backups:</source>
        <translation>ข้อมูลสำรอง:</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>เปลี่ยน(&amp;C)…</translation>
    </message>
    <message>
        <source>Keep backups in</source>
        <translation>เก็บข้อมูลสำรองไว้ที่</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>แสดงโฟลเดอร์</translation>
    </message>
    <message>
        <source>This journal is in a folder that {service} copies to other computers.</source>
        <translation>สมุดบันทึกนี้อยู่ในโฟลเดอร์ที่ {service} คัดลอกไปยังคอมพิวเตอร์เครื่องอื่น</translation>
    </message>
    <message>
        <source>This journal is on a network drive.</source>
        <translation>สมุดบันทึกนี้อยู่บนไดรฟ์เครือข่าย</translation>
    </message>
    <message>
        <source>A journal there can be damaged when two computers write to it, or when a copy arrives midway. Keep it in a folder of this computer alone, and put exports or backups in the shared folder instead.</source>
        <translation>สมุดบันทึกที่อยู่ตรงนั้นอาจเสียหายได้เมื่อคอมพิวเตอร์สองเครื่องเขียนลงไปพร้อมกัน หรือเมื่อสำเนามาถึงไม่ครบ ควรเก็บไว้ในโฟลเดอร์ของคอมพิวเตอร์เครื่องนี้เท่านั้น แล้วนำไฟล์ส่งออกหรือข้อมูลสำรองไปไว้ในโฟลเดอร์ที่แชร์แทน</translation>
    </message>
    <message>
        <source>What was chosen applies until Amends closes: it could not be kept in {path} ({reason}).</source>
        <translation>สิ่งที่เลือกจะใช้ได้จนกว่าจะปิด Amends เพราะเก็บไว้ใน {path} ไม่ได้ ({reason})</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Open the earlier ones</source>
        <translation>เปิดเหตุการณ์ก่อนหน้า</translation>
    </message>
    <message>
        <source>The earlier incidents of this client in this category</source>
        <translation>เหตุการณ์ก่อนหน้าของลูกค้ารายนี้ในหมวดหมู่นี้</translation>
    </message>
    <message>
        <source>What the coach found; click one to go there</source>
        <translation>สิ่งที่ผู้ช่วยแนะนำพบ คลิกรายการเพื่อไปยังจุดนั้น</translation>
    </message>
    <message>
        <source>Try: {suggestion}</source>
        <translation>ลองใช้: {suggestion}</translation>
    </message>
    <message>
        <source>Summary: {measure} (one breath)</source>
        <translation>สรุป: {measure} (พูดจบในลมหายใจเดียว)</translation>
    </message>
    <message>
        <source>{note} Failing the same way twice is what makes a client leave.</source>
        <translation>{note} การพลาดแบบเดิมซ้ำสองครั้งคือสิ่งที่ทำให้ลูกค้าเลิกใช้บริการ</translation>
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
        <translation>เปิดเหตุการณ์หลังจากนี้</translation>
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
        <translation>Amends เปิดบันทึกไม่ได้

{reason}

กู้คืนข้อมูลสำรองของ {path} เปิดบันทึกอื่น หรือสร้างบันทึกใหม่</translation>
    </message>
    <message>
        <source>Amends could not open the journal.

{reason}

Open another journal, or make a new one.</source>
        <translation>Amends เปิดบันทึกไม่ได้

{reason}

เปิดบันทึกอื่น หรือสร้างบันทึกใหม่</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>กู้คืนข้อมูลสำรอง(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open another journal…</source>
        <translation>เปิดบันทึกอื่น(&amp;O)…</translation>
    </message>
    <message>
        <source>Make a &amp;new journal…</source>
        <translation>สร้างบันทึกใหม่(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>StepButtons</name>
    <message>
        <source>Back to the step before (Ctrl+PgUp)</source>
        <translation>กลับไปขั้นตอนก่อนหน้า (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>On to the next step (Ctrl+PgDown)</source>
        <translation>ไปขั้นตอนถัดไป (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>ย้อนกลับ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>ถัดไป</translation>
    </message>
    <message>
        <source>Preview briefing</source>
        <translation>ดูตัวอย่างเอกสารเตรียมคุย</translation>
    </message>
    <message>
        <source>The one-page briefing to hold during the call, as it will print (Ctrl+P)</source>
        <translation>เอกสารเตรียมคุยหนึ่งหน้าไว้ดูระหว่างการคุยกับลูกค้า ตามที่จะพิมพ์ออกมา (Ctrl+P)</translation>
    </message>
    <message>
        <source>Back to “{step}” (Ctrl+PgUp)</source>
        <translation>กลับไปที่ “{step}” (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>On to “{step}” (Ctrl+PgDown)</source>
        <translation>ไปที่ “{step}” (Ctrl+PgDown)</translation>
    </message>
</context>
<context>
    <name>SummaryMeasure</name>
    <message>
        <source>{count} of {most} sentences, {length} of {budget} words</source>
        <translation>{count} จาก {most} ประโยค, {length} จาก {budget} คำ</translation>
    </message>
    <message>
        <source>{count} of {most} sentences, {length} of {budget} characters</source>
        <translation>{count} จาก {most} ประโยค, {length} จาก {budget} ตัวอักษร</translation>
    </message>
</context>
<context>
    <name>TagsEditor</name>
    <message>
        <source>Type a tag, then Enter or a comma</source>
        <translation>พิมพ์แท็ก แล้วกด Enter หรือพิมพ์จุลภาค</translation>
    </message>
    <message>
        <source>Tags you have used; Down, then Enter to choose one</source>
        <translation>แท็กที่คุณเคยใช้ กดลูกศรลงแล้ว Enter เพื่อเลือก</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>Trash</source>
        <translation>ถังขยะ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ชื่อเรื่อง</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>ลูกค้า</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>ลบเมื่อ</translation>
    </message>
    <message numerus="yes">
        <source>Deleted incidents wait here for %n day(s), then they are removed for good. Emptying the Trash removes them now, and wipes their words from the journal file.</source>
        <translation>
            <numerusform>เหตุการณ์ที่ลบจะรออยู่ที่นี่ %n วัน แล้วจึงถูกลบถาวร การล้างถังขยะจะลบทันที และล้างข้อความของเหตุการณ์เหล่านั้นออกจากไฟล์บันทึกด้วย</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>กู้คืน(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>ล้างถังขยะ(&amp;E)…</translation>
    </message>
    <message>
        <source>The Trash is empty.</source>
        <translation>ถังขยะว่างเปล่า</translation>
    </message>
    <message>
        <source>Restored: it is back in the journal.</source>
        <translation>กู้คืนแล้ว: เหตุการณ์กลับมาอยู่ในบันทึก</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n.</source>
        <comment>incidents brought back from the Trash</comment>
        <translation>
            <numerusform>กู้คืน %n รายการแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>ล้างถังขยะ</translation>
    </message>
    <message>
        <source>Remove this incident for good? They cannot be restored from the Trash afterwards (backups made before now still hold them).</source>
        <translation>ลบเหตุการณ์นี้ถาวรหรือไม่ หลังจากนี้จะกู้คืนจากถังขยะไม่ได้ (ข้อมูลสำรองที่สร้างก่อนหน้านี้ยังมีเหตุการณ์นี้อยู่)</translation>
    </message>
    <message numerus="yes">
        <source>Remove these %n incident(s) for good? They cannot be restored from the Trash afterwards (backups made before now still hold them).</source>
        <translation>
            <numerusform>ลบเหตุการณ์ %n รายการนี้ถาวรหรือไม่ หลังจากนี้จะกู้คืนจากถังขยะไม่ได้ (ข้อมูลสำรองที่สร้างก่อนหน้านี้ยังมีเหตุการณ์เหล่านี้อยู่)</numerusform>
        </translation>
    </message>
    <message>
        <source>The Trash is empty; what was in it is gone from the journal file.</source>
        <translation>ถังขยะว่างแล้ว สิ่งที่อยู่ในนั้นถูกลบออกจากไฟล์บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>Not saved</source>
        <translation>ยังไม่ได้บันทึก</translation>
    </message>
    <message>
        <source>Amends could not save what you wrote: {reason}

Your text is still here. Copy it or save it as a file before you go — or stay, and Amends tries again.</source>
        <translation>Amends บันทึกสิ่งที่คุณเขียนไม่ได้: {reason}

ข้อความของคุณยังอยู่ที่นี่ คัดลอกหรือบันทึกเป็นไฟล์ก่อนออกไป — หรืออยู่ต่อ แล้ว Amends จะลองอีกครั้ง</translation>
    </message>
    <message>
        <source>&amp;Copy the text</source>
        <translation>คัดลอกข้อความ(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save as a file…</source>
        <translation>บันทึกเป็นไฟล์(&amp;S)…</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>อยู่ต่อ(&amp;T)</translation>
    </message>
    <message>
        <source>Copied: paste it anywhere.</source>
        <translation>คัดลอกแล้ว: วางได้ทุกที่</translation>
    </message>
    <message>
        <source>Save what you wrote</source>
        <translation>บันทึกสิ่งที่คุณเขียน</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>ไฟล์ข้อความ (*.txt)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Try another place.</source>
        <translation>เขียน {path} ไม่ได้: {reason} ลองที่อื่น</translation>
    </message>
    <message>
        <source>Saved in {path}.</source>
        <translation>บันทึกไว้ที่ {path} แล้ว</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Amends</source>
        <translation>ยินดีต้อนรับสู่ Amends</translation>
    </message>
    <message>
        <source>When something goes wrong with a client, Amends walks you through it: what happened, why, what you will do now and what will stop it happening again. It keeps each incident in your journal, shows you your own patterns, and gives you a one-page briefing to hold during the call.</source>
        <translation>เมื่อมีอะไรผิดพลาดกับลูกค้า Amends จะพาคุณไล่ดูทีละขั้น: เกิดอะไรขึ้น เพราะอะไร ตอนนี้คุณจะทำอะไร และอะไรจะป้องกันไม่ให้เกิดซ้ำ ทุกเหตุการณ์จะเก็บไว้ในสมุดบันทึกของคุณ คุณจะเห็นรูปแบบที่เกิดซ้ำของตัวเอง และได้เอกสารเตรียมคุยหนึ่งหน้าไว้ถือระหว่างคุยกับลูกค้า</translation>
    </message>
    <message>
        <source>Your journal will be kept in {path}. It never leaves this computer.</source>
        <translation>สมุดบันทึกของคุณจะเก็บไว้ที่ {path} และจะไม่ออกไปจากคอมพิวเตอร์เครื่องนี้</translation>
    </message>
    <message>
        <source>&amp;Start my journal</source>
        <translation>เริ่มสมุดบันทึกของฉัน(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Look around with sample incidents</source>
        <translation>ลองดูเหตุการณ์ตัวอย่าง(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Worksheet</name>
    <message>
        <source>That day is still to come: is the date right?</source>
        <translation>วันนั้นยังมาไม่ถึง วันที่ถูกต้องหรือเปล่า</translation>
    </message>
    <message>
        <source>Not saved — your text is still here. {error}</source>
        <translation>ยังไม่ได้บันทึก — ข้อความของคุณยังอยู่ตรงนี้ {error}</translation>
    </message>
    <message>
        <source>“{field}”</source>
        <comment>a field&apos;s name, quoted</comment>
        <translation>“{field}”</translation>
    </message>
    <message>
        <source>Saved {time} — but {fields} could not be read: what you typed is kept, see the note under it.</source>
        <translation>บันทึกเมื่อ {time} — แต่อ่าน {fields} ไม่ได้: สิ่งที่คุณพิมพ์ยังเก็บไว้ ดูหมายเหตุใต้ช่องนั้น</translation>
    </message>
    <message>
        <source>Saved {time}, as an unfinished draft: give it a client and a title when you can.</source>
        <translation>บันทึกเมื่อ {time} เป็นฉบับร่างที่ยังไม่เสร็จ: ใส่ลูกค้าและชื่อเรื่องเมื่อสะดวก</translation>
    </message>
    <message>
        <source>Saved {time}, as an unfinished draft: give it a title when you can.</source>
        <translation>บันทึกเมื่อ {time} เป็นฉบับร่างที่ยังไม่เสร็จ: ใส่ชื่อเรื่องเมื่อสะดวก</translation>
    </message>
    <message>
        <source>Saved {time}, as an unfinished draft: give it a client when you can.</source>
        <translation>บันทึกเมื่อ {time} เป็นฉบับร่างที่ยังไม่เสร็จ: ใส่ลูกค้าเมื่อสะดวก</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>บันทึกเมื่อ {time}</translation>
    </message>
</context>
<context>
    <name>WorksheetPage</name>
    <message>
        <source>Delivered</source>
        <translation>ส่งมอบแล้ว</translation>
    </message>
    <message>
        <source>Tick it once it is delivered: today is kept</source>
        <translation>ติ๊กเมื่อส่งมอบแล้ว: ระบบจะเก็บวันที่วันนี้ไว้</translation>
    </message>
    <message>
        <source>Clients you have worked for; Down, then Enter to choose one</source>
        <translation>ลูกค้าที่คุณเคยทำงานให้ กดลูกศรลงแล้ว Enter เพื่อเลือก</translation>
    </message>
</context>
<context>
    <name>WorksheetStep</name>
    <message>
        <source>What happened</source>
        <translation>เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <source>Write it as your client experienced it: the events, short, and what it cost them.</source>
        <translation>เขียนจากมุมมองของลูกค้า: เล่าสั้น ๆ ว่าเกิดอะไรขึ้น และลูกค้าต้องเสียอะไรไป</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>ทำไม</translation>
    </message>
    <message>
        <source>Ask “why?” until you reach something in your control. That part is yours to own.</source>
        <translation>ถาม “ทำไม?” ไปเรื่อย ๆ จนเจอสิ่งที่อยู่ในการควบคุมของคุณ ส่วนนั้นคือสิ่งที่คุณต้องรับผิดชอบ</translation>
    </message>
    <message>
        <source>Fix and prevention</source>
        <translation>แก้ไขและป้องกัน</translation>
    </message>
    <message>
        <source>Say what you are doing now, and what stops it happening again — so they can believe it.</source>
        <translation>บอกว่าตอนนี้คุณกำลังทำอะไร และอะไรจะป้องกันไม่ให้เกิดขึ้นอีก — เพื่อให้ลูกค้าเชื่อมั่นได้</translation>
    </message>
    <message>
        <source>Make it right</source>
        <translation>การชดเชย</translation>
    </message>
    <message>
        <source>Make up for it generously, and think of a surprise they would retell.</source>
        <translation>ชดเชยอย่างใจกว้าง และคิดถึงสิ่งที่จะทำให้ลูกค้าประทับใจจนอยากเล่าต่อ</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>การคุยกับลูกค้า</translation>
    </message>
    <message>
        <source>Boil it down to one or two sentences: sorry, the mistake, the fix. Then listen.</source>
        <translation>สรุปให้เหลือหนึ่งหรือสองประโยค: ขอโทษ ความผิดพลาด และวิธีแก้ แล้วตั้งใจฟัง</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>ติดตามผล</translation>
    </message>
    <message>
        <source>After the call, put in writing what you said and what you will do — then do it.</source>
        <translation>หลังคุย เขียนสิ่งที่คุณพูดและสิ่งที่คุณจะทำไว้เป็นลายลักษณ์อักษร — แล้วทำตามนั้น</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>หลังจากนั้น</translation>
    </message>
    <message>
        <source>Do what you said. Note how it went, and notice the clients who speak for you.</source>
        <translation>ทำตามที่พูดไว้ จดว่าผลเป็นอย่างไร และสังเกตลูกค้าที่ช่วยพูดถึงคุณในทางที่ดี</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>วิธีใช้: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>อาร์กิวเมนต์ตามตำแหน่ง</translation>
    </message>
    <message>
        <source>options</source>
        <translation>ตัวเลือก</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>คำสั่งย่อย</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s:</translation>
    </message>
    <message>
        <source> (default: %(default)s)</source>
        <translation> (ค่าเริ่มต้น: %(default)s)</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>แสดงข้อความช่วยเหลือนี้แล้วจบการทำงาน</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>แสดงหมายเลขรุ่นของโปรแกรมแล้วจบการทำงาน</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: ข้อผิดพลาด: %(message)s
</translation>
    </message>
    <message>
        <source>%(prog)s: warning: %(message)s
</source>
        <translation>%(prog)s: คำเตือน: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>อาร์กิวเมนต์ %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ต้องระบุอาร์กิวเมนต์ต่อไปนี้: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ต้องระบุอาร์กิวเมนต์หนึ่งใน %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>อาร์กิวเมนต์ที่ไม่รู้จัก: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ตัวเลือกไม่ถูกต้อง: %(value)r (เลือกจาก %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ค่า %(type)s ไม่ถูกต้อง: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ใช้ร่วมกับอาร์กิวเมนต์ %s ไม่ได้</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>ละเว้นอาร์กิวเมนต์ที่ระบุไว้ %r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ต้องมีอาร์กิวเมนต์หนึ่งตัว</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>มีอาร์กิวเมนต์ได้ไม่เกินหนึ่งตัว</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>ต้องมีอาร์กิวเมนต์อย่างน้อยหนึ่งตัว</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>ต้องมีอาร์กิวเมนต์ %s ตัว</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>ต้องมีอาร์กิวเมนต์ %s ตัว</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>ตัวเลือกกำกวม: %(option)s อาจหมายถึง %(matches)s</translation>
    </message>
    <message>
        <source>unexpected option string: %s</source>
        <translation>ตัวเลือกที่ไม่คาดคิด: %s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>ไม่รู้จักคำสั่ง %(parser_name)r (ตัวเลือก: %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>เปิด &apos;%(filename)s&apos; ไม่ได้: %(error)s</translation>
    </message>
    <message>
        <source>argument &quot;-&quot; with mode %r</source>
        <translation>อาร์กิวเมนต์ &quot;-&quot; ในโหมด %r</translation>
    </message>
    <message>
        <source>argument &apos;%(argument_name)s&apos; is deprecated</source>
        <translation>อาร์กิวเมนต์ &apos;%(argument_name)s&apos; เลิกใช้แล้ว</translation>
    </message>
    <message>
        <source>option &apos;%(option)s&apos; is deprecated</source>
        <translation>ตัวเลือก &apos;%(option)s&apos; เลิกใช้แล้ว</translation>
    </message>
    <message>
        <source>command &apos;%(parser_name)s&apos; is deprecated</source>
        <translation>คำสั่ง &apos;%(parser_name)s&apos; เลิกใช้แล้ว</translation>
    </message>
    <message>
        <source>cannot have multiple subparser arguments</source>
        <translation>มีอาร์กิวเมนต์คำสั่งย่อยหลายชุดไม่ได้</translation>
    </message>
    <message>
        <source>conflicting subparser: %s</source>
        <translation>คำสั่งย่อยซ้ำกัน: %s</translation>
    </message>
    <message>
        <source>conflicting subparser alias: %s</source>
        <translation>ชื่อแทนของคำสั่งย่อยซ้ำกัน: %s</translation>
    </message>
    <message>
        <source>conflicting option string: %s</source>
        <translation>ตัวเลือกซ้ำกัน: %s</translation>
    </message>
    <message>
        <source>conflicting option strings: %s</source>
        <translation>ตัวเลือกซ้ำกัน: %s</translation>
    </message>
    <message>
        <source>cannot merge actions - two groups are named %r</source>
        <translation>รวมแอ็กชันไม่ได้ มีสองกลุ่มชื่อ %r</translation>
    </message>
    <message>
        <source>&apos;required&apos; is an invalid argument for positionals</source>
        <translation>&apos;required&apos; ใช้กับอาร์กิวเมนต์ตามตำแหน่งไม่ได้</translation>
    </message>
    <message>
        <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
        <translation>ตัวเลือก %(option)r ไม่ถูกต้อง ต้องขึ้นต้นด้วยอักขระใน %(prefix_chars)r</translation>
    </message>
    <message>
        <source>dest= is required for options like %r</source>
        <translation>ตัวเลือกอย่าง %r ต้องมี dest=</translation>
    </message>
    <message>
        <source>invalid conflict_resolution value: %r</source>
        <translation>ค่า conflict_resolution ไม่ถูกต้อง: %r</translation>
    </message>
    <message>
        <source>mutually exclusive arguments must be optional</source>
        <translation>อาร์กิวเมนต์ที่ใช้ร่วมกันไม่ได้ต้องเป็นแบบไม่บังคับ</translation>
    </message>
    <message>
        <source>%r is not callable</source>
        <translation>%r เรียกใช้ไม่ได้</translation>
    </message>
    <message>
        <source>.__call__() not defined</source>
        <translation>ไม่ได้กำหนด .__call__()</translation>
    </message>
</context>
</TS>
