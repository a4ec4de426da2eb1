<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Agenda</name>
    <message>
        <source>Open next steps from earlier meetings</source>
        <translation>Öppna nästa steg från tidigare möten</translation>
    </message>
    <message>
        <source>Film: %1</source>
        <translation>Film: %1</translation>
    </message>
    <message>
        <source>Decisions and next steps</source>
        <translation>Beslut och nästa steg</translation>
    </message>
    <message>
        <source>Closing round: my next step</source>
        <translation>Avslutande runda: mitt nästa steg</translation>
    </message>
    <message>
        <source>Our measures</source>
        <translation>Våra mått</translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>%1: meeting</source>
        <translation>%1: möte</translation>
    </message>
</context>
<context>
    <name>ChartScene</name>
    <message>
        <source>target %1</source>
        <translation>mål %1</translation>
    </message>
    <message>
        <source>No values yet.</source>
        <translation>Inga värden ännu.</translation>
    </message>
    <message>
        <source>Median %1</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation>Medelvärde %1</translation>
    </message>
    <message>
        <source>UCL %1</source>
        <translation>ÖSG %1</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>Mål %1</translation>
    </message>
    <message>
        <source>LCL %1</source>
        <translation>NSG %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkiverat</translation>
    </message>
    <message>
        <source>The chart cannot be drawn: %1</source>
        <translation>Diagrammet kan inte ritas: %1</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Room and big screen booked</source>
        <translation>Rum och storskärm bokade</translation>
    </message>
    <message>
        <source>Film and sound tested in the room</source>
        <translation>Film och ljud testade i rummet</translation>
    </message>
    <message>
        <source>Invitation with the module&apos;s questions sent</source>
        <translation>Inbjudan med modulens frågor skickad</translation>
    </message>
    <message>
        <source>Open next steps from the last meeting gathered</source>
        <translation>Öppna nästa steg från förra mötet sammanställda</translation>
    </message>
    <message>
        <source>Attendance noted</source>
        <translation>Närvaro noterad</translation>
    </message>
    <message>
        <source>Timeboxes kept</source>
        <translation>Tiderna hållna</translation>
    </message>
    <message>
        <source>Every next step has someone responsible and a date</source>
        <translation>Varje nästa steg har en ansvarig och ett datum</translation>
    </message>
    <message>
        <source>Minutes exported and sent to the group</source>
        <translation>Protokollet exporterat och skickat till gruppen</translation>
    </message>
    <message>
        <source>Next meeting booked</source>
        <translation>Nästa möte bokat</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Leda – a course on leading improvement work, for leadership groups.</source>
        <translation>Leda – en kurs i att leda förbättringsarbete, för ledningsgrupper.</translation>
    </message>
    <message>
        <source>User interface language: sv (Swedish) or en (English).</source>
        <translation>Språk i programmet: sv (svenska) eller en (engelska).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>Read the course modules from &lt;folder&gt;.</source>
        <translation>Läs kursens moduler från &lt;mapp&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>mapp</translation>
    </message>
    <message>
        <source>Read generated films from &lt;folder&gt;.</source>
        <translation>Läs genererade filmer från &lt;mapp&gt;.</translation>
    </message>
    <message>
        <source>Check every module in &lt;folder&gt;, print each problem and exit (non-zero when there are problems).</source>
        <translation>Kontrollera varje modul i &lt;mapp&gt;, skriv ut varje problem och avsluta (med felkod om det finns problem).</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Okänt argument: %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use sv or en.</source>
        <translation>Okänt språk ”%1”; använd sv eller en.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n module(s) checked, </source>
        <translation>
            <numerusform>%1: %n modul kontrollerad, </numerusform>
            <numerusform>%1: %n moduler kontrollerade, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n problem.</numerusform>
            <numerusform>%n problem.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the group&apos;s record in the SQLite file &lt;record&gt;, or on a region&apos;s PostgreSQL server (postgresql://host/database, or service=name).</source>
        <translation>Spara gruppens anteckningar i SQLite-filen &lt;anteckningar&gt;, eller på regionens PostgreSQL-server (postgresql://server/databas eller service=namn).</translation>
    </message>
    <message>
        <source>record</source>
        <translation>anteckningar</translation>
    </message>
</context>
<context>
    <name>ContentLoader</name>
    <message>
        <source>required field is missing</source>
        <translation>obligatoriskt fält saknas</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>måste vara text</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>får inte vara tomt</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>måste vara en lista</translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n entries</source>
        <translation>
            <numerusform>behöver minst %n post</numerusform>
            <numerusform>behöver minst %n poster</numerusform>
        </translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>måste vara text som inte är tom</translation>
    </message>
    <message>
        <source>unsupported version %1; this Leda reads version %2</source>
        <translation>version %1 stöds inte; den här versionen av Leda läser version %2</translation>
    </message>
    <message>
        <source>use only lower-case letters a–z, digits and hyphens</source>
        <translation>använd bara små bokstäver a–z, siffror och bindestreck</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>måste vara ett heltal, 0 eller större</translation>
    </message>
    <message>
        <source>at most 8 chapters</source>
        <translation>högst 8 kapitel</translation>
    </message>
    <message>
        <source>must be an object with title and narration</source>
        <translation>måste vara ett objekt med title och narration</translation>
    </message>
    <message>
        <source>must be an object with video and captions</source>
        <translation>måste vara ett objekt med video och captions</translation>
    </message>
    <message>
        <source>the film %1 does not exist; put the file in the module folder or correct the name</source>
        <translation>filmen %1 finns inte; lägg filen i modulens mapp eller rätta namnet</translation>
    </message>
    <message>
        <source>the captions file %1 does not exist</source>
        <translation>textningsfilen %1 finns inte</translation>
    </message>
    <message numerus="yes">
        <source>give one start time in seconds per chapter (%n chapters)</source>
        <translation>
            <numerusform>ange en starttid i sekunder per kapitel (%n kapitel)</numerusform>
            <numerusform>ange en starttid i sekunder per kapitel (%n kapitel)</numerusform>
        </translation>
    </message>
    <message>
        <source>start times must be 0 or more and rising</source>
        <translation>starttiderna måste vara 0 eller större och stigande</translation>
    </message>
    <message>
        <source>the file is missing; every module folder needs one</source>
        <translation>filen saknas; varje modulmapp behöver en</translation>
    </message>
    <message>
        <source>cannot be read (%1); check the file&apos;s permissions</source>
        <translation>kan inte läsas (%1); kontrollera filens behörigheter</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at character %2</source>
        <translation>är inte giltig JSON: %1 vid tecken %2</translation>
    </message>
    <message>
        <source>must contain a JSON object</source>
        <translation>måste innehålla ett JSON-objekt</translation>
    </message>
    <message>
        <source>the modules folder does not exist; start Leda with --modules FOLDER</source>
        <translation>modulmappen finns inte; starta Leda med --modules MAPP</translation>
    </message>
    <message>
        <source>the same %1 as the module in %2; each module needs its own</source>
        <translation>samma %1 som modulen i %2; varje modul behöver ett eget</translation>
    </message>
    <message>
        <source>too long: %1 characters, at most %2</source>
        <translation>för lång: %1 tecken, högst %2</translation>
    </message>
    <message>
        <source>too many entries: %1, at most %2</source>
        <translation>för många poster: %1, högst %2</translation>
    </message>
    <message>
        <source>is %1, but the folder %2 says %3; make them agree</source>
        <translation>är %1, men mappen %2 säger %3; gör dem lika</translation>
    </message>
    <message>
        <source>is a link that leads nowhere (or back to itself); put the file itself there</source>
        <translation>är en länk som inte leder någonstans (eller tillbaka till sig själv); lägg själva filen där</translation>
    </message>
    <message>
        <source>is a folder, not a file; put the module&apos;s description there</source>
        <translation>är en mapp, inte en fil; lägg modulens beskrivning där</translation>
    </message>
    <message>
        <source>is too large (%1 kB); a module&apos;s description is at most %2 kB</source>
        <translation>är för stor (%1 kB); en moduls beskrivning är högst %2 kB</translation>
    </message>
    <message>
        <source>must be a list of question numbers, e.g. [1, 3, 4]</source>
        <translation>måste vara en lista med frågornas nummer, t.ex. [1, 3, 4]</translation>
    </message>
    <message numerus="yes">
        <source>must be the number of one of the %n question(s), each once</source>
        <translation>
            <numerusform>måste vara numret på den enda frågan, en gång</numerusform>
            <numerusform>måste vara numret på en av de %n frågorna, varje nummer en gång</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>A quotation mark that begins on line %1 is never closed.</source>
        <translation>Ett citattecken som börjar på rad %1 avslutas aldrig.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Rad %1, kolumn %2: %3</translation>
    </message>
    <message>
        <source>Leda cannot read %1: %2</source>
        <translation>Leda kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 has only one of the columns täljare and nämnare (numerator, denominator); a proportion or a rate needs both.</source>
        <translation>%1 har bara en av kolumnerna täljare och nämnare; en andel eller en kvot behöver båda.</translation>
    </message>
    <message>
        <source>%1 has no column named värde (value), or täljare and nämnare (numerator and denominator). The first line must name the columns, for example: period;värde</source>
        <translation>%1 har ingen kolumn som heter värde, eller täljare och nämnare. Första raden ska namnge kolumnerna, till exempel: period;värde</translation>
    </message>
    <message>
        <source>%1 has no column named period (or månad, vecka, kvartal, datum). The first line must name the columns, for example: period;värde</source>
        <translation>%1 har ingen kolumn som heter period (eller månad, vecka, kvartal, datum). Första raden ska namnge kolumnerna, till exempel: period;värde</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>”%1” är inte ett tal.</translation>
    </message>
    <message>
        <source>the period is empty.</source>
        <translation>perioden saknas.</translation>
    </message>
    <message>
        <source>“%1” is not a period (write for example 2027-03, 2027-03-15, 2027-K1 or 2027-v12).</source>
        <translation>”%1” är inte en period (skriv till exempel 2027-03, 2027-03-15, 2027-K1 eller 2027-v12).</translation>
    </message>
    <message>
        <source>%1 comes twice.</source>
        <translation>%1 finns två gånger.</translation>
    </message>
    <message>
        <source>a value needs both the numerator and the denominator.</source>
        <translation>ett värde behöver både täljare och nämnare.</translation>
    </message>
    <message>
        <source>the denominator cannot be negative.</source>
        <translation>nämnaren kan inte vara negativ.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 could not be updated: %2</source>
        <translation>Databasen %1 kunde inte uppdateras: %2</translation>
    </message>
    <message>
        <source>Leda cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation>Leda kan inte läsa %1: %2. Kontrollera filens behörigheter.</translation>
    </message>
    <message>
        <source>Leda cannot create the folder %1 for its database.</source>
        <translation>Leda kan inte skapa mappen %1 för sin databas.</translation>
    </message>
    <message>
        <source>Leda cannot create the database %1: %2</source>
        <translation>Leda kan inte skapa databasen %1: %2</translation>
    </message>
    <message>
        <source>Leda cannot open the database %1: %2</source>
        <translation>Leda kan inte öppna databasen %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database. Leda has not changed it. Restore a backup or choose another file.</source>
        <translation>%1 är skadad eller ingen databas. Leda har inte ändrat filen. Återställ en säkerhetskopia eller välj en annan fil.</translation>
    </message>
    <message>
        <source>%1 is a database from another program, not from Leda. Leda has not changed it. Choose another file.</source>
        <translation>%1 är en databas från ett annat program, inte från Leda. Leda har inte ändrat filen. Välj en annan fil.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Leda (database version %2; this Leda knows up to %3). Update Leda to open it. The file has not been changed.</source>
        <translation>%1 sparades av en nyare version av Leda (databasversion %2; den här versionen känner till version %3). Uppdatera Leda för att öppna den. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>%1 is read-only and from an older Leda, so it cannot be updated. Copy it to a folder where you may write and open the copy.</source>
        <translation>%1 är skrivskyddad och kommer från en äldre Leda, så den kan inte uppdateras. Kopiera den till en mapp där du får skriva och öppna kopian.</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program: %2</source>
        <translation>Databasen %1 används av ett annat program: %2</translation>
    </message>
    <message>
        <source>%1 is already open in another Leda (process %2 on %3). Close Leda there first, or open another file. The file has not been changed.</source>
        <translation>%1 är redan öppen i en annan Leda (process %2 på %3). Stäng Leda där först, eller öppna en annan fil. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>Leda needs to update %1 but could not back it up first: %2. The file has not been changed.</source>
        <translation>Leda behöver uppdatera %1 men kunde inte säkerhetskopiera den först: %2. Filen har inte ändrats.</translation>
    </message>
    <message>
        <source>Leda cannot create the backup folder %1.</source>
        <translation>Leda kan inte skapa mappen för säkerhetskopior %1.</translation>
    </message>
    <message>
        <source>Leda could not back up %1 to %2: %3</source>
        <translation>Leda kunde inte säkerhetskopiera %1 till %2: %3</translation>
    </message>
    <message>
        <source>%1 is read-only, so it cannot be replaced by a backup.</source>
        <translation>%1 är skrivskyddad och kan därför inte ersättas med en säkerhetskopia.</translation>
    </message>
    <message>
        <source>Leda could not restore %1 from %2. The backup made just before is in %3.</source>
        <translation>Leda kunde inte återställa %1 från %2. Säkerhetskopian som gjordes nyss finns i %3.</translation>
    </message>
    <message>
        <source>There is no Leda record at %1.</source>
        <translation>Det finns ingen Leda-anteckningsfil på %1.</translation>
    </message>
    <message>
        <source>The database %1 could not start a change.</source>
        <translation>Databasen %1 kunde inte påbörja en ändring.</translation>
    </message>
    <message>
        <source>%1 is not a Leda record. Leda has not changed it. Open another record with File › Open record file…, or start a new one with File › New record file….</source>
        <translation>%1 är ingen anteckningsfil från Leda. Leda har inte ändrat den. Öppna en annan med Arkiv › Öppna anteckningsfil…, eller börja en ny med Arkiv › Ny anteckningsfil….</translation>
    </message>
    <message>
        <source>the disk is full. Free some space (empty the wastebasket, remove large files)</source>
        <translation>disken är full. Frigör utrymme (töm papperskorgen, ta bort stora filer)</translation>
    </message>
    <message>
        <source>the file has become read-only. Check its permissions, or open a copy in a folder you may write in</source>
        <translation>filen har blivit skrivskyddad. Kontrollera dess behörigheter, eller öppna en kopia i en mapp där du får skriva</translation>
    </message>
    <message>
        <source>another program is using the file. Close it there</source>
        <translation>ett annat program använder filen. Stäng den där</translation>
    </message>
    <message>
        <source>the disk could not be written. Check that it is still connected</source>
        <translation>det gick inte att skriva till disken. Kontrollera att den fortfarande är ansluten</translation>
    </message>
    <message>
        <source>Leda could not save the record to %1: %2</source>
        <translation>Leda kunde inte spara anteckningarna i %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 is damaged, so %2 was not replaced. Choose another backup.</source>
        <translation>Säkerhetskopian %1 är skadad, så %2 har inte ersatts. Välj en annan säkerhetskopia.</translation>
    </message>
    <message>
        <source>There is already a file at %1. Choose another name, or move that file first.</source>
        <translation>Det finns redan en fil i %1. Välj ett annat namn, eller flytta den filen först.</translation>
    </message>
    <message>
        <source>A record on a database server is backed up by the server (ask IT), not by Leda.</source>
        <translation>Anteckningar på en databasserver säkerhetskopieras av servern (fråga IT), inte av Leda.</translation>
    </message>
    <message>
        <source>A record on a database server is restored by the server&apos;s IT, not by Leda.</source>
        <translation>Anteckningar på en databasserver återställs av IT, inte av Leda.</translation>
    </message>
    <message>
        <source>Leda cannot reach database servers on this computer: the PostgreSQL driver for Qt is not installed. Ask IT to install the package libqt6sql6-psql.</source>
        <translation>Leda kan inte nå databasservrar från den här datorn: PostgreSQL-drivrutinen för Qt är inte installerad. Be IT installera paketet libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Leda cannot connect to the database server %1: %2</source>
        <translation>Leda kan inte ansluta till databasservern %1: %2</translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not Leda&apos;s. Leda has not changed it. Ask IT for an empty database for Leda.</source>
        <translation>Databasen %1 innehåller tabeller från ett annat program, inte Ledas. Leda har inte ändrat den. Be IT om en tom databas för Leda.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Leda (database version %2; this Leda knows up to %3). Update Leda to open it. The database has not been changed.</source>
        <translation>%1 har sparats av en nyare version av Leda (databasversion %2; den här Leda kan upp till %3). Uppdatera Leda för att öppna den. Databasen har inte ändrats.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>&quot;%1&quot; is not a date Leda understands. Write for example 15/2, 2027-02-15 or &quot;in 2 weeks&quot;.</source>
        <translation>”%1” är inget datum som Leda förstår. Skriv till exempel 15/2, 2027-02-15 eller ”om 2 veckor”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date. Check the day and the month.</source>
        <translation>”%1” är inget giltigt datum. Kontrollera dag och månad.</translation>
    </message>
    <message>
        <source>e.g. 15/2, 2027-02-15, in 2 weeks</source>
        <translation>t.ex. 15/2, 2027-02-15, om 2 veckor</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export a group&apos;s minutes or course report.</source>
        <translation>Exportera en grupps protokoll eller slutrapport.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>The leadership group&apos;s name.</source>
        <translation>Ledningsgruppens namn.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>The minutes of the meeting on this date.</source>
        <translation>Protokollet från mötet detta datum.</translation>
    </message>
    <message>
        <source>The course report of all the group&apos;s meetings.</source>
        <translation>Slutrapporten över alla gruppens möten.</translation>
    </message>
    <message>
        <source>pdf, pdfa (PDF/A-1b for archiving), odt or md.</source>
        <translation>pdf, pdfa (PDF/A-1b för arkivering), odt eller md.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Filen som ska skrivas.</translation>
    </message>
    <message>
        <source>Include the notes for the process leader.</source>
        <translation>Ta med processledarens anteckningar.</translation>
    </message>
    <message>
        <source>Language of the document: sv or en.</source>
        <translation>Dokumentets språk: sv eller en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>leda export: --%1 is required.</source>
        <translation>leda export: --%1 måste anges.</translation>
    </message>
    <message>
        <source>leda export: give either --meeting YYYY-MM-DD or --report.</source>
        <translation>leda export: ange antingen --meeting ÅÅÅÅ-MM-DD eller --report.</translation>
    </message>
    <message>
        <source>leda export: unknown format &quot;%1&quot;; use pdf, pdfa, odt or md.</source>
        <translation>leda export: okänt format ”%1”; använd pdf, pdfa, odt eller md.</translation>
    </message>
    <message>
        <source>leda export: there is no record file %1.</source>
        <translation>leda export: anteckningsfilen %1 finns inte.</translation>
    </message>
    <message>
        <source>leda export: %1 has no group called &quot;%2&quot;. Groups: %3.</source>
        <translation>leda export: %1 har ingen grupp som heter ”%2”. Grupper: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>leda export: the group &quot;%1&quot; has no meeting on %2.</source>
        <translation>leda export: gruppen ”%1” har inget möte %2.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Skrev %1</translation>
    </message>
    <message>
        <source>The record: a file, or a server (postgresql://…).</source>
        <translation>Anteckningarna: en fil eller en server (postgresql://…).</translation>
    </message>
    <message>
        <source>record</source>
        <translation>anteckningar</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Leda cannot write %1: %2. Choose another folder or file name.</source>
        <translation>Leda kan inte skriva %1: %2. Välj en annan mapp eller ett annat filnamn.</translation>
    </message>
    <message>
        <source>Leda could not write %1: %2. Nothing was saved; check the free space and try again.</source>
        <translation>Leda kunde inte skriva %1: %2. Inget sparades; kontrollera ledigt utrymme och försök igen.</translation>
    </message>
    <message>
        <source>Leda could not start writing %1.</source>
        <translation>Leda kunde inte börja skriva %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Leda cannot write %1: %2</source>
        <translation>Leda kan inte skriva %1: %2</translation>
    </message>
</context>
<context>
    <name>FilmProbe</name>
    <message>
        <source>the film %1 is missing; generate the films again or put the file there</source>
        <translation>filmen %1 saknas; skapa filmerna på nytt eller lägg filen där</translation>
    </message>
    <message>
        <source>the film %1 did not show a picture within %2 seconds; check that it is a WebM or MP4 film</source>
        <translation>filmen %1 visade ingen bild inom %2 sekunder; kontrollera att det är en film i WebM eller MP4</translation>
    </message>
    <message>
        <source>the film %1 cannot be played; it is damaged or in a format this computer cannot decode. Generate the films again, or replace the file</source>
        <translation>filmen %1 går inte att spela upp; den är skadad eller i ett format som den här datorn inte kan avkoda. Skapa filmerna på nytt, eller byt ut filen</translation>
    </message>
</context>
<context>
    <name>GroupPackage</name>
    <message>
        <source>group</source>
        <translation>grupp</translation>
    </message>
    <message>
        <source>The group to export is no longer in %1.</source>
        <translation>Gruppen som skulle exporteras finns inte längre i %1.</translation>
    </message>
    <message>
        <source>Leda could not write the package %1: %2. Choose another folder (your Documents folder, for example) or free some space on the disk.</source>
        <translation>Leda kunde inte skriva paketet %1: %2. Välj en annan mapp (till exempel Dokument) eller frigör utrymme på disken.</translation>
    </message>
    <message>
        <source>Leda could not open %1: %2.</source>
        <translation>Leda kunde inte öppna %1: %2.</translation>
    </message>
    <message>
        <source>%1 cannot be imported: it is damaged. %2 Nothing was changed. Export the group again and copy the new file.</source>
        <translation>%1 kan inte importeras eftersom filen är skadad. %2 Ingenting har ändrats. Exportera gruppen igen och kopiera den nya filen.</translation>
    </message>
    <message>
        <source>%1 is not a group package from Leda. Nothing was changed. Choose a file that Leda wrote with File › Export group….</source>
        <translation>%1 är inte ett gruppaket från Leda. Ingenting har ändrats. Välj en fil som Leda har skrivit med Arkiv › Exportera grupp….</translation>
    </message>
    <message>
        <source>%1 was exported by a newer version of Leda (record version %2; this Leda reads up to version %3). Nothing was changed. Update Leda on this computer, then import the package again.</source>
        <translation>%1 är exporterad från en nyare version av Leda (databasversion %2; den här versionen läser upp till version %3). Ingenting har ändrats. Uppdatera Leda på den här datorn och importera sedan paketet igen.</translation>
    </message>
    <message>
        <source>Its record does not match the checksum in its manifest.</source>
        <translation>Innehållet stämmer inte med kontrollsumman i paketets innehållsförteckning.</translation>
    </message>
    <message>
        <source>It holds a table Leda does not know (%1).</source>
        <translation>Det innehåller en tabell som Leda inte känner till (%1).</translation>
    </message>
    <message>
        <source>A row of %1 has no stable id.</source>
        <translation>En rad i %1 saknar sitt fasta id.</translation>
    </message>
    <message>
        <source>Its record does not hold the group its manifest names.</source>
        <translation>Innehållet stämmer inte med gruppen som innehållsförteckningen anger.</translation>
    </message>
    <message>
        <source>Leda could not start the import into %1. Try again in a moment.</source>
        <translation>Leda kunde inte börja importera till %1. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>%1 (meeting %2)</source>
        <translation>%1 (mötet %2)</translation>
    </message>
    <message>
        <source>(removed here)</source>
        <translation>(borttagen här)</translation>
    </message>
    <message>
        <source>(removed there)</source>
        <translation>(borttagen i paketet)</translation>
    </message>
    <message>
        <source>The group %1 is already on the server, but you have no access to it. Nothing was imported. Ask IT to give you access to the group, then import the package again.</source>
        <translation>Gruppen %1 finns redan på servern, men du har inte behörighet till den. Ingenting importerades. Be IT om behörighet till gruppen och importera sedan paketet igen.</translation>
    </message>
</context>
<context>
    <name>GroupStore</name>
    <message>
        <source>The member appears in the minutes and is kept; make the member inactive instead.</source>
        <translation>Medlemmen finns i protokollen och ligger kvar; gör medlemmen inaktiv i stället.</translation>
    </message>
</context>
<context>
    <name>Invitation</name>
    <message>
        <source>%1: meeting %2 – %3</source>
        <translation>%1: möte %2 – %3</translation>
    </message>
    <message>
        <source>Welcome to the next meeting of %1.</source>
        <translation>Välkommen till nästa möte i %1.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>När: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Var: %1</translation>
    </message>
    <message>
        <source>Module %1: %2</source>
        <translation>Modul %1: %2</translation>
    </message>
    <message>
        <source>Questions to think about beforehand:</source>
        <translation>Frågor att fundera på före mötet:</translation>
    </message>
    <message>
        <source>Bring your next step from the last meeting; we start by following them up.</source>
        <translation>Ta med ditt nästa steg från förra mötet; vi börjar med att följa upp dem.</translation>
    </message>
</context>
<context>
    <name>Leda::AllStepsPage</name>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klara</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Strukna</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Only &amp;overdue</source>
        <translation>Bara &amp;försenade</translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ansvarig:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Set at</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <source>All next steps: %1</source>
        <translation>Alla nästa steg: %1</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>No one responsible yet</source>
        <translation>Ingen ansvarig ännu</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (försenat)</translation>
    </message>
    <message>
        <source>Open the meeting where the step was set</source>
        <translation>Öppna mötet där steget beslutades</translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation>%1 (gäst)</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
</context>
<context>
    <name>Leda::Autosave</name>
    <message>
        <source>the database is not open</source>
        <translation>databasen är inte öppen</translation>
    </message>
    <message>
        <source>The record file %1 was removed or moved while Leda had it open. Everything is saved in %2, and Leda goes on with that file.</source>
        <translation>Anteckningsfilen %1 togs bort eller flyttades medan Leda hade den öppen. Allt är sparat i %2, och Leda fortsätter med den filen.</translation>
    </message>
    <message>
        <source>the record file %1 was removed or moved, and no new file could be written (%2). Keep Leda open, and put the folder back or free some space</source>
        <translation>anteckningsfilen %1 togs bort eller flyttades, och ingen ny fil kunde skrivas (%2). Låt Leda vara öppen, och lägg tillbaka mappen eller frigör utrymme</translation>
    </message>
    <message>
        <source>the connection to the server %1 is lost. Leda keeps what you typed and saves it when the server answers again</source>
        <translation>anslutningen till servern %1 är bruten. Leda behåller det du skrivit och sparar det när servern svarar igen</translation>
    </message>
</context>
<context>
    <name>Leda::BackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>daglig säkerhetskopia</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>före en återställning</translation>
    </message>
    <message>
        <source>before an update of Leda</source>
        <translation>före en uppdatering av Leda</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Återställ…</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet.</source>
        <translation>Det finns inga säkerhetskopior av %1 ännu.</translation>
    </message>
    <message>
        <source>Backups of %1 (newest first):</source>
        <translation>Säkerhetskopior av %1 (nyaste först):</translation>
    </message>
    <message>
        <source>Replace the group&apos;s record with the backup from %1?

The record as it is now is backed up first, so this can be undone.</source>
        <translation>Ersätta gruppens anteckningar med säkerhetskopian från %1?

Anteckningarna som de är nu säkerhetskopieras först, så det går att ångra.</translation>
    </message>
    <message>
        <source>when Leda started</source>
        <translation>när Leda startade</translation>
    </message>
    <message>
        <source>when Leda was closed</source>
        <translation>när Leda stängdes</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
</context>
<context>
    <name>Leda::ChapterList</name>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>The start of this chapter is not known yet</source>
        <translation>Kapitlets starttid är inte känd ännu</translation>
    </message>
</context>
<context>
    <name>Leda::ChartView</name>
    <message>
        <source>Chart</source>
        <translation>Diagram</translation>
    </message>
</context>
<context>
    <name>Leda::ConflictDialog</name>
    <message>
        <source>Changed by someone else at the same time</source>
        <translation>Ändrat av någon annan samtidigt</translation>
    </message>
    <message>
        <source>Someone else saved %1 while you were writing it. Nothing has been lost: here are both texts. Choose which one stays, or keep both.</source>
        <translation>Någon annan sparade %1 medan du skrev. Inget har gått förlorat: här är båda texterna. Välj vilken som ska gälla, eller behåll båda.</translation>
    </message>
    <message>
        <source>What you wrote</source>
        <translation>Det du skrev</translation>
    </message>
    <message>
        <source>What is saved now</source>
        <translation>Det som är sparat nu</translation>
    </message>
    <message>
        <source>What you wrote: %1</source>
        <translation>Det du skrev: %1</translation>
    </message>
    <message>
        <source>What is saved now: %1</source>
        <translation>Det som är sparat nu: %1</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Behåll &amp;min</translation>
    </message>
    <message>
        <source>Keep &amp;the saved one</source>
        <translation>Behåll &amp;den sparade</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Behåll &amp;båda</translation>
    </message>
</context>
<context>
    <name>Leda::CourseModel</name>
    <message>
        <source>This module cannot be opened: %1</source>
        <translation>Modulen kan inte öppnas: %1</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (ej tillgänglig)</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Ej tillgänglig</translation>
    </message>
    <message>
        <source>Watched %1</source>
        <translation>Sedd %1</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>Inte sedd</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Sedd</translation>
    </message>
</context>
<context>
    <name>Leda::CoursePage</name>
    <message>
        <source>The course</source>
        <translation>Kursen</translation>
    </message>
    <message>
        <source>Take one module per meeting: watch the film together, talk through the questions and write down how things are today, how you want them, and your next step.</source>
        <translation>Ta en modul per möte: se filmen tillsammans, diskutera frågorna och skriv ner hur det ser ut i dag, hur ni vill att det ska se ut och vad som blir nästa steg.</translation>
    </message>
    <message>
        <source>Modules of the course</source>
        <translation>Kursens moduler</translation>
    </message>
    <message>
        <source>Open module</source>
        <translation>Öppna modulen</translation>
    </message>
    <message numerus="yes">
        <source>%n module problem(s) found. Unavailable modules are greyed out; correct the files and restart Leda, or check them with leda --check-content.</source>
        <translation>
            <numerusform>%n problem i modulerna. Moduler som inte kan användas visas i grått; rätta filerna och starta om Leda, eller kontrollera dem med leda --check-content.</numerusform>
            <numerusform>%n problem i modulerna. Moduler som inte kan användas visas i grått; rätta filerna och starta om Leda, eller kontrollera dem med leda --check-content.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Leda::CsvImportDialog</name>
    <message>
        <source>Import values into %1</source>
        <translation>Importera värden till %1</translation>
    </message>
    <message>
        <source>this measure is a proportion or a rate: the file needs the columns täljare and nämnare (numerator and denominator).</source>
        <translation>måttet är en andel eller en kvot: filen behöver kolumnerna täljare och nämnare.</translation>
    </message>
    <message>
        <source>this measure takes one value per period: the file needs a column värde (value), not täljare and nämnare.</source>
        <translation>måttet har ett värde per period: filen behöver en kolumn värde, inte täljare och nämnare.</translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation>Det här innehåller filen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Numerator / denominator</source>
        <translation>Täljare / nämnare</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>%1 is in the same period as line %2.</source>
        <translation>%1 hör till samma period som rad %2.</translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation>Rader som inte kan importeras</translation>
    </message>
    <message>
        <source>The file: %1</source>
        <translation>Filen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) cannot be read. Nothing is imported until every row is right: correct the file and import it again.</source>
        <translation>
            <numerusform>%1: %n rad kan inte läsas. Inget importeras förrän alla rader är rätt: rätta filen och importera den igen.</numerusform>
            <numerusform>%1: %n rader kan inte läsas. Inget importeras förrän alla rader är rätt: rätta filen och importera den igen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) to import.</source>
        <translation>
            <numerusform>%1: %n värde att importera.</numerusform>
            <numerusform>%1: %n värden att importera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) already have a value, which the file&apos;s replaces.</source>
        <translation>
            <numerusform>%n period har redan ett värde, som filens ersätter.</numerusform>
            <numerusform>%n perioder har redan ett värde, som filens ersätter.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
</context>
<context>
    <name>Leda::ExportDialog</name>
    <message>
        <source>Export the course report</source>
        <translation>Exportera slutrapporten</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation>Exportera protokollet</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF/A for archiving</source>
        <translation>PDF/A för arkivering</translation>
    </message>
    <message>
        <source>ODT (LibreOffice, Word)</source>
        <translation>ODT (LibreOffice, Word)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Diskussionsfrågor</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Choices and priorities</source>
        <translation>Vägval och prioriteringar</translation>
    </message>
    <message>
        <source>Soft results</source>
        <translation>Mjuka resultat</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Fria anteckningar</translation>
    </message>
    <message>
        <source>Notes for the process leader</source>
        <translation>Processledarens anteckningar</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Ta med</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>Measures with their charts</source>
        <translation>Mått med diagram</translation>
    </message>
</context>
<context>
    <name>Leda::FacilitatorView</name>
    <message>
        <source>Leda – facilitator view</source>
        <translation>Leda – processledarens vy</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Start the time again</source>
        <translation>Börja om tiden</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Tillbaka</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Nästa →</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>The module has no facilitator notes.</source>
        <translation>Modulen har inga anteckningar för processledaren.</translation>
    </message>
    <message>
        <source>No private notes for this meeting.</source>
        <translation>Inga egna anteckningar för det här mötet.</translation>
    </message>
    <message>
        <source>Facilitator notes (only on this screen)</source>
        <translation>Anteckningar för processledaren (bara på den här skärmen)</translation>
    </message>
    <message>
        <source>Your private notes</source>
        <translation>Dina egna anteckningar</translation>
    </message>
    <message>
        <source>End the presentation (Esc)</source>
        <translation>Avsluta visningen (Esc)</translation>
    </message>
    <message>
        <source>Big screen:</source>
        <translation>Storskärm:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nu: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Sedan: %1</translation>
    </message>
    <message>
        <source>Next: the end of the meeting</source>
        <translation>Sedan: mötet avslutas</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pausa (P)</translation>
    </message>
    <message>
        <source>Continue (P)</source>
        <translation>Fortsätt (P)</translation>
    </message>
</context>
<context>
    <name>Leda::FilmPlayer</name>
    <message>
        <source>Film player</source>
        <translation>Filmspelare</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Spela (mellanslag)</translation>
    </message>
    <message>
        <source>Position in the film</source>
        <translation>Position i filmen</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Ljud av</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volym</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Uppspelningshastighet</translation>
    </message>
    <message>
        <source>Captions on/off (C)</source>
        <translation>Textning på/av (C)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Textning</translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation>Helskärm (F)</translation>
    </message>
    <message>
        <source>Captions are not available: %1</source>
        <translation>Textningen kan inte visas: %1</translation>
    </message>
    <message>
        <source>The film has not been made yet: %1 is missing.

Leda makes its films when it is built. Run the README&apos;s start command (or cmake --build on the build folder) and open the module again.</source>
        <translation>Filmen är inte skapad ännu: %1 saknas.

Leda skapar sina filmer när programmet byggs. Kör startkommandot i README (eller cmake --build på byggmappen) och öppna modulen igen.</translation>
    </message>
    <message>
        <source>The film %1 is missing.

Put the film in the module folder, or correct the name in the module&apos;s module.json, and open the module again.</source>
        <translation>Filmen %1 saknas.

Lägg filmen i modulens mapp, eller rätta namnet i modulens module.json, och öppna modulen igen.</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (mellanslag)</translation>
    </message>
    <message>
        <source>Leda cannot play the film %1: the file is damaged, or in a format this computer has no decoder for.

Install the video plugins with: sudo apt-get install gstreamer1.0-plugins-good gstreamer1.0-libav — or convert the film to WebM (VP9 and Opus).</source>
        <translation>Leda kan inte spela filmen %1: filen är skadad, eller i ett format som datorn saknar avkodare för.

Installera videotilläggen med: sudo apt-get install gstreamer1.0-plugins-good gstreamer1.0-libav – eller gör om filmen till WebM (VP9 och Opus).</translation>
    </message>
    <message>
        <source>The film %1 could not be opened.

Check that the file exists, can be read and is not damaged.</source>
        <translation>Filmen %1 kunde inte öppnas.

Kontrollera att filen finns, går att läsa och inte är skadad.</translation>
    </message>
    <message>
        <source>The film %1 could not be played. Try again, or check the file.</source>
        <translation>Filmen %1 kunde inte spelas. Försök igen, eller kontrollera filen.</translation>
    </message>
    <message>
        <source>The film %1 stopped at %2 of %3: the file is damaged or incomplete. It has not been counted as watched. Copy the film again, or make it anew (for the bundled course: build Leda again).</source>
        <translation>Filmen %1 stannade vid %2 av %3: filen är skadad eller ofullständig. Den har inte räknats som sedd. Kopiera filmen på nytt, eller gör om den (för den medföljande kursen: bygg Leda på nytt).</translation>
    </message>
    <message>
        <source>Play or pause the film</source>
        <translation>Spela upp eller pausa filmen</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>Bakåt 5 sekunder</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Framåt 5 sekunder</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Helskärm på eller av</translation>
    </message>
    <message>
        <source>Captions on or off</source>
        <translation>Undertexter på eller av</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Lämna helskärm</translation>
    </message>
</context>
<context>
    <name>Leda::FollowUpList</name>
    <message>
        <source>No open next steps from earlier meetings.</source>
        <translation>Inga öppna nästa steg från tidigare möten.</translation>
    </message>
    <message>
        <source>no one responsible yet</source>
        <translation>ingen ansvarig ännu</translation>
    </message>
    <message>
        <source>responsible: %1</source>
        <translation>ansvarig: %1</translation>
    </message>
    <message>
        <source>done by %1</source>
        <translation>klart senast %1</translation>
    </message>
    <message>
        <source>from the meeting of %1</source>
        <translation>från mötet %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenat</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation>För vidare</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Stryk</translation>
    </message>
    <message>
        <source>Click again to take the outcome back</source>
        <translation>Klicka igen för att ångra</translation>
    </message>
    <message>
        <source>New date:</source>
        <translation>Nytt datum:</translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation>Ansvarig:</translation>
    </message>
    <message>
        <source>Why it is dropped</source>
        <translation>Varför det stryks</translation>
    </message>
    <message>
        <source>Why it is dropped (short)</source>
        <translation>Varför det stryks (kort)</translation>
    </message>
</context>
<context>
    <name>Leda::GroupPage</name>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>For example: Medicinkliniken, Region Östergötland</source>
        <translation>Till exempel: Medicinkliniken, Region Östergötland</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Gruppens namn</translation>
    </message>
    <message>
        <source>Unit or organisation</source>
        <translation>Enhet eller organisation</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Lägg till medlem</translation>
    </message>
    <message>
        <source>Group and members</source>
        <translation>Grupp och medlemmar</translation>
    </message>
    <message>
        <source>The role level follows the dosing model: everyone needs improvement knowledge, but not the same dose.</source>
        <translation>Rollnivån följer doseringsmodellen: alla behöver förbättringskunskap, men inte samma dos.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Role level</source>
        <translation>Rollnivå</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>E-mail (for invitations)</source>
        <translation>E-post (för inbjudningar)</translation>
    </message>
    <message>
        <source>e.g. head of unit</source>
        <translation>t.ex. verksamhetschef</translation>
    </message>
    <message>
        <source>name@region.se</source>
        <translation>namn@region.se</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Guests who have taken part</source>
        <translation>Gäster som har varit med</translation>
    </message>
    <message>
        <source>Make a member</source>
        <translation>Gör till medlem</translation>
    </message>
    <message>
        <source>Make %1 a member</source>
        <translation>Gör %1 till medlem</translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation>Ta bort medlemmen</translation>
    </message>
    <message>
        <source>In the minutes already: untick Active instead, and the member stays in the old minutes.</source>
        <translation>Finns redan i protokollen: bocka ur Aktiv i stället, så står medlemmen kvar i de gamla protokollen.</translation>
    </message>
    <message>
        <source>Remove the member (never in the record)</source>
        <translation>Ta bort medlemmen (finns inte i protokollen)</translation>
    </message>
</context>
<context>
    <name>Leda::GuideWindow</name>
    <message>
        <source>Search the guide</source>
        <translation>Sök i handledningen</translation>
    </message>
    <message>
        <source>Sections of the guide</source>
        <translation>Handledningens avsnitt</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Handledningens text</translation>
    </message>
    <message>
        <source>Nothing in the guide matches “%1”.</source>
        <translation>Inget i handledningen matchar ”%1”.</translation>
    </message>
</context>
<context>
    <name>Leda::ImportGroupDialog</name>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n ändrad</numerusform>
            <numerusform>%n ändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation>
            <numerusform>%n borttagen</numerusform>
            <numerusform>%n borttagna</numerusform>
        </translation>
    </message>
    <message>
        <source>Import group</source>
        <translation>Importera grupp</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n möte</numerusform>
            <numerusform>%n möten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message numerus="yes">
        <source>%n next step(s)</source>
        <translation>
            <numerusform>%n nästa steg</numerusform>
            <numerusform>%n nästa steg</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n mått</numerusform>
            <numerusform>%n mått</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1. It holds %2.</source>
        <translation>Exporterad %1. Paketet innehåller %2.</translation>
    </message>
    <message>
        <source>The group is not in %1 yet: the import adds it, with its whole record.</source>
        <translation>Gruppen finns inte i %1 ännu. Importen lägger till den med all dokumentation.</translation>
    </message>
    <message>
        <source>The group is already in %1. The import brings it up to date: %2.</source>
        <translation>Gruppen finns redan i %1. Importen uppdaterar den: %2.</translation>
    </message>
    <message>
        <source>Nothing was changed both here and in the package: no text is replaced that was written here since.</source>
        <translation>Ingenting har ändrats både här och i paketet. Ingen text som har skrivits här sedan dess ersätts.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Här</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>I paketet</translation>
    </message>
    <message>
        <source>Stays</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <source>The package&apos;s (later)</source>
        <translation>Paketets (senare)</translation>
    </message>
    <message>
        <source>This one (later)</source>
        <translation>Den här (senare)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importera</translation>
    </message>
    <message numerus="yes">
        <source>%n new entr(y/ies)</source>
        <translation>
            <numerusform>%n ny uppgift</numerusform>
            <numerusform>%n nya uppgifter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n oförändrad</numerusform>
            <numerusform>%n oförändrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies) were changed both here and in the package since the group was last moved. The later change stays; the other is shown here, so that you can write it in again if it is needed.</source>
        <translation>
            <numerusform>%n uppgift har ändrats både här och i paketet sedan gruppen flyttades senast. Den senaste ändringen gäller. Den andra visas här så att du kan skriva in den igen om den behövs.</numerusform>
            <numerusform>%n uppgifter har ändrats både här och i paketet sedan gruppen flyttades senast. Den senaste ändringen gäller. Den andra visas här så att du kan skriva in den igen om den behövs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Entries changed on both sides</source>
        <translation>Uppgifter som har ändrats på båda ställena</translation>
    </message>
</context>
<context>
    <name>Leda::MainWindow</name>
    <message>
        <source>Leda – leading improvement together</source>
        <translation>Leda – leda förbättringsarbete tillsammans</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Kursen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About Leda</source>
        <translation>&amp;Om Leda</translation>
    </message>
    <message>
        <source>About Leda</source>
        <translation>Om Leda</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Leda %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A course on leading improvement work in healthcare, for leadership groups that learn together.&lt;/p&gt;&lt;p&gt;Leda works offline. The group&apos;s record is kept in %2.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Leda %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;En kurs i att leda förbättringsarbete i hälso- och sjukvården, för ledningsgrupper som lär sig tillsammans.&lt;/p&gt;&lt;p&gt;Leda fungerar utan nätverk. Gruppens anteckningar sparas i %2.&lt;/p&gt;&lt;p&gt;Licens: EUPL-1.2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The module in %1 cannot be opened: %2</source>
        <translation>Modulen i %1 kan inte öppnas: %2</translation>
    </message>
    <message>
        <source>%1

The course can be used, but what the group records cannot be saved until this is solved.</source>
        <translation>%1

Kursen går att använda, men det gruppen skriver kan inte sparas förrän detta är löst.</translation>
    </message>
    <message>
        <source>What you typed could not be saved yet: %1. Leda keeps it and tries again.</source>
        <translation>Det du skrev kunde inte sparas ännu: %1. Leda behåller det och försöker igen.</translation>
    </message>
    <message>
        <source>Not everything is saved</source>
        <translation>Allt är inte sparat</translation>
    </message>
    <message>
        <source>Leda could not save the latest changes: %1

Quit anyway and lose them?</source>
        <translation>Leda kunde inte spara de senaste ändringarna: %1

Avsluta ändå och förlora dem?</translation>
    </message>
    <message>
        <source>&amp;New record file…</source>
        <translation>&amp;Ny anteckningsfil…</translation>
    </message>
    <message>
        <source>New record file</source>
        <translation>Ny anteckningsfil</translation>
    </message>
    <message>
        <source>Leda records (*.sqlite)</source>
        <translation>Leda-anteckningar (*.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Open record file…</source>
        <translation>&amp;Öppna anteckningsfil…</translation>
    </message>
    <message>
        <source>Open record file</source>
        <translation>Öppna anteckningsfil</translation>
    </message>
    <message>
        <source>Leda records (*.sqlite);;All files (*)</source>
        <translation>Leda-anteckningar (*.sqlite);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Åte&amp;rställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Möten</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigering</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kursen</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Grupp:</translation>
    </message>
    <message>
        <source>Leadership group</source>
        <translation>Ledningsgrupp</translation>
    </message>
    <message>
        <source>New leadership group</source>
        <translation>Ny ledningsgrupp</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>Gruppens namn:</translation>
    </message>
    <message>
        <source>%1 is read-only: you can read the record, but changes cannot be saved. Copy the file to a folder where you may write, and open the copy, to work in it.</source>
        <translation>%1 är skrivskyddad: du kan läsa anteckningarna, men ändringar kan inte sparas. Kopiera filen till en mapp där du får skriva och öppna kopian för att arbeta i den.</translation>
    </message>
    <message>
        <source>No group yet</source>
        <translation>Ingen grupp ännu</translation>
    </message>
    <message>
        <source>The record was restored from the backup. The previous state was backed up first.</source>
        <translation>Anteckningarna återställdes från säkerhetskopian. Det tidigare läget säkerhetskopierades först.</translation>
    </message>
    <message>
        <source>Export the &amp;minutes…</source>
        <translation>Exportera &amp;protokoll…</translation>
    </message>
    <message>
        <source>Export the course &amp;report…</source>
        <translation>Exportera &amp;slutrapport…</translation>
    </message>
    <message>
        <source>&amp;Print the minutes…</source>
        <translation>Skriv &amp;ut protokoll…</translation>
    </message>
    <message>
        <source>There is no meeting to export yet: the group %1 has no meetings.</source>
        <translation>Det finns inget möte att exportera ännu: gruppen %1 har inga möten.</translation>
    </message>
    <message>
        <source>Minutes %1 %2</source>
        <translation>Protokoll %1 %2</translation>
    </message>
    <message>
        <source>The minutes were saved as %1.</source>
        <translation>Protokollet sparades som %1.</translation>
    </message>
    <message>
        <source>Choose or create a leadership group first.</source>
        <translation>Välj eller skapa en ledningsgrupp först.</translation>
    </message>
    <message>
        <source>Course report %1</source>
        <translation>Slutrapport %1</translation>
    </message>
    <message>
        <source>The course report was saved as %1.</source>
        <translation>Slutrapporten sparades som %1.</translation>
    </message>
    <message>
        <source>All &amp;next steps</source>
        <translation>Alla &amp;nästa steg</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>Ny &amp;grupp…</translation>
    </message>
    <message>
        <source>New record?</source>
        <translation>Ny anteckningsfil?</translation>
    </message>
    <message>
        <source>%1 is an empty file. Make it a new, empty Leda record?</source>
        <translation>%1 är en tom fil. Vill du göra den till en ny, tom anteckningsfil för Leda?</translation>
    </message>
    <message>
        <source>There is no Leda record at %1. Start a new, empty record there?</source>
        <translation>Det finns ingen anteckningsfil för Leda på %1. Vill du börja en ny, tom anteckningsfil där?</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it and start a new, empty record there?</source>
        <translation>Mappen %1 finns inte. Vill du skapa den och börja en ny, tom anteckningsfil där?</translation>
    </message>
    <message>
        <source>Mea&amp;sures</source>
        <translation>Må&amp;tt</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hög kontrast</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Handledning</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>Kom i &amp;gång</translation>
    </message>
    <message>
        <source>The button %1</source>
        <translation>Knappen %1</translation>
    </message>
    <message>
        <source>Leda&apos;s window</source>
        <translation>Ledas fönster</translation>
    </message>
    <message>
        <source>A module&apos;s film</source>
        <translation>En moduls film</translation>
    </message>
    <message>
        <source>The meeting on the big screen</source>
        <translation>Mötet på storskärmen</translation>
    </message>
    <message>
        <source>The record is on a network share</source>
        <translation>Anteckningsfilen ligger på en nätverksenhet</translation>
    </message>
    <message>
        <source>%1 is on a network share (%2). A record there can be damaged when the network is interrupted or when two computers write to it at once, and Leda cannot keep it as safe as on this computer&apos;s own disk.

Copy it to a folder on this computer and work there? The file on the share is not changed.</source>
        <translation>%1 ligger på en nätverksenhet (%2). Där kan anteckningarna skadas om nätverket bryts eller om två datorer skriver i filen samtidigt, och Leda kan inte skydda dem lika väl som på datorns egen disk.

Vill du kopiera filen till en mapp på den här datorn och arbeta där? Filen på nätverksenheten ändras inte.</translation>
    </message>
    <message>
        <source>Copy to this computer…</source>
        <translation>Kopiera till den här datorn…</translation>
    </message>
    <message>
        <source>Keep working on the share</source>
        <translation>Fortsätt på nätverksenheten</translation>
    </message>
    <message>
        <source>Copy the record to this computer</source>
        <translation>Kopiera anteckningsfilen till den här datorn</translation>
    </message>
    <message>
        <source>The record is now in %1 on this computer. The file on the network share, %2, has not been changed: work in the copy from now on.</source>
        <translation>Anteckningarna finns nu i %1 på den här datorn. Filen på nätverksenheten, %2, är oförändrad: arbeta i kopian från och med nu.</translation>
    </message>
    <message>
        <source>%1 is on a network share (%2). Leda writes it there without its usual journal (WAL): let only one computer at a time have it open, and copy it to this computer when you can.</source>
        <translation>%1 ligger på en nätverksenhet (%2). Där skriver Leda utan sin vanliga journal (WAL): låt bara en dator i taget ha filen öppen, och kopiera den till den här datorn när du kan.</translation>
    </message>
    <message>
        <source>&amp;Connect to the region&apos;s server…</source>
        <translation>A&amp;nslut till regionens server…</translation>
    </message>
    <message>
        <source>Connect to the region&apos;s server</source>
        <translation>Anslut till regionens server</translation>
    </message>
    <message>
        <source>The server&apos;s address, as IT gave it (postgresql://server/database or service=name). The password comes from your .pgpass or service file.</source>
        <translation>Serverns adress som du fått den av IT (postgresql://server/databas eller service=namn). Lösenordet hämtas från din .pgpass- eller servicefil.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. It starts with postgresql:// or service=.</source>
        <translation>”%1” är ingen serveradress. En sådan börjar med postgresql:// eller service=.</translation>
    </message>
    <message>
        <source>The connection to the server is back, and everything you typed is saved.</source>
        <translation>Anslutningen till servern fungerar igen, och allt du skrivit är sparat.</translation>
    </message>
    <message>
        <source>E&amp;xport group…</source>
        <translation>E&amp;xportera grupp…</translation>
    </message>
    <message>
        <source>&amp;Import group…</source>
        <translation>&amp;Importera grupp…</translation>
    </message>
    <message>
        <source>Export group</source>
        <translation>Exportera grupp</translation>
    </message>
    <message>
        <source>Leda group packages (*.leda)</source>
        <translation>Gruppaket från Leda (*.leda)</translation>
    </message>
    <message>
        <source>The group %1 was saved as %2. On the other computer, import it with File › Import group…; changes made there come back the same way.</source>
        <translation>Gruppen %1 har sparats som %2. Importera den på den andra datorn med Arkiv › Importera grupp…. Ändringar som görs där kommer tillbaka på samma sätt.</translation>
    </message>
    <message>
        <source>Import group</source>
        <translation>Importera grupp</translation>
    </message>
    <message>
        <source>Leda group packages (*.leda);;All files (*)</source>
        <translation>Gruppaket från Leda (*.leda);;Alla filer (*)</translation>
    </message>
    <message>
        <source>the region&apos;s server</source>
        <translation>regionens server</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Ingenting importerades. %1</translation>
    </message>
    <message>
        <source>The group %1 was imported from %2.</source>
        <translation>Gruppen %1 har importerats från %2.</translation>
    </message>
    <message>
        <source>The group %1 was brought up to date from %2: %3.</source>
        <translation>Gruppen %1 har uppdaterats från %2: %3.</translation>
    </message>
    <message>
        <source>Password for the region&apos;s server</source>
        <translation>Lösenord till regionens server</translation>
    </message>
    <message>
        <source>The server %1 asks for your password. Leda uses it for this connection only and never saves it; IT can give you a .pgpass file so that you are not asked.</source>
        <translation>Servern %1 vill ha ditt lösenord. Leda använder det bara för den här anslutningen och sparar det aldrig. IT kan ge dig en .pgpass-fil så att du slipper frågan.</translation>
    </message>
</context>
<context>
    <name>Leda::MeasureForm</name>
    <message>
        <source>What is counted, from where, by whom and when; what is left out.</source>
        <translation>Vad som räknas, varifrån, av vem och när; vad som inte räknas.</translation>
    </message>
    <message>
        <source>for example days, %, cases</source>
        <translation>till exempel dagar, %, fall</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Högre är bättre</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lägre är bättre</translation>
    </message>
    <message>
        <source>Neither (to keep within bounds)</source>
        <translation>Inget håll (ska hållas inom gränser)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inget</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Vecka</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>A measurement (e.g. days, minutes)</source>
        <translation>Ett mätvärde (t.ex. dagar, minuter)</translation>
    </message>
    <message>
        <source>A count (e.g. falls, infections)</source>
        <translation>Ett antal (t.ex. fall, infektioner)</translation>
    </message>
    <message>
        <source>A proportion (numerator of denominator)</source>
        <translation>En andel (täljare av nämnare)</translation>
    </message>
    <message>
        <source>A rate (count per exposure, e.g. per 1 000 vårddygn)</source>
        <translation>En kvot (antal per exponering, t.ex. per 1 000 vårddygn)</translation>
    </message>
    <message>
        <source>A proportion shown in per cent: 100. A rate per 1 000 vårddygn: 1000.</source>
        <translation>En andel i procent: 100. En kvot per 1 000 vårddygn: 1000.</translation>
    </message>
    <message>
        <source>Leave out unusually large moving ranges (I chart)</source>
        <translation>Utelämna ovanligt stora glidande variationsbredder (I-diagram)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Typ av mått:</translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation>&amp;Definition:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Värde:</translation>
    </message>
    <message>
        <source>Sho&amp;wn per:</source>
        <translation>&amp;Visas per:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Enhet:</translation>
    </message>
    <message>
        <source>&amp;Better:</source>
        <translation>&amp;Bättre:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation>&amp;Diagram:</translation>
    </message>
    <message>
        <source>Baseline &amp;frozen at:</source>
        <translation>&amp;Baslinjen låst vid:</translation>
    </message>
    <message>
        <source>Not frozen: all points</source>
        <translation>Inte låst: alla punkter</translation>
    </message>
    <message>
        <source>The target “%1” is not a number; it is kept as it was.</source>
        <translation>Målet ”%1” är inte ett tal; det tidigare målet gäller.</translation>
    </message>
    <message>
        <source>“Shown per” must be a number above 0, such as 100 or 1000.</source>
        <translation>”Visas per” ska vara ett tal över 0, till exempel 100 eller 1000.</translation>
    </message>
</context>
<context>
    <name>Leda::MeasuresPage</name>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>&amp;New measure</source>
        <translation>&amp;Nytt mått</translation>
    </message>
    <message>
        <source>&amp;Import values from CSV…</source>
        <translation>&amp;Importera värden från CSV…</translation>
    </message>
    <message>
        <source>Import values</source>
        <translation>Importera värden</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arkivera</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation>Spara som &amp;PNG…</translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation>Spara som S&amp;VG…</translation>
    </message>
    <message>
        <source>&amp;Copy the chart</source>
        <translation>&amp;Kopiera diagrammet</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation>Visa a&amp;rkiverade</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Värden</translation>
    </message>
    <message>
        <source>About the &amp;measure</source>
        <translation>Om &amp;måttet</translation>
    </message>
    <message>
        <source>Measures: %1</source>
        <translation>Mått: %1</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkiverat</translation>
    </message>
    <message>
        <source>Computed from the record</source>
        <translation>Beräknade ur protokollen</translation>
    </message>
    <message>
        <source>Computed by Leda from the meetings, attendance and next steps in the record; it cannot be typed into. %1</source>
        <translation>Leda räknar fram måttet ur mötena, närvaron och nästa steg i protokollen; det går inte att skriva in värden. %1</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Åte&amp;rställ</translation>
    </message>
    <message>
        <source>New measure</source>
        <translation>Nytt mått</translation>
    </message>
    <message>
        <source>Leda cannot read %1: %2</source>
        <translation>Leda kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>The values from %1 were not imported: %2</source>
        <translation>Värdena i %1 importerades inte: %2</translation>
    </message>
    <message>
        <source>The measure has values</source>
        <translation>Måttet har värden</translation>
    </message>
    <message>
        <source>“%1” has values and is kept, so that the minutes and the course report can still show its chart. Archive it to take it off the list.</source>
        <translation>”%1” har värden och finns kvar, så att protokollen och kursrapporten kan visa dess diagram. Arkivera det för att ta bort det från listan.</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>diagram</translation>
    </message>
    <message>
        <source>Save the chart as SVG</source>
        <translation>Spara diagrammet som SVG</translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation>Spara diagrammet som PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>Leda::MeetingPage</name>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Room or link</source>
        <translation>Rum eller länk</translation>
    </message>
    <message>
        <source>Modules covered</source>
        <translation>Moduler som togs upp</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Fria anteckningar</translation>
    </message>
    <message>
        <source>Anything else worth keeping</source>
        <translation>Annat som är värt att spara</translation>
    </message>
    <message>
        <source>Open next steps from earlier meetings</source>
        <translation>Öppna nästa steg från tidigare möten</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Mötet</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Diskussionsfrågor</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Choices and priorities</source>
        <translation>Vägval och prioriteringar</translation>
    </message>
    <message>
        <source>Soft results</source>
        <translation>Mjuka resultat</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Möte %1</translation>
    </message>
    <message>
        <source>Tick those present; the others are recorded as absent.</source>
        <translation>Markera de närvarande; övriga noteras som frånvarande.</translation>
    </message>
    <message>
        <source>The group has no members yet: add them under Group.</source>
        <translation>Gruppen har inga medlemmar ännu: lägg till dem under Grupp och medlemmar.</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäster</translation>
    </message>
    <message>
        <source>Choose the meeting&apos;s module above to see its questions.</source>
        <translation>Välj mötets modul ovan för att se dess frågor.</translation>
    </message>
    <message>
        <source>This is how it looks today</source>
        <translation>Så här ser det ut idag</translation>
    </message>
    <message>
        <source>This is how we would like it to be</source>
        <translation>Så här skulle vi vilja att det ser ut</translation>
    </message>
    <message>
        <source>This will be my next step</source>
        <translation>Det här blir mitt nästa steg</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Export the minutes…</source>
        <translation>Exportera protokoll…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Preparation…</source>
        <translation>Förberedelse…</translation>
    </message>
    <message>
        <source>Run the meeting…</source>
        <translation>Håll mötet…</translation>
    </message>
    <message>
        <source>Full screen for the room: the agenda item by item, with the film, a countdown and the notes. With a second screen you keep a facilitator view. (F5)</source>
        <translation>Helskärm för rummet: dagordningen punkt för punkt, med filmen, nedräkning och anteckningarna. Med en andra skärm behåller du en processledarvy. (F5)</translation>
    </message>
    <message>
        <source>Guests, separated by commas: Name (role), Name (role)</source>
        <translation>Gäster, åtskilda med kommatecken: Namn (roll), Namn (roll)</translation>
    </message>
    <message>
        <source>Our measures</source>
        <translation>Våra mått</translation>
    </message>
    <message>
        <source>No measure was looked at in this meeting. Choose measures for it in the preparation; the room shows them under “Our measures”.</source>
        <translation>Inga mått togs upp på mötet. Välj mått i förberedelsen; storskärmen visar dem under ”Våra mått”.</translation>
    </message>
    <message>
        <source>What we said about %1</source>
        <translation>Det här sa vi om %1</translation>
    </message>
    <message>
        <source>What we said about the measure</source>
        <translation>Det här sa vi om måttet</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Börjar</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Slutar</translation>
    </message>
    <message>
        <source>the free notes</source>
        <translation>de fria anteckningarna</translation>
    </message>
    <message>
        <source>the notes of question %1</source>
        <translation>anteckningarna till fråga %1</translation>
    </message>
    <message>
        <source>what the meeting said about %1</source>
        <translation>det mötet sa om %1</translation>
    </message>
</context>
<context>
    <name>Leda::MeetingsPage</name>
    <message>
        <source>New meeting</source>
        <translation>Nytt möte</translation>
    </message>
    <message>
        <source>Group and members…</source>
        <translation>Grupp och medlemmar…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source>Search minutes, decisions and next steps</source>
        <translation>Sök i anteckningar, beslut och nästa steg</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Sökträffar</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <source>Meetings of %1</source>
        <translation>Möten – %1</translation>
    </message>
    <message>
        <source>No meetings yet. Start with New meeting.</source>
        <translation>Inga möten ännu. Börja med Nytt möte.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Inget hittades för ”%1”.</translation>
    </message>
    <message>
        <source>Discussion question</source>
        <translation>Diskussionsfråga</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Choice or priority</source>
        <translation>Vägval eller prioritering</translation>
    </message>
    <message>
        <source>Soft result</source>
        <translation>Mjukt resultat</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Fria anteckningar</translation>
    </message>
    <message>
        <source>Course report…</source>
        <translation>Slutrapport…</translation>
    </message>
    <message>
        <source>Series plan…</source>
        <translation>Serieplan…</translation>
    </message>
    <message>
        <source>All next steps…</source>
        <translation>Alla nästa steg…</translation>
    </message>
    <message>
        <source>Measures…</source>
        <translation>Mått…</translation>
    </message>
    <message>
        <source>Search the group&apos;s record</source>
        <translation>Sök i gruppens protokoll</translation>
    </message>
</context>
<context>
    <name>Leda::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Stäng meddelandet</translation>
    </message>
</context>
<context>
    <name>Leda::ModulePage</name>
    <message>
        <source>Course</source>
        <translation>Kursen</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Tillbaka till kursen</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Utskrift</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Diskussionsfrågor</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Arbetsblad</translation>
    </message>
    <message>
        <source>Literature</source>
        <translation>Litteratur</translation>
    </message>
    <message>
        <source>For the process leader</source>
        <translation>För processledaren</translation>
    </message>
    <message>
        <source>Module %1 · %2</source>
        <translation>Modul %1 · %2</translation>
    </message>
    <message>
        <source>Use the three columns for each topic: how it looks today, how you would like it to be, and your next step.</source>
        <translation>Använd de tre kolumnerna för varje område: hur det ser ut i dag, hur ni skulle vilja att det ser ut och vad som blir ert nästa steg.</translation>
    </message>
    <message>
        <source>This is how it looks today</source>
        <translation>Så här ser det ut idag</translation>
    </message>
    <message>
        <source>This is how we would like it to be</source>
        <translation>Så här skulle vi vilja att det ser ut</translation>
    </message>
    <message>
        <source>This will be my next step</source>
        <translation>Det här blir mitt nästa steg</translation>
    </message>
    <message>
        <source>This module lists no literature.</source>
        <translation>Modulen har ingen litteraturlista.</translation>
    </message>
    <message>
        <source>Notes for the process leader on leading this module&apos;s discussion.</source>
        <translation>Anteckningar till processledaren om hur modulens diskussion kan ledas.</translation>
    </message>
</context>
<context>
    <name>Leda::NextStepsEditor</name>
    <message>
        <source>Add next step</source>
        <translation>Lägg till nästa steg</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>Vad som ska göras</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
</context>
<context>
    <name>Leda::PreparationPage</name>
    <message>
        <source>Meeting</source>
        <translation>Mötet</translation>
    </message>
    <message>
        <source>Preparation for the process leader</source>
        <translation>Processledarens förberedelse</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Punkt på dagordningen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>Fill in from the module</source>
        <translation>Fyll i från modulen</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Egna anteckningar</translation>
    </message>
    <message>
        <source>Only for you: how to open the discussion, what to watch for</source>
        <translation>Bara för dig: hur du öppnar samtalet, vad du ska vara uppmärksam på</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Save as text file…</source>
        <translation>Spara som textfil…</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Spara inbjudan</translation>
    </message>
    <message>
        <source>Open in the mail program</source>
        <translation>Öppna i e-postprogrammet</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagordning</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Inbjudan</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>In all %1 minutes. Set the meeting&apos;s start time to see when it ends.</source>
        <translation>Totalt %1 minuter. Ange mötets starttid för att se när det slutar.</translation>
    </message>
    <message>
        <source>In all %1 minutes: from %2 to %3 (planned end %4).</source>
        <translation>Totalt %1 minuter: från %2 till %3 (mötet är bokat till %4).</translation>
    </message>
    <message>
        <source>Before the meeting</source>
        <translation>Före mötet</translation>
    </message>
    <message>
        <source>During the meeting</source>
        <translation>Under mötet</translation>
    </message>
    <message>
        <source>After the meeting</source>
        <translation>Efter mötet</translation>
    </message>
    <message>
        <source>Never shown in the room view; in an export only when you choose the notes for the process leader.</source>
        <translation>Visas aldrig på storskärmen; kommer med i en export bara när du väljer anteckningarna för processledaren.</translation>
    </message>
    <message>
        <source>Remove from the checklist</source>
        <translation>Ta bort från checklistan</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Lägg till en punkt</translation>
    </message>
    <message>
        <source>Run the meeting…</source>
        <translation>Håll mötet…</translation>
    </message>
    <message>
        <source>The module&apos;s recommended questions have the time. An item with 0 minutes is left out on the big screen: give a question minutes to take it too.</source>
        <translation>Modulens rekommenderade frågor har fått tiden. En punkt med 0 minuter tas inte upp på storskärmen: ge en fråga minuter för att ta med den också.</translation>
    </message>
    <message>
        <source>Save for the calendar (.ics)…</source>
        <translation>Spara för kalendern (.ics)…</translation>
    </message>
    <message>
        <source>A calendar file that Outlook, Thunderbird and GNOME Calendar import: send it with the invitation.</source>
        <translation>En kalenderfil som Outlook, Thunderbird och GNOME Kalender kan läsa in: skicka den med inbjudan.</translation>
    </message>
    <message>
        <source>Save the meeting for the calendar</source>
        <translation>Spara mötet för kalendern</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Measures to look at</source>
        <translation>Mått att titta på</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mått</translation>
    </message>
    <message>
        <source>Tick the measures the group looks at under “Our measures”, one chart per step on the big screen. With none ticked, every active measure with values is shown.</source>
        <translation>Bocka för de mått som gruppen tittar på under ”Våra mått”, ett diagram i taget på storskärmen. Är inget förbockat visas alla aktiva mått som har värden.</translation>
    </message>
    <message>
        <source>The group has no measures yet (Meetings › Measures…).</source>
        <translation>Gruppen har inga mått ännu (Möten › Mått…).</translation>
    </message>
    <message>
        <source>&amp;Add an item</source>
        <translation>&amp;Lägg till punkt</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Ny punkt</translation>
    </message>
    <message>
        <source>Add a &amp;break</source>
        <translation>Lägg till &amp;paus</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Paus</translation>
    </message>
    <message>
        <source>Add &amp;other questions</source>
        <translation>Lägg till &amp;övriga frågor</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation>Övriga frågor</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Minutes for %1</source>
        <translation>Minuter för %1</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>Punkt på checklistan</translation>
    </message>
</context>
<context>
    <name>Leda::Presentation</name>
    <message>
        <source>Next item</source>
        <translation>Nästa punkt</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Föregående punkt</translation>
    </message>
    <message>
        <source>Scroll the item; in the follow-up, choose an earlier next step</source>
        <translation>Bläddra i punkten; i uppföljningen väljer du ett tidigare nästa steg</translation>
    </message>
    <message>
        <source>In the follow-up: the chosen step is done, in progress, carried forward or dropped</source>
        <translation>I uppföljningen: det valda steget är klart, pågår, flyttas fram eller stryks</translation>
    </message>
    <message>
        <source>Pause or start the time</source>
        <translation>Pausa eller starta tiden</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Helskärm på eller av</translation>
    </message>
    <message>
        <source>Play or pause the film</source>
        <translation>Spela upp eller pausa filmen</translation>
    </message>
    <message>
        <source>Leave a text field; outside one, end the presentation</source>
        <translation>Lämna ett textfält; utanför ett fält avslutas visningen</translation>
    </message>
</context>
<context>
    <name>Leda::PresentationSession</name>
    <message>
        <source>What was typed could not be saved yet: %1. Leda keeps it and tries again.</source>
        <translation>Det som skrevs kunde inte sparas än: %1. Leda behåller det och försöker igen.</translation>
    </message>
    <message>
        <source>What we decided today</source>
        <translation>Det här bestämde vi i dag</translation>
    </message>
    <message>
        <source>Module %1: %2</source>
        <translation>Modul %1: %2</translation>
    </message>
</context>
<context>
    <name>Leda::RecordListEditor</name>
    <message>
        <source>Add decision</source>
        <translation>Lägg till beslut</translation>
    </message>
    <message>
        <source>Add choice or priority</source>
        <translation>Lägg till vägval eller prioritering</translation>
    </message>
    <message>
        <source>Add soft result</source>
        <translation>Lägg till mjukt resultat</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Choice or priority</source>
        <translation>Vägval eller prioritering</translation>
    </message>
    <message>
        <source>Soft result</source>
        <translation>Mjukt resultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Why we chose this</source>
        <translation>Varför vi valde så</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
</context>
<context>
    <name>Leda::RoomView</name>
    <message>
        <source>Leda – the meeting</source>
        <translation>Leda – mötet</translation>
    </message>
</context>
<context>
    <name>Leda::SaveStateLabel</name>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation>Allt sparat %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Allt sparat</translation>
    </message>
    <message>
        <source>Not saved: %1 – Leda tries again</source>
        <translation>Inte sparat: %1 – Leda försöker igen</translation>
    </message>
</context>
<context>
    <name>Leda::SeriesPlanPage</name>
    <message>
        <source>Meetings</source>
        <translation>Möten</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> veckor</translation>
    </message>
    <message>
        <source>Lay out the dates again</source>
        <translation>Lägg ut datumen på nytt</translation>
    </message>
    <message>
        <source>Gives every module that is not skipped a date, from the first meeting on.</source>
        <translation>Ger varje modul som inte hoppas över ett datum, räknat från första mötet.</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>Första mötet</translation>
    </message>
    <message>
        <source>Time between meetings</source>
        <translation>Tid mellan mötena</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Möte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The course is meant to be used freely: take the modules in the order that suits the group, skip one, or give a module two meetings. New meetings follow the plan.</source>
        <translation>Kursen är tänkt att användas fritt: ta modulerna i den ordning som passar gruppen, hoppa över en eller ge en modul två möten. Nya möten följer planen.</translation>
    </message>
    <message>
        <source>Series plan: %1</source>
        <translation>Serieplan: %1</translation>
    </message>
    <message>
        <source>%1 (not in this course)</source>
        <translation>%1 (finns inte i den här kursen)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>inget datum</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Hoppas över</translation>
    </message>
    <message>
        <source>Held %1</source>
        <translation>Hölls %1</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Tidigare</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senare</translation>
    </message>
    <message>
        <source>Take along</source>
        <translation>Ta med</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>Take the module along again</source>
        <translation>Ta med modulen igen</translation>
    </message>
    <message>
        <source>Skip the module</source>
        <translation>Hoppa över modulen</translation>
    </message>
    <message>
        <source>Two meetings</source>
        <translation>Två möten</translation>
    </message>
    <message>
        <source>Give the module one more meeting</source>
        <translation>Ge modulen ett möte till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove this extra meeting</source>
        <translation>Ta bort det extra mötet</translation>
    </message>
    <message>
        <source>Meeting created for %1</source>
        <translation>Möte skapat för %1</translation>
    </message>
    <message>
        <source>Not in the summer weeks (27–32)</source>
        <translation>Inte under sommarveckorna (v. 27–32)</translation>
    </message>
    <message>
        <source>Not at Christmas and New Year</source>
        <translation>Inte under jul och nyår</translation>
    </message>
    <message>
        <source>Save the series for the calendar (.ics)…</source>
        <translation>Spara mötesserien för kalendern (.ics)…</translation>
    </message>
    <message>
        <source>Save the series for the calendar</source>
        <translation>Spara mötesserien för kalendern</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Weeks between meetings</source>
        <translation>Veckor mellan mötena</translation>
    </message>
    <message>
        <source>Date of the first meeting</source>
        <translation>Datum för första mötet</translation>
    </message>
    <message>
        <source>Series plan</source>
        <translation>Serieplan</translation>
    </message>
    <message>
        <source>Date for %1</source>
        <translation>Datum för %1</translation>
    </message>
</context>
<context>
    <name>Leda::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Vad de gör</translation>
    </message>
</context>
<context>
    <name>Leda::StepPanel</name>
    <message>
        <source>by %1</source>
        <translation>senast %1</translation>
    </message>
    <message>
        <source>The film is shown in the room: %1 (%2).</source>
        <translation>Filmen visas i rummet: %1 (%2).</translation>
    </message>
    <message>
        <source>The meeting has no module, so there is no film.</source>
        <translation>Mötet har ingen modul och därför ingen film.</translation>
    </message>
    <message>
        <source>Play or pause the film (Enter)</source>
        <translation>Spela eller pausa filmen (Enter)</translation>
    </message>
    <message>
        <source>This is how it looks today</source>
        <translation>Så här ser det ut idag</translation>
    </message>
    <message>
        <source>This is how we would like it to be</source>
        <translation>Så här skulle vi vilja att det ser ut</translation>
    </message>
    <message>
        <source>This will be my next step</source>
        <translation>Det här blir mitt nästa steg</translation>
    </message>
    <message>
        <source>Write a decision and press Enter</source>
        <translation>Skriv ett beslut och tryck Enter</translation>
    </message>
    <message>
        <source>Write a next step and press Enter</source>
        <translation>Skriv ett nästa steg och tryck Enter</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>The group has no members yet: add them under Group.</source>
        <translation>Gruppen har inga medlemmar ännu: lägg till dem under Grupp.</translation>
    </message>
    <message>
        <source>%1: my next step</source>
        <translation>%1: mitt nästa steg</translation>
    </message>
    <message>
        <source>My next step</source>
        <translation>Mitt nästa steg</translation>
    </message>
    <message>
        <source>New next step</source>
        <translation>Nytt nästa steg</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Remove the next step %1</source>
        <translation>Ta bort nästa steg %1</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <source>The time is %1</source>
        <translation>Klockan är %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>%1 (reason: %2)</source>
        <translation>%1 (skäl: %2)</translation>
    </message>
    <message>
        <source>Choices and priorities</source>
        <translation>Vägval och prioriteringar</translation>
    </message>
    <message>
        <source>Soft results</source>
        <translation>Mjuka resultat</translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation>Inte planerat ännu</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nytt beslut</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Choice or priority</source>
        <translation>Vägval eller prioritering</translation>
    </message>
    <message>
        <source>Write a choice or priority and press Enter</source>
        <translation>Skriv ett vägval eller en prioritering och tryck Enter</translation>
    </message>
    <message>
        <source>Soft result</source>
        <translation>Mjukt resultat</translation>
    </message>
    <message>
        <source>Write a soft result and press Enter</source>
        <translation>Skriv ett mjukt resultat och tryck Enter</translation>
    </message>
    <message>
        <source>• Choice: %1</source>
        <translation>• Vägval: %1</translation>
    </message>
    <message>
        <source>• Soft result: %1</source>
        <translation>• Mjukt resultat: %1</translation>
    </message>
    <message>
        <source>What we say about the measure</source>
        <translation>Det här säger vi om måttet</translation>
    </message>
    <message>
        <source>What we say about the measure: what we see, and what we do about it</source>
        <translation>Det här säger vi om måttet: vad vi ser och vad vi gör åt det</translation>
    </message>
</context>
<context>
    <name>Leda::StepWriter</name>
    <message>
        <source>No date</source>
        <translation>Inget datum</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>the next step “%1”</source>
        <translation>nästa steg ”%1”</translation>
    </message>
</context>
<context>
    <name>Leda::TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Utskrift</translation>
    </message>
</context>
<context>
    <name>Leda::ValuesTable</name>
    <message>
        <source>Values per period</source>
        <translation>Värden per period</translation>
    </message>
    <message>
        <source>Add &amp;earlier periods</source>
        <translation>Lägg till &amp;tidigare perioder</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>Täljare</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>Nämnare</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Utesluten</translation>
    </message>
    <message>
        <source>Why excluded</source>
        <translation>Varför utesluten</translation>
    </message>
    <message>
        <source>Note (change, PDSA, event)</source>
        <translation>Anteckning (förändring, PDSA, händelse)</translation>
    </message>
    <message>
        <source>New phase</source>
        <translation>Ny fas</translation>
    </message>
    <message>
        <source>%1, %2: “%3” is not a number.</source>
        <translation>%1, %2: ”%3” är inte ett tal.</translation>
    </message>
</context>
<context>
    <name>Leda::WelcomePage</name>
    <message>
        <source>Welcome to Leda</source>
        <translation>Välkommen till Leda</translation>
    </message>
    <message>
        <source>Leda helps a leadership group learn to lead improvement work together: one module of the course per meeting, with a film, questions to discuss and the group&apos;s own minutes, decisions and next steps. At every meeting the group comes back to what it decided last time.</source>
        <translation>Leda hjälper en ledningsgrupp att tillsammans lära sig leda förbättringsarbete: en modul av kursen per möte, med film, frågor att samtala om och gruppens egna anteckningar, beslut och nästa steg. Vid varje möte återkommer gruppen till det den bestämde förra gången.</translation>
    </message>
    <message>
        <source>&amp;1. Create the leadership group</source>
        <translation>&amp;1. Skapa ledningsgruppen</translation>
    </message>
    <message>
        <source>Name the group and add its members, with title and e-mail address for the invitations.</source>
        <translation>Ge gruppen ett namn och lägg till medlemmarna, med titel och e-postadress för kallelserna.</translation>
    </message>
    <message>
        <source>&amp;2. Plan the series</source>
        <translation>&amp;2. Planera serien</translation>
    </message>
    <message>
        <source>Dates for the course&apos;s meetings, one module at each, and a calendar file for everyone.</source>
        <translation>Datum för kursens möten, en modul per möte, och en kalenderfil till alla.</translation>
    </message>
    <message>
        <source>&amp;3. Prepare the first meeting</source>
        <translation>&amp;3. Förbered det första mötet</translation>
    </message>
    <message>
        <source>The agenda, the questions to take and the invitation. In the meeting, Leda runs it on the big screen.</source>
        <translation>Dagordningen, vilka frågor ni tar och kallelsen. Under mötet visar Leda det på storskärmen.</translation>
    </message>
    <message>
        <source>Look at the &amp;course first</source>
        <translation>Titta på &amp;kursen först</translation>
    </message>
    <message>
        <source>Read the &amp;guide (F1)</source>
        <translation>Läs &amp;handledningen (F1)</translation>
    </message>
    <message>
        <source>The course is read from %1. What the group writes is saved as you type, in %2; Leda backs it up by itself (File › Restore from backup).</source>
        <translation>Kursen läses från %1. Det gruppen skriver sparas medan du skriver, i %2. Leda tar säkerhetskopior av sig själv (Arkiv › Återställ från säkerhetskopia).</translation>
    </message>
    <message>
        <source>This record is read-only: open or create a record you may write to (File menu) to start.</source>
        <translation>Den här filen är skrivskyddad: öppna eller skapa en fil som du får skriva i (menyn Arkiv) för att börja.</translation>
    </message>
    <message>
        <source>The course is read from %1. What the group writes is saved as you type, on the region&apos;s server %2, which IT backs up.</source>
        <translation>Kursen läses från %1. Det gruppen skriver sparas medan du skriver, på regionens server %2, som IT säkerhetskopierar.</translation>
    </message>
    <message>
        <source>&amp;Import a group from another computer…</source>
        <translation>&amp;Importera en grupp från en annan dator…</translation>
    </message>
    <message>
        <source>A group package (.leda) that Leda on another computer exported with File › Export group…</source>
        <translation>Ett gruppaket (.leda) som Leda på en annan dator har exporterat med Arkiv › Exportera grupp…</translation>
    </message>
</context>
<context>
    <name>MarkdownWriter</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>(excluded)</source>
        <translation>(utesluten)</translation>
    </message>
</context>
<context>
    <name>MeasureSeries</name>
    <message>
        <source>It is an improvement.</source>
        <translation>Det är en förbättring.</translation>
    </message>
    <message>
        <source>It is a change for the worse.</source>
        <translation>Det är en försämring.</translation>
    </message>
    <message numerus="yes">
        <source>Unusually long run: %n points in a row above the median — a sign of real change.</source>
        <translation>
            <numerusform>Ovanligt lång serie: %n punkt i rad över medianen – tecken på en verklig förändring.</numerusform>
            <numerusform>Ovanligt lång serie: %n punkter i rad över medianen – tecken på en verklig förändring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unusually long run: %n points in a row below the median — a sign of real change.</source>
        <translation>
            <numerusform>Ovanligt lång serie: %n punkt i rad under medianen – tecken på en verklig förändring.</numerusform>
            <numerusform>Ovanligt lång serie: %n punkter i rad under medianen – tecken på en verklig förändring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unusually long run: %n points in a row above the mean — a sign of real change.</source>
        <translation>
            <numerusform>Ovanligt lång serie: %n punkt i rad över medelvärdet – tecken på en verklig förändring.</numerusform>
            <numerusform>Ovanligt lång serie: %n punkter i rad över medelvärdet – tecken på en verklig förändring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unusually long run: %n points in a row below the mean — a sign of real change.</source>
        <translation>
            <numerusform>Ovanligt lång serie: %n punkt i rad under medelvärdet – tecken på en verklig förändring.</numerusform>
            <numerusform>Ovanligt lång serie: %n punkter i rad under medelvärdet – tecken på en verklig förändring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too few crossings: the line crosses the centre %n time(s) where at least %1 are expected — a sign of real change.</source>
        <translation>
            <numerusform>För få korsningar: kurvan korsar mittlinjen %n gång där minst %1 väntas – tecken på en verklig förändring.</numerusform>
            <numerusform>För få korsningar: kurvan korsar mittlinjen %n gånger där minst %1 väntas – tecken på en verklig förändring.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) outside the control limits — a special cause to look into.</source>
        <translation>
            <numerusform>%n punkt utanför styrgränserna – en särskild orsak att undersöka.</numerusform>
            <numerusform>%n punkter utanför styrgränserna – en särskild orsak att undersöka.</numerusform>
        </translation>
    </message>
    <message>
        <source>All points lie on the centre line: the rules cannot be tried.</source>
        <translation>Alla punkter ligger på mittlinjen: reglerna kan inte prövas.</translation>
    </message>
    <message>
        <source>No sign of real change: the variation is what the process gives by itself (common cause).</source>
        <translation>Inga tecken på verklig förändring: variationen är den som processen ger av sig själv (slumpmässig variation).</translation>
    </message>
    <message numerus="yes">
        <source>Only %n point(s) so far: the rules need about 10 before they can tell a change.</source>
        <translation>
            <numerusform>Bara %n punkt hittills: reglerna behöver ett tiotal punkter innan de kan visa en förändring.</numerusform>
            <numerusform>Bara %n punkter hittills: reglerna behöver ett tiotal punkter innan de kan visa en förändring.</numerusform>
        </translation>
    </message>
    <message>
        <source>No values to judge from yet.</source>
        <translation>Inga värden att bedöma ännu.</translation>
    </message>
    <message>
        <source>week %1, %2</source>
        <translation>vecka %1, %2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation>K%1 %2</translation>
    </message>
    <message>
        <source>Outcome measure</source>
        <translation>Resultatmått</translation>
    </message>
    <message>
        <source>Process measure</source>
        <translation>Processmått</translation>
    </message>
    <message>
        <source>Balancing measure</source>
        <translation>Balansmått</translation>
    </message>
    <message>
        <source>Run chart</source>
        <translation>Seriediagram</translation>
    </message>
    <message>
        <source>I chart (XmR)</source>
        <translation>I-diagram (XmR)</translation>
    </message>
    <message>
        <source>P chart</source>
        <translation>p-diagram</translation>
    </message>
    <message>
        <source>U chart</source>
        <translation>u-diagram</translation>
    </message>
    <message>
        <source>C chart</source>
        <translation>c-diagram</translation>
    </message>
    <message>
        <source>Every phase: </source>
        <translation>Alla faser: </translation>
    </message>
    <message>
        <source>phase %1 (from %2)</source>
        <translation>fas %1 (från %2)</translation>
    </message>
    <message>
        <source>The chart cannot be drawn: %1</source>
        <translation>Diagrammet kan inte ritas: %1</translation>
    </message>
</context>
<context>
    <name>MeasureStore</name>
    <message>
        <source>The measure has values and is kept; archive it instead.</source>
        <translation>Måttet har värden och finns kvar; arkivera det i stället.</translation>
    </message>
</context>
<context>
    <name>MeasuresCommand</name>
    <message>
        <source>Analyse a measure&apos;s values as a run chart or a control chart.</source>
        <translation>Analysera ett måtts värden som seriediagram eller styrdiagram.</translation>
    </message>
    <message>
        <source>Analyse the values in a CSV file and print the result as JSON.</source>
        <translation>Analysera värdena i en CSV-fil och skriv ut resultatet som JSON.</translation>
    </message>
    <message>
        <source>The values: a column value, or numerator and denominator.</source>
        <translation>Värdena: en kolumn value (värde), eller numerator och denominator (täljare och nämnare).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>run (the default), i, p, u or c.</source>
        <translation>run (förval), i, p, u eller c.</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>diagram</translation>
    </message>
    <message>
        <source>Centre line and limits from the first K points.</source>
        <translation>Mittlinje och gränser från de K första punkterna.</translation>
    </message>
    <message>
        <source>A new phase begins after point K (several: K,K).</source>
        <translation>En ny fas börjar efter punkt K (flera: K,K).</translation>
    </message>
    <message>
        <source>Leave out points K (several: K,K).</source>
        <translation>Utelämna punkt K (flera: K,K).</translation>
    </message>
    <message>
        <source>I chart: leave out moving ranges above 3.267 × their mean.</source>
        <translation>I-diagram: utelämna glidande variationsbredder över 3,267 × medelvärdet.</translation>
    </message>
    <message>
        <source>Show a rate per N units (for example 1000).</source>
        <translation>Visa en kvot per N enheter (till exempel 1000).</translation>
    </message>
    <message>
        <source>Language of the messages: sv or en.</source>
        <translation>Meddelandenas språk: sv eller en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
    <message>
        <source>leda measures: the command is &quot;leda measures analyse --csv FILE&quot;.</source>
        <translation>leda measures: kommandot är &quot;leda measures analyse --csv FIL&quot;.</translation>
    </message>
    <message>
        <source>leda measures analyse: --csv is required.</source>
        <translation>leda measures analyse: --csv måste anges.</translation>
    </message>
    <message>
        <source>leda measures analyse: unknown chart &quot;%1&quot;; use run, i, p, u or c.</source>
        <translation>leda measures analyse: okänt diagram &quot;%1&quot;; använd run, i, p, u eller c.</translation>
    </message>
    <message>
        <source>leda measures analyse: --freeze, --split and --exclude take point numbers from 1, such as 12 or 12,24.</source>
        <translation>leda measures analyse: --freeze, --split och --exclude tar punktnummer från 1, till exempel 12 eller 12,24.</translation>
    </message>
    <message>
        <source>leda measures analyse: --per takes a positive number, such as 1000.</source>
        <translation>leda measures analyse: --per tar ett positivt tal, till exempel 1000.</translation>
    </message>
    <message>
        <source>leda measures analyse: cannot read %1: %2</source>
        <translation>leda measures analyse: kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>leda measures analyse: there is no point %1 to exclude; the file has %2.</source>
        <translation>leda measures analyse: det finns ingen punkt %1 att utelämna; filen har %2.</translation>
    </message>
    <message>
        <source>leda measures analyse: %1</source>
        <translation>leda measures analyse: %1</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Move a whole record between a file and a region&apos;s server: leda migrate --from RECORD --to RECORD</source>
        <translation>Flytta alla anteckningar mellan en fil och regionens server: leda migrate --from ANTECKNINGAR --to ANTECKNINGAR</translation>
    </message>
    <message>
        <source>The record to copy: a file, or postgresql://…</source>
        <translation>Anteckningarna som ska kopieras: en fil, eller postgresql://…</translation>
    </message>
    <message>
        <source>record</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <source>Where to: a new file, or an empty database on a server.</source>
        <translation>Vart: en ny fil, eller en tom databas på en server.</translation>
    </message>
    <message>
        <source>Name the record to copy and where to: --from RECORD --to RECORD.</source>
        <translation>Ange vilka anteckningar som ska kopieras och vart: --from ANTECKNINGAR --to ANTECKNINGAR.</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 rader</translation>
    </message>
    <message>
        <source>The copy in %1 differs from %2:</source>
        <translation>Kopian i %1 skiljer sig från %2:</translation>
    </message>
    <message>
        <source>Copied %1 to %2; every table compared row by row: the same.</source>
        <translation>%1 har kopierats till %2; varje tabell har jämförts rad för rad: de är lika.</translation>
    </message>
    <message>
        <source>Language of the messages: sv or en.</source>
        <translation>Meddelandenas språk: sv eller en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>språk</translation>
    </message>
</context>
<context>
    <name>PresentationText</name>
    <message>
        <source>Item %1 of %2</source>
        <translation>Punkt %1 av %2</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Fråga %1 av %2</translation>
    </message>
    <message>
        <source>Time is up +%1</source>
        <translation>Tiden är ute +%1</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (pausad)</translation>
    </message>
    <message>
        <source>Space or → next · ← back · P pause the time · F full screen · Esc leave</source>
        <translation>Mellanslag eller → nästa · ← tillbaka · P pausa tiden · F helskärm · Esc avsluta</translation>
    </message>
    <message>
        <source>Enter plays or pauses the film · %1</source>
        <translation>Enter spelar eller pausar filmen · %1</translation>
    </message>
    <message>
        <source>↑↓ choose a step · 1 done · 2 in progress · 3 carry forward · 4 drop · %1</source>
        <translation>↑↓ välj steg · 1 klart · 2 pågår · 3 för vidare · 4 stryk · %1</translation>
    </message>
</context>
<context>
    <name>ProcessMeasures</name>
    <message>
        <source>Planned meetings held</source>
        <translation>Planerade möten som hölls</translation>
    </message>
    <message>
        <source>Of the meetings in the series plan for the month (skipped ones left out), the share held on their module so far.</source>
        <translation>Av månadens möten i serieplanen (överhoppade räknas inte), andelen som hittills har hållits på sin modul.</translation>
    </message>
    <message>
        <source>Modules covered</source>
        <translation>Genomgångna moduler</translation>
    </message>
    <message>
        <source>Modules of the course the group worked through at its meetings in the month.</source>
        <translation>Kursens moduler som gruppen arbetade med på månadens möten.</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Of the members on the attendance lists of the month&apos;s meetings, the share present.</source>
        <translation>Av medlemmarna på närvarolistorna för månadens möten, andelen som var närvarande.</translation>
    </message>
    <message>
        <source>Next steps done by their date</source>
        <translation>Nästa steg klara i tid</translation>
    </message>
    <message>
        <source>Of the next steps due in the month (by the date first set; dropped ones left out), the share marked done at or before the first meeting on or after that date.</source>
        <translation>Av de nästa steg som skulle vara klara under månaden (enligt det först satta datumet; strukna räknas inte), andelen som markerades klara senast vid första mötet på eller efter det datumet.</translation>
    </message>
    <message>
        <source>Next steps overdue</source>
        <translation>Försenade nästa steg</translation>
    </message>
    <message>
        <source>Next steps still open at the end of the month (or today) whose date had passed.</source>
        <translation>Nästa steg som fortfarande var öppna vid månadens slut (eller i dag) fast datumet hade passerat.</translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Kunde inte spara i %1: %2</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Markera allt</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Stega &amp;upp</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Stega &amp;ned</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Leta i:</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Senaste platser</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Sidopanel</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Välj</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Ny mapp</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Visa </translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Vänster</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Höger</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Upp</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Date Modified</source>
        <translation>Ändrad</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Ange ett värde:</translation>
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
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Visa detaljer …</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Dölj detaljer …</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Leda cannot start</source>
        <translation>Leda kan inte starta</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Skriver %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Förkasta</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Verkställ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nästa sida</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Föregående sida</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Första sidan</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Sista sidan</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Anpassa till bredd</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Anpassa till sida</translation>
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
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggande</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Visa en sida</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Visa uppslag</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Visa alla sidor</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Sidinställningar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Exportera till PDF</translation>
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
        <source>Copy &amp;Link Location</source>
        <translation>Kopiera &amp;länkadress</translation>
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
        <translation>Markera allt</translation>
    </message>
</context>
<context>
    <name>RecordCopy</name>
    <message>
        <source>%1 already holds leadership groups. Move the record into a new, empty file or database, so that nothing there is mixed up or overwritten.</source>
        <translation>%1 innehåller redan ledningsgrupper. Flytta anteckningarna till en ny, tom fil eller databas, så att inget där blandas ihop eller skrivs över.</translation>
    </message>
    <message>
        <source>%1 could not start the copy: %2</source>
        <translation>%1 kunde inte börja ta emot kopian: %2</translation>
    </message>
    <message>
        <source>The table %1 is not the same in %2 and %3: open both with this Leda first, so that both are up to date.</source>
        <translation>Tabellen %1 ser olika ut i %2 och %3: öppna båda med den här Leda först, så att båda är uppdaterade.</translation>
    </message>
    <message>
        <source>Leda could not read %1 from %2: %3</source>
        <translation>Leda kunde inte läsa %1 från %2: %3</translation>
    </message>
    <message>
        <source>Leda could not write %1 to %2: %3</source>
        <translation>Leda kunde inte skriva %1 till %2: %3</translation>
    </message>
    <message>
        <source>%1 could not finish the copy: %2</source>
        <translation>%1 kunde inte slutföra kopian: %2</translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <source>Module %1: %2</source>
        <translation>Modul %1: %2</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Fråga %1</translation>
    </message>
    <message>
        <source>Private notes for this meeting: %1</source>
        <translation>Egna anteckningar för mötet: %1</translation>
    </message>
    <message>
        <source>set</source>
        <translation>satt</translation>
    </message>
</context>
<context>
    <name>RecordNames</name>
    <message>
        <source>Clinical staff</source>
        <translation>Kliniskt verksam personal</translation>
    </message>
    <message>
        <source>First-line manager</source>
        <translation>Första linjens chef</translation>
    </message>
    <message>
        <source>Process role</source>
        <translation>Processroll</translation>
    </message>
    <message>
        <source>Senior management</source>
        <translation>Högsta ledningen</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Styrelse och nämnd</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Struket</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Skapat</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Markerat klart</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Förs vidare</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Öppnat igen</translation>
    </message>
    <message>
        <source>Not followed up</source>
        <translation>Inte uppföljt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Carried forward to %1</source>
        <translation>Förs vidare till %1</translation>
    </message>
    <message>
        <source>, responsible: %1</source>
        <translation>, ansvarig: %1</translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation>Stryks: %1</translation>
    </message>
</context>
<context>
    <name>RecordOutline</name>
    <message>
        <source>§ %1 %2</source>
        <translation>§ %1 %2</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Not planned yet.</source>
        <translation>Inte planerat ännu.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum och tid</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Plats</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Moduler</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Närvarande</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ingen noterad</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Frånvarande</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäster</translation>
    </message>
    <message>
        <source>Follow-up of earlier next steps</source>
        <translation>Uppföljning av tidigare nästa steg</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (från %2)</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Diskussionsfrågor</translation>
    </message>
    <message>
        <source>This is how it looks today</source>
        <translation>Så här ser det ut idag</translation>
    </message>
    <message>
        <source>This is how we would like it to be</source>
        <translation>Så här skulle vi vilja att det ser ut</translation>
    </message>
    <message>
        <source>This will be my next step</source>
        <translation>Det här blir mitt nästa steg</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslut</translation>
    </message>
    <message>
        <source>Choices and priorities</source>
        <translation>Vägval och prioriteringar</translation>
    </message>
    <message>
        <source>Soft results</source>
        <translation>Mjuka resultat</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nästa steg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Fria anteckningar</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Nästa möte</translation>
    </message>
    <message>
        <source>Notes for the process leader</source>
        <translation>Processledarens anteckningar</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Justering</translation>
    </message>
    <message>
        <source>Adjusted by (name): ______________________________</source>
        <translation>Justeras av (namn): ______________________________</translation>
    </message>
    <message>
        <source>Signature: ______________________________  Date: ____________</source>
        <translation>Underskrift: ______________________________  Datum: ____________</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Sändlista</translation>
    </message>
    <message>
        <source>Minutes %1, %2</source>
        <translation>Protokoll %1, %2</translation>
    </message>
    <message>
        <source>Minutes of the leadership group&apos;s meeting</source>
        <translation>Protokoll från ledningsgruppens möte</translation>
    </message>
    <message>
        <source>Course report, %1</source>
        <translation>Slutrapport, %1</translation>
    </message>
    <message>
        <source>%1 · course report</source>
        <translation>%1 · slutrapport</translation>
    </message>
    <message>
        <source>Course report</source>
        <translation>Slutrapport</translation>
    </message>
    <message>
        <source>Leading improvement work – a course for leadership groups</source>
        <translation>Att leda förbättringsarbete – en kurs för ledningsgrupper</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s), %1 – %2</source>
        <translation>
            <numerusform>%n möte, %1 – %2</numerusform>
            <numerusform>%n möten, %1 – %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Leda on %1</source>
        <translation>Sammanställd med Leda %1</translation>
    </message>
    <message>
        <source>Series plan and modules covered</source>
        <translation>Mötesplan och genomgångna moduler</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Modules covered</source>
        <translation>Moduler som togs upp</translation>
    </message>
    <message>
        <source>Modules not yet covered</source>
        <translation>Moduler som återstår</translation>
    </message>
    <message>
        <source>Modules skipped</source>
        <translation>Moduler som hoppats över</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Möte %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Genomförda möten</translation>
    </message>
    <message>
        <source>Meetings planned, not yet held</source>
        <translation>Planerade möten som ännu inte hållits</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Attendance per member</source>
        <translation>Närvaro per medlem</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation>Möten med närvaro</translation>
    </message>
    <message>
        <source>Next steps set</source>
        <translation>Beslutade nästa steg</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klart</translation>
    </message>
    <message>
        <source>%1, of which %2 on time</source>
        <translation>%1, varav %2 i tid</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppet</translation>
    </message>
    <message>
        <source>%1, of which %2 overdue</source>
        <translation>%1, varav %2 försenade</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Struket</translation>
    </message>
    <message>
        <source>Each next step and what became of it</source>
        <translation>Varje nästa steg och vad det blev av det</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>Our measures</source>
        <translation>Våra mått</translation>
    </message>
    <message>
        <source>What we said</source>
        <translation>Det här sa vi</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>arkiverat</translation>
    </message>
    <message>
        <source>Definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>Measures over the series</source>
        <translation>Måtten under mötesserien</translation>
    </message>
    <message>
        <source>The improvement work itself: process measures from the record</source>
        <translation>Själva förbättringsarbetet: processmått ur protokollen</translation>
    </message>
    <message>
        <source>Computed by Leda from the meetings, the attendance and the next steps, month by month.</source>
        <translation>Leda har räknat fram dem ur mötena, närvaron och nästa steg, månad för månad.</translation>
    </message>
</context>
<context>
    <name>RecordTables</name>
    <message>
        <source>The group</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>A member</source>
        <translation>En medlem</translation>
    </message>
    <message>
        <source>A meeting</source>
        <translation>Ett möte</translation>
    </message>
    <message>
        <source>A meeting&apos;s module</source>
        <translation>Ett mötes modul</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
    <message>
        <source>A guest</source>
        <translation>En gäst</translation>
    </message>
    <message>
        <source>Notes on a question</source>
        <translation>Anteckningar till en fråga</translation>
    </message>
    <message>
        <source>A decision, choice or soft result</source>
        <translation>Ett beslut, val eller mjukt resultat</translation>
    </message>
    <message>
        <source>A next step</source>
        <translation>Ett nästa steg</translation>
    </message>
    <message>
        <source>A next step&apos;s history</source>
        <translation>Historik för ett nästa steg</translation>
    </message>
    <message>
        <source>The follow-up of a next step</source>
        <translation>Uppföljningen av ett nästa steg</translation>
    </message>
    <message>
        <source>The series plan</source>
        <translation>Serieplanen</translation>
    </message>
    <message>
        <source>An agenda item</source>
        <translation>En punkt på dagordningen</translation>
    </message>
    <message>
        <source>A checklist item</source>
        <translation>En punkt i checklistan</translation>
    </message>
    <message>
        <source>Own notes for a meeting</source>
        <translation>Egna anteckningar inför ett möte</translation>
    </message>
    <message>
        <source>A measure</source>
        <translation>Ett mått</translation>
    </message>
    <message>
        <source>A measure&apos;s value</source>
        <translation>Ett värde för ett mått</translation>
    </message>
    <message>
        <source>What a meeting said about a measure</source>
        <translation>Vad ett möte sa om ett mått</translation>
    </message>
</context>
<context>
    <name>Spc</name>
    <message>
        <source>A new phase can begin after point 1 to %1, in increasing order; %2 does not fit.</source>
        <translation>En ny fas kan börja efter punkt 1 till %1, i stigande ordning; %2 passar inte.</translation>
    </message>
    <message>
        <source>The baseline can be frozen at point 1 to %1 (the end of the first phase); %2 does not fit.</source>
        <translation>Baslinjen kan låsas vid punkt 1 till %1 (slutet av första fasen); %2 passar inte.</translation>
    </message>
    <message>
        <source>Point %1: </source>
        <translation>Punkt %1: </translation>
    </message>
    <message>
        <source>the value is not a number.</source>
        <translation>värdet är inte ett tal.</translation>
    </message>
    <message>
        <source>a P or U chart needs a denominator for every value.</source>
        <translation>ett p- eller u-diagram behöver en nämnare för varje värde.</translation>
    </message>
    <message>
        <source>a C chart takes counts without a denominator; use a U chart for rates.</source>
        <translation>ett c-diagram tar antal utan nämnare; använd ett u-diagram för kvoter.</translation>
    </message>
    <message>
        <source>a count cannot be negative.</source>
        <translation>ett antal kan inte vara negativt.</translation>
    </message>
    <message>
        <source>the denominator cannot be negative.</source>
        <translation>nämnaren kan inte vara negativ.</translation>
    </message>
    <message>
        <source>the numerator (%1) is larger than the denominator (%2).</source>
        <translation>täljaren (%1) är större än nämnaren (%2).</translation>
    </message>
</context>
<context>
    <name>SqlStatement</name>
    <message>
        <source>%1 is open read-only, so changes cannot be saved.</source>
        <translation>%1 är öppnad skrivskyddad, så ändringar kan inte sparas.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Kunde inte spara i %1: %2</translation>
    </message>
    <message>
        <source>Could not read the next steps from %1.</source>
        <translation>Leda kunde inte läsa nästa steg ur %1.</translation>
    </message>
    <message>
        <source>The next step is no longer in %1.</source>
        <translation>Nästa steget finns inte längre i %1.</translation>
    </message>
</context>
<context>
    <name>StepFields</name>
    <message>
        <source>Responsible</source>
        <translation>Ansvarig</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Klart senast</translation>
    </message>
    <message>
        <source>Responsible: a member or a guest</source>
        <translation>Ansvarig: en medlem eller en gäst</translation>
    </message>
</context>
<context>
    <name>WebVtt</name>
    <message>
        <source>line 1: a WebVTT file must start with WEBVTT</source>
        <translation>rad 1: en WebVTT-fil måste börja med WEBVTT</translation>
    </message>
    <message>
        <source>line %1: expected a cue timing such as 00:00:01.000 --&gt; 00:00:04.000</source>
        <translation>rad %1: här förväntas en tidsangivelse som 00:00:01.000 --&gt; 00:00:04.000</translation>
    </message>
    <message>
        <source>line %1: malformed cue timing &quot;%2&quot;</source>
        <translation>rad %1: felaktig tidsangivelse ”%2”</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>kan inte läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save the captions as UTF-8</source>
        <translation>%1 är inte UTF-8-text; spara textningen som UTF-8</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>It is not a zip file, or its end is missing (cut short when it was copied?).</source>
        <translation>Det är ingen zip-fil, eller så saknas slutet (avbröts kopieringen?).</translation>
    </message>
    <message>
        <source>Its table of contents is damaged.</source>
        <translation>Dess innehållsförteckning är skadad.</translation>
    </message>
    <message>
        <source>%1 in it is encrypted or packed in a way Leda does not read.</source>
        <translation>%1 i filen är krypterad eller packad på ett sätt som Leda inte kan läsa.</translation>
    </message>
    <message>
        <source>%1 in it is damaged.</source>
        <translation>%1 i filen är skadad.</translation>
    </message>
    <message>
        <source>%1 in it is cut short.</source>
        <translation>%1 i filen är avkortad.</translation>
    </message>
    <message>
        <source>%1 in it is damaged: its checksum does not match.</source>
        <translation>%1 i filen är skadad: kontrollsumman stämmer inte.</translation>
    </message>
</context>
</TS>
