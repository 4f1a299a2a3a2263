<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AddUnitDialog</name>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="72"/>
        <location filename="../../reviewer/ui/project_dialogs.py" line="94"/>
        <source>Add a unit</source>
        <translation>Lägg till enhet</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="74"/>
        <source>e.g. Eda kommun</source>
        <translation>t.ex. Eda kommun</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="79"/>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="80"/>
        <source>&amp;Case files:</source>
        <translation>&amp;Akter:</translation>
    </message>
</context>
<context>
    <name>CaseFileOverview</name>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="42"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="42"/>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/overview.py" line="42"/>
        <source>Reason</source>
        <translation>Motivering</translation>
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
        <source>Audit &amp;firm:</source>
        <translation>Revisions&amp;byrå:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="88"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
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
        <location filename="../../reviewer/ui/wizard.py" line="237"/>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="243"/>
        <source>First &amp;footnote number:</source>
        <translation>Första &amp;fotnotsnummer:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="244"/>
        <source>Project fi&amp;le:</source>
        <translation>Projekt&amp;fil:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="247"/>
        <source>The appendix&apos;s footnotes usually continue the report&apos;s numbering; it can be set again for each report.</source>
        <translation>Bilagans fotnoter fortsätter oftast rapportens numrering; det kan ändras för varje rapport.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="262"/>
        <source>Save the project as</source>
        <translation>Spara projektet som</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="263"/>
        <source>Aktgranskning projects (*.aktg)</source>
        <translation>Aktgranskningsprojekt (*.aktg)</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <location filename="../../reviewer/ui/grid_view.py" line="149"/>
        <source>Reason of the selected Eb or Et – Enter saves</source>
        <translation>Motivering för vald Eb eller Et – Enter sparar</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/grid_view.py" line="151"/>
        <source>Yellow: unanswered · red: Eb/Et without a reason · grey: derived Et. Keys: J N B T, arrows to move.</source>
        <translation>Gul: obesvarad · röd: Eb/Et utan motivering · grå: härledd Et. Tangenter: J N B T, piltangenter för att flytta.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/grid_view.py" line="158"/>
        <source>Reason:</source>
        <translation>Motivering:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/grid_view.py" line="213"/>
        <source>Grid edit</source>
        <translation>Ändring i rutnätet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="49"/>
        <source>{title} (read-only)</source>
        <translation>{title} (skrivskyddat)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="77"/>
        <source>The project is open read-only: nothing can be changed.</source>
        <translation>Projektet är öppet skrivskyddat: inget kan ändras.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="78"/>
        <source>Every change is saved at once.</source>
        <translation>Varje ändring sparas direkt.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="104"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="105"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="107"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="109"/>
        <source>Open the &amp;sample project</source>
        <translation>Öppna &amp;exempelprojektet</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="111"/>
        <source>&amp;Recent projects</source>
        <translation>&amp;Senaste projekt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="113"/>
        <source>&amp;Import a review sheet (Excel, CSV)…</source>
        <translation>&amp;Importera granskningsblad (Excel, CSV)…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="117"/>
        <source>&amp;Report and print…</source>
        <translation>&amp;Rapport och utskrift…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="120"/>
        <source>Se&amp;ttings…</source>
        <translation>I&amp;nställningar…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="122"/>
        <source>&amp;Close project</source>
        <translation>S&amp;täng projektet</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="124"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="126"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="127"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="129"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="135"/>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="136"/>
        <source>Project &amp;details…</source>
        <translation>Projekt&amp;uppgifter…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="137"/>
        <source>Add a &amp;unit…</source>
        <translation>Lägg till &amp;enhet…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="138"/>
        <source>Add a &amp;case file to this unit</source>
        <translation>Lägg till &amp;akt i enheten</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="140"/>
        <source>&amp;Remove this unit…</source>
        <translation>&amp;Ta bort enheten…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="145"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="146"/>
        <source>First unanswered question</source>
        <translation>Första obesvarade frågan</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="148"/>
        <source>Next case file</source>
        <translation>Nästa akt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="149"/>
        <source>Previous case file</source>
        <translation>Föregående akt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="151"/>
        <source>The &amp;navigator</source>
        <translation>&amp;Navigatorn</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="154"/>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="157"/>
        <source>&amp;Stepping form</source>
        <translation>&amp;Stegning</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="158"/>
        <source>&amp;Grid of the unit</source>
        <translation>&amp;Rutnät för enheten</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="159"/>
        <source>S&amp;ummary of the unit</source>
        <translation>Sa&amp;mmanställning för enheten</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="167"/>
        <source>Grid ↔ stepping form</source>
        <translation>Rutnät ↔ stegning</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="172"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="173"/>
        <source>&amp;Keys</source>
        <translation>&amp;Tangenter</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="285"/>
        <source>Add a case file</source>
        <translation>Lägg till akt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="298"/>
        <location filename="../../reviewer/ui/main_window.py" line="306"/>
        <source>Remove the unit</source>
        <translation>Ta bort enheten</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="299"/>
        <source>Remove {unit} with its case files and answers from the project? It no longer shows or prints; its history stays in the file.</source>
        <translation>Ta bort {unit} med dess akter och svar ur projektet? Den visas och skrivs inte längre ut; dess historik finns kvar i filen.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="315"/>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/main_window.py" line="316"/>
        <source>J, N, B, T (or 1–4): answer Ja, Nej, Eb, Et and move on
After B or T: write the reason; Enter saves and moves on, Esc leaves it for later
↑ ↓: previous / next question
PgUp PgDn: previous / next case file
Ctrl+U: first unanswered question
Alt+N: the working note (never printed)
Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y: undo, redo
Ctrl+1, Ctrl+2, Ctrl+3: stepping form, grid, summary (Ctrl+G: grid and back)
Ctrl+L: the navigator
Ctrl+P: report and print</source>
        <translation>J, N, B, T (eller 1–4): svara Ja, Nej, Eb, Et och gå vidare
Efter B eller T: skriv motiveringen; Enter sparar och går vidare, Esc lämnar den till senare
↑ ↓: föregående / nästa fråga
PgUp PgDn: föregående / nästa akt
Ctrl+U: första obesvarade frågan
Alt+A: arbetsanteckningen (skrivs aldrig ut)
Ctrl+Z, Ctrl+Skift+Z eller Ctrl+Y: ångra, gör om
Ctrl+1, Ctrl+2, Ctrl+3: stegning, rutnät, sammanställning (Ctrl+G: rutnät och tillbaka)
Ctrl+L: navigatorn
Ctrl+P: rapport och utskrift</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="46"/>
        <source>not started</source>
        <translation>ej påbörjad</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="47"/>
        <source>in progress</source>
        <translation>påbörjad</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="48"/>
        <source>complete</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="49"/>
        <source>signed off</source>
        <translation>granskad</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="140"/>
        <source>{mark} Case file {label}   {done}/{applicable}</source>
        <translation>{mark} Akt {label}   {done}/{applicable}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="145"/>
        <source>; reason missing: {keys}</source>
        <translation>; motivering saknas: {keys}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/navigator.py" line="148"/>
        <source>; signed off by {name}</source>
        <translation>; granskad av {name}</translation>
    </message>
</context>
<context>
    <name>NewProjectWizard</name>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="276"/>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
</context>
<context>
    <name>ProjectDetailsDialog</name>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="30"/>
        <location filename="../../reviewer/ui/project_dialogs.py" line="53"/>
        <source>Project details</source>
        <translation>Projektuppgifter</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="42"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="43"/>
        <source>Audited &amp;organisation:</source>
        <translation>Granskad &amp;organisation:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="44"/>
        <source>Audit &amp;firm:</source>
        <translation>Revisions&amp;byrå:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="45"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="46"/>
        <source>&amp;Summa:</source>
        <translation>&amp;Summa:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/project_dialogs.py" line="47"/>
        <source>First f&amp;ootnote number:</source>
        <translation>Första f&amp;otnotsnummer:</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="78"/>
        <source>Report and print – {title}</source>
        <translation>Rapport och utskrift – {title}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="108"/>
        <source>&amp;All units</source>
        <translation>&amp;Alla enheter</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="110"/>
        <source>&amp;Joint summary across the units first</source>
        <translation>&amp;Gemensam sammanställning över enheterna först</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="117"/>
        <source>The same reason keeps &amp;one footnote number</source>
        <translation>Samma motivering får &amp;ett fotnotsnummer</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="118"/>
        <source>&amp;Findings under each table</source>
        <translation>&amp;Iakttagelser under varje tabell</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="119"/>
        <source>Summa with a &amp;percentage</source>
        <translation>Summa med &amp;procent</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="126"/>
        <source>&amp;Units:</source>
        <translation>&amp;Enheter:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="129"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="130"/>
        <source>First f&amp;ootnote:</source>
        <translation>Första f&amp;otnot:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="131"/>
        <source>&amp;Summa:</source>
        <translation>&amp;Summa:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="148"/>
        <source>Whole &amp;page</source>
        <translation>&amp;Hela sidan</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="149"/>
        <source>Page &amp;width</source>
        <translation>Sid&amp;bredd</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="181"/>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="188"/>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="188"/>
        <source>Save as &amp;Word…</source>
        <translation>Spara som &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="189"/>
        <source>Save as &amp;Excel…</source>
        <translation>Spara som &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="189"/>
        <source>Save as &amp;CSV…</source>
        <translation>Spara som &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="195"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="231"/>
        <source>Making the report…</source>
        <translation>Rapporten skapas…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="241"/>
        <source>Pages: {pages}, as they will print.</source>
        <translation>Sidor: {pages}, som de skrivs ut.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="243"/>
        <source>Not complete: {warnings}</source>
        <translation>Inte klart: {warnings}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="274"/>
        <source>Pages sent to the printer: {pages}.</source>
        <translation>Sidor skickade till skrivaren: {pages}.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="286"/>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="295"/>
        <source>Writing {path}…</source>
        <translation>Skriver {path}…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/report_dialog.py" line="300"/>
        <source>Saved {path}.</source>
        <translation>Sparade {path}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../reviewer/ui/settings_dialog.py" line="30"/>
        <location filename="../../reviewer/ui/settings_dialog.py" line="58"/>
        <location filename="../../reviewer/ui/settings_dialog.py" line="64"/>
        <location filename="../../reviewer/ui/settings_dialog.py" line="72"/>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/settings_dialog.py" line="40"/>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/settings_dialog.py" line="41"/>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/settings_dialog.py" line="42"/>
        <source>&amp;Summa in new projects:</source>
        <translation>Summa i &amp;nya projekt:</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/settings_dialog.py" line="45"/>
        <source>Your name is recorded with every change you make. A new language shows the next time Aktgranskning starts.</source>
        <translation>Ditt namn sparas med varje ändring du gör. Ett nytt språk visas nästa gång Aktgranskning startar.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/settings_dialog.py" line="59"/>
        <source>Your name is needed: every change records who made it.</source>
        <translation>Ditt namn behövs: varje ändring sparar vem som gjorde den.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/settings_dialog.py" line="73"/>
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
        <location filename="../../reviewer/ui/shell.py" line="62"/>
        <source>Open a project</source>
        <translation>Öppna ett projekt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shell.py" line="63"/>
        <source>Aktgranskning projects (*.aktg)</source>
        <translation>Aktgranskningsprojekt (*.aktg)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shell.py" line="110"/>
        <source>Open it read-only?</source>
        <translation>Öppna det skrivskyddat?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/shell.py" line="153"/>
        <source>The sample project could not be written to {path}: {detail}</source>
        <translation>Exempelprojektet kunde inte skrivas till {path}: {detail}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="96"/>
        <source>Case-file review for municipal performance audits: answer the control questions by keyboard, print the appendix.</source>
        <translation>Aktgranskning i kommunala granskningar: svara på kontrollfrågorna med tangentbordet, skriv ut bilagan.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="101"/>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="102"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="103"/>
        <source>Open the &amp;sample project</source>
        <translation>Öppna &amp;exempelprojektet</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="104"/>
        <source>Se&amp;ttings…</source>
        <translation>I&amp;nställningar…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="120"/>
        <source>&amp;Recent projects</source>
        <translation>&amp;Senaste projekt</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="130"/>
        <source>No projects yet. Start a new one, or open the sample project to see how a finished review looks.</source>
        <translation>Inga projekt ännu. Starta ett nytt, eller öppna exempelprojektet för att se hur en färdig granskning ser ut.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="137"/>
        <source>Enter opens the chosen project, Delete takes it off the list. Drop a project file (.aktg) or a package from a colleague (.aktgx) anywhere here to open it.</source>
        <translation>Enter öppnar det valda projektet, Delete tar bort det från listan. Släpp en projektfil (.aktg) eller ett paket från en kollega (.aktgx) här för att öppna det.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="157"/>
        <source>{done} of {files} case files complete</source>
        <translation>{done} av {files} akter klara</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="161"/>
        <source>opened {date}</source>
        <translation>öppnat {date}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/start_page.py" line="163"/>
        <source>the file is missing</source>
        <translation>filen saknas</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="107"/>
        <source>Reason (printed as a footnote) – Enter saves and moves on, Esc leaves it for later</source>
        <translation>Motivering (skrivs ut som fotnot) – Enter sparar och går vidare, Esc lämnar den till senare</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="110"/>
        <source>Why is this Eb or Et?</source>
        <translation>Varför Eb eller Et?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="123"/>
        <source>Footnote on the cell</source>
        <translation>Fotnot i cellen</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="124"/>
        <source>Shared on the Summa</source>
        <translation>Gemensam på Summa</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="125"/>
        <source>Not printed</source>
        <translation>Skrivs inte ut</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="138"/>
        <source>Working &amp;note (never printed):</source>
        <translation>Arbets&amp;anteckning (skrivs aldrig ut):</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="167"/>
        <source>Sign off…</source>
        <translation>Markera som granskad…</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="169"/>
        <location filename="../../reviewer/ui/step_form.py" line="429"/>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="176"/>
        <source>J Ja · N Nej · B Eb · T Et   |   ↑ ↓ question · PgUp PgDn case file · Ctrl+U first unanswered · Ctrl+Z undo · F1 all keys</source>
        <translation>J Ja · N Nej · B Eb · T Et   |   ↑ ↓ fråga · PgUp PgDn akt · Ctrl+U första obesvarade · Ctrl+Z ångra · F1 alla tangenter</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="229"/>
        <source>No case file is chosen. A project without units gets one with Project → Add a unit.</source>
        <translation>Ingen akt är vald. Ett projekt utan enheter får en med Projekt → Lägg till enhet.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="261"/>
        <source>{unit} · case file {n} of {total} · question {q} of {questions}</source>
        <translation>{unit} · akt {n} av {total} · fråga {q} av {questions}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="273"/>
        <source>Applies only when question {parent} is Ja; reads Et.</source>
        <translation>Gäller bara när fråga {parent} är Ja; blir Et.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="285"/>
        <source>Used before for this question: {n} (type to search, ↓ to choose)</source>
        <translation>Tidigare motiveringar för frågan: {n} (skriv för att söka, ↓ för att välja)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="295"/>
        <source>Case file {label}: {done} of {applicable} questions done</source>
        <translation>Akt {label}: {done} av {applicable} frågor klara</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="298"/>
        <source>; reason missing on {keys}</source>
        <translation>; motivering saknas för {keys}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="301"/>
        <source> — signed off by {name}, locked</source>
        <translation> — granskad av {name}, låst</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="304"/>
        <source> — complete. PgDn for the next case file.</source>
        <translation> — klar. PgDn för nästa akt.</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="319"/>
        <source>Answer {key}</source>
        <translation>Bedömning {key}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="395"/>
        <source>Edit {key}</source>
        <translation>Ändring {key}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="407"/>
        <source>Footnote placement {key}</source>
        <translation>Fotnotens placering {key}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="419"/>
        <location filename="../../reviewer/ui/step_form.py" line="423"/>
        <source>Sign off</source>
        <translation>Markera som granskad</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/step_form.py" line="420"/>
        <source>Name of the auditor who reviewed this case file:</source>
        <translation>Namn på den som granskat akten:</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <location filename="../../reviewer/ui/summary_pane.py" line="52"/>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/summary_pane.py" line="52"/>
        <source>Unanswered</source>
        <translation>Obesvarade</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/summary_pane.py" line="53"/>
        <source>Without reason</source>
        <translation>Utan motivering</translation>
    </message>
</context>
<context>
    <name>SummaryPane</name>
    <message>
        <location filename="../../reviewer/ui/summary_pane.py" line="105"/>
        <source>&amp;Copy the table</source>
        <translation>&amp;Kopiera tabellen</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/summary_pane.py" line="107"/>
        <source>Copy the &amp;findings</source>
        <translation>Kopiera &amp;iakttagelserna</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/summary_pane.py" line="116"/>
        <source>Findings (report text)</source>
        <translation>Iakttagelser (rapporttext)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/summary_pane.py" line="158"/>
        <source>{done} of {files} case files complete · Summa: {convention}</source>
        <translation>{done} av {files} akter klara · Summa: {convention}</translation>
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
        <source>&amp;Built-in: {name} ({count} questions)</source>
        <translation>&amp;Inbyggd: {name} ({count} frågor)</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/wizard.py" line="102"/>
        <source>From a template &amp;file:</source>
        <translation>Från en mall&amp;fil:</translation>
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
        <source>Case files per &amp;unit:</source>
        <translation>Akter per &amp;enhet:</translation>
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
        <location filename="../../reviewer/ui/app.py" line="47"/>
        <source>Something went wrong: {error}</source>
        <translation>Något gick fel: {error}</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/app.py" line="49"/>
        <source>Your answers are saved. The details are in {log}.</source>
        <translation>Dina bedömningar är sparade. Detaljerna finns i {log}.</translation>
    </message>
</context>
<context>
    <name>guarded</name>
    <message>
        <location filename="../../reviewer/ui/guarded.py" line="26"/>
        <source>Keep the text anyway?</source>
        <translation>Spara texten ändå?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/guarded.py" line="27"/>
        <source>Personal identity number?</source>
        <translation>Personnummer?</translation>
    </message>
    <message>
        <location filename="../../reviewer/ui/guarded.py" line="40"/>
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
</TS>
