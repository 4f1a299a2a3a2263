<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AddUnitDialog</name>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="69"/>
        <source>Add a unit</source>
        <translation>Lägg till enhet</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="72"/>
        <source>e.g. Eda kommun</source>
        <translation>t.ex. Eda kommun</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="77"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="78"/>
        <source>&amp;Case files:</source>
        <translation>&amp;Akter:</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="295"/>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="300"/>
        <source>{when}   {size:.2f} MB</source>
        <translation>{when}   {size:.2f} MB</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="306"/>
        <source>A backup is made each time the project is opened and before every merge. Restoring replaces the project with the backup; the project as it is now is kept as a backup first.</source>
        <translation>En säkerhetskopia görs varje gång projektet öppnas och före varje sammanslagning. Att återställa ersätter projektet med säkerhetskopian; projektet som det är nu sparas först som säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="308"/>
        <source>No backups yet.</source>
        <translation>Inga säkerhetskopior ännu.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="311"/>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
</context>
<context>
    <name>BringBackDialog</name>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="97"/>
        <source>Bring back a removed unit</source>
        <translation>Återställ en borttagen enhet</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="108"/>
        <source>&amp;Bring back</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="112"/>
        <source>A removed unit comes back with its case files and answers, also in copies it is merged with. A unit of the same name added since keeps its name; the one brought back is then called &quot;Name (2)&quot;.</source>
        <translation>En borttagen enhet kommer tillbaka med sina akter och svar, också i kopior den slås samman med. En enhet med samma namn som lagts till sedan dess behåller sitt namn; den återställda heter då &quot;Namn (2)&quot;.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="115"/>
        <source>Nothing has been removed from this project.</source>
        <translation>Inget har tagits bort ur det här projektet.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="121"/>
        <source>{unit}, case file {label}</source>
        <translation>{unit}, akt {label}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="122"/>
        <source>{place}: removed {when}, {count} answer changes</source>
        <translation>{place}: borttagen {when}, {count} ändrade svar</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="125"/>
        <source>, {count} of them after the removal</source>
        <translation>, {count} av dem efter borttagningen</translation>
    </message>
</context>
<context>
    <name>CaseFileOverview</name>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="48"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="48"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="48"/>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="54"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="54"/>
        <source>Case file</source>
        <translation>Akt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="54"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="55"/>
        <source>Newer value (shown now)</source>
        <translation>Nyare värde (visas nu)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="55"/>
        <source>Other value</source>
        <translation>Andra värdet</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="88"/>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="89"/>
        <source>{who}, {when}, from {file}</source>
        <translation>{who}, {when}, från {file}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="103"/>
        <source>Conflicts between merged copies</source>
        <translation>Konflikter mellan sammanslagna kopior</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="118"/>
        <source>Keep the &amp;newer value</source>
        <translation>Behåll det &amp;nyare värdet</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="119"/>
        <source>Keep the &amp;other value</source>
        <translation>Behåll det &amp;andra värdet</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="120"/>
        <source>&amp;Write a new answer…</source>
        <translation>&amp;Skriv ett nytt svar…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="140"/>
        <source>{count} answers were changed in two copies apart. Until you decide, each shows its newer value, marked in the grid, and reports warn. Your decision is recorded in the history.</source>
        <translation>{count} svar ändrades i två kopior var för sig. Tills du avgör visar vart och ett sitt nyare värde, markerat i rutnätet, och rapporter varnar. Ditt beslut sparas i historiken.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="143"/>
        <source>No conflicts: every answer has one value.</source>
        <translation>Inga konflikter: varje svar har ett värde.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="75"/>
        <source>The review</source>
        <translation>Granskningen</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="76"/>
        <source>What is audited, by whom and when. Only the title is required; all of it can be changed later.</source>
        <translation>Vad som granskas, av vem och när. Bara titeln krävs; allt kan ändras senare.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="80"/>
        <source>e.g. Torsby kommun, or the region</source>
        <translation>t.ex. Torsby kommun eller regionen</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="83"/>
        <source>e.g. 2025</source>
        <translation>t.ex. 2025</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="85"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="86"/>
        <source>Audited &amp;organisation:</source>
        <translation>Granskad &amp;organisation:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="87"/>
        <source>Audit fir&amp;m:</source>
        <translation>Revisionsb&amp;yrå:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="88"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="156"/>
        <source>Export for a colleague</source>
        <translation>Exportera till en kollega</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="165"/>
        <source>&amp;Password (optional):</source>
        <translation>&amp;Lösenord (frivilligt):</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="166"/>
        <source>Password &amp;again:</source>
        <translation>Lösenordet i&amp;gen:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="167"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="168"/>
        <source>&amp;Units to send (the colleague gets the project, its questions and settings, and these units):</source>
        <translation>&amp;Enheter att skicka (kollegan får projektet, dess frågor och inställningar och de här enheterna):</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="177"/>
        <source>With a password the package is encrypted (AES-256); send the password another way than the file. The colleague merges their work back with File → Merge from a colleague.</source>
        <translation>Med lösenord krypteras paketet (AES-256); skicka lösenordet på annat sätt än filen. Kollegans arbete slås ihop tillbaka med Arkiv → Slå ihop från en kollega.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="181"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportera</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="189"/>
        <source>Save the package as</source>
        <translation>Spara paketet som</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="196"/>
        <source>Choose at least one unit.</source>
        <translation>Välj minst en enhet.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="200"/>
        <source>The two passwords differ; type them again.</source>
        <translation>Lösenorden är olika; skriv dem igen.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="208"/>
        <source>Writing the package…</source>
        <translation>Paketet skrivs…</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="222"/>
        <source>Summa and file</source>
        <translation>Summa och fil</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="223"/>
        <source>How the Summa column counts, and where the project file is kept. Every change is saved in it at once.</source>
        <translation>Hur Summa-kolumnen räknas och var projektfilen sparas. Varje ändring sparas i den direkt.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="238"/>
        <source>First footnote n&amp;umber:</source>
        <translation>Första fo&amp;tnotsnummer:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="239"/>
        <source>Project fi&amp;le:</source>
        <translation>P&amp;rojektfil:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="242"/>
        <source>The appendix&apos;s footnotes usually continue the report&apos;s numbering; it can be set again for each report.</source>
        <translation>Bilagans fotnoter fortsätter oftast rapportens numrering; det kan ändras för varje rapport.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="257"/>
        <source>Save the project as</source>
        <translation>Spara projektet som</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="258"/>
        <source>Aktgranskning projects (*.aktg)</source>
        <translation>Aktgranskningsprojekt (*.aktg)</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../../reviewer/ui/grid_view.py" line="145"/>
        <source>Reason of the selected Eb or Et – Enter saves</source>
        <translation>Motivering för vald Eb eller Et – Enter sparar</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/grid_view.py" line="147"/>
        <source>Yellow: unanswered · red: Eb/Et without a reason · lilac: a conflict between merged copies · grey: derived Et. Keys: J N B T, arrows to move, Ctrl+H the cell&apos;s history.</source>
        <translation>Gul: obesvarad · röd: Eb/Et utan motivering · lila: konflikt mellan sammanslagna kopior · grå: härledd Et. Tangenter: J N B T, piltangenter för att flytta, Ctrl+H cellens historik.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/grid_view.py" line="154"/>
        <source>Reason:</source>
        <translation>Motivering:</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="187"/>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="189"/>
        <source>{unit} · case file {label} · {key}. {text}</source>
        <translation>{unit} · akt {label} · {key}. {text}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="197"/>
        <source>decides a conflict</source>
        <translation>avgör en konflikt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="200"/>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="200"/>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="200"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="201"/>
        <source>From package</source>
        <translation>Från paket</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/conflicts.py" line="210"/>
        <source>Never answered.</source>
        <translation>Aldrig besvarad.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="393"/>
        <source>{title} (read-only)</source>
        <translation>{title} (skrivskyddat)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="106"/>
        <source>The project is open read-only: nothing can be changed.</source>
        <translation>Projektet är öppet skrivskyddat: inget kan ändras.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="107"/>
        <source>Every change is saved at once.</source>
        <translation>Varje ändring sparas direkt.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="144"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="145"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="147"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="149"/>
        <source>Open the &amp;sample project</source>
        <translation>Öppna e&amp;xempelprojektet</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="151"/>
        <source>Recent pro&amp;jects</source>
        <translation>Sena&amp;ste projekt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="153"/>
        <source>Import a re&amp;view sheet (Excel, CSV)…</source>
        <translation>Importera &amp;granskningsblad (Excel, CSV)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="157"/>
        <source>&amp;Export for a colleague…</source>
        <translation>&amp;Exportera till en kollega…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="159"/>
        <source>&amp;Merge from a colleague…</source>
        <translation>Slå i&amp;hop från en kollega…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="163"/>
        <source>Import a &amp;package as a project of its own…</source>
        <translation>Importera ett &amp;paket som eget projekt…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="165"/>
        <source>Restore from a &amp;backup…</source>
        <translation>Återställ från en säkerhets&amp;kopia…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="169"/>
        <source>&amp;Report and print…</source>
        <translation>&amp;Rapport och utskrift…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="172"/>
        <source>Se&amp;ttings…</source>
        <translation>Instä&amp;llningar…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="174"/>
        <source>&amp;Close project</source>
        <translation>S&amp;täng projektet</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="176"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="178"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="179"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="181"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="187"/>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="188"/>
        <source>Project &amp;details…</source>
        <translation>Projekt&amp;uppgifter…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="189"/>
        <source>Add a &amp;unit…</source>
        <translation>Lägg till &amp;enhet…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="190"/>
        <source>Add a &amp;case file to this unit</source>
        <translation>Lägg till &amp;akt i enheten</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="192"/>
        <source>&amp;Remove this unit…</source>
        <translation>&amp;Ta bort enheten…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="193"/>
        <source>&amp;Bring back a removed unit…</source>
        <translation>Åter&amp;ställ en borttagen enhet…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="198"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="199"/>
        <source>First unanswered question</source>
        <translation>Första obesvarade frågan</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="201"/>
        <source>Next case file</source>
        <translation>Nästa akt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="202"/>
        <source>Previous case file</source>
        <translation>Föregående akt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="204"/>
        <source>The &amp;navigator</source>
        <translation>&amp;Navigatorn</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="207"/>
        <source>&amp;Conflicts between merged copies…</source>
        <translation>&amp;Konflikter mellan sammanslagna kopior…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="209"/>
        <source>&amp;History of this answer…</source>
        <translation>&amp;Historik för svaret…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="212"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="215"/>
        <source>&amp;Stepping form</source>
        <translation>&amp;Stegning</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="216"/>
        <source>&amp;Grid of the unit</source>
        <translation>&amp;Rutnät för enheten</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="217"/>
        <source>S&amp;ummary of the unit</source>
        <translation>Sa&amp;mmanställning för enheten</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="225"/>
        <source>Grid ↔ stepping form</source>
        <translation>Rutnät ↔ stegning</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="230"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="231"/>
        <source>&amp;Keys</source>
        <translation>&amp;Tangenter</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="360"/>
        <source>Remove the unit</source>
        <translation>Ta bort enheten</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="361"/>
        <source>Remove {unit} with its case files and answers from the project? It no longer shows or prints; its history stays in the file.</source>
        <translation>Ta bort {unit} med dess akter och svar ur projektet? Den visas och skrivs inte längre ut; dess historik finns kvar i filen.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="406"/>
        <source>Conflicts: {count}</source>
        <translation>Konflikter: {count}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="415"/>
        <source>Wrote {path}.</source>
        <translation>Skrev {path}.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="464"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="465"/>
        <source>J, N, B, T (or 1–4): answer Ja, Nej, Eb, Et and move on
After B or T: write the reason; ↓ offers the reasons used before for the question; Enter saves and moves on, Esc puts back what was stored and leaves it for later
↑ ↓: previous / next question
PgUp PgDn: previous / next case file
Ctrl+U: first unanswered question
Alt+N: the working note (never printed)
Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y: undo, redo
Ctrl+1, Ctrl+2, Ctrl+3: stepping form, grid, summary (Ctrl+G: grid and back)
Ctrl+L: the navigator (arrows; Enter or Esc back to the form)
Ctrl+H: the history of the answer; Ctrl+K: conflicts between merged copies
Ctrl+P: report and print
F10: the menus</source>
        <translation>J, N, B, T (eller 1–4): svara Ja, Nej, Eb, Et och gå vidare
Efter B eller T: skriv motiveringen; ↓ visar motiveringar som använts för frågan förut; Enter sparar och går vidare, Esc tar tillbaka det sparade och lämnar den till senare
↑ ↓: föregående / nästa fråga
PgUp PgDn: föregående / nästa akt
Ctrl+U: första obesvarade frågan
Alt+T: arbetsanteckningen (skrivs aldrig ut)
Ctrl+Z, Ctrl+Skift+Z eller Ctrl+Y: ångra, gör om
Ctrl+1, Ctrl+2, Ctrl+3: stegning, rutnät, sammanställning (Ctrl+G: rutnät och tillbaka)
Ctrl+L: navigatorn (piltangenter; Enter eller Esc tillbaka till formuläret)
Ctrl+H: svarets historik; Ctrl+K: konflikter mellan sammanslagna kopior
Ctrl+P: rapport och utskrift
F10: menyerna</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="225"/>
        <source>Merged from a colleague</source>
        <translation>Sammanslaget från en kollega</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="232"/>
        <source>Show the &amp;conflicts ({count})</source>
        <translation>Visa &amp;konflikterna ({count})</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="239"/>
        <source>&amp;Bring back a removed unit…</source>
        <translation>&amp;Återställ en borttagen enhet…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="245"/>
        <source>The project as it was before is kept as a backup (File → Restore from a backup).</source>
        <translation>Projektet som det var innan sparas som säkerhetskopia (Arkiv → Återställ från en säkerhetskopia).</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="52"/>
        <source>not started</source>
        <translation>ej påbörjad</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="53"/>
        <source>in progress</source>
        <translation>påbörjad</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="54"/>
        <source>complete</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="55"/>
        <source>signed off</source>
        <translation>granskad</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="147"/>
        <source>{mark} Case file {label}   {done}/{applicable}</source>
        <translation>{mark} Akt {label}   {done}/{applicable}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="152"/>
        <source>; reason missing: {keys}</source>
        <translation>; motivering saknas: {keys}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="155"/>
        <source>; signed off by {name}</source>
        <translation>; granskad av {name}</translation>
    </message>
</context>
<context>
    <name>NewProjectWizard</name>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="271"/>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
</context>
<context>
    <name>ProjectDetailsDialog</name>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="31"/>
        <source>Project details</source>
        <translation>Projektuppgifter</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="43"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="44"/>
        <source>Audited &amp;organisation:</source>
        <translation>Granskad &amp;organisation:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="45"/>
        <source>Audit &amp;firm:</source>
        <translation>Revisions&amp;byrå:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="46"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="47"/>
        <source>&amp;Summa:</source>
        <translation>&amp;Summa:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="48"/>
        <source>First footnote &amp;number:</source>
        <translation>Första fotnots&amp;nummer:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="80"/>
        <source>{unit}: {open} of {files} case files not complete, {missing} without a reason</source>
        <translation>{unit}: {open} av {files} akter inte klara, {missing} utan motivering</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="94"/>
        <source>Report and print – {title}</source>
        <translation>Rapport och utskrift – {title}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="127"/>
        <source>&amp;All units</source>
        <translation>&amp;Alla enheter</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="129"/>
        <source>&amp;Joint summary across the units first</source>
        <translation>&amp;Gemensam sammanställning över enheterna först</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="136"/>
        <source>The same reason keeps one footnote &amp;number</source>
        <translation>Samma motivering får ett fotnots&amp;nummer</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="137"/>
        <source>&amp;Findings under each table</source>
        <translation>Iakttagelser &amp;under varje tabell</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="138"/>
        <source>Summa with a pe&amp;rcentage</source>
        <translation>Summa med &amp;procent</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="145"/>
        <source>&amp;Units:</source>
        <translation>&amp;Enheter:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="148"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="149"/>
        <source>First f&amp;ootnote:</source>
        <translation>Första f&amp;otnot:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="150"/>
        <source>&amp;Summa:</source>
        <translation>&amp;Summa:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="167"/>
        <source>W&amp;hole page</source>
        <translation>&amp;Hela sidan</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="168"/>
        <source>Pa&amp;ge width</source>
        <translation>Sid&amp;bredd</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="206"/>
        <source>&amp;Print…</source>
        <translation>S&amp;kriv ut…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="213"/>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="213"/>
        <source>Save as &amp;Word…</source>
        <translation>Spara som &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="214"/>
        <source>Save as &amp;Excel…</source>
        <translation>Spara som E&amp;xcel…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="214"/>
        <source>Save as &amp;CSV…</source>
        <translation>Spara som &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="220"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="250"/>
        <source>Making the report…</source>
        <translation>Rapporten skapas…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="260"/>
        <source>Pages: {pages}, as they will print.</source>
        <translation>Sidor: {pages}, som de skrivs ut.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="262"/>
        <source>Not complete:</source>
        <translation>Inte klart:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="296"/>
        <source>Pages sent to the printer: {pages}.</source>
        <translation>Sidor skickade till skrivaren: {pages}.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="307"/>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="316"/>
        <source>Writing {path}…</source>
        <translation>Skriver {path}…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="321"/>
        <source>Saved {path}.</source>
        <translation>Sparade {path}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../reviewer/ui/settings_dialog.py" line="31"/>
        <source>Welcome to Aktgranskning</source>
        <translation>Välkommen till Aktgranskning</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/settings_dialog.py" line="32"/>
        <location filename="../../reviewer/ui/settings_dialog.py" line="74"/>
        <location filename="../../reviewer/ui/settings_dialog.py" line="80"/>
        <location filename="../../reviewer/ui/settings_dialog.py" line="85"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/settings_dialog.py" line="46"/>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/settings_dialog.py" line="47"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/settings_dialog.py" line="48"/>
        <source>&amp;Summa in new projects:</source>
        <translation>Summa i nya pro&amp;jekt:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/settings_dialog.py" line="49"/>
        <source>&amp;Backups kept of each project:</source>
        <translation>Säkerhets&amp;kopior som sparas per projekt:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/settings_dialog.py" line="52"/>
        <source>Who are you? Your name is recorded with every answer you give, and shown to a colleague who finds the project open on your computer. You can change it later under Settings.</source>
        <translation>Vem är du? Ditt namn sparas med varje bedömning du gör och visas för en kollega som ser att projektet är öppet på din dator. Du kan ändra det senare under Inställningar.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/settings_dialog.py" line="58"/>
        <source>Your name is recorded with every change you make. A new language shows the next time Aktgranskning starts. A backup is made each time a project opens and before every merge; 0 makes none.</source>
        <translation>Ditt namn sparas med varje ändring du gör. Ett nytt språk visas nästa gång Aktgranskning startar. En säkerhetskopia görs varje gång ett projekt öppnas och före varje sammanslagning; 0 gör inga.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/settings_dialog.py" line="75"/>
        <source>Your name is needed: every change records who made it.</source>
        <translation>Ditt namn behövs: varje ändring sparar vem som gjorde den.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/settings_dialog.py" line="86"/>
        <source>The settings could not be saved in {path}.</source>
        <translation>Inställningarna kunde inte sparas i {path}.</translation>
    </message>
</context>
<context>
    <name>SheetProblemsDialog</name>
    <message>
        <location filename="../../reviewer/ui/import_dialog.py" line="58"/>
        <source>The sheet was not imported</source>
        <translation>Bladet importerades inte</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_dialog.py" line="60"/>
        <source>{sheet}: {count} problems. Nothing was imported; correct the sheet and import it again.</source>
        <translation>{sheet}: {count} fel. Inget importerades; rätta bladet och importera det igen.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_dialog.py" line="65"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_dialog.py" line="65"/>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_dialog.py" line="66"/>
        <source>Problem</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_dialog.py" line="76"/>
        <source>&amp;Copy the list</source>
        <translation>&amp;Kopiera listan</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../reviewer/ui/shell.py" line="69"/>
        <source>Open a project</source>
        <translation>Öppna ett projekt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shell.py" line="70"/>
        <source>Aktgranskning projects and packages (*.aktg *.aktgx)</source>
        <translation>Aktgranskningsprojekt och paket (*.aktg *.aktgx)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shell.py" line="99"/>
        <source>Save the imported project as</source>
        <translation>Spara det importerade projektet som</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shell.py" line="101"/>
        <source>Aktgranskning projects (*.aktg)</source>
        <translation>Aktgranskningsprojekt (*.aktg)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shell.py" line="108"/>
        <source>Importing {file}…</source>
        <translation>Importerar {file}…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shell.py" line="197"/>
        <source>Open it read-only?</source>
        <translation>Öppna det skrivskyddat?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shell.py" line="242"/>
        <source>The sample project could not be written to {path}: {detail}</source>
        <translation>Exempelprojektet kunde inte skrivas till {path}: {detail}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="103"/>
        <source>Case-file review for municipal performance audits: answer the control questions by keyboard, print the appendix.</source>
        <translation>Aktgranskning i kommunala granskningar: svara på kontrollfrågorna med tangentbordet, skriv ut bilagan.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="108"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="109"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="110"/>
        <source>Open the &amp;sample project</source>
        <translation>Öppna e&amp;xempelprojektet</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="111"/>
        <source>Se&amp;ttings…</source>
        <translation>Instä&amp;llningar…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="127"/>
        <source>&amp;Recent projects</source>
        <translation>Sena&amp;ste projekt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="137"/>
        <source>No projects yet. Start a new one, or open the sample project to see how a finished review looks.</source>
        <translation>Inga projekt ännu. Starta ett nytt, eller öppna exempelprojektet för att se hur en färdig granskning ser ut.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="144"/>
        <source>Enter opens the chosen project, Delete takes it off the list. Drop a project file (.aktg) or a package from a colleague (.aktgx) anywhere here to open it.</source>
        <translation>Enter öppnar det valda projektet, Delete tar bort det från listan. Släpp en projektfil (.aktg) eller ett paket från en kollega (.aktgx) här för att öppna det.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="164"/>
        <source>{done} of {files} case files complete</source>
        <translation>{done} av {files} akter klara</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="167"/>
        <source>opened {date}</source>
        <translation>öppnat {date}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="169"/>
        <source>the file is missing</source>
        <translation>filen saknas</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="157"/>
        <source>Reason (printed as a footnote) – Enter saves and moves on, Esc leaves it for later</source>
        <translation>Motivering (skrivs ut som fotnot) – Enter sparar och går vidare, Esc lämnar den till senare</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="162"/>
        <source>Why is this Eb or Et?</source>
        <translation>Varför Eb eller Et?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="175"/>
        <source>Footnote on the cell</source>
        <translation>Fotnot i cellen</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="176"/>
        <source>Shared on the Summa</source>
        <translation>Gemensam på Summa</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="177"/>
        <source>Not printed</source>
        <translation>Skrivs inte ut</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="196"/>
        <source>Working &amp;note (never printed):</source>
        <translation>Arbetsan&amp;teckning (skrivs aldrig ut):</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="228"/>
        <source>Sign off…</source>
        <translation>Markera som granskad…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="230"/>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="237"/>
        <source>J Ja · N Nej · B Eb · T Et   |   ↑ ↓ question · PgUp PgDn case file · Ctrl+U first unanswered · Ctrl+Z undo · F1 all keys</source>
        <translation>J Ja · N Nej · B Eb · T Et   |   ↑ ↓ fråga · PgUp PgDn akt · Ctrl+U första obesvarade · Ctrl+Z ångra · F1 alla tangenter</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="342"/>
        <source>No case file is chosen. A project without units gets one with Project → Add a unit.</source>
        <translation>Ingen akt är vald. Ett projekt utan enheter får en med Projekt → Lägg till enhet.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="377"/>
        <source>{unit} · case file {n} of {total} · question {q} of {questions}</source>
        <translation>{unit} · akt {n} av {total} · fråga {q} av {questions}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="389"/>
        <source>Applies only when question {parent} is Ja; reads Et.</source>
        <translation>Gäller bara när fråga {parent} är Ja; blir Et.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="312"/>
        <source>Used before for this question: {n} (type to search, ↓ to choose)</source>
        <translation>Tidigare motiveringar för frågan: {n} (skriv för att söka, ↓ för att välja)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="148"/>
        <source>Two copies of the project changed this answer apart; the newer value is shown until you decide. Ctrl+K shows both sides; a new answer here decides it too.</source>
        <translation>Två kopior av projektet ändrade svaret var för sig; det nyare värdet visas tills du avgör. Ctrl+K visar båda; ett nytt svar här avgör också.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="410"/>
        <source>Case file {label}: {done} of {applicable} questions done</source>
        <translation>Akt {label}: {done} av {applicable} frågor klara</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="413"/>
        <source>; reason missing on {keys}</source>
        <translation>; motivering saknas för {keys}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="416"/>
        <source> — signed off by {name}, locked</source>
        <translation> — granskad av {name}, låst</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="419"/>
        <source> — complete. PgDn for the next case file.</source>
        <translation> — klar. PgDn för nästa akt.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="566"/>
        <source>Sign off</source>
        <translation>Markera som granskad</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="567"/>
        <source>Name of the auditor who reviewed this case file:</source>
        <translation>Namn på den som granskat akten:</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <location filename="../../reviewer/ui/summary_pane.py" line="54"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/summary_pane.py" line="54"/>
        <source>Unanswered</source>
        <translation>Obesvarade</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/summary_pane.py" line="55"/>
        <source>Without reason</source>
        <translation>Utan motivering</translation>
    </message>
</context>
<context>
    <name>SummaryPane</name>
    <message>
        <location filename="../../reviewer/ui/summary_pane.py" line="109"/>
        <source>&amp;Copy the table</source>
        <translation>&amp;Kopiera tabellen</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/summary_pane.py" line="111"/>
        <source>Copy the fin&amp;dings</source>
        <translation>Kopiera iakttag&amp;elserna</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/summary_pane.py" line="120"/>
        <source>Findings (report text)</source>
        <translation>Iakttagelser (rapporttext)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/summary_pane.py" line="160"/>
        <source>{done} of {files} case files complete · Summa: {convention}</source>
        <translation>{done} av {files} akter klara · Summa: {convention}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/summary_pane.py" line="175"/>
        <source>Copied the table ({rows} questions): paste it into Word or Excel.</source>
        <translation>Tabellen kopierades ({rows} frågor): klistra in den i Word eller Excel.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/summary_pane.py" line="180"/>
        <source>Copied the findings: paste them into the report.</source>
        <translation>Iakttagelserna kopierades: klistra in dem i rapporten.</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="95"/>
        <source>Control questions</source>
        <translation>Kontrollfrågor</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="96"/>
        <source>The template the case files are reviewed against. The project keeps its own copy.</source>
        <translation>Mallen som akterna granskas mot. Projektet sparar en egen kopia.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="100"/>
        <source>B&amp;uilt-in: {name} ({count} questions)</source>
        <translation>Inb&amp;yggd: {name} ({count} frågor)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="102"/>
        <source>From a te&amp;mplate file:</source>
        <translation>Från en &amp;mallfil:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="108"/>
        <source>a template .json file</source>
        <translation>en mallfil (.json)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="109"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="131"/>
        <source>Choose a template</source>
        <translation>Välj en mall</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="132"/>
        <source>Templates (*.json)</source>
        <translation>Mallar (*.json)</translation>
    </message>
</context>
<context>
    <name>UnitChoiceDialog</name>
    <message>
        <location filename="../../reviewer/ui/import_dialog.py" line="37"/>
        <source>Import a review sheet</source>
        <translation>Importera granskningsblad</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_dialog.py" line="42"/>
        <source>Import {sheet} into the &amp;unit (a new name, or a unit that holds no answers yet):</source>
        <translation>Importera {sheet} till &amp;enheten (ett nytt namn, eller en enhet som ännu saknar svar):</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="163"/>
        <source>Units and case files</source>
        <translation>Enheter och akter</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="164"/>
        <source>One audited unit a line (paste a list of municipalities). A number after a semicolon or a tab sets that unit&apos;s number of case files.</source>
        <translation>En granskad enhet per rad (klistra in en lista med kommuner). Ett tal efter semikolon eller tabb anger enhetens antal akter.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="168"/>
        <source>Torsby kommun
Eda kommun;12</source>
        <translation>Torsby kommun
Eda kommun;12</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="176"/>
        <source>&amp;Case files per unit:</source>
        <translation>A&amp;kter per enhet:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="177"/>
        <source>&amp;Units:</source>
        <translation>&amp;Enheter:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="193"/>
        <source>Name at least one unit.</source>
        <translation>Ange minst en enhet.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="197"/>
        <source>{name} is named twice.</source>
        <translation>{name} finns två gånger.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="200"/>
        <source>{name}: the number of case files must be between 1 and 1000.</source>
        <translation>{name}: antalet akter måste vara mellan 1 och 1000.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="210"/>
        <source>{units} units, {files} case files: {list}</source>
        <translation>{units} enheter, {files} akter: {list}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../reviewer/ui/app.py" line="45"/>
        <source>Something went wrong: {error}</source>
        <translation>Något gick fel: {error}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/app.py" line="47"/>
        <source>Your answers are saved. The details are in {log}.</source>
        <translation>Dina bedömningar är sparade. Detaljerna finns i {log}.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="76"/>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="77"/>
        <source>{file} is protected by a password. Password:</source>
        <translation>{file} är skyddat med lösenord. Lösenord:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="109"/>
        <source>Choose a package</source>
        <translation>Välj ett paket</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="110"/>
        <source>Aktgranskning packages (*.aktgx)</source>
        <translation>Aktgranskningspaket (*.aktgx)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="88"/>
        <source>Personal identity numbers?</source>
        <translation>Personnummer?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="89"/>
        <source>Keep them anyway? Choose No to leave the package unused.</source>
        <translation>Behålla dem ändå? Välj Nej för att lämna paketet oanvänt.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="137"/>
        <source>Opening {file}…</source>
        <translation>Öppnar {file}…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="270"/>
        <source>Merging {file}…</source>
        <translation>Slår ihop {file}…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="278"/>
        <source>Another project</source>
        <translation>Ett annat projekt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/exchange_dialogs.py" line="279"/>
        <source>Import it as a project of its own?</source>
        <translation>Importera det som ett eget projekt?</translation>
    </message>
</context>
<context>
    <name>guarded</name>
    <message>
        <location filename="../../reviewer/ui/guarded.py" line="28"/>
        <source>Keep the text anyway?</source>
        <translation>Spara texten ändå?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/guarded.py" line="29"/>
        <source>Personal identity number?</source>
        <translation>Personnummer?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/guarded.py" line="44"/>
        <source>Not possible</source>
        <translation>Går inte</translation>
    </message>
</context>
<context>
    <name>import_sheet</name>
    <message>
        <location filename="../../reviewer/ui/import_dialog.py" line="97"/>
        <source>Import a review sheet</source>
        <translation>Importera granskningsblad</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_dialog.py" line="101"/>
        <source>Review sheets (*.xlsx *.csv)</source>
        <translation>Granskningsblad (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_dialog.py" line="130"/>
        <source>Imported {answers} answers for {files} case files into {unit}.</source>
        <translation>Importerade {answers} svar för {files} akter till {unit}.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/import_dialog.py" line="134"/>
        <source>{count} Eb/Et answers have no reason yet; they are marked red in the grid.</source>
        <translation>{count} Eb/Et-svar saknar ännu motivering; de är röda i rutnätet.</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <location filename="../../reviewer/ui/operations/answers.py" line="27"/>
        <source>Answer {key}</source>
        <translation>Bedömning {key}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/operations/answers.py" line="38"/>
        <source>Edit {key}</source>
        <translation>Ändring {key}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/operations/answers.py" line="47"/>
        <source>Footnote placement {key}</source>
        <translation>Fotnotens placering {key}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/operations/answers.py" line="57"/>
        <source>Decide a conflict</source>
        <translation>Avgör en konflikt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/operations/answers.py" line="65"/>
        <source>Sign off</source>
        <translation>Markera som granskad</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/operations/answers.py" line="71"/>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/operations/structure.py" line="23"/>
        <source>Project details</source>
        <translation>Projektuppgifter</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/operations/structure.py" line="38"/>
        <source>Add a unit</source>
        <translation>Lägg till enhet</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/operations/structure.py" line="43"/>
        <source>Add a case file</source>
        <translation>Lägg till akt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/operations/structure.py" line="50"/>
        <source>Remove the unit</source>
        <translation>Ta bort enheten</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/operations/structure.py" line="57"/>
        <source>Bring back a removed unit</source>
        <translation>Återställ en borttagen enhet</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <location filename="../../reviewer/ui/texts.py" line="14"/>
        <source>Ja of all case files in the sample (as the published tables)</source>
        <translation>Ja av alla akter i urvalet (som i publicerade tabeller)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/texts.py" line="16"/>
        <source>Ja of the case files where the question applies (not Et)</source>
        <translation>Ja av akterna där frågan är tillämplig (ej Et)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/texts.py" line="18"/>
        <source>Ja of the assessed case files (neither Eb nor Et)</source>
        <translation>Ja av de bedömda akterna (varken Eb eller Et)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/texts.py" line="27"/>
        <source>Ja / all case files</source>
        <translation>Ja / alla akter</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/texts.py" line="28"/>
        <source>Ja / applicable (not Et)</source>
        <translation>Ja / tillämpliga (ej Et)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/texts.py" line="29"/>
        <source>Ja / assessed (not Eb, Et)</source>
        <translation>Ja / bedömda (ej Eb, Et)</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <location filename="../../reviewer/ui/widgets.py" line="49"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
</context>
</TS>
