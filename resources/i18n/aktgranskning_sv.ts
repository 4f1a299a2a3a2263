<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>GridView</name>
    <message>
        <location filename="../../reviewer/ui/grid_view.py" line="151"/>
        <source>Reason of the selected Eb or Et – Enter saves</source>
        <translation>Motivering för vald Eb eller Et – Enter sparar</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/grid_view.py" line="153"/>
        <source>Yellow: unanswered · red: Eb/Et without a reason · grey: derived Et. Keys: J N B T, arrows to move.</source>
        <translation>Gul: obesvarad · röd: Eb/Et utan motivering · grå: härledd Et. Tangenter: J N B T, piltangenter för att flytta.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/grid_view.py" line="160"/>
        <source>Reason:</source>
        <translation>Motivering:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/grid_view.py" line="212"/>
        <source>Grid edit</source>
        <translation>Ändring i rutnätet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="57"/>
        <source>Every change is saved at once.</source>
        <translation>Varje ändring sparas direkt.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="65"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="66"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="68"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="73"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="74"/>
        <source>First unanswered question</source>
        <translation>Första obesvarade frågan</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="77"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="78"/>
        <source>&amp;Grid of the unit</source>
        <translation>&amp;Rutnät för enheten</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="40"/>
        <source>not started</source>
        <translation>ej påbörjad</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="41"/>
        <source>in progress</source>
        <translation>påbörjad</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="42"/>
        <source>complete</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="43"/>
        <source>signed off</source>
        <translation>granskad</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="120"/>
        <source>{mark} Case file {label}   {done}/{applicable}</source>
        <translation>{mark} Akt {label}   {done}/{applicable}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="126"/>
        <source>; reason missing: {keys}</source>
        <translation>; motivering saknas: {keys}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="129"/>
        <source>; signed off by {name}</source>
        <translation>; granskad av {name}</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="100"/>
        <source>Reason (printed as a footnote) – Enter saves and moves on, Esc leaves it for later</source>
        <translation>Motivering (skrivs ut som fotnot) – Enter sparar och går vidare, Esc lämnar den till senare</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="103"/>
        <source>Why is this Eb or Et?</source>
        <translation>Varför Eb eller Et?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="116"/>
        <source>Footnote on the cell</source>
        <translation>Fotnot i cellen</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="117"/>
        <source>Shared on the Summa</source>
        <translation>Gemensam på Summa</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="118"/>
        <source>Not printed</source>
        <translation>Skrivs inte ut</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="131"/>
        <source>Working &amp;note (never printed):</source>
        <translation>Arbets&amp;anteckning (skrivs aldrig ut):</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="145"/>
        <source>Sign off…</source>
        <translation>Markera som granskad…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="147"/>
        <location filename="../../reviewer/ui/step_form.py" line="365"/>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="154"/>
        <source>J Ja · N Nej · B Eb · T Et   |   ↑ ↓ question · PgUp PgDn case file · Ctrl+U first unanswered · Ctrl+Z undo</source>
        <translation>J Ja · N Nej · B Eb · T Et   |   ↑ ↓ fråga · PgUp PgDn akt · Ctrl+U första obesvarade · Ctrl+Z ångra</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="207"/>
        <source>{unit} · case file {n} of {total} · question {q} of {questions}</source>
        <translation>{unit} · akt {n} av {total} · fråga {q} av {questions}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="219"/>
        <source>Applies only when question {parent} is Ja; reads Et.</source>
        <translation>Gäller bara när fråga {parent} är Ja; blir Et.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="231"/>
        <source>Used before for this question: {n} (type to search, ↓ to choose)</source>
        <translation>Tidigare motiveringar för frågan: {n} (skriv för att söka, ↓ för att välja)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="239"/>
        <source>Case file {label}: {done} of {applicable} questions done</source>
        <translation>Akt {label}: {done} av {applicable} frågor klara</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="242"/>
        <source>; reason missing on {keys}</source>
        <translation>; motivering saknas för {keys}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="245"/>
        <source> — signed off by {name}, locked</source>
        <translation> — granskad av {name}, låst</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="248"/>
        <source> — complete. PgDn for the next case file.</source>
        <translation> — klar. PgDn för nästa akt.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="263"/>
        <source>Answer {key}</source>
        <translation>Bedömning {key}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="331"/>
        <source>Edit {key}</source>
        <translation>Ändring {key}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="343"/>
        <source>Footnote placement {key}</source>
        <translation>Fotnotens placering {key}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="355"/>
        <location filename="../../reviewer/ui/step_form.py" line="359"/>
        <source>Sign off</source>
        <translation>Markera som granskad</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="356"/>
        <source>Name of the auditor who reviewed this case file:</source>
        <translation>Namn på den som granskat akten:</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../reviewer/ui/app.py" line="40"/>
        <source>Something went wrong: {error}</source>
        <translation>Något gick fel: {error}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/app.py" line="42"/>
        <source>Your answers are saved. The details are in {log}.</source>
        <translation>Dina bedömningar är sparade. Detaljerna finns i {log}.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/app.py" line="71"/>
        <source>Open a project</source>
        <translation>Öppna ett projekt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/app.py" line="72"/>
        <source>Aktgranskning projects (*.aktg)</source>
        <translation>Aktgranskningsprojekt (*.aktg)</translation>
    </message>
</context>
<context>
    <name>guarded</name>
    <message>
        <location filename="../../reviewer/ui/guarded.py" line="23"/>
        <source>Keep the text anyway?</source>
        <translation>Spara texten ändå?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/guarded.py" line="24"/>
        <source>Personal identity number?</source>
        <translation>Personnummer?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/guarded.py" line="32"/>
        <source>Not possible</source>
        <translation>Går inte</translation>
    </message>
</context>
</TS>
