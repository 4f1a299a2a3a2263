<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>AddUnitDialog</name>
    <message>
        <source>Add a unit</source>
        <translation>Lägg till enhet</translation>
    </message>
    <message>
        <source>e.g. Eda kommun</source>
        <translation>t.ex. Eda kommun</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Case files:</source>
        <translation>&amp;Akter:</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Återställ från en säkerhetskopia</translation>
    </message>
    <message>
        <source>{when}   {size:.2f} MB</source>
        <translation>{when}   {size:.2f} MB</translation>
    </message>
    <message>
        <source>A backup is made each time the project is opened and before every merge. Restoring replaces the project with the backup; the project as it is now is kept as a backup first.</source>
        <translation>En säkerhetskopia görs varje gång projektet öppnas och före varje sammanslagning. Att återställa ersätter projektet med säkerhetskopian; projektet som det är nu sparas först som säkerhetskopia.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Inga säkerhetskopior ännu.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
</context>
<context>
    <name>BringBackDialog</name>
    <message>
        <source>Bring back a removed unit</source>
        <translation>Återställ en borttagen enhet</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>A removed unit comes back with its case files and answers, also in copies it is merged with. A unit of the same name added since keeps its name; the one brought back is then called &quot;Name (2)&quot;.</source>
        <translation>En borttagen enhet kommer tillbaka med sina akter och svar, också i kopior den slås samman med. En enhet med samma namn som lagts till sedan dess behåller sitt namn; den återställda heter då &quot;Namn (2)&quot;.</translation>
    </message>
    <message>
        <source>Nothing has been removed from this project.</source>
        <translation>Inget har tagits bort ur det här projektet.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>{unit}, case file {label}</source>
        <translation>{unit}, akt {label}</translation>
    </message>
    <message>
        <source>{place}: removed {when}, {count} answer changes</source>
        <translation>{place}: borttagen {when}, {count} ändrade svar</translation>
    </message>
    <message>
        <source>, {count} of them after the removal</source>
        <translation>, {count} av dem efter borttagningen</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <source>The case of case file {label}</source>
        <translation>Ärendet för akt {label}</translation>
    </message>
    <message>
        <source>&amp;Case identifier:</source>
        <translation>Ä&amp;rende:</translation>
    </message>
    <message>
        <source>{unit}, case file {label}: the case number (or personnummer) that tells which case it is. It is kept in the key list only, encrypted; it is never printed or sent. Leave it empty to take the case file out of the key list.</source>
        <translation>{unit}, akt {label}: diarienumret (eller personnumret) som visar vilket ärende det är. Det sparas bara i kodnyckeln, krypterat; det skrivs aldrig ut och skickas aldrig. Lämna fältet tomt för att ta bort akten ur kodnyckeln.</translation>
    </message>
</context>
<context>
    <name>CaseFileOverview</name>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivering</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Case file</source>
        <translation>Akt</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Newer value (shown now)</source>
        <translation>Nyare värde (visas nu)</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Andra värdet</translation>
    </message>
    <message>
        <source>The template</source>
        <translation>Mallen</translation>
    </message>
    <message>
        <source>{who}, {when}</source>
        <translation>{who}, {when}</translation>
    </message>
    <message>
        <source>{who}, {when}, from {file}</source>
        <translation>{who}, {when}, från {file}</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts between merged copies</source>
        <translation>Konflikter mellan sammanslagna kopior</translation>
    </message>
    <message>
        <source>Keep the &amp;newer value</source>
        <translation>Behåll det &amp;nyare värdet</translation>
    </message>
    <message>
        <source>Keep the &amp;other value</source>
        <translation>Behåll det &amp;andra värdet</translation>
    </message>
    <message>
        <source>&amp;Write a new answer…</source>
        <translation>&amp;Skriv ett nytt svar…</translation>
    </message>
    <message>
        <source>One answer was changed in two copies apart. Until you decide, it shows its newer value, marked in the grid, and reports warn. Your decision is recorded in the history.</source>
        <translation>Ett svar ändrades i två kopior var för sig. Tills du avgör visar det sitt nyare värde, markerat i rutnätet, och rapporter varnar. Ditt beslut sparas i historiken.</translation>
    </message>
    <message>
        <source>{count} answers were changed in two copies apart. Until you decide, each shows its newer value, marked in the grid, and reports warn. Your decision is recorded in the history.</source>
        <translation>{count} svar ändrades i två kopior var för sig. Tills du avgör visar vart och ett sitt nyare värde, markerat i rutnätet, och rapporter varnar. Ditt beslut sparas i historiken.</translation>
    </message>
    <message>
        <source>No conflicts: every answer has one value.</source>
        <translation>Inga konflikter: varje svar har ett värde.</translation>
    </message>
    <message>
        <source>One question of the template was changed in two copies apart: until you decide, the template shows the newer text.</source>
        <translation>En fråga i mallen ändrades i två kopior var för sig: tills du avgör visar mallen den nyare texten.</translation>
    </message>
    <message>
        <source>{count} questions of the template were changed in two copies apart: until you decide, the template shows the newer texts.</source>
        <translation>{count} frågor i mallen ändrades i två kopior var för sig: tills du avgör visar mallen de nyare texterna.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>The review</source>
        <translation>Granskningen</translation>
    </message>
    <message>
        <source>What is audited, by whom and when. Only the title is required; all of it can be changed later.</source>
        <translation>Vad som granskas, av vem och när. Bara titeln krävs; allt kan ändras senare.</translation>
    </message>
    <message>
        <source>e.g. Torsby kommun, or the region</source>
        <translation>t.ex. Torsby kommun eller regionen</translation>
    </message>
    <message>
        <source>e.g. 2025</source>
        <translation>t.ex. 2025</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Audited &amp;organisation:</source>
        <translation>Granskad &amp;organisation:</translation>
    </message>
    <message>
        <source>Audit fir&amp;m:</source>
        <translation>Revisionsb&amp;yrå:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
</context>
<context>
    <name>DrawDialog</name>
    <message>
        <source>Draw a sample</source>
        <translation>Dra ett urval</translation>
    </message>
    <message>
        <source>Simple random</source>
        <translation>Obundet slumpmässigt</translation>
    </message>
    <message>
        <source>Systematic (a random start, a fixed interval)</source>
        <translation>Systematiskt (slumpmässig start, fast intervall)</translation>
    </message>
    <message>
        <source>Stratified</source>
        <translation>Stratifierat</translation>
    </message>
    <message>
        <source>In proportion to the strata&apos;s sizes</source>
        <translation>I proportion till stratumens storlek</translation>
    </message>
    <message>
        <source>The same number from each stratum</source>
        <translation>Lika många ur varje stratum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <source>&amp;New seed</source>
        <translation>&amp;Nytt frö</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>&amp;List of cases:</source>
        <translation>&amp;Lista över ärenden:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Blad:</translation>
    </message>
    <message>
        <source>&amp;Case identifier:</source>
        <translation>Identifierande k&amp;olumn:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metod:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Storlek:</translation>
    </message>
    <message>
        <source>St&amp;ratum column:</source>
        <translation>St&amp;ratumkolumn:</translation>
    </message>
    <message>
        <source>&amp;Allocation:</source>
        <translation>Fördelnin&amp;g:</translation>
    </message>
    <message>
        <source>&amp;Per stratum:</source>
        <translation>&amp;Per stratum:</translation>
    </message>
    <message>
        <source>&amp;Date column:</source>
        <translation>D&amp;atumkolumn:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Till och med:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Från o&amp;ch med:</translation>
    </message>
    <message>
        <source>&amp;Keep in the key list:</source>
        <translation>Spara i &amp;kodnyckeln:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Slump&amp;frö:</translation>
    </message>
    <message>
        <source>The drawn cases become the unit&apos;s case files 1..n in draw order. Which case each is goes into the key list only, encrypted with its own password; the project keeps how the sample was drawn (the list&apos;s name and SHA-256, the rows used and left out, the method, the seed), never a case. The same list, method, size and seed always draw the same sample.</source>
        <translation>De dragna ärendena blir enhetens akter 1..n i dragningsordning. Vilket ärende varje akt är sparas bara i kodnyckeln, krypterad med ett eget lösenord; projektet sparar hur urvalet drogs (listans namn och SHA-256, raderna som används och som lämnats utanför, metoden, fröet), aldrig ett ärende. Samma lista, metod, storlek och frö drar alltid samma urval.</translation>
    </message>
    <message>
        <source>Dra&amp;w</source>
        <translation>&amp;Dra</translation>
    </message>
    <message>
        <source>Reading the list&apos;s columns…</source>
        <translation>Läser listans kolumner…</translation>
    </message>
    <message>
        <source>Choose the stratum column</source>
        <translation>Välj stratumkolumnen</translation>
    </message>
    <message>
        <source>No period: every row</source>
        <translation>Ingen period: alla rader</translation>
    </message>
    <message>
        <source>Choose the list of cases to draw from, and its columns.</source>
        <translation>Välj listan över ärenden att dra ur, och dess kolumner.</translation>
    </message>
    <message>
        <source>Choose the column whose value is each case&apos;s stratum (a team, a kind of decision).</source>
        <translation>Välj kolumnen vars värde är varje ärendes stratum (ett team, ett slags beslut).</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for a colleague</source>
        <translation>Exportera till en kollega</translation>
    </message>
    <message>
        <source>&amp;Password (optional):</source>
        <translation>&amp;Lösenord (frivilligt):</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Lösenordet i&amp;gen:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>&amp;Units to send (the colleague gets the project, its questions and settings, and these units):</source>
        <translation>&amp;Enheter att skicka (kollegan får projektet, dess frågor och inställningar och de här enheterna):</translation>
    </message>
    <message>
        <source>With a password the package is encrypted (AES-256); send the password another way than the file. The colleague merges their work back with File → Merge from a colleague.</source>
        <translation>Med lösenord krypteras paketet (AES-256); skicka lösenordet på annat sätt än filen. Kollegans arbete slås ihop tillbaka med Arkiv → Slå ihop från en kollega.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportera</translation>
    </message>
    <message>
        <source>Save the package as</source>
        <translation>Spara paketet som</translation>
    </message>
    <message>
        <source>Choose at least one unit.</source>
        <translation>Välj minst en enhet.</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Lösenorden är olika; skriv dem igen.</translation>
    </message>
    <message>
        <source>Writing the package…</source>
        <translation>Paketet skrivs…</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the sample</source>
        <translation>Utöka urvalet</translation>
    </message>
    <message>
        <source>&amp;More case files:</source>
        <translation>&amp;Fler akter:</translation>
    </message>
    <message>
        <source>From the st&amp;ratum:</source>
        <translation>Ur st&amp;ratumet:</translation>
    </message>
    <message>
        <source>{unit}: the next cases in the draw&apos;s own order become case files after the last, and are kept in the key list. Name the very list drawn from, {source}: its SHA-256 is checked.</source>
        <translation>{unit}: nästa ärenden i dragningens egen ordning blir akter efter den sista och sparas i kodnyckeln. Ange just den lista som urvalet drogs ur, {source}: dess SHA-256 kontrolleras.</translation>
    </message>
    <message>
        <source>E&amp;xtend</source>
        <translation>&amp;Utöka</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Summa and file</source>
        <translation>Summa och fil</translation>
    </message>
    <message>
        <source>How the Summa column counts, and where the project file is kept. Every change is saved in it at once.</source>
        <translation>Hur Summa-kolumnen räknas och var projektfilen sparas. Varje ändring sparas i den direkt.</translation>
    </message>
    <message>
        <source>First footnote n&amp;umber:</source>
        <translation>Första fo&amp;tnotsnummer:</translation>
    </message>
    <message>
        <source>Project fi&amp;le:</source>
        <translation>P&amp;rojektfil:</translation>
    </message>
    <message>
        <source>The appendix&apos;s footnotes usually continue the report&apos;s numbering; it can be set again for each report.</source>
        <translation>Bilagans fotnoter fortsätter oftast rapportens numrering; det kan ändras för varje rapport.</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation>Spara projektet som</translation>
    </message>
    <message>
        <source>Aktgranskning projects (*.aktg)</source>
        <translation>Aktgranskningsprojekt (*.aktg)</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>Not assessed: the question was added after the case file was signed off. Reopen the case file to answer it.</source>
        <translation>Inte bedömd: frågan lades till efter att akten signerats. Öppna akten igen för att besvara den.</translation>
    </message>
</context>
<context>
    <name>GridView</name>
    <message>
        <source>Reason of the selected Eb or Et – Enter saves</source>
        <translation>Motivering för vald Eb eller Et – Enter sparar</translation>
    </message>
    <message>
        <source>Yellow: unanswered · red: Eb/Et without a reason · lilac: a conflict between merged copies · grey: derived Et, or not assessed (added after the sign-off). Keys: J N B T, arrows to move, Ctrl+H the cell&apos;s history, Ctrl+C copies the appendix for Word or Excel.</source>
        <translation>Gul: obesvarad · röd: Eb/Et utan motivering · lila: konflikt mellan sammanslagna kopior · grå: härledd Et, eller inte bedömd (tillagd efter signeringen). Tangenter: J N B T, piltangenter för att flytta, Ctrl+H cellens historik, Ctrl+C kopierar bilagan till Word eller Excel.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivering:</translation>
    </message>
    <message>
        <source>{unit} – the appendix&apos;s grid</source>
        <translation>{unit} – bilagans rutnät</translation>
    </message>
    <message>
        <source>Copied the appendix of {unit} ({rows} questions × {files} case files): paste it into Word or Excel.</source>
        <translation>Bilagan för {unit} kopierades ({rows} frågor × {files} akter): klistra in den i Word eller Excel.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>{unit} · case file {label} · {key}. {text}</source>
        <translation>{unit} · akt {label} · {key}. {text}</translation>
    </message>
    <message>
        <source>decides a conflict</source>
        <translation>avgör en konflikt</translation>
    </message>
    <message>
        <source>the question changed</source>
        <translation>frågan ändrades</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>From package</source>
        <translation>Från paket</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anmärkning</translation>
    </message>
    <message>
        <source>Never answered.</source>
        <translation>Aldrig besvarad.</translation>
    </message>
</context>
<context>
    <name>KeyExportDialog</name>
    <message>
        <source>Export the key for a colleague</source>
        <translation>Exportera kodnyckeln till en kollega</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Lösenordet i&amp;gen:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>The key of {unit} ({count} case files) for a colleague who reviews the same unit in a copy of this project. It is encrypted with this password (AES-256); send the password another way than the file. The colleague imports it with Project → Key list → Import a key from a colleague.</source>
        <translation>Kodnyckeln för {unit} ({count} akter) till en kollega som granskar samma enhet i en kopia av projektet. Den krypteras med lösenordet (AES-256); skicka lösenordet på annat sätt än filen. Kollegan importerar den med Projekt → Kodnyckel → Importera en kodnyckel från en kollega.</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportera</translation>
    </message>
    <message>
        <source>Save the key as</source>
        <translation>Spara kodnyckeln som</translation>
    </message>
    <message>
        <source>The key is sent encrypted: type a password.</source>
        <translation>Kodnyckeln skickas krypterad: skriv ett lösenord.</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Lösenorden är olika; skriv dem igen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{title} (read-only)</source>
        <translation>{title} (skrivskyddat)</translation>
    </message>
    <message>
        <source>The project is open read-only: nothing can be changed.</source>
        <translation>Projektet är öppet skrivskyddat: inget kan ändras.</translation>
    </message>
    <message>
        <source>Every change is saved at once.</source>
        <translation>Varje ändring sparas direkt.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>Öppna e&amp;xempelprojektet</translation>
    </message>
    <message>
        <source>Recent pro&amp;jects</source>
        <translation>Sena&amp;ste projekt</translation>
    </message>
    <message>
        <source>Import a re&amp;view sheet (Excel, CSV)…</source>
        <translation>Importera &amp;granskningsblad (Excel, CSV)…</translation>
    </message>
    <message>
        <source>&amp;Export for a colleague…</source>
        <translation>&amp;Exportera till en kollega…</translation>
    </message>
    <message>
        <source>&amp;Merge from a colleague…</source>
        <translation>Slå i&amp;hop från en kollega…</translation>
    </message>
    <message>
        <source>Import a &amp;package as a project of its own…</source>
        <translation>Importera ett &amp;paket som eget projekt…</translation>
    </message>
    <message>
        <source>Restore from a &amp;backup…</source>
        <translation>Återställ från en säkerhets&amp;kopia…</translation>
    </message>
    <message>
        <source>&amp;Report and print…</source>
        <translation>&amp;Rapport och utskrift…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Instä&amp;llningar…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>S&amp;täng projektet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>Project &amp;details…</source>
        <translation>Projekt&amp;uppgifter…</translation>
    </message>
    <message>
        <source>Edit the &amp;template…</source>
        <translation>Redigera &amp;mallen…</translation>
    </message>
    <message>
        <source>Add a &amp;unit…</source>
        <translation>Lägg till &amp;enhet…</translation>
    </message>
    <message>
        <source>Add a &amp;case file to this unit</source>
        <translation>Lägg till &amp;akt i enheten</translation>
    </message>
    <message>
        <source>&amp;Remove this unit…</source>
        <translation>&amp;Ta bort enheten…</translation>
    </message>
    <message>
        <source>&amp;Bring back a removed unit…</source>
        <translation>Åter&amp;ställ en borttagen enhet…</translation>
    </message>
    <message>
        <source>Dra&amp;w a sample from a list of cases…</source>
        <translation>Dra ett u&amp;rval ur en lista över ärenden…</translation>
    </message>
    <message>
        <source>E&amp;xtend this unit&apos;s sample…</source>
        <translation>Utöka enhetens urva&amp;l…</translation>
    </message>
    <message>
        <source>Re&amp;place this case file in the sample…</source>
        <translation>Ersätt den här akten i ur&amp;valet…</translation>
    </message>
    <message>
        <source>How this unit&apos;s sa&amp;mple was drawn…</source>
        <translation>Hur enhetens urval &amp;drogs…</translation>
    </message>
    <message>
        <source>&amp;Key list</source>
        <translation>&amp;Kodnyckel</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå till</translation>
    </message>
    <message>
        <source>First unanswered question</source>
        <translation>Första obesvarade frågan</translation>
    </message>
    <message>
        <source>Next case file</source>
        <translation>Nästa akt</translation>
    </message>
    <message>
        <source>Previous case file</source>
        <translation>Föregående akt</translation>
    </message>
    <message>
        <source>The &amp;navigator</source>
        <translation>&amp;Navigatorn</translation>
    </message>
    <message>
        <source>&amp;Conflicts between merged copies…</source>
        <translation>&amp;Konflikter mellan sammanslagna kopior…</translation>
    </message>
    <message>
        <source>&amp;History of this answer…</source>
        <translation>&amp;Historik för svaret…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Stepping form</source>
        <translation>&amp;Stegning</translation>
    </message>
    <message>
        <source>&amp;Grid of the unit</source>
        <translation>&amp;Rutnät för enheten</translation>
    </message>
    <message>
        <source>S&amp;ummary of the unit</source>
        <translation>Sa&amp;mmanställning för enheten</translation>
    </message>
    <message>
        <source>Grid ↔ stepping form</source>
        <translation>Rutnät ↔ stegning</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Tangenter</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>Lås &amp;upp…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;Type the case of this case file…</source>
        <translation>&amp;Skriv in aktens ärende…</translation>
    </message>
    <message>
        <source>&amp;Export this unit&apos;s key for a colleague…</source>
        <translation>&amp;Exportera enhetens kodnyckel till en kollega…</translation>
    </message>
    <message>
        <source>I&amp;mport a key from a colleague…</source>
        <translation>I&amp;mportera en kodnyckel från en kollega…</translation>
    </message>
    <message>
        <source>&amp;Rebuild this unit&apos;s key from the list drawn from…</source>
        <translation>Återskapa enhetens &amp;kodnyckel ur listan urvalet drogs ur…</translation>
    </message>
    <message>
        <source>&amp;Delete this unit&apos;s key for good…</source>
        <translation>&amp;Radera enhetens kodnyckel för gott…</translation>
    </message>
    <message>
        <source>Edit the template</source>
        <translation>Redigera mallen</translation>
    </message>
    <message>
        <source>{count} complete case files will be in progress again: the new questions are unanswered in them.</source>
        <translation>{count} klara akter blir pågående igen: de nya frågorna är obesvarade i dem.</translation>
    </message>
    <message>
        <source>{count} answers of the removed questions leave the reports; they stay in the history, and undo brings them back.</source>
        <translation>{count} bedömningar av de borttagna frågorna försvinner ur rapporterna; de finns kvar i historiken, och Ångra tar tillbaka dem.</translation>
    </message>
    <message>
        <source>Change the template?</source>
        <translation>Ändra mallen?</translation>
    </message>
    <message>
        <source>Remove the unit</source>
        <translation>Ta bort enheten</translation>
    </message>
    <message>
        <source>Remove {unit} with its case files and answers from the project? It no longer shows or prints; its history stays in the file.</source>
        <translation>Ta bort {unit} med dess akter och svar ur projektet? Den visas och skrivs inte längre ut; dess historik finns kvar i filen.</translation>
    </message>
    <message>
        <source>{unit} is extended by {count} case files: {labels}.</source>
        <translation>{unit} är utökad med {count} akter: {labels}.</translation>
    </message>
    <message>
        <source>Case file {label} is now the next case in the draw&apos;s order; the reason is in the sampling record.</source>
        <translation>Akt {label} är nu nästa ärende i dragningens ordning; skälet står i urvalsbeskrivningen.</translation>
    </message>
    <message>
        <source>The key list is unlocked: each case file shows its case until you lock it (Project → Key list → Lock) or close the project.</source>
        <translation>Kodnyckeln är upplåst: varje akt visar sitt ärende tills du låser den (Projekt → Kodnyckel → Lås) eller stänger projektet.</translation>
    </message>
    <message>
        <source>The key of {unit} is made again from {source}.</source>
        <translation>Kodnyckeln för {unit} är återskapad ur {source}.</translation>
    </message>
    <message>
        <source>The key of {unit} is deleted for good.</source>
        <translation>Kodnyckeln för {unit} är raderad för gott.</translation>
    </message>
    <message>
        <source>Conflicts: {count}</source>
        <translation>Konflikter: {count}</translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation>Skrev {path}.</translation>
    </message>
    <message>
        <source>&amp;Change the template</source>
        <translation>Än&amp;dra mallen</translation>
    </message>
    <message>
        <source>Drew {count} case files into {unit}: case files {first}–{last}. The key list holds which case each is.</source>
        <translation>Drog {count} akter till {unit}: akt {first}–{last}. Vilket ärende varje akt är finns i kodnyckeln.</translation>
    </message>
    <message>
        <source>Sampling record of {unit}</source>
        <translation>Urvalsbeskrivning för {unit}</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>J, N, B, T (or 1–4): answer Ja, Nej, Eb, Et and move on
After B or T: write the reason; ↓ offers the reasons used before for the question; Enter saves and moves on, Esc puts back what was stored and leaves it for later
↑ ↓: previous / next question
PgUp PgDn: previous / next case file
Ctrl+U: first unanswered question
Alt+N: the working note (never printed)
Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y: undo, redo
Ctrl+1, Ctrl+2, Ctrl+3: stepping form, grid, summary (Ctrl+G: grid and back)
Ctrl+C in the grid or the summary: the table, for Word or Excel
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
Ctrl+C i rutnätet eller sammanställningen: tabellen, för Word eller Excel
Ctrl+L: navigatorn (piltangenter; Enter eller Esc tillbaka till formuläret)
Ctrl+H: svarets historik; Ctrl+K: konflikter mellan sammanslagna kopior
Ctrl+P: rapport och utskrift
F10: menyerna</translation>
    </message>
</context>
<context>
    <name>MergeReportDialog</name>
    <message>
        <source>Merged from a colleague</source>
        <translation>Sammanslaget från en kollega</translation>
    </message>
    <message>
        <source>Show the &amp;conflicts ({count})</source>
        <translation>Visa &amp;konflikterna ({count})</translation>
    </message>
    <message>
        <source>&amp;Bring back a removed unit…</source>
        <translation>&amp;Återställ en borttagen enhet…</translation>
    </message>
    <message>
        <source>The project as it was before is kept as a backup (File → Restore from a backup).</source>
        <translation>Projektet som det var innan sparas som säkerhetskopia (Arkiv → Återställ från en säkerhetskopia).</translation>
    </message>
</context>
<context>
    <name>NavigatorModel</name>
    <message>
        <source>not started</source>
        <translation>ej påbörjad</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>påbörjad</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>klar</translation>
    </message>
    <message>
        <source>signed off</source>
        <translation>granskad</translation>
    </message>
    <message>
        <source>{mark} Case file {label}  {case}   {done}/{applicable}</source>
        <translation>{mark} Akt {label}  {case}   {done}/{applicable}</translation>
    </message>
    <message>
        <source>{mark} Case file {label}   {done}/{applicable}</source>
        <translation>{mark} Akt {label}   {done}/{applicable}</translation>
    </message>
    <message>
        <source>; reason missing: {keys}</source>
        <translation>; motivering saknas: {keys}</translation>
    </message>
    <message>
        <source>; signed off by {name}</source>
        <translation>; granskad av {name}</translation>
    </message>
</context>
<context>
    <name>NewProjectWizard</name>
    <message>
        <source>New project</source>
        <translation>Nytt projekt</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>Lösenordet i&amp;gen:</translation>
    </message>
    <message>
        <source>Type the password.</source>
        <translation>Skriv lösenordet.</translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation>Lösenorden är olika; skriv dem igen.</translation>
    </message>
</context>
<context>
    <name>ProjectDetailsDialog</name>
    <message>
        <source>Project details</source>
        <translation>Projektuppgifter</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Audited &amp;organisation:</source>
        <translation>Granskad &amp;organisation:</translation>
    </message>
    <message>
        <source>Audit &amp;firm:</source>
        <translation>Revisions&amp;byrå:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Summa:</source>
        <translation>&amp;Summa:</translation>
    </message>
    <message>
        <source>First footnote &amp;number:</source>
        <translation>Första fotnots&amp;nummer:</translation>
    </message>
</context>
<context>
    <name>QuestionModel</name>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Criterion (footnote)</source>
        <translation>Kriterium (fotnot)</translation>
    </message>
    <message>
        <source>Finding (I x av n akter …)</source>
        <translation>Iakttagelse (I x av n akter …)</translation>
    </message>
    <message>
        <source>The number printed before the question: automatic unless you type one</source>
        <translation>Numret som skrivs ut före frågan: automatiskt om du inte skriver ett eget</translation>
    </message>
    <message>
        <source>The control question as the bilaga prints it</source>
        <translation>Kontrollfrågan som den skrivs ut i bilagan</translation>
    </message>
    <message>
        <source>The criterion the question is assessed by, printed as a footnote on the question</source>
        <translation>Kriteriet som frågan bedöms efter, utskrivet som fotnot till frågan</translation>
    </message>
    <message>
        <source>The phrase of the finding sentence &quot;I 7 av 10 akter …&quot;</source>
        <translation>Frasen i iakttagelsen &quot;I 7 av 10 akter …&quot;</translation>
    </message>
    <message>
        <source>Your own number: it stays when questions move. Empty it to number the question automatically.</source>
        <translation>Ditt eget nummer: det står kvar när frågor flyttas. Töm det för att numrera frågan automatiskt.</translation>
    </message>
</context>
<context>
    <name>ReplaceDialog</name>
    <message>
        <source>Replace case file {label}</source>
        <translation>Ersätt akt {label}</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Skäl:</translation>
    </message>
    <message>
        <source>{unit}, case file {label}: found out of scope, it is removed (its history stays) and the next case in the draw&apos;s order takes its number. The reason goes into the sampling record; write it without naming the case. Name the very list drawn from, {source}: its SHA-256 is checked.</source>
        <translation>{unit}, akt {label}: en akt som visar sig ligga utanför urvalsramen tas bort (dess historik finns kvar) och nästa ärende i dragningens ordning får dess nummer. Skälet skrivs i urvalsbeskrivningen; skriv det utan att namnge ärendet. Ange just den lista som urvalet drogs ur, {source}: dess SHA-256 kontrolleras.</translation>
    </message>
    <message>
        <source>Re&amp;place</source>
        <translation>&amp;Ersätt</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>{unit}: {open} of {files} case files not complete</source>
        <translation>{unit}: {open} av {files} akter inte klara</translation>
    </message>
    <message>
        <source>, {missing} Eb/Et without a reason</source>
        <translation>, {missing} Eb/Et utan motivering</translation>
    </message>
    <message>
        <source>Report and print – {title}</source>
        <translation>Rapport och utskrift – {title}</translation>
    </message>
    <message>
        <source>&amp;All units</source>
        <translation>&amp;Alla enheter</translation>
    </message>
    <message>
        <source>&amp;Joint summary across the units first</source>
        <translation>&amp;Gemensam sammanställning över enheterna först</translation>
    </message>
    <message>
        <source>The same reason keeps one footnote &amp;number</source>
        <translation>Samma motivering får ett fotnots&amp;nummer</translation>
    </message>
    <message>
        <source>&amp;Findings under each table</source>
        <translation>Iakttagelser &amp;under varje tabell</translation>
    </message>
    <message>
        <source>Summa with a pe&amp;rcentage</source>
        <translation>Summa med &amp;procent</translation>
    </message>
    <message>
        <source>Word: reasons as a &amp;list under the table, not footnotes</source>
        <translation>Word: motiveringar som &amp;lista under tabellen, inte fotnoter</translation>
    </message>
    <message>
        <source>How each sa&amp;mple was drawn</source>
        <translation>Hu&amp;r varje urval drogs</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Enheter:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>First f&amp;ootnote:</source>
        <translation>Första f&amp;otnot:</translation>
    </message>
    <message>
        <source>&amp;Summa:</source>
        <translation>&amp;Summa:</translation>
    </message>
    <message>
        <source>W&amp;hole page</source>
        <translation>&amp;Hela sidan</translation>
    </message>
    <message>
        <source>Pa&amp;ge width</source>
        <translation>Sid&amp;bredd</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>S&amp;kriv ut…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;Word…</source>
        <translation>Spara som &amp;Word…</translation>
    </message>
    <message>
        <source>Save as &amp;Excel…</source>
        <translation>Spara som E&amp;xcel…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Spara som &amp;CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Rapporten skapas…</translation>
    </message>
    <message>
        <source>Pages: {pages}, as they will print.</source>
        <translation>Sidor: {pages}, som de skrivs ut.</translation>
    </message>
    <message>
        <source>Not complete:</source>
        <translation>Inte klart:</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {pages}.</source>
        <translation>Sidor skickade till skrivaren: {pages}.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <source>Writing {path}…</source>
        <translation>Skriver {path}…</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Sparade {path}.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Welcome to Aktgranskning</source>
        <translation>Välkommen till Aktgranskning</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>none: a plain A4 document</source>
        <translation>ingen: ett enkelt A4-dokument</translation>
    </message>
    <message>
        <source>A Word report is built on this Word document or template: its styles, margins, header and footer.</source>
        <translation>En Word-rapport byggs på detta Word-dokument eller denna mall: dess format, marginaler, sidhuvud och sidfot.</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Summa in new projects:</source>
        <translation>Summa i nya pro&amp;jekt:</translation>
    </message>
    <message>
        <source>&amp;Backups kept of each project:</source>
        <translation>Säkerhets&amp;kopior som sparas per projekt:</translation>
    </message>
    <message>
        <source>none: only your own templates</source>
        <translation>ingen: bara dina egna mallar</translation>
    </message>
    <message>
        <source>The firm&apos;s shared &amp;template folder:</source>
        <translation>Byråns delade &amp;mallmapp:</translation>
    </message>
    <message>
        <source>&amp;Word document for reports:</source>
        <translation>&amp;Word-mall för rapporter:</translation>
    </message>
    <message>
        <source>Who are you? Your name is recorded with every answer you give, and shown to a colleague who finds the project open on your computer. You can change it later under Settings.</source>
        <translation>Vem är du? Ditt namn sparas med varje bedömning du gör och visas för en kollega som ser att projektet är öppet på din dator. Du kan ändra det senare under Inställningar.</translation>
    </message>
    <message>
        <source>Your name is recorded with every change you make. A new language shows the next time Aktgranskning starts. A backup is made each time a project opens and before every merge; 0 makes none. The new-project wizard lists your own templates and those in the shared folder.</source>
        <translation>Ditt namn sparas med varje ändring du gör. Ett nytt språk visas nästa gång Aktgranskning startar. En säkerhetskopia görs varje gång ett projekt öppnas och före varje sammanslagning; 0 gör inga. Guiden för nytt projekt visar dina egna mallar och dem i den delade mappen.</translation>
    </message>
    <message>
        <source>The firm&apos;s shared template folder</source>
        <translation>Byråns delade mallmapp</translation>
    </message>
    <message>
        <source>The firm&apos;s Word document or template</source>
        <translation>Byråns Word-dokument eller mall</translation>
    </message>
    <message>
        <source>Word (*.docx *.dotx *.docm *.dotm)</source>
        <translation>Word (*.docx *.dotx *.docm *.dotm)</translation>
    </message>
    <message>
        <source>Your name is needed: every change records who made it.</source>
        <translation>Ditt namn behövs: varje ändring sparar vem som gjorde den.</translation>
    </message>
    <message>
        <source>The settings could not be saved in {path}.</source>
        <translation>Inställningarna kunde inte sparas i {path}.</translation>
    </message>
</context>
<context>
    <name>SheetProblemsDialog</name>
    <message>
        <source>The sheet was not imported</source>
        <translation>Bladet importerades inte</translation>
    </message>
    <message>
        <source>{sheet}: {count} problems. Nothing was imported; correct the sheet and import it again.</source>
        <translation>{sheet}: {count} fel. Inget importerades; rätta bladet och importera det igen.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>&amp;Copy the list</source>
        <translation>&amp;Kopiera listan</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Open a project</source>
        <translation>Öppna ett projekt</translation>
    </message>
    <message>
        <source>Aktgranskning projects and packages (*.aktg *.aktgx)</source>
        <translation>Aktgranskningsprojekt och paket (*.aktg *.aktgx)</translation>
    </message>
    <message>
        <source>Save the imported project as</source>
        <translation>Spara det importerade projektet som</translation>
    </message>
    <message>
        <source>Aktgranskning projects (*.aktg)</source>
        <translation>Aktgranskningsprojekt (*.aktg)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importerar {file}…</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Öppna det skrivskyddat?</translation>
    </message>
    <message>
        <source>The sample project could not be written to {path}: {detail}</source>
        <translation>Exempelprojektet kunde inte skrivas till {path}: {detail}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Case-file review for municipal performance audits: answer the control questions by keyboard, print the appendix.</source>
        <translation>Aktgranskning i kommunala granskningar: svara på kontrollfrågorna med tangentbordet, skriv ut bilagan.</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nytt projekt…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>Open the &amp;sample project</source>
        <translation>Öppna e&amp;xempelprojektet</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Instä&amp;llningar…</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>Sena&amp;ste projekt</translation>
    </message>
    <message>
        <source>No projects yet. Start a new one, or open the sample project to see how a finished review looks.</source>
        <translation>Inga projekt ännu. Starta ett nytt, eller öppna exempelprojektet för att se hur en färdig granskning ser ut.</translation>
    </message>
    <message>
        <source>Enter opens the chosen project, Delete takes it off the list. Drop a project file (.aktg) or a package from a colleague (.aktgx) anywhere here to open it.</source>
        <translation>Enter öppnar det valda projektet, Delete tar bort det från listan. Släpp en projektfil (.aktg) eller ett paket från en kollega (.aktgx) här för att öppna det.</translation>
    </message>
    <message>
        <source>{done} of {files} case files complete</source>
        <translation>{done} av {files} akter klara</translation>
    </message>
    <message>
        <source>opened {date}</source>
        <translation>öppnat {date}</translation>
    </message>
    <message>
        <source>the file is missing</source>
        <translation>filen saknas</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Reason (printed as a footnote) – Enter saves and moves on, Esc leaves it for later</source>
        <translation>Motivering (skrivs ut som fotnot) – Enter sparar och går vidare, Esc lämnar den till senare</translation>
    </message>
    <message>
        <source>Why is this Eb or Et?</source>
        <translation>Varför Eb eller Et?</translation>
    </message>
    <message>
        <source>Footnote on the cell</source>
        <translation>Fotnot i cellen</translation>
    </message>
    <message>
        <source>Shared on the Summa</source>
        <translation>Gemensam på Summa</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Skrivs inte ut</translation>
    </message>
    <message>
        <source>Working &amp;note (never printed):</source>
        <translation>Arbetsan&amp;teckning (skrivs aldrig ut):</translation>
    </message>
    <message>
        <source>Sign off…</source>
        <translation>Markera som granskad…</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>J Ja · N Nej · B Eb · T Et   |   ↑ ↓ question · PgUp PgDn case file · Ctrl+U first unanswered · Ctrl+Z undo · F1 all keys</source>
        <translation>J Ja · N Nej · B Eb · T Et   |   ↑ ↓ fråga · PgUp PgDn akt · Ctrl+U första obesvarade · Ctrl+Z ångra · F1 alla tangenter</translation>
    </message>
    <message>
        <source>No case file is chosen. A project without units gets one with Project → Add a unit.</source>
        <translation>Ingen akt är vald. Ett projekt utan enheter får en med Projekt → Lägg till enhet.</translation>
    </message>
    <message>
        <source>{unit} · case file {n} of {total} · question {q} of {questions}</source>
        <translation>{unit} · akt {n} av {total} · fråga {q} av {questions}</translation>
    </message>
    <message>
        <source>Applies only when question {parent} is Ja; reads Et.</source>
        <translation>Gäller bara när fråga {parent} är Ja; blir Et.</translation>
    </message>
    <message>
        <source>Used before for this question: {n} (type to search, ↓ to choose)</source>
        <translation>Tidigare motiveringar för frågan: {n} (skriv för att söka, ↓ för att välja)</translation>
    </message>
    <message>
        <source>Two copies of the project changed this answer apart; the newer value is shown until you decide. Ctrl+K shows both sides; a new answer here decides it too.</source>
        <translation>Två kopior av projektet ändrade svaret var för sig; det nyare värdet visas tills du avgör. Ctrl+K visar båda; ett nytt svar här avgör också.</translation>
    </message>
    <message>
        <source>Case file {label}: {done} of {applicable} questions done</source>
        <translation>Akt {label}: {done} av {applicable} frågor klara</translation>
    </message>
    <message>
        <source>; reason missing on {keys}</source>
        <translation>; motivering saknas för {keys}</translation>
    </message>
    <message>
        <source> — signed off by {name}, locked</source>
        <translation> — granskad av {name}, låst</translation>
    </message>
    <message>
        <source> — complete. PgDn for the next case file.</source>
        <translation> — klar. PgDn för nästa akt.</translation>
    </message>
    <message>
        <source>Case {identifier}</source>
        <translation>Ärende {identifier}</translation>
    </message>
    <message>
        <source>From the key list, shown while it is unlocked; it is never printed, copied into a report or sent in a package.</source>
        <translation>Från kodnyckeln, som visas medan den är upplåst; det skrivs aldrig ut, kopieras aldrig till en rapport och skickas aldrig i ett paket.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Markera som granskad</translation>
    </message>
    <message>
        <source>Name of the auditor who reviewed this case file:</source>
        <translation>Namn på den som granskat akten:</translation>
    </message>
</context>
<context>
    <name>SummaryModel</name>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Obesvarade</translation>
    </message>
    <message>
        <source>Without reason</source>
        <translation>Utan motivering</translation>
    </message>
</context>
<context>
    <name>SummaryPane</name>
    <message>
        <source>&amp;Copy the table</source>
        <translation>&amp;Kopiera tabellen</translation>
    </message>
    <message>
        <source>Copy the fin&amp;dings</source>
        <translation>Kopiera iakttag&amp;elserna</translation>
    </message>
    <message>
        <source>Findings (report text)</source>
        <translation>Iakttagelser (rapporttext)</translation>
    </message>
    <message>
        <source>{done} of {files} case files complete · Summa: {convention}</source>
        <translation>{done} av {files} akter klara · Summa: {convention}</translation>
    </message>
    <message>
        <source>Copied the table ({rows} questions): paste it into Word or Excel.</source>
        <translation>Tabellen kopierades ({rows} frågor): klistra in den i Word eller Excel.</translation>
    </message>
    <message>
        <source>Copied the findings: paste them into the report.</source>
        <translation>Iakttagelserna kopierades: klistra in dem i rapporten.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Ctrl+N or Insert: a new question after this one, at its level
Enter or F2 (or just type): edit the field; Enter keeps it, Tab goes on to the next field, Esc puts back what was there
Delete: remove the question with its sub-questions (Ctrl+Z brings them back)
Alt+↑, Alt+↓: move the question (with its sub-questions) up, down
Alt+→: make it a sub-question of the question above; Alt+←: back a level
Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y: undo, redo
Numbers follow the published style (1, 2, … and 8a, 8b under 8); type your own in the No. column, empty it to number automatically again</source>
        <translation>Ctrl+N eller Insert: en ny fråga efter den här, på samma nivå
Enter eller F2 (eller skriv direkt): ändra fältet; Enter behåller det, Tab går vidare till nästa fält, Esc lägger tillbaka det som stod där
Delete: ta bort frågan med dess delfrågor (Ctrl+Z tar tillbaka dem)
Alt+↑, Alt+↓: flytta frågan (med dess delfrågor) upp, ned
Alt+→: gör den till delfråga till frågan ovanför; Alt+←: tillbaka en nivå
Ctrl+Z, Ctrl+Skift+Z eller Ctrl+Y: ångra, gör om
Numren följer den publicerade stilen (1, 2, … och 8a, 8b under 8); skriv ett eget i kolumnen Nr, töm det för att numrera automatiskt igen</translation>
    </message>
    <message>
        <source>Template editor</source>
        <translation>Mallredigeraren</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Ny fråga</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Upp</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Sub-question</source>
        <translation>Delfråga</translation>
    </message>
    <message>
        <source>Back a level</source>
        <translation>Tillbaka en nivå</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Förhands&amp;visning</translation>
    </message>
    <message>
        <source>Ctrl+N new question · Enter edit · Tab next field · Delete remove · Alt+↑ Alt+↓ move · Alt+→ sub-question · Alt+← back a level · Ctrl+Z undo · F1 all keys</source>
        <translation>Ctrl+N ny fråga · Enter ändra · Tab nästa fält · Delete ta bort · Alt+↑ Alt+↓ flytta · Alt+→ delfråga · Alt+← tillbaka en nivå · Ctrl+Z ångra · F1 alla tangenter</translation>
    </message>
    <message>
        <source>Save in the template &amp;library…</source>
        <translation>Spara i mall&amp;biblioteket…</translation>
    </message>
    <message>
        <source>&amp;Problems: {count}. The template can be saved once each is solved.</source>
        <translation>&amp;Problem: {count}. Mallen kan sparas när alla är lösta.</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Inga problem.</translation>
    </message>
    <message>
        <source>The preview shows the template as it was before its problems.</source>
        <translation>Förhandsvisningen visar mallen som den var före problemen.</translation>
    </message>
    <message>
        <source>Question {number} removed. Ctrl+Z brings it back.</source>
        <translation>Fråga {number} togs bort. Ctrl+Z tar tillbaka den.</translation>
    </message>
    <message>
        <source>Question {number} removed with its {count} sub-questions. Ctrl+Z brings them back.</source>
        <translation>Fråga {number} togs bort med sina {count} delfrågor. Ctrl+Z tar tillbaka dem.</translation>
    </message>
    <message>
        <source>Question {number} is the first at its level.</source>
        <translation>Fråga {number} är den första på sin nivå.</translation>
    </message>
    <message>
        <source>Question {number} is the last at its level.</source>
        <translation>Fråga {number} är den sista på sin nivå.</translation>
    </message>
    <message>
        <source>Question {number} has no question above it at its level to be a sub-question of.</source>
        <translation>Fråga {number} har ingen fråga ovanför sig på samma nivå att bli delfråga till.</translation>
    </message>
    <message>
        <source>Question {number} is a main question.</source>
        <translation>Fråga {number} är en huvudfråga.</translation>
    </message>
    <message>
        <source>Leave the editor without keeping the changes?</source>
        <translation>Lämna redigeraren utan att behålla ändringarna?</translation>
    </message>
    <message>
        <source>Give the template a name first.</source>
        <translation>Ge mallen ett namn först.</translation>
    </message>
    <message>
        <source>Save in the template library</source>
        <translation>Spara i mallbiblioteket</translation>
    </message>
    <message>
        <source>The library already has {file}. Replace it?</source>
        <translation>Biblioteket har redan {file}. Ersätta den?</translation>
    </message>
    <message>
        <source>The template could not be saved in {path}: {detail}</source>
        <translation>Mallen kunde inte sparas i {path}: {detail}</translation>
    </message>
    <message>
        <source>Saved in the template library: {path}</source>
        <translation>Sparad i mallbiblioteket: {path}</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Control questions</source>
        <translation>Kontrollfrågor</translation>
    </message>
    <message>
        <source>The template the case files are reviewed against. The project keeps its own copy.</source>
        <translation>Mallen som akterna granskas mot. Projektet sparar en egen kopia.</translation>
    </message>
    <message>
        <source>B&amp;uilt-in: {name} ({count} questions)</source>
        <translation>Inb&amp;yggd: {name} ({count} frågor)</translation>
    </message>
    <message>
        <source>From the template &amp;library:</source>
        <translation>Från mallbib&amp;lioteket:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>From a te&amp;mplate file:</source>
        <translation>Från en &amp;mallfil:</translation>
    </message>
    <message>
        <source>Wri&amp;tten here:</source>
        <translation>Skriven &amp;här:</translation>
    </message>
    <message>
        <source>a template file ({patterns})</source>
        <translation>en mallfil ({patterns})</translation>
    </message>
    <message>
        <source>Templates ({patterns})</source>
        <translation>Mallar ({patterns})</translation>
    </message>
    <message>
        <source>{name} cannot be used: {problem}</source>
        <translation>{name} kan inte användas: {problem}</translation>
    </message>
    <message>
        <source>{name} ({count} questions)</source>
        <translation>{name} ({count} frågor)</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>utan namn</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>ingen ännu</translation>
    </message>
    <message>
        <source>Use this template</source>
        <translation>Använd den här mallen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Write a ne&amp;w template…</source>
        <translation>Skri&amp;v en ny mall…</translation>
    </message>
    <message>
        <source>Start from the chosen one and c&amp;hange it…</source>
        <translation>Utgå från den valda och ändra &amp;den…</translation>
    </message>
    <message>
        <source>Your own</source>
        <translation>Din egen</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Delad</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kan inte läsas</translation>
    </message>
    <message>
        <source>No templates yet: save one from the template editor, or set the firm&apos;s shared folder in Settings.</source>
        <translation>Inga mallar ännu: spara en från mallredigeraren, eller ange byråns delade mapp under Inställningar.</translation>
    </message>
    <message>
        <source>Choose a template</source>
        <translation>Välj en mall</translation>
    </message>
</context>
<context>
    <name>TemplatePreview</name>
    <message>
        <source>Making the preview…</source>
        <translation>Förhandsvisningen görs…</translation>
    </message>
    <message>
        <source>The empty bilaga with {files} case files, as it will print.</source>
        <translation>Den tomma bilagan med {files} akter, som den kommer att skrivas ut.</translation>
    </message>
</context>
<context>
    <name>UnitChoiceDialog</name>
    <message>
        <source>Import a review sheet</source>
        <translation>Importera granskningsblad</translation>
    </message>
    <message>
        <source>Import {sheet} into the &amp;unit (a new name, or a unit that holds no answers yet):</source>
        <translation>Importera {sheet} till &amp;enheten (ett nytt namn, eller en enhet som ännu saknar svar):</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Units and case files</source>
        <translation>Enheter och akter</translation>
    </message>
    <message>
        <source>One audited unit a line (paste a list of municipalities). A number after a semicolon or a tab sets that unit&apos;s number of case files.</source>
        <translation>En granskad enhet per rad (klistra in en lista med kommuner). Ett tal efter semikolon eller tabb anger enhetens antal akter.</translation>
    </message>
    <message>
        <source>Torsby kommun
Eda kommun;12</source>
        <translation>Torsby kommun
Eda kommun;12</translation>
    </message>
    <message>
        <source>&amp;Case files per unit:</source>
        <translation>A&amp;kter per enhet:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Enheter:</translation>
    </message>
    <message>
        <source>Name at least one unit.</source>
        <translation>Ange minst en enhet.</translation>
    </message>
    <message>
        <source>{name} is named twice.</source>
        <translation>{name} finns två gånger.</translation>
    </message>
    <message>
        <source>{name}: the number of case files must be between 1 and 1000.</source>
        <translation>{name}: antalet akter måste vara mellan 1 och 1000.</translation>
    </message>
    <message>
        <source>{units} units, {files} case files: {list}</source>
        <translation>{units} enheter, {files} akter: {list}</translation>
    </message>
</context>
<context>
    <name>_FromTheListDialog</name>
    <message>
        <source>&amp;List of cases:</source>
        <translation>&amp;Lista över ärenden:</translation>
    </message>
    <message>
        <source>Name the list of cases drawn from.</source>
        <translation>Ange listan över ärenden som urvalet drogs ur.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Något gick fel: {error}</translation>
    </message>
    <message>
        <source>Your answers are saved. The details are in {log}.</source>
        <translation>Dina bedömningar är sparade. Detaljerna finns i {log}.</translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>{file} is protected by a password. Password:</source>
        <translation>{file} är skyddat med lösenord. Lösenord:</translation>
    </message>
    <message>
        <source>Choose a package</source>
        <translation>Välj ett paket</translation>
    </message>
    <message>
        <source>Aktgranskning packages (*.aktgx)</source>
        <translation>Aktgranskningspaket (*.aktgx)</translation>
    </message>
    <message>
        <source>Personal identity numbers?</source>
        <translation>Personnummer?</translation>
    </message>
    <message>
        <source>Keep them anyway? Choose No to leave the package unused.</source>
        <translation>Behålla dem ändå? Välj Nej för att lämna paketet oanvänt.</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Öppnar {file}…</translation>
    </message>
    <message>
        <source>Merging {file}…</source>
        <translation>Slår ihop {file}…</translation>
    </message>
    <message>
        <source>Another project</source>
        <translation>Ett annat projekt</translation>
    </message>
    <message>
        <source>Import it as a project of its own?</source>
        <translation>Importera det som ett eget projekt?</translation>
    </message>
</context>
<context>
    <name>guarded</name>
    <message>
        <source>Keep the text anyway?</source>
        <translation>Spara texten ändå?</translation>
    </message>
    <message>
        <source>Personal identity number?</source>
        <translation>Personnummer?</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Går inte</translation>
    </message>
</context>
<context>
    <name>import_sheet</name>
    <message>
        <source>Import a review sheet</source>
        <translation>Importera granskningsblad</translation>
    </message>
    <message>
        <source>Review sheets (*.xlsx *.csv)</source>
        <translation>Granskningsblad (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Imported {answers} answers for {files} case files into {unit}.</source>
        <translation>Importerade {answers} svar för {files} akter till {unit}.</translation>
    </message>
    <message>
        <source>{count} Eb/Et answers have no reason yet; they are marked red in the grid.</source>
        <translation>{count} Eb/Et-svar saknar ännu motivering; de är röda i rutnätet.</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Key list</source>
        <translation>Kodnyckel</translation>
    </message>
    <message>
        <source>The project has no key list, and it is open read-only.</source>
        <translation>Projektet har ingen kodnyckel, och det är öppnat skrivskyddat.</translation>
    </message>
    <message>
        <source>The project has no key list yet. Choose its password: it opens the key list and nothing else, and it cannot be recovered if forgotten. The key list shows which case each case file is; it is kept encrypted, apart from the review.</source>
        <translation>Projektet har ingen kodnyckel än. Välj dess lösenord: det öppnar kodnyckeln och inget annat, och det går inte att återfå om det glöms bort. Kodnyckeln visar vilket ärende varje akt är; den sparas krypterad, skild från granskningen.</translation>
    </message>
    <message>
        <source>The key list&apos;s password. Unlocked, the navigator and the form show each case file&apos;s case beside its number until you lock it or close the project.</source>
        <translation>Kodnyckelns lösenord. Upplåst visar navigeringen och formuläret varje akts ärende bredvid dess nummer tills du låser den eller stänger projektet.</translation>
    </message>
    <message>
        <source>Choose a key from a colleague</source>
        <translation>Välj en kodnyckel från en kollega</translation>
    </message>
    <message>
        <source>Aktgranskning keys (*.aktgkey)</source>
        <translation>Kodnycklar från Aktgranskning (*.aktgkey)</translation>
    </message>
    <message>
        <source>Key from a colleague</source>
        <translation>Kodnyckel från en kollega</translation>
    </message>
    <message>
        <source>{file} is encrypted. Its password (the colleague who exported it sends it):</source>
        <translation>{file} är krypterad. Dess lösenord (kollegan som exporterade den skickar det):</translation>
    </message>
    <message>
        <source>The key of {unit} came in: {count} case files, {changed} new or changed.</source>
        <translation>Kodnyckeln för {unit} kom in: {count} akter, {changed} nya eller ändrade.</translation>
    </message>
    <message>
        <source>Delete the key for good</source>
        <translation>Radera kodnyckeln för gott</translation>
    </message>
    <message>
        <source>Delete the key of {unit} for good? Which case each of its case files is ({count}) can then no longer be found from this project: it is wiped from the file and from its backups, and cannot be brought back. The review and the record of the draw stay. Keys exported to colleagues are not reached.</source>
        <translation>Radera kodnyckeln för {unit} för gott? Vilket ärende var och en av dess akter är ({count}) går sedan inte längre att ta reda på ur projektet: den suddas ut ur filen och ur dess säkerhetskopior och kan inte tas tillbaka. Granskningen och urvalsbeskrivningen finns kvar. Kodnycklar som exporterats till kollegor nås inte.</translation>
    </message>
    <message>
        <source>Deleting the key…</source>
        <translation>Kodnyckeln raderas…</translation>
    </message>
    <message>
        <source>The key is deleted from the project, but these copies could not be wiped; delete them yourself:
{copies}</source>
        <translation>Kodnyckeln är raderad ur projektet, men de här kopiorna kunde inte suddas ut; radera dem själv:
{copies}</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Answer {key}</source>
        <translation>Bedömning {key}</translation>
    </message>
    <message>
        <source>Edit {key}</source>
        <translation>Ändring {key}</translation>
    </message>
    <message>
        <source>Footnote placement {key}</source>
        <translation>Fotnotens placering {key}</translation>
    </message>
    <message>
        <source>Decide a conflict</source>
        <translation>Avgör en konflikt</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Markera som granskad</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Öppna igen</translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Projektuppgifter</translation>
    </message>
    <message>
        <source>Add a unit</source>
        <translation>Lägg till enhet</translation>
    </message>
    <message>
        <source>Add a case file</source>
        <translation>Lägg till akt</translation>
    </message>
    <message>
        <source>Remove the unit</source>
        <translation>Ta bort enheten</translation>
    </message>
    <message>
        <source>Bring back a removed unit</source>
        <translation>Återställ en borttagen enhet</translation>
    </message>
    <message>
        <source>Change the template</source>
        <translation>Ändra mallen</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Lägg till en fråga</translation>
    </message>
    <message>
        <source>Edit question {key}</source>
        <translation>Ändra fråga {key}</translation>
    </message>
    <message>
        <source>Move question {key}</source>
        <translation>Flytta fråga {key}</translation>
    </message>
    <message>
        <source>Remove question {key}</source>
        <translation>Ta bort fråga {key}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Choose the list of cases</source>
        <translation>Välj listan över ärenden</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Urval</translation>
    </message>
    <message>
        <source>The sample of {unit} was not drawn by the tool, so it cannot be extended or replaced from a list of cases. Draw one into a new unit, or add case files by hand.</source>
        <translation>Urvalet i {unit} är inte draget av verktyget, så det kan inte utökas eller få akter ersatta ur en lista över ärenden. Dra ett urval till en ny enhet, eller lägg till akter för hand.</translation>
    </message>
</context>
<context>
    <name>sampling</name>
    <message>
        <source>Reading the list of cases and drawing…</source>
        <translation>Läser listan över ärenden och drar…</translation>
    </message>
    <message>
        <source>Draw a sample</source>
        <translation>Dra ett urval</translation>
    </message>
    <message>
        <source>Extend the sample</source>
        <translation>Utöka urvalet</translation>
    </message>
    <message>
        <source>Replace a case file</source>
        <translation>Ersätt en akt</translation>
    </message>
    <message>
        <source>Lists of cases ({patterns})</source>
        <translation>Listor över ärenden ({patterns})</translation>
    </message>
    <message>
        <source>The list {source} was drawn from</source>
        <translation>Listan {source} som urvalet drogs ur</translation>
    </message>
    <message>
        <source>Reading the list…</source>
        <translation>Läser listan…</translation>
    </message>
    <message>
        <source>Rebuild the key from the list</source>
        <translation>Återskapa kodnyckeln ur listan</translation>
    </message>
    <message>
        <source>The key of {unit} is made again from {source}: {count} case files.</source>
        <translation>Kodnyckeln för {unit} är återskapad ur {source}: {count} akter.</translation>
    </message>
</context>
<context>
    <name>texts</name>
    <message>
        <source>Ja of all case files in the sample (as the published tables)</source>
        <translation>Ja av alla akter i urvalet (som i publicerade tabeller)</translation>
    </message>
    <message>
        <source>Ja of the case files where the question applies (not Et)</source>
        <translation>Ja av akterna där frågan är tillämplig (ej Et)</translation>
    </message>
    <message>
        <source>Ja of the assessed case files (neither Eb nor Et)</source>
        <translation>Ja av de bedömda akterna (varken Eb eller Et)</translation>
    </message>
    <message>
        <source>Ja / all case files</source>
        <translation>Ja / alla akter</translation>
    </message>
    <message>
        <source>Ja / applicable (not Et)</source>
        <translation>Ja / tillämpliga (ej Et)</translation>
    </message>
    <message>
        <source>Ja / assessed (not Eb, Et)</source>
        <translation>Ja / bedömda (ej Eb, Et)</translation>
    </message>
</context>
<context>
    <name>widgets</name>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
</context>
</TS>
