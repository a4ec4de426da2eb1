<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Agenda</name>
    <message>
        <source>Open next steps from earlier meetings</source>
        <translation>Open next steps from earlier meetings</translation>
    </message>
    <message>
        <source>Film: %1</source>
        <translation>Film: %1</translation>
    </message>
    <message>
        <source>Decisions and next steps</source>
        <translation>Decisions and next steps</translation>
    </message>
    <message>
        <source>Closing round: my next step</source>
        <translation>Closing round: my next step</translation>
    </message>
    <message>
        <source>Our measures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarFile</name>
    <message>
        <source>%1: meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartScene</name>
    <message>
        <source>target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UCL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LCL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart cannot be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Room and big screen booked</source>
        <translation>Room and big screen booked</translation>
    </message>
    <message>
        <source>Film and sound tested in the room</source>
        <translation>Film and sound tested in the room</translation>
    </message>
    <message>
        <source>Invitation with the module&apos;s questions sent</source>
        <translation>Invitation with the module&apos;s questions sent</translation>
    </message>
    <message>
        <source>Open next steps from the last meeting gathered</source>
        <translation>Open next steps from the last meeting gathered</translation>
    </message>
    <message>
        <source>Attendance noted</source>
        <translation>Attendance noted</translation>
    </message>
    <message>
        <source>Timeboxes kept</source>
        <translation>Timeboxes kept</translation>
    </message>
    <message>
        <source>Every next step has someone responsible and a date</source>
        <translation>Every next step has someone responsible and a date</translation>
    </message>
    <message>
        <source>Minutes exported and sent to the group</source>
        <translation>Minutes exported and sent to the group</translation>
    </message>
    <message>
        <source>Next meeting booked</source>
        <translation>Next meeting booked</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Leda – a course on leading improvement work, for leadership groups.</source>
        <translation>Leda – a course on leading improvement work, for leadership groups.</translation>
    </message>
    <message>
        <source>User interface language: sv (Swedish) or en (English).</source>
        <translation>User interface language: sv (Swedish) or en (English).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Read the course modules from &lt;folder&gt;.</source>
        <translation>Read the course modules from &lt;folder&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Read generated films from &lt;folder&gt;.</source>
        <translation>Read generated films from &lt;folder&gt;.</translation>
    </message>
    <message>
        <source>Check every module in &lt;folder&gt;, print each problem and exit (non-zero when there are problems).</source>
        <translation>Check every module in &lt;folder&gt;, print each problem and exit (non-zero when there are problems).</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Unknown argument: %1</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use sv or en.</source>
        <translation>Unknown language &quot;%1&quot;; use sv or en.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n module(s) checked, </source>
        <translation>
            <numerusform>%1: %n module checked, </numerusform>
            <numerusform>%1: %n modules checked, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s).</source>
        <translation>
            <numerusform>%n problem.</numerusform>
            <numerusform>%n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the group&apos;s record in the SQLite file &lt;record&gt;, or on a region&apos;s PostgreSQL server (postgresql://host/database, or service=name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentLoader</name>
    <message>
        <source>required field is missing</source>
        <translation>required field is missing</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>must be text</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message numerus="yes">
        <source>needs at least %n entries</source>
        <translation>
            <numerusform>needs at least %n entry</numerusform>
            <numerusform>needs at least %n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>must be non-empty text</source>
        <translation>must be non-empty text</translation>
    </message>
    <message>
        <source>unsupported version %1; this Leda reads version %2</source>
        <translation>unsupported version %1; this Leda reads version %2</translation>
    </message>
    <message>
        <source>use only lower-case letters a–z, digits and hyphens</source>
        <translation>use only lower-case letters a–z, digits and hyphens</translation>
    </message>
    <message>
        <source>must be a whole number, 0 or more</source>
        <translation>must be a whole number, 0 or more</translation>
    </message>
    <message>
        <source>at most 8 chapters</source>
        <translation>at most 8 chapters</translation>
    </message>
    <message>
        <source>must be an object with title and narration</source>
        <translation>must be an object with title and narration</translation>
    </message>
    <message>
        <source>must be an object with video and captions</source>
        <translation>must be an object with video and captions</translation>
    </message>
    <message>
        <source>the film %1 does not exist; put the file in the module folder or correct the name</source>
        <translation>the film %1 does not exist; put the file in the module folder or correct the name</translation>
    </message>
    <message>
        <source>the captions file %1 does not exist</source>
        <translation>the captions file %1 does not exist</translation>
    </message>
    <message numerus="yes">
        <source>give one start time in seconds per chapter (%n chapters)</source>
        <translation>
            <numerusform>give one start time in seconds per chapter (%n chapter)</numerusform>
            <numerusform>give one start time in seconds per chapter (%n chapters)</numerusform>
        </translation>
    </message>
    <message>
        <source>start times must be 0 or more and rising</source>
        <translation>start times must be 0 or more and rising</translation>
    </message>
    <message>
        <source>the file is missing; every module folder needs one</source>
        <translation>the file is missing; every module folder needs one</translation>
    </message>
    <message>
        <source>cannot be read (%1); check the file&apos;s permissions</source>
        <translation>cannot be read (%1); check the file&apos;s permissions</translation>
    </message>
    <message>
        <source>is not valid JSON: %1 at character %2</source>
        <translation>is not valid JSON: %1 at character %2</translation>
    </message>
    <message>
        <source>must contain a JSON object</source>
        <translation>must contain a JSON object</translation>
    </message>
    <message>
        <source>the modules folder does not exist; start Leda with --modules FOLDER</source>
        <translation>the modules folder does not exist; start Leda with --modules FOLDER</translation>
    </message>
    <message>
        <source>the same %1 as the module in %2; each module needs its own</source>
        <translation>the same %1 as the module in %2; each module needs its own</translation>
    </message>
    <message>
        <source>too long: %1 characters, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many entries: %1, at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is %1, but the folder %2 says %3; make them agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a link that leads nowhere (or back to itself); put the file itself there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file; put the module&apos;s description there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large (%1 kB); a module&apos;s description is at most %2 kB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of question numbers, e.g. [1, 3, 4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>must be the number of one of the %n question(s), each once</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>A quotation mark that begins on line %1 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leda cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only one of the columns täljare and nämnare (numerator, denominator); a proportion or a rate needs both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column named värde (value), or täljare and nämnare (numerator and denominator). The first line must name the columns, for example: period;värde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column named period (or månad, vecka, kvartal, datum). The first line must name the columns, for example: period;värde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a period (write for example 2027-03, 2027-03-15, 2027-K1 or 2027-v12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value needs both the numerator and the denominator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the denominator cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database %1 could not be updated: %2</source>
        <translation>The database %1 could not be updated: %2</translation>
    </message>
    <message>
        <source>Leda cannot read %1: %2. Check the file&apos;s permissions.</source>
        <translation>Leda cannot read %1: %2. Check the file&apos;s permissions.</translation>
    </message>
    <message>
        <source>Leda cannot create the folder %1 for its database.</source>
        <translation>Leda cannot create the folder %1 for its database.</translation>
    </message>
    <message>
        <source>Leda cannot create the database %1: %2</source>
        <translation>Leda cannot create the database %1: %2</translation>
    </message>
    <message>
        <source>Leda cannot open the database %1: %2</source>
        <translation>Leda cannot open the database %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or not a database. Leda has not changed it. Restore a backup or choose another file.</source>
        <translation>%1 is damaged or not a database. Leda has not changed it. Restore a backup or choose another file.</translation>
    </message>
    <message>
        <source>%1 is a database from another program, not from Leda. Leda has not changed it. Choose another file.</source>
        <translation>%1 is a database from another program, not from Leda. Leda has not changed it. Choose another file.</translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Leda (database version %2; this Leda knows up to %3). Update Leda to open it. The file has not been changed.</source>
        <translation>%1 was saved by a newer version of Leda (database version %2; this Leda knows up to %3). Update Leda to open it. The file has not been changed.</translation>
    </message>
    <message>
        <source>%1 is read-only and from an older Leda, so it cannot be updated. Copy it to a folder where you may write and open the copy.</source>
        <translation>%1 is read-only and from an older Leda, so it cannot be updated. Copy it to a folder where you may write and open the copy.</translation>
    </message>
    <message>
        <source>The database %1 is in use by another program: %2</source>
        <translation>The database %1 is in use by another program: %2</translation>
    </message>
    <message>
        <source>%1 is already open in another Leda (process %2 on %3). Close Leda there first, or open another file. The file has not been changed.</source>
        <translation>%1 is already open in another Leda (process %2 on %3). Close Leda there first, or open another file. The file has not been changed.</translation>
    </message>
    <message>
        <source>Leda needs to update %1 but could not back it up first: %2. The file has not been changed.</source>
        <translation>Leda needs to update %1 but could not back it up first: %2. The file has not been changed.</translation>
    </message>
    <message>
        <source>Leda cannot create the backup folder %1.</source>
        <translation>Leda cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>Leda could not back up %1 to %2: %3</source>
        <translation>Leda could not back up %1 to %2: %3</translation>
    </message>
    <message>
        <source>%1 is read-only, so it cannot be replaced by a backup.</source>
        <translation>%1 is read-only, so it cannot be replaced by a backup.</translation>
    </message>
    <message>
        <source>Leda could not restore %1 from %2. The backup made just before is in %3.</source>
        <translation>Leda could not restore %1 from %2. The backup made just before is in %3.</translation>
    </message>
    <message>
        <source>There is no Leda record at %1.</source>
        <translation>There is no Leda record at %1.</translation>
    </message>
    <message>
        <source>The database %1 could not start a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Leda record. Leda has not changed it. Open another record with File › Open record file…, or start a new one with File › New record file….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full. Free some space (empty the wastebasket, remove large files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file has become read-only. Check its permissions, or open a copy in a folder you may write in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program is using the file. Close it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk could not be written. Check that it is still connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leda could not save the record to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 is damaged, so %2 was not replaced. Choose another backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a file at %1. Choose another name, or move that file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record on a database server is backed up by the server (ask IT), not by Leda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record on a database server is restored by the server&apos;s IT, not by Leda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leda cannot reach database servers on this computer: the PostgreSQL driver for Qt is not installed. Ask IT to install the package libqt6sql6-psql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leda cannot connect to the database server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not Leda&apos;s. Leda has not changed it. Ask IT for an empty database for Leda.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved by a newer version of Leda (database version %2; this Leda knows up to %3). Update Leda to open it. The database has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>&quot;%1&quot; is not a date Leda understands. Write for example 15/2, 2027-02-15 or &quot;in 2 weeks&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a real date. Check the day and the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 15/2, 2027-02-15, in 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export a group&apos;s minutes or course report.</source>
        <translation>Export a group&apos;s minutes or course report.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The leadership group&apos;s name.</source>
        <translation>The leadership group&apos;s name.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>The minutes of the meeting on this date.</source>
        <translation>The minutes of the meeting on this date.</translation>
    </message>
    <message>
        <source>The course report of all the group&apos;s meetings.</source>
        <translation>The course report of all the group&apos;s meetings.</translation>
    </message>
    <message>
        <source>pdf, pdfa (PDF/A-1b for archiving), odt or md.</source>
        <translation>pdf, pdfa (PDF/A-1b for archiving), odt or md.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>Include the notes for the process leader.</source>
        <translation>Include the notes for the process leader.</translation>
    </message>
    <message>
        <source>Language of the document: sv or en.</source>
        <translation>Language of the document: sv or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>leda export: --%1 is required.</source>
        <translation>leda export: --%1 is required.</translation>
    </message>
    <message>
        <source>leda export: give either --meeting YYYY-MM-DD or --report.</source>
        <translation>leda export: give either --meeting YYYY-MM-DD or --report.</translation>
    </message>
    <message>
        <source>leda export: unknown format &quot;%1&quot;; use pdf, pdfa, odt or md.</source>
        <translation>leda export: unknown format &quot;%1&quot;; use pdf, pdfa, odt or md.</translation>
    </message>
    <message>
        <source>leda export: there is no record file %1.</source>
        <translation>leda export: there is no record file %1.</translation>
    </message>
    <message>
        <source>leda export: %1 has no group called &quot;%2&quot;. Groups: %3.</source>
        <translation>leda export: %1 has no group called &quot;%2&quot;. Groups: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>leda export: the group &quot;%1&quot; has no meeting on %2.</source>
        <translation>leda export: the group &quot;%1&quot; has no meeting on %2.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>The record: a file, or a server (postgresql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>Leda cannot write %1: %2. Choose another folder or file name.</source>
        <translation>Leda cannot write %1: %2. Choose another folder or file name.</translation>
    </message>
    <message>
        <source>Leda could not write %1: %2. Nothing was saved; check the free space and try again.</source>
        <translation>Leda could not write %1: %2. Nothing was saved; check the free space and try again.</translation>
    </message>
    <message>
        <source>Leda could not start writing %1.</source>
        <translation>Leda could not start writing %1.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Leda cannot write %1: %2</source>
        <translation type="unfinished">Leda cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>FilmProbe</name>
    <message>
        <source>the film %1 is missing; generate the films again or put the file there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the film %1 did not show a picture within %2 seconds; check that it is a WebM or MP4 film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the film %1 cannot be played; it is damaged or in a format this computer cannot decode. Generate the films again, or replace the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupPackage</name>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group to export is no longer in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leda could not write the package %1: %2. Choose another folder (your Documents folder, for example) or free some space on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leda could not open %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be imported: it is damaged. %2 Nothing was changed. Export the group again and copy the new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a group package from Leda. Nothing was changed. Choose a file that Leda wrote with File › Export group….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was exported by a newer version of Leda (record version %2; this Leda reads up to version %3). Nothing was changed. Update Leda on this computer, then import the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its record does not match the checksum in its manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds a table Leda does not know (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row of %1 has no stable id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its record does not hold the group its manifest names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leda could not start the import into %1. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (meeting %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group %1 is already on the server, but you have no access to it. Nothing was imported. Ask IT to give you access to the group, then import the package again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupStore</name>
    <message>
        <source>The member appears in the minutes and is kept; make the member inactive instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Invitation</name>
    <message>
        <source>%1: meeting %2 – %3</source>
        <translation>%1: meeting %2 – %3</translation>
    </message>
    <message>
        <source>Welcome to the next meeting of %1.</source>
        <translation>Welcome to the next meeting of %1.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>When: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <source>Module %1: %2</source>
        <translation>Module %1: %2</translation>
    </message>
    <message>
        <source>Questions to think about beforehand:</source>
        <translation>Questions to think about beforehand:</translation>
    </message>
    <message>
        <source>Bring your next step from the last meeting; we start by following them up.</source>
        <translation>Bring your next step from the last meeting; we start by following them up.</translation>
    </message>
</context>
<context>
    <name>Leda::AllStepsPage</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished">Meetings</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished">Responsible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Done</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished">Dropped</translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">What</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished">Done by</translation>
    </message>
    <message>
        <source>Set at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All next steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one responsible yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the meeting where the step was set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished">Next steps</translation>
    </message>
</context>
<context>
    <name>Leda::Autosave</name>
    <message>
        <source>the database is not open</source>
        <translation>the database is not open</translation>
    </message>
    <message>
        <source>The record file %1 was removed or moved while Leda had it open. Everything is saved in %2, and Leda goes on with that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record file %1 was removed or moved, and no new file could be written (%2). Keep Leda open, and put the folder back or free some space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the server %1 is lost. Leda keeps what you typed and saves it when the server answers again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::BackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>daily backup</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>before an update of Leda</source>
        <translation>before an update of Leda</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>There are no backups of %1 yet.</source>
        <translation>There are no backups of %1 yet.</translation>
    </message>
    <message>
        <source>Backups of %1 (newest first):</source>
        <translation>Backups of %1 (newest first):</translation>
    </message>
    <message>
        <source>Replace the group&apos;s record with the backup from %1?

The record as it is now is backed up first, so this can be undone.</source>
        <translation>Replace the group&apos;s record with the backup from %1?

The record as it is now is backed up first, so this can be undone.</translation>
    </message>
    <message>
        <source>when Leda started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when Leda was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::ChapterList</name>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>The start of this chapter is not known yet</source>
        <translation>The start of this chapter is not known yet</translation>
    </message>
</context>
<context>
    <name>Leda::ChartView</name>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::ConflictDialog</name>
    <message>
        <source>Changed by someone else at the same time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved %1 while you were writing it. Nothing has been lost: here are both texts. Choose which one stays, or keep both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is saved now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is saved now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;the saved one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::CourseModel</name>
    <message>
        <source>This module cannot be opened: %1</source>
        <translation>This module cannot be opened: %1</translation>
    </message>
    <message>
        <source>%1 (unavailable)</source>
        <translation>%1 (unavailable)</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Unavailable</translation>
    </message>
    <message>
        <source>Watched %1</source>
        <translation>Watched %1</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>Not watched</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Film</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Watched</source>
        <translation>Watched</translation>
    </message>
</context>
<context>
    <name>Leda::CoursePage</name>
    <message>
        <source>The course</source>
        <translation>The course</translation>
    </message>
    <message>
        <source>Take one module per meeting: watch the film together, talk through the questions and write down how things are today, how you want them, and your next step.</source>
        <translation>Take one module per meeting: watch the film together, talk through the questions and write down how things are today, how you want them, and your next step.</translation>
    </message>
    <message>
        <source>Modules of the course</source>
        <translation>Modules of the course</translation>
    </message>
    <message>
        <source>Open module</source>
        <translation>Open module</translation>
    </message>
    <message numerus="yes">
        <source>%n module problem(s) found. Unavailable modules are greyed out; correct the files and restart Leda, or check them with leda --check-content.</source>
        <translation>
            <numerusform>%n module problem found. Unavailable modules are greyed out; correct the file and restart Leda, or check it with leda --check-content.</numerusform>
            <numerusform>%n module problems found. Unavailable modules are greyed out; correct the files and restart Leda, or check them with leda --check-content.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Leda::CsvImportDialog</name>
    <message>
        <source>Import values into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this measure is a proportion or a rate: the file needs the columns täljare and nämnare (numerator and denominator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this measure takes one value per period: the file needs a column värde (value), not täljare and nämnare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator / denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the same period as line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) cannot be read. Nothing is imported until every row is right: correct the file and import it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) already have a value, which the file&apos;s replaces.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::ExportDialog</name>
    <message>
        <source>Export the course report</source>
        <translation>Export the course report</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation>Export the minutes</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>PDF/A for archiving</source>
        <translation>PDF/A for archiving</translation>
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
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Discussion questions</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Choices and priorities</source>
        <translation>Choices and priorities</translation>
    </message>
    <message>
        <source>Soft results</source>
        <translation>Soft results</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Free notes</translation>
    </message>
    <message>
        <source>Notes for the process leader</source>
        <translation>Notes for the process leader</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Include</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Measures with their charts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::FacilitatorView</name>
    <message>
        <source>Leda – facilitator view</source>
        <translation>Leda – facilitator view</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Start the time again</source>
        <translation>Start the time again</translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <source>The module has no facilitator notes.</source>
        <translation>The module has no facilitator notes.</translation>
    </message>
    <message>
        <source>No private notes for this meeting.</source>
        <translation>No private notes for this meeting.</translation>
    </message>
    <message>
        <source>Facilitator notes (only on this screen)</source>
        <translation>Facilitator notes (only on this screen)</translation>
    </message>
    <message>
        <source>Your private notes</source>
        <translation>Your private notes</translation>
    </message>
    <message>
        <source>End the presentation (Esc)</source>
        <translation>End the presentation (Esc)</translation>
    </message>
    <message>
        <source>Big screen:</source>
        <translation>Big screen:</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Now: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Next: the end of the meeting</source>
        <translation>Next: the end of the meeting</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pause (P)</translation>
    </message>
    <message>
        <source>Continue (P)</source>
        <translation>Continue (P)</translation>
    </message>
</context>
<context>
    <name>Leda::FilmPlayer</name>
    <message>
        <source>Film player</source>
        <translation>Film player</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Play (Space)</translation>
    </message>
    <message>
        <source>Position in the film</source>
        <translation>Position in the film</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mute</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Playback speed</translation>
    </message>
    <message>
        <source>Captions on/off (C)</source>
        <translation>Captions on/off (C)</translation>
    </message>
    <message>
        <source>Captions</source>
        <translation>Captions</translation>
    </message>
    <message>
        <source>Full screen (F)</source>
        <translation>Full screen (F)</translation>
    </message>
    <message>
        <source>Captions are not available: %1</source>
        <translation>Captions are not available: %1</translation>
    </message>
    <message>
        <source>The film has not been made yet: %1 is missing.

Leda makes its films when it is built. Run the README&apos;s start command (or cmake --build on the build folder) and open the module again.</source>
        <translation>The film has not been made yet: %1 is missing.

Leda makes its films when it is built. Run the README&apos;s start command (or cmake --build on the build folder) and open the module again.</translation>
    </message>
    <message>
        <source>The film %1 is missing.

Put the film in the module folder, or correct the name in the module&apos;s module.json, and open the module again.</source>
        <translation>The film %1 is missing.

Put the film in the module folder, or correct the name in the module&apos;s module.json, and open the module again.</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Space)</translation>
    </message>
    <message>
        <source>Leda cannot play the film %1: the file is damaged, or in a format this computer has no decoder for.

Install the video plugins with: sudo apt-get install gstreamer1.0-plugins-good gstreamer1.0-libav — or convert the film to WebM (VP9 and Opus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The film %1 could not be opened.

Check that the file exists, can be read and is not damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The film %1 could not be played. Try again, or check the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The film %1 stopped at %2 of %3: the file is damaged or incomplete. It has not been counted as watched. Copy the film again, or make it anew (for the bundled course: build Leda again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captions on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::FollowUpList</name>
    <message>
        <source>No open next steps from earlier meetings.</source>
        <translation type="unfinished">No open next steps from earlier meetings.</translation>
    </message>
    <message>
        <source>no one responsible yet</source>
        <translation type="unfinished">no one responsible yet</translation>
    </message>
    <message>
        <source>responsible: %1</source>
        <translation type="unfinished">responsible: %1</translation>
    </message>
    <message>
        <source>done by %1</source>
        <translation type="unfinished">done by %1</translation>
    </message>
    <message>
        <source>from the meeting of %1</source>
        <translation type="unfinished">from the meeting of %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished">overdue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Done</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry forward</source>
        <translation type="unfinished">Carry forward</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished">Drop</translation>
    </message>
    <message>
        <source>Click again to take the outcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is dropped (short)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::GroupPage</name>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>For example: Medicinkliniken, Region Östergötland</source>
        <translation>For example: Medicinkliniken, Region Östergötland</translation>
    </message>
    <message>
        <source>Name of the group</source>
        <translation>Name of the group</translation>
    </message>
    <message>
        <source>Unit or organisation</source>
        <translation>Unit or organisation</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Add member</translation>
    </message>
    <message>
        <source>Group and members</source>
        <translation>Group and members</translation>
    </message>
    <message>
        <source>The role level follows the dosing model: everyone needs improvement knowledge, but not the same dose.</source>
        <translation>The role level follows the dosing model: everyone needs improvement knowledge, but not the same dose.</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Role level</source>
        <translation>Role level</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (for invitations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. head of unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@region.se</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests who have taken part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the minutes already: untick Active instead, and the member stays in the old minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the member (never in the record)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::GuideWindow</name>
    <message>
        <source>Search the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the guide matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::ImportGroupDialog</name>
    <message numerus="yes">
        <source>%n changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n next step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1. It holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group is not in %1 yet: the import adds it, with its whole record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group is already in %1. The import brings it up to date: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed both here and in the package: no text is replaced that was written here since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">What</translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s (later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This one (later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new entr(y/ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies) were changed both here and in the package since the group was last moved. The later change stays; the other is shown here, so that you can write it in again if it is needed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Entries changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::MainWindow</name>
    <message>
        <source>Leda – leading improvement together</source>
        <translation>Leda – leading improvement together</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Course</source>
        <translation>&amp;Course</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Leda</source>
        <translation>&amp;About Leda</translation>
    </message>
    <message>
        <source>About Leda</source>
        <translation>About Leda</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Leda %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A course on leading improvement work in healthcare, for leadership groups that learn together.&lt;/p&gt;&lt;p&gt;Leda works offline. The group&apos;s record is kept in %2.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Leda %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A course on leading improvement work in healthcare, for leadership groups that learn together.&lt;/p&gt;&lt;p&gt;Leda works offline. The group&apos;s record is kept in %2.&lt;/p&gt;&lt;p&gt;Licence: EUPL-1.2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The module in %1 cannot be opened: %2</source>
        <translation>The module in %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>%1

The course can be used, but what the group records cannot be saved until this is solved.</source>
        <translation>%1

The course can be used, but what the group records cannot be saved until this is solved.</translation>
    </message>
    <message>
        <source>What you typed could not be saved yet: %1. Leda keeps it and tries again.</source>
        <translation>What you typed could not be saved yet: %1. Leda keeps it and tries again.</translation>
    </message>
    <message>
        <source>Not everything is saved</source>
        <translation>Not everything is saved</translation>
    </message>
    <message>
        <source>Leda could not save the latest changes: %1

Quit anyway and lose them?</source>
        <translation>Leda could not save the latest changes: %1

Quit anyway and lose them?</translation>
    </message>
    <message>
        <source>&amp;New record file…</source>
        <translation>&amp;New record file…</translation>
    </message>
    <message>
        <source>New record file</source>
        <translation>New record file</translation>
    </message>
    <message>
        <source>Leda records (*.sqlite)</source>
        <translation>Leda records (*.sqlite)</translation>
    </message>
    <message>
        <source>&amp;Open record file…</source>
        <translation>&amp;Open record file…</translation>
    </message>
    <message>
        <source>Open record file</source>
        <translation>Open record file</translation>
    </message>
    <message>
        <source>Leda records (*.sqlite);;All files (*)</source>
        <translation>Leda records (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>&amp;Meetings</source>
        <translation>&amp;Meetings</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Leadership group</source>
        <translation>Leadership group</translation>
    </message>
    <message>
        <source>New leadership group</source>
        <translation>New leadership group</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>Name of the group:</translation>
    </message>
    <message>
        <source>%1 is read-only: you can read the record, but changes cannot be saved. Copy the file to a folder where you may write, and open the copy, to work in it.</source>
        <translation>%1 is read-only: you can read the record, but changes cannot be saved. Copy the file to a folder where you may write, and open the copy, to work in it.</translation>
    </message>
    <message>
        <source>No group yet</source>
        <translation>No group yet</translation>
    </message>
    <message>
        <source>The record was restored from the backup. The previous state was backed up first.</source>
        <translation>The record was restored from the backup. The previous state was backed up first.</translation>
    </message>
    <message>
        <source>Export the &amp;minutes…</source>
        <translation>Export the &amp;minutes…</translation>
    </message>
    <message>
        <source>Export the course &amp;report…</source>
        <translation>Export the course &amp;report…</translation>
    </message>
    <message>
        <source>&amp;Print the minutes…</source>
        <translation>&amp;Print the minutes…</translation>
    </message>
    <message>
        <source>There is no meeting to export yet: the group %1 has no meetings.</source>
        <translation>There is no meeting to export yet: the group %1 has no meetings.</translation>
    </message>
    <message>
        <source>Minutes %1 %2</source>
        <translation>Minutes %1 %2</translation>
    </message>
    <message>
        <source>The minutes were saved as %1.</source>
        <translation>The minutes were saved as %1.</translation>
    </message>
    <message>
        <source>Choose or create a leadership group first.</source>
        <translation>Choose or create a leadership group first.</translation>
    </message>
    <message>
        <source>Course report %1</source>
        <translation>Course report %1</translation>
    </message>
    <message>
        <source>The course report was saved as %1.</source>
        <translation>The course report was saved as %1.</translation>
    </message>
    <message>
        <source>All &amp;next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file. Make it a new, empty Leda record?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Leda record at %1. Start a new, empty record there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it and start a new, empty record there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mea&amp;sures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The button %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leda&apos;s window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A module&apos;s film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting on the big screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is on a network share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a network share (%2). A record there can be damaged when the network is interrupted or when two computers write to it at once, and Leda cannot keep it as safe as on this computer&apos;s own disk.

Copy it to a folder on this computer and work there? The file on the share is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep working on the share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the record to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is now in %1 on this computer. The file on the network share, %2, has not been changed: work in the copy from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on a network share (%2). Leda writes it there without its usual journal (WAL): let only one computer at a time have it open, and copy it to this computer when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to the region&apos;s server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the region&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s address, as IT gave it (postgresql://server/database or service=name). The password comes from your .pgpass or service file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address. It starts with postgresql:// or service=.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server is back, and everything you typed is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leda group packages (*.leda)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group %1 was saved as %2. On the other computer, import it with File › Import group…; changes made there come back the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leda group packages (*.leda);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the region&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group %1 was imported from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group %1 was brought up to date from %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the region&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 asks for your password. Leda uses it for this connection only and never saves it; IT can give you a .pgpass file so that you are not asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::MeasureForm</name>
    <message>
        <source>What is counted, from where, by whom and when; what is left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example days, %, cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither (to keep within bounds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">none</translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measurement (e.g. days, minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A count (e.g. falls, infections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proportion (numerator of denominator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate (count per exposure, e.g. per 1 000 vårddygn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proportion shown in per cent: 100. A rate per 1 000 vårddygn: 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out unusually large moving ranges (I chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Definition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;wn per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Better:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline &amp;frozen at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not frozen: all points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target “%1” is not a number; it is kept as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Shown per” must be a number above 0, such as 100 or 1000.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::MeasuresPage</name>
    <message>
        <source>Meetings</source>
        <translation type="unfinished">Meetings</translation>
    </message>
    <message>
        <source>&amp;New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import values from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as S&amp;VG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;rchived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the &amp;measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed from the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by Leda from the meetings, attendance and next steps in the record; it cannot be typed into. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leda cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values from %1 were not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The measure has values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has values and is kept, so that the minutes and the course report can still show its chart. Archive it to take it off the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::MeetingPage</name>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Room or link</source>
        <translation>Room or link</translation>
    </message>
    <message>
        <source>Modules covered</source>
        <translation>Modules covered</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Modules</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Free notes</translation>
    </message>
    <message>
        <source>Anything else worth keeping</source>
        <translation>Anything else worth keeping</translation>
    </message>
    <message>
        <source>Open next steps from earlier meetings</source>
        <translation>Open next steps from earlier meetings</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Discussion questions</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Choices and priorities</source>
        <translation>Choices and priorities</translation>
    </message>
    <message>
        <source>Soft results</source>
        <translation>Soft results</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation>Meeting %1</translation>
    </message>
    <message>
        <source>Tick those present; the others are recorded as absent.</source>
        <translation>Tick those present; the others are recorded as absent.</translation>
    </message>
    <message>
        <source>The group has no members yet: add them under Group.</source>
        <translation>The group has no members yet: add them under Group.</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Guests</translation>
    </message>
    <message>
        <source>Choose the meeting&apos;s module above to see its questions.</source>
        <translation>Choose the meeting&apos;s module above to see its questions.</translation>
    </message>
    <message>
        <source>This is how it looks today</source>
        <translation>This is how it looks today</translation>
    </message>
    <message>
        <source>This is how we would like it to be</source>
        <translation>This is how we would like it to be</translation>
    </message>
    <message>
        <source>This will be my next step</source>
        <translation>This will be my next step</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Export the minutes…</source>
        <translation>Export the minutes…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Preparation…</source>
        <translation>Preparation…</translation>
    </message>
    <message>
        <source>Run the meeting…</source>
        <translation>Run the meeting…</translation>
    </message>
    <message>
        <source>Full screen for the room: the agenda item by item, with the film, a countdown and the notes. With a second screen you keep a facilitator view. (F5)</source>
        <translation>Full screen for the room: the agenda item by item, with the film, a countdown and the notes. With a second screen you keep a facilitator view. (F5)</translation>
    </message>
    <message>
        <source>Guests, separated by commas: Name (role), Name (role)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure was looked at in this meeting. Choose measures for it in the preparation; the room shows them under “Our measures”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we said about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we said about the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the free notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notes of question %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what the meeting said about %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::MeetingsPage</name>
    <message>
        <source>New meeting</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Group and members…</source>
        <translation>Group and members…</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Search minutes, decisions and next steps</source>
        <translation>Search minutes, decisions and next steps</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation>Module %1</translation>
    </message>
    <message>
        <source>Meetings of %1</source>
        <translation>Meetings of %1</translation>
    </message>
    <message>
        <source>No meetings yet. Start with New meeting.</source>
        <translation>No meetings yet. Start with New meeting.</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nothing found for &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Discussion question</source>
        <translation>Discussion question</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Choice or priority</source>
        <translation>Choice or priority</translation>
    </message>
    <message>
        <source>Soft result</source>
        <translation>Soft result</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation>Free notes</translation>
    </message>
    <message>
        <source>Course report…</source>
        <translation>Course report…</translation>
    </message>
    <message>
        <source>Series plan…</source>
        <translation>Series plan…</translation>
    </message>
    <message>
        <source>All next steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the group&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::MessageBar</name>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>Leda::ModulePage</name>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Back to the course</source>
        <translation>Back to the course</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Chapters</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation>Discussion questions</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Worksheet</translation>
    </message>
    <message>
        <source>Literature</source>
        <translation>Literature</translation>
    </message>
    <message>
        <source>For the process leader</source>
        <translation>For the process leader</translation>
    </message>
    <message>
        <source>Module %1 · %2</source>
        <translation>Module %1 · %2</translation>
    </message>
    <message>
        <source>Use the three columns for each topic: how it looks today, how you would like it to be, and your next step.</source>
        <translation>Use the three columns for each topic: how it looks today, how you would like it to be, and your next step.</translation>
    </message>
    <message>
        <source>This is how it looks today</source>
        <translation>This is how it looks today</translation>
    </message>
    <message>
        <source>This is how we would like it to be</source>
        <translation>This is how we would like it to be</translation>
    </message>
    <message>
        <source>This will be my next step</source>
        <translation>This will be my next step</translation>
    </message>
    <message>
        <source>This module lists no literature.</source>
        <translation>This module lists no literature.</translation>
    </message>
    <message>
        <source>Notes for the process leader on leading this module&apos;s discussion.</source>
        <translation>Notes for the process leader on leading this module&apos;s discussion.</translation>
    </message>
</context>
<context>
    <name>Leda::NextStepsEditor</name>
    <message>
        <source>Add next step</source>
        <translation>Add next step</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>What will be done</source>
        <translation>What will be done</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>No date</translation>
    </message>
</context>
<context>
    <name>Leda::PreparationPage</name>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Preparation for the process leader</source>
        <translation>Preparation for the process leader</translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Fill in from the module</source>
        <translation>Fill in from the module</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private notes</translation>
    </message>
    <message>
        <source>Only for you: how to open the discussion, what to watch for</source>
        <translation>Only for you: how to open the discussion, what to watch for</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Save as text file…</source>
        <translation>Save as text file…</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Save the invitation</translation>
    </message>
    <message>
        <source>Open in the mail program</source>
        <translation>Open in the mail program</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>In all %1 minutes. Set the meeting&apos;s start time to see when it ends.</source>
        <translation>In all %1 minutes. Set the meeting&apos;s start time to see when it ends.</translation>
    </message>
    <message>
        <source>In all %1 minutes: from %2 to %3 (planned end %4).</source>
        <translation>In all %1 minutes: from %2 to %3 (planned end %4).</translation>
    </message>
    <message>
        <source>Before the meeting</source>
        <translation>Before the meeting</translation>
    </message>
    <message>
        <source>During the meeting</source>
        <translation>During the meeting</translation>
    </message>
    <message>
        <source>After the meeting</source>
        <translation>After the meeting</translation>
    </message>
    <message>
        <source>Never shown in the room view; in an export only when you choose the notes for the process leader.</source>
        <translation>Never shown in the room view; in an export only when you choose the notes for the process leader.</translation>
    </message>
    <message>
        <source>Remove from the checklist</source>
        <translation>Remove from the checklist</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Add an item</translation>
    </message>
    <message>
        <source>Run the meeting…</source>
        <translation>Run the meeting…</translation>
    </message>
    <message>
        <source>The module&apos;s recommended questions have the time. An item with 0 minutes is left out on the big screen: give a question minutes to take it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save for the calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calendar file that Outlook, Thunderbird and GNOME Calendar import: send it with the invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the meeting for the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the measures the group looks at under “Our measures”, one chart per step on the big screen. With none ticked, every active measure with values is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group has no measures yet (Meetings › Measures…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;other questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::Presentation</name>
    <message>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scroll the item; in the follow-up, choose an earlier next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the follow-up: the chosen step is done, in progress, carried forward or dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause or start the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause the film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a text field; outside one, end the presentation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::PresentationSession</name>
    <message>
        <source>What was typed could not be saved yet: %1. Leda keeps it and tries again.</source>
        <translation>What was typed could not be saved yet: %1. Leda keeps it and tries again.</translation>
    </message>
    <message>
        <source>What we decided today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module %1: %2</source>
        <translation type="unfinished">Module %1: %2</translation>
    </message>
</context>
<context>
    <name>Leda::RecordListEditor</name>
    <message>
        <source>Add decision</source>
        <translation>Add decision</translation>
    </message>
    <message>
        <source>Add choice or priority</source>
        <translation>Add choice or priority</translation>
    </message>
    <message>
        <source>Add soft result</source>
        <translation>Add soft result</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Choice or priority</source>
        <translation>Choice or priority</translation>
    </message>
    <message>
        <source>Soft result</source>
        <translation>Soft result</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Why we chose this</source>
        <translation>Why we chose this</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>Leda::RoomView</name>
    <message>
        <source>Leda – the meeting</source>
        <translation>Leda – the meeting</translation>
    </message>
</context>
<context>
    <name>Leda::SaveStateLabel</name>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation>All changes saved %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>Not saved: %1 – Leda tries again</source>
        <translation>Not saved: %1 – Leda tries again</translation>
    </message>
</context>
<context>
    <name>Leda::SeriesPlanPage</name>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>Lay out the dates again</source>
        <translation>Lay out the dates again</translation>
    </message>
    <message>
        <source>Gives every module that is not skipped a date, from the first meeting on.</source>
        <translation>Gives every module that is not skipped a date, from the first meeting on.</translation>
    </message>
    <message>
        <source>First meeting</source>
        <translation>First meeting</translation>
    </message>
    <message>
        <source>Time between meetings</source>
        <translation>Time between meetings</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The course is meant to be used freely: take the modules in the order that suits the group, skip one, or give a module two meetings. New meetings follow the plan.</source>
        <translation>The course is meant to be used freely: take the modules in the order that suits the group, skip one, or give a module two meetings. New meetings follow the plan.</translation>
    </message>
    <message>
        <source>Series plan: %1</source>
        <translation>Series plan: %1</translation>
    </message>
    <message>
        <source>%1 (not in this course)</source>
        <translation>%1 (not in this course)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Held %1</source>
        <translation>Held %1</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Earlier</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Take along</source>
        <translation>Take along</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Take the module along again</source>
        <translation>Take the module along again</translation>
    </message>
    <message>
        <source>Skip the module</source>
        <translation>Skip the module</translation>
    </message>
    <message>
        <source>Two meetings</source>
        <translation>Two meetings</translation>
    </message>
    <message>
        <source>Give the module one more meeting</source>
        <translation>Give the module one more meeting</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this extra meeting</source>
        <translation>Remove this extra meeting</translation>
    </message>
    <message>
        <source>Meeting created for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the summer weeks (27–32)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not at Christmas and New Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the series for the calendar (.ics)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the series for the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks between meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the first meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::StepPanel</name>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>The film is shown in the room: %1 (%2).</source>
        <translation>The film is shown in the room: %1 (%2).</translation>
    </message>
    <message>
        <source>The meeting has no module, so there is no film.</source>
        <translation>The meeting has no module, so there is no film.</translation>
    </message>
    <message>
        <source>Play or pause the film (Enter)</source>
        <translation>Play or pause the film (Enter)</translation>
    </message>
    <message>
        <source>This is how it looks today</source>
        <translation>This is how it looks today</translation>
    </message>
    <message>
        <source>This is how we would like it to be</source>
        <translation>This is how we would like it to be</translation>
    </message>
    <message>
        <source>This will be my next step</source>
        <translation>This will be my next step</translation>
    </message>
    <message>
        <source>Write a decision and press Enter</source>
        <translation>Write a decision and press Enter</translation>
    </message>
    <message>
        <source>Write a next step and press Enter</source>
        <translation>Write a next step and press Enter</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <source>The group has no members yet: add them under Group.</source>
        <translation>The group has no members yet: add them under Group.</translation>
    </message>
    <message>
        <source>%1: my next step</source>
        <translation>%1: my next step</translation>
    </message>
    <message>
        <source>My next step</source>
        <translation>My next step</translation>
    </message>
    <message>
        <source>New next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">Next step</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished">Remove</translation>
    </message>
    <message>
        <source>Remove the next step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module %1</source>
        <translation type="unfinished">Module %1</translation>
    </message>
    <message>
        <source>The time is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reason: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choices and priorities</source>
        <translation type="unfinished">Choices and priorities</translation>
    </message>
    <message>
        <source>Soft results</source>
        <translation type="unfinished">Soft results</translation>
    </message>
    <message>
        <source>Not planned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation type="unfinished">Next meeting</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished">Decision</translation>
    </message>
    <message>
        <source>Choice or priority</source>
        <translation type="unfinished">Choice or priority</translation>
    </message>
    <message>
        <source>Write a choice or priority and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft result</source>
        <translation type="unfinished">Soft result</translation>
    </message>
    <message>
        <source>Write a soft result and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Choice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Soft result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we say about the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we say about the measure: what we see, and what we do about it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::StepWriter</name>
    <message>
        <source>No date</source>
        <translation type="unfinished">No date</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished">Next step</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished">Responsible</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished">Done by</translation>
    </message>
    <message>
        <source>the next step “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>Transcript</translation>
    </message>
</context>
<context>
    <name>Leda::ValuesTable</name>
    <message>
        <source>Values per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;earlier periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (change, PDSA, event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: “%3” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leda::WelcomePage</name>
    <message>
        <source>Welcome to Leda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leda helps a leadership group learn to lead improvement work together: one module of the course per meeting, with a film, questions to discuss and the group&apos;s own minutes, decisions and next steps. At every meeting the group comes back to what it decided last time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1. Create the leadership group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the group and add its members, with title and e-mail address for the invitations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2. Plan the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates for the course&apos;s meetings, one module at each, and a calendar file for everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3. Prepare the first meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agenda, the questions to take and the invitation. In the meeting, Leda runs it on the big screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the &amp;course first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the &amp;guide (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course is read from %1. What the group writes is saved as you type, in %2; Leda backs it up by itself (File › Restore from backup).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record is read-only: open or create a record you may write to (File menu) to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The course is read from %1. What the group writes is saved as you type, on the region&apos;s server %2, which IT backs up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a group from another computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group package (.leda) that Leda on another computer exported with File › Export group…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownWriter</name>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(excluded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureSeries</name>
    <message>
        <source>It is an improvement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a change for the worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Unusually long run: %n points in a row above the median — a sign of real change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unusually long run: %n points in a row below the median — a sign of real change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unusually long run: %n points in a row above the mean — a sign of real change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unusually long run: %n points in a row below the mean — a sign of real change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too few crossings: the line crosses the centre %n time(s) where at least %1 are expected — a sign of real change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) outside the control limits — a special cause to look into.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All points lie on the centre line: the rules cannot be tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign of real change: the variation is what the process gives by itself (common cause).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n point(s) so far: the rules need about 10 before they can tell a change.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No values to judge from yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balancing measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I chart (XmR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every phase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phase %1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart cannot be drawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureStore</name>
    <message>
        <source>The measure has values and is kept; archive it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasuresCommand</name>
    <message>
        <source>Analyse a measure&apos;s values as a run chart or a control chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse the values in a CSV file and print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values: a column value, or numerator and denominator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished">file</translation>
    </message>
    <message>
        <source>run (the default), i, p, u or c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre line and limits from the first K points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new phase begins after point K (several: K,K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out points K (several: K,K).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I chart: leave out moving ranges above 3.267 × their mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a rate per N units (for example 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the messages: sv or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished">language</translation>
    </message>
    <message>
        <source>leda measures: the command is &quot;leda measures analyse --csv FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leda measures analyse: --csv is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leda measures analyse: unknown chart &quot;%1&quot;; use run, i, p, u or c.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leda measures analyse: --freeze, --split and --exclude take point numbers from 1, such as 12 or 12,24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leda measures analyse: --per takes a positive number, such as 1000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leda measures analyse: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leda measures analyse: there is no point %1 to exclude; the file has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leda measures analyse: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Move a whole record between a file and a region&apos;s server: leda migrate --from RECORD --to RECORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record to copy: a file, or postgresql://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to: a new file, or an empty database on a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the record to copy and where to: --from RECORD --to RECORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy in %1 differs from %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2; every table compared row by row: the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the messages: sv or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished">language</translation>
    </message>
</context>
<context>
    <name>PresentationText</name>
    <message>
        <source>Item %1 of %2</source>
        <translation>Item %1 of %2</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <source>Time is up +%1</source>
        <translation>Time is up +%1</translation>
    </message>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (paused)</translation>
    </message>
    <message>
        <source>Space or → next · ← back · P pause the time · F full screen · Esc leave</source>
        <translation>Space or → next · ← back · P pause the time · F full screen · Esc leave</translation>
    </message>
    <message>
        <source>Enter plays or pauses the film · %1</source>
        <translation>Enter plays or pauses the film · %1</translation>
    </message>
    <message>
        <source>↑↓ choose a step · 1 done · 2 in progress · 3 carry forward · 4 drop · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessMeasures</name>
    <message>
        <source>Planned meetings held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the meetings in the series plan for the month (skipped ones left out), the share held on their module so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules covered</source>
        <translation type="unfinished">Modules covered</translation>
    </message>
    <message>
        <source>Modules of the course the group worked through at its meetings in the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished">Attendance</translation>
    </message>
    <message>
        <source>Of the members on the attendance lists of the month&apos;s meetings, the share present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps done by their date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the next steps due in the month (by the date first set; dropped ones left out), the share marked done at or before the first meeting on or after that date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps still open at the end of the month (or today) whose date had passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressStore</name>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Could not save to %1: %2</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Leda cannot start</source>
        <translation>Leda cannot start</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Open</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordCopy</name>
    <message>
        <source>%1 already holds leadership groups. Move the record into a new, empty file or database, so that nothing there is mixed up or overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not start the copy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table %1 is not the same in %2 and %3: open both with this Leda first, so that both are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leda could not read %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leda could not write %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not finish the copy: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordExport</name>
    <message>
        <source>Module %1: %2</source>
        <translation>Module %1: %2</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>Private notes for this meeting: %1</source>
        <translation>Private notes for this meeting: %1</translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordNames</name>
    <message>
        <source>Clinical staff</source>
        <translation>Clinical staff</translation>
    </message>
    <message>
        <source>First-line manager</source>
        <translation>First-line manager</translation>
    </message>
    <message>
        <source>Process role</source>
        <translation>Process role</translation>
    </message>
    <message>
        <source>Senior management</source>
        <translation>Senior management</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Marked done</translation>
    </message>
    <message>
        <source>Carried forward</source>
        <translation>Carried forward</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Not followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, responsible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordOutline</name>
    <message>
        <source>§ %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished">Contents</translation>
    </message>
    <message>
        <source>Not planned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished">Group</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished">Date and time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished">Place</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished">Modules</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished">none</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished">Attendance</translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished">Present</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished">none recorded</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished">Absent</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished">Guests</translation>
    </message>
    <message>
        <source>Follow-up of earlier next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished">What</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished">Responsible</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished">Done by</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion questions</source>
        <translation type="unfinished">Discussion questions</translation>
    </message>
    <message>
        <source>This is how it looks today</source>
        <translation type="unfinished">This is how it looks today</translation>
    </message>
    <message>
        <source>This is how we would like it to be</source>
        <translation type="unfinished">This is how we would like it to be</translation>
    </message>
    <message>
        <source>This will be my next step</source>
        <translation type="unfinished">This will be my next step</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished">Notes</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished">Reason</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished">Decisions</translation>
    </message>
    <message>
        <source>Choices and priorities</source>
        <translation type="unfinished">Choices and priorities</translation>
    </message>
    <message>
        <source>Soft results</source>
        <translation type="unfinished">Soft results</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation type="unfinished">Next steps</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Free notes</source>
        <translation type="unfinished">Free notes</translation>
    </message>
    <message>
        <source>Next meeting</source>
        <translation type="unfinished">Next meeting</translation>
    </message>
    <message>
        <source>Notes for the process leader</source>
        <translation type="unfinished">Notes for the process leader</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted by (name): ______________________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: ______________________________  Date: ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes %1, %2</source>
        <translation type="unfinished">Minutes %1, %2</translation>
    </message>
    <message>
        <source>Minutes of the leadership group&apos;s meeting</source>
        <translation type="unfinished">Minutes of the leadership group&apos;s meeting</translation>
    </message>
    <message>
        <source>Course report, %1</source>
        <translation type="unfinished">Course report, %1</translation>
    </message>
    <message>
        <source>%1 · course report</source>
        <translation type="unfinished">%1 · course report</translation>
    </message>
    <message>
        <source>Course report</source>
        <translation type="unfinished">Course report</translation>
    </message>
    <message>
        <source>Leading improvement work – a course for leadership groups</source>
        <translation type="unfinished">Leading improvement work – a course for leadership groups</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s), %1 – %2</source>
        <translation type="unfinished">
            <numerusform>%n meeting, %1 – %2</numerusform>
            <numerusform>%n meetings, %1 – %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Leda on %1</source>
        <translation type="unfinished">Made with Leda on %1</translation>
    </message>
    <message>
        <source>Series plan and modules covered</source>
        <translation type="unfinished">Series plan and modules covered</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Modules covered</source>
        <translation type="unfinished">Modules covered</translation>
    </message>
    <message>
        <source>Modules not yet covered</source>
        <translation type="unfinished">Modules not yet covered</translation>
    </message>
    <message>
        <source>Modules skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting %1</source>
        <translation type="unfinished">Meeting %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished">Summary</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation type="unfinished">Meetings held</translation>
    </message>
    <message>
        <source>Meetings planned, not yet held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished">%1 of %2</translation>
    </message>
    <message>
        <source>Attendance per member</source>
        <translation type="unfinished">Attendance per member</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished">Member</translation>
    </message>
    <message>
        <source>Meetings attended</source>
        <translation type="unfinished">Meetings attended</translation>
    </message>
    <message>
        <source>Next steps set</source>
        <translation type="unfinished">Next steps set</translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished">Done</translation>
    </message>
    <message>
        <source>%1, of which %2 on time</source>
        <translation type="unfinished">%1, of which %2 on time</translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished">Open</translation>
    </message>
    <message>
        <source>%1, of which %2 overdue</source>
        <translation type="unfinished">%1, of which %2 overdue</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished">Dropped</translation>
    </message>
    <message>
        <source>Each next step and what became of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Our measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures over the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The improvement work itself: process measures from the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed by Leda from the meetings, the attendance and the next steps, month by month.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTables</name>
    <message>
        <source>The group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A meeting&apos;s module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished">Attendance</translation>
    </message>
    <message>
        <source>A guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision, choice or soft result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A next step&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up of a next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own notes for a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a meeting said about a measure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spc</name>
    <message>
        <source>A new phase can begin after point 1 to %1, in increasing order; %2 does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The baseline can be frozen at point 1 to %1 (the end of the first phase); %2 does not fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a P or U chart needs a denominator for every value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a C chart takes counts without a denominator; use a U chart for rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a count cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the denominator cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the numerator (%1) is larger than the denominator (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlStatement</name>
    <message>
        <source>%1 is open read-only, so changes cannot be saved.</source>
        <translation>%1 is open read-only, so changes cannot be saved.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2</source>
        <translation>Could not save to %1: %2</translation>
    </message>
    <message>
        <source>Could not read the next steps from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step is no longer in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepFields</name>
    <message>
        <source>Responsible</source>
        <translation type="unfinished">Responsible</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished">Done by</translation>
    </message>
    <message>
        <source>Responsible: a member or a guest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebVtt</name>
    <message>
        <source>line 1: a WebVTT file must start with WEBVTT</source>
        <translation>line 1: a WebVTT file must start with WEBVTT</translation>
    </message>
    <message>
        <source>line %1: expected a cue timing such as 00:00:01.000 --&gt; 00:00:04.000</source>
        <translation>line %1: expected a cue timing such as 00:00:01.000 --&gt; 00:00:04.000</translation>
    </message>
    <message>
        <source>line %1: malformed cue timing &quot;%2&quot;</source>
        <translation>line %1: malformed cue timing &quot;%2&quot;</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text; save the captions as UTF-8</source>
        <translation>%1 is not UTF-8 text; save the captions as UTF-8</translation>
    </message>
</context>
<context>
    <name>ZipArchive</name>
    <message>
        <source>It is not a zip file, or its end is missing (cut short when it was copied?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its table of contents is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in it is encrypted or packed in a way Leda does not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in it is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in it is damaged: its checksum does not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
