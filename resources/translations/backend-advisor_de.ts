<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>GuiArguments</name>
    <message>
        <location filename="../../ui/gui_startup.cpp" line="36"/>
        <source>--kb needs a file name</source>
        <translation>--kb braucht einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../../ui/gui_startup.cpp" line="40"/>
        <source>--db needs a file name</source>
        <translation>--db braucht einen Dateinamen</translation>
    </message>
    <message>
        <location filename="../../ui/gui_startup.cpp" line="44"/>
        <source>%1: unknown option (see --help)</source>
        <translation>%1: unbekannte Option (siehe --help)</translation>
    </message>
</context>
<context>
    <name>GuiStartup</name>
    <message>
        <location filename="../../ui/gui_startup.cpp" line="64"/>
        <source>Could not use the knowledge base %1; using the built-in one instead.</source>
        <translation>Die Wissensbasis %1 ließ sich nicht verwenden; stattdessen wird die eingebaute genutzt.</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <location filename="../../ui/history/history_format.cpp" line="14"/>
        <source>Clear</source>
        <translation>Klar</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_format.cpp" line="16"/>
        <source>Lean</source>
        <translation>Tendenz</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_format.cpp" line="18"/>
        <source>Close call</source>
        <translation>Knappe Entscheidung</translation>
    </message>
</context>
<context>
    <name>HtmlReport</name>
    <message>
        <location filename="../../ui/report/html_report.cpp" line="26"/>
        <source>Knowledge base %1 (%2)</source>
        <translation>Wissensbasis %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/report/html_report.cpp" line="29"/>
        <source>Monte Carlo seed %1, %2 samples</source>
        <translation>Monte-Carlo-Startwert %1, %2 Stichproben</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="28"/>
        <source>Answers (*.json);;All files (*)</source>
        <translation>Antworten (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <location filename="../../ui/report/report_document.cpp" line="199"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <location filename="../../ui/report/print_report.cpp" line="46"/>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <location filename="../../ui/report/print_report.cpp" line="58"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/report/print_report.cpp" line="59"/>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <location filename="../../ui/report/print_report.cpp" line="60"/>
        <source>Markdown decision record (*.md)</source>
        <translation>Markdown-Entscheidungsprotokoll (*.md)</translation>
    </message>
    <message>
        <location filename="../../ui/report/print_report.cpp" line="61"/>
        <source>JSON report, re-importable (*.json)</source>
        <translation>JSON-Bericht, wieder importierbar (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/report/print_report.cpp" line="68"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/report/print_report.cpp" line="82"/>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/report/print_report.cpp" line="83"/>
        <source>The report could not be written.</source>
        <translation>Der Bericht konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>advisor::Sentences</name>
    <message>
        <location filename="../../core/model/explanations.cpp" line="232"/>
        <location filename="../../core/model/explanations.cpp" line="260"/>
        <location filename="../../core/model/situation_explanations.cpp" line="192"/>
        <location filename="../../core/model/situation_explanations.cpp" line="207"/>
        <location filename="../../core/group/group_explanations.cpp" line="24"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="236"/>
        <location filename="../../core/model/explanations.cpp" line="264"/>
        <location filename="../../core/model/situation_explanations.cpp" line="29"/>
        <location filename="../../core/group/group_explanations.cpp" line="17"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="245"/>
        <location filename="../../core/model/explanations.cpp" line="274"/>
        <location filename="../../core/model/situation_explanations.cpp" line="31"/>
        <location filename="../../core/group/group_explanations.cpp" line="19"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="242"/>
        <source>It counts more here because of your answer %1.</source>
        <translation>Das zählt hier mehr wegen Ihrer Antwort %1.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="250"/>
        <source>It counts more here because of your answers %1.</source>
        <translation>Das zählt hier mehr wegen Ihrer Antworten %1.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="37"/>
        <source>Clear</source>
        <translation>Eindeutig</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="39"/>
        <source>Lean</source>
        <translation>Tendenz</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="43"/>
        <source>Close call</source>
        <translation>Knappe Entscheidung</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="66"/>
        <source>%1 is the clear choice, ahead of %2 by %3 points on a 0–10 scale.</source>
        <translation>%1 ist die eindeutige Wahl, vor %2 um %3 Punkte auf einer Skala von 0 bis 10.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="71"/>
        <source>Lean towards %1: ahead of %2 by %3 points on a 0–10 scale.</source>
        <translation>Tendenz zu %1: vor %2 um %3 Punkte auf einer Skala von 0 bis 10.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="78"/>
        <source>Close call: %1 is ahead of %2 by only %3 points on a 0–10 scale.</source>
        <translation>Knappe Entscheidung: %1 liegt nur %3 Punkte vor %2 auf einer Skala von 0 bis 10.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="122"/>
        <source>No weight on %1 would change the winner: %2 stays ahead from 0 to 1 (now %3).</source>
        <translation>Kein Gewicht für %1 würde den Sieger ändern: %2 bleibt von 0 bis 1 vorn (jetzt %3).</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="129"/>
        <source>%1 would win if %2 weighed under %3 (now %4).</source>
        <translation>%1 würde gewinnen, wenn %2 unter %3 gewichtet wäre (jetzt %4).</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="132"/>
        <source>%1 would win if %2 weighed over %3 (now %4).</source>
        <translation>%1 würde gewinnen, wenn %2 über %3 gewichtet wäre (jetzt %4).</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="142"/>
        <source>Dropping “%1” from “%2” would make %3 the winner.</source>
        <translation>Ohne „%1“ bei „%2“ würde %3 gewinnen.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="147"/>
        <source>Adding “%1” to “%2” would make %3 the winner.</source>
        <translation>Mit „%1“ bei „%2“ würde %3 gewinnen.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="151"/>
        <source>Answering “%1” with “%2” would make %3 the winner.</source>
        <translation>Die Antwort „%2“ auf „%1“ würde %3 zum Sieger machen.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="179"/>
        <source>%1 wins %2 of %3 weightings drawn around the current weights.</source>
        <translation>%1 gewinnt %2 von %3 Gewichtungen, die rund um die aktuellen Gewichte gezogen wurden.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="296"/>
        <source>The pairwise judgements are inconsistent (consistency ratio %1, above %2). The least consistent is %3 vs %4 = %5; your other judgements imply about %6.</source>
        <translation>Die paarweisen Urteile sind widersprüchlich (Konsistenzverhältnis %1, über %2). Am wenigsten passt %3 gegenüber %4 = %5; Ihre übrigen Urteile legen etwa %6 nahe.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="54"/>
        <source>No stack is ahead: %1 and %2 score the same, %3 points on a 0–10 scale. The answers decide it.</source>
        <translation>Kein Stack liegt vorn: %1 und %2 erreichen gleich viel, %3 Punkte auf einer Skala von 0–10. Die Antworten entscheiden.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="90"/>
        <source>It is a tie now: %1 would win if %2 weighed more than %3, %4 if it weighed less.</source>
        <translation>Jetzt steht es unentschieden: %1 würde gewinnen, wenn %2 mehr als %3 wöge, %4, wenn weniger.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="96"/>
        <source>It is a tie now: %1 would win if %2 weighed more than %3.</source>
        <translation>Jetzt steht es unentschieden: %1 würde gewinnen, wenn %2 mehr als %3 wöge.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="100"/>
        <source>It is a tie now: %1 would win if %2 weighed less than %3.</source>
        <translation>Jetzt steht es unentschieden: %1 würde gewinnen, wenn %2 weniger als %3 wöge.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="103"/>
        <source>No weight on %1 would break the tie (now %2).</source>
        <translation>Kein Gewicht für %1 würde das Unentschieden auflösen (jetzt %2).</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="165"/>
        <source>All %1 weightings drawn around the current weights leave them tied.</source>
        <translation>Alle %1 um die aktuellen Gewichte gezogenen Gewichtungen lassen beide gleichauf.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="170"/>
        <source>Around the current weights, %1 wins %2 and %3 wins %4 of %5 weightings.</source>
        <translation>Um die aktuellen Gewichte gewinnt %1 %2 und %3 %4 von %5 Gewichtungen.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="214"/>
        <source>outside the article</source>
        <translation>außerhalb des Artikels</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="219"/>
        <source>The article says nothing about “%1” for “%2”, so that answer leaves the result as it is.</source>
        <translation>Der Artikel sagt nichts über „%1“ bei „%2“; diese Antwort lässt das Ergebnis, wie es ist.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="186"/>
        <source>Measured on this machine on %1: %2</source>
        <translation>Am %1 auf diesem Rechner gemessen: %2</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="192"/>
        <source>The measurement stands beside the article&apos;s claim, which still decides the score.</source>
        <translation>Die Messung steht neben der Aussage des Artikels, die weiter die Punkte bestimmt.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="196"/>
        <source>The measurement replaces the article&apos;s claim here: the claim keeps %1 of its weight.</source>
        <translation>Die Messung ersetzt hier die Aussage des Artikels: Die Aussage behält %1 ihres Gewichts.</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="36"/>
        <source>%1 of %2 sees a tie</source>
        <translation>%1 von %2 sieht Gleichstand</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="38"/>
        <source>%1 of %2 see a tie</source>
        <translation>%1 von %2 sehen Gleichstand</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="40"/>
        <source>%1 of %2 favours %3</source>
        <translation>%1 von %2 bevorzugt %3</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="42"/>
        <source>%1 of %2 favour %3</source>
        <translation>%1 von %2 bevorzugen %3</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="46"/>
        <source>%1 sees a tie</source>
        <translation>%1 sieht Gleichstand</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="47"/>
        <source>%1 see a tie</source>
        <translation>%1 sehen Gleichstand</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="48"/>
        <source>%1 favours %2</source>
        <translation>%1 bevorzugt %2</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="50"/>
        <source>%1 favour %2</source>
        <translation>%1 bevorzugen %2</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="59"/>
        <source>very low</source>
        <translation>sehr gering</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="61"/>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="63"/>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="65"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="69"/>
        <source>very high</source>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="93"/>
        <source>The group is split: %1.</source>
        <translation>Die Gruppe ist gespalten: %1.</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="96"/>
        <source>%1. Together, their answers favour %2 all the same: those who favour it do so more strongly.</source>
        <translation>%1. Zusammen sprechen ihre Antworten dennoch für %2: Wer es bevorzugt, tut das entschiedener.</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="100"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="105"/>
        <source>Agreement on the weights: %1 (%2).</source>
        <translation>Einigkeit über die Gewichte: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="116"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="121"/>
        <source>not answered (default: %1)</source>
        <translation>nicht beantwortet (Standard: %1)</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="131"/>
        <source>If everyone left it unanswered, nothing would separate the stacks.</source>
        <translation>Ließen alle die Frage unbeantwortet, läge nichts zwischen den Stacks.</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="135"/>
        <source>If everyone left it unanswered, %1 would win.</source>
        <translation>Ließen alle die Frage unbeantwortet, würde %1 gewinnen.</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="141"/>
        <source>If everyone answered %1, nothing would separate the stacks.</source>
        <translation>Antworteten alle %1, läge nichts zwischen den Stacks.</translation>
    </message>
    <message>
        <location filename="../../core/group/group_explanations.cpp" line="145"/>
        <source>If everyone answered %1, %2 would win.</source>
        <translation>Antworteten alle %1, würde %2 gewinnen.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="239"/>
        <source>It counts more here because of the group&apos;s answer %1.</source>
        <translation>Das zählt hier mehr wegen der Antwort der Gruppe %1.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="247"/>
        <source>It counts more here because of the group&apos;s answers %1.</source>
        <translation>Das zählt hier mehr wegen der Antworten der Gruppe %1.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="17"/>
        <source>Backend stack decision</source>
        <translation>Entscheidung über den Backend-Stack</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="20"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="23"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="26"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="29"/>
        <source>What pulls each way</source>
        <translation>Was in welche Richtung zieht</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="32"/>
        <source>Why %1</source>
        <translation>Warum %1</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="35"/>
        <source>Top reasons</source>
        <translation>Wichtigste Gründe</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="38"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="41"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="44"/>
        <source>Measured on this machine</source>
        <translation>Auf diesem Rechner gemessen</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="47"/>
        <source>Scores and weights</source>
        <translation>Punktzahlen und Gewichte</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="50"/>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="53"/>
        <source>Consequences</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="56"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="73"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="76"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="79"/>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="82"/>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="85"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="88"/>
        <source>Verdict</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="91"/>
        <source>Margin</source>
        <translation>Vorsprung</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="94"/>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="97"/>
        <source>Hybrid option</source>
        <translation>Hybridoption</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="100"/>
        <source>Respondents</source>
        <translation>Befragte</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="103"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="106"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="110"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="113"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="116"/>
        <source>Knowledge base</source>
        <translation>Wissensbasis</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="119"/>
        <source>Generated by</source>
        <translation>Erstellt mit</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="123"/>
        <source>%1, Monte Carlo seed %2, %3 samples</source>
        <translation>%1, Monte-Carlo-Seed %2, %3 Stichproben</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="127"/>
        <source>%1 · Status: %2 · Knowledge base %3</source>
        <translation>%1 · Status: %2 · Wissensbasis %3</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="132"/>
        <source>Who answered, and where they differ</source>
        <translation>Wer geantwortet hat und wo die Antworten auseinandergehen</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="135"/>
        <source>Respondent</source>
        <translation>Befragte Person</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="138"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="141"/>
        <source>Voting weight</source>
        <translation>Stimmgewicht</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="144"/>
        <source>Own result</source>
        <translation>Eigenes Ergebnis</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="147"/>
        <source>(not voting)</source>
        <translation>(stimmt nicht ab)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="150"/>
        <source>a tie</source>
        <translation>Gleichstand</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="154"/>
        <source>Everyone answered every question alike.</source>
        <translation>Alle haben jede Frage gleich beantwortet.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="157"/>
        <source>Where they differ, the answers that can change the group&apos;s result first:</source>
        <translation>Wo die Antworten auseinandergehen, zuerst die, die das Ergebnis der Gruppe ändern können:</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="162"/>
        <source>(decisive)</source>
        <translation>(entscheidend)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="165"/>
        <source>Everyone answered alike: %1</source>
        <translation>Alle haben gleich geantwortet: %1</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="171"/>
        <source>The team described its project as follows.</source>
        <translation>Das Team hat sein Projekt so beschrieben.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="174"/>
        <source>(not answered; neutral default)</source>
        <translation>(nicht beantwortet; neutraler Standardwert)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="177"/>
        <source>Answers differ: see “Who answered, and where they differ”</source>
        <translation>Die Antworten gehen auseinander: siehe „Wer geantwortet hat und wo die Antworten auseinandergehen“</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="182"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="186"/>
        <source>Every question was answered.</source>
        <translation>Alle Fragen wurden beantwortet.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="188"/>
        <source>1 question was left unanswered and took a neutral default, so the result says less about it.</source>
        <translation>1 Frage blieb unbeantwortet und erhielt einen neutralen Standardwert; das Ergebnis sagt über sie daher weniger aus.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="191"/>
        <source>%1 questions were left unanswered and took a neutral default, so the result says less about them.</source>
        <translation>%1 Fragen blieben unbeantwortet und erhielten einen neutralen Standardwert; das Ergebnis sagt über sie daher weniger aus.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="198"/>
        <source>none yet, a tie</source>
        <translation>noch keine, Gleichstand</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="201"/>
        <source>Use %1.</source>
        <translation>%1 verwenden.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="206"/>
        <source>%1 points on a 0–10 scale</source>
        <translation>%1 Punkte auf einer Skala von 0 bis 10</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="209"/>
        <source>%1 points on a 0–10 scale over %2</source>
        <translation>%1 Punkte vor %2 auf einer Skala von 0 bis 10</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="215"/>
        <source>None suggested: nothing points either way yet.</source>
        <translation>Keine vorgeschlagen: Noch zeigt nichts in eine Richtung.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="217"/>
        <source>None suggested: the use cases point the same way.</source>
        <translation>Keine vorgeschlagen: Die Anwendungsfälle weisen in dieselbe Richtung.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="222"/>
        <source>No recommendation yet.</source>
        <translation>Noch keine Empfehlung.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="227"/>
        <source>%1 (margin %2 points on a 0–10 scale)</source>
        <translation>%1 (Vorsprung %2 Punkte auf einer Skala von 0 bis 10)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="230"/>
        <source>%1 (margin %2 points on a 0–10 scale over %3)</source>
        <translation>%1 (Vorsprung %2 Punkte vor %3 auf einer Skala von 0 bis 10)</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="237"/>
        <source>No answer makes any of the evidence count yet.</source>
        <translation>Noch keine Antwort lässt einen der Belege zählen.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="242"/>
        <source>In favour of %1, strongest first:</source>
        <translation>Für %1, die stärksten zuerst:</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="247"/>
        <source>Towards %1, strongest first:</source>
        <translation>Zugunsten von %1, die stärksten zuerst:</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="250"/>
        <source>Against it:</source>
        <translation>Dagegen:</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="253"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="256"/>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="259"/>
        <source>Figures quoted: %1.</source>
        <translation>Zitierte Kennzahlen: %1.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="262"/>
        <source>measured on this machine, %1</source>
        <translation>gemessen auf diesem Rechner, %1</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="266"/>
        <source>The team ran the Evidence Lab on %1 and added the run to this decision.</source>
        <translation>Das Team hat das Evidence Lab auf %1 ausgeführt und den Lauf dieser Entscheidung hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="288"/>
        <source>The weights follow from the answers above.</source>
        <translation>Die Gewichte ergeben sich aus den obigen Antworten.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="277"/>
        <source>The team set the weights directly.</source>
        <translation>Das Team hat die Gewichte direkt festgelegt.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="279"/>
        <source>The weights come from the team&apos;s pairwise comparisons (AHP).</source>
        <translation>Die Gewichte stammen aus den paarweisen Vergleichen des Teams (AHP).</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="283"/>
        <source>The weights combine the respondents&apos; own weights (their voting-weighted geometric mean).</source>
        <translation>Die Gewichte fassen die eigenen Gewichte der Befragten zusammen (ihr nach Stimmgewicht gewichtetes geometrisches Mittel).</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="291"/>
        <source>Scores run from 0 to 10; the weighted contribution is in brackets, and the contributions add up to the total.</source>
        <translation>Die Punktzahlen reichen von 0 bis 10; der gewichtete Beitrag steht in Klammern, und die Beiträge ergeben zusammen die Gesamtpunktzahl.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="296"/>
        <source>What moved the weights most:</source>
        <translation>Was die Gewichte am stärksten verschoben hat:</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="301"/>
        <source>%1 (%2, default): %3 %4</source>
        <translation>%1 (%2, Standardwert): %3 %4</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="303"/>
        <source>%1 (%2): %3 %4</source>
        <translation>%1 (%2): %3 %4</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="307"/>
        <source>Weights:</source>
        <translation>Gewichte:</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="310"/>
        <source>Answers:</source>
        <translation>Antworten:</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="313"/>
        <source>No single changed answer would change the winner.</source>
        <translation>Keine einzelne geänderte Antwort würde den Sieger ändern.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="317"/>
        <source>%1: wins %2 of the samples</source>
        <translation>%1: gewinnt in %2 der Stichproben</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="322"/>
        <source>Monte Carlo: %1 Dirichlet weight samples around the current weights, seed %2, concentration %3.</source>
        <translation>Monte Carlo: %1 Dirichlet-Gewichtsstichproben um die aktuellen Gewichte, Seed %2, Konzentration %3.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="328"/>
        <source>Pairwise comparisons:</source>
        <translation>Paarweise Vergleiche:</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="332"/>
        <source>Consistency ratio %1 (λmax %2); up to %3 is acceptable.</source>
        <translation>Konsistenzverhältnis %1 (λmax %2); bis %3 ist akzeptabel.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="338"/>
        <source>No choice yet</source>
        <translation>Noch keine Wahl</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="339"/>
        <source>nothing in the answers separates the stacks; answer the questions the project can answer, and the ones listed under Answers in Sensitivity decide it.</source>
        <translation>Nichts in den Antworten unterscheidet die Stacks; beantworten Sie die Fragen, die das Projekt beantworten kann – die unter „Antworten“ in der Sensitivität genannten entscheiden es.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="346"/>
        <source>Gains</source>
        <translation>Vorteile</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="347"/>
        <source>%1 scores at least as well as %2 on %3.</source>
        <translation>%1 schneidet bei %3 mindestens so gut ab wie %2.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="351"/>
        <source>Accepted trade-offs</source>
        <translation>In Kauf genommene Nachteile</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="352"/>
        <source>%1 scores better on %2; the reasons against above say where.</source>
        <translation>%1 schneidet bei %2 besser ab; die Gründe dagegen oben zeigen, wo.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="358"/>
        <source>If the split matters more than expected</source>
        <translation>Falls die Aufteilung wichtiger ist als erwartet</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="362"/>
        <source>Revisit</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="365"/>
        <source>if the project changes as listed under Answers in Sensitivity; any one of those changes alone would change the recommendation.</source>
        <translation>wenn sich das Projekt so ändert, wie unter „Antworten“ in der Sensitivität aufgeführt; schon jede einzelne dieser Änderungen würde die Empfehlung ändern.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="371"/>
        <source>when the project&apos;s kind of work, load or team changes substantially; no single answer changes the recommendation today.</source>
        <translation>wenn sich Art der Arbeit, Last oder Team des Projekts wesentlich ändern; keine einzelne Antwort ändert die Empfehlung heute.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="379"/>
        <source>No evidence was cited.</source>
        <translation>Es wurden keine Belege zitiert.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="112"/>
        <source>No weight on %1 would change the winner: %2 stays ahead from 0 to just below 1 (now %3); at 1, %2 and %4 tie.</source>
        <translation>Kein Gewicht für %1 würde den Sieger ändern: %2 bleibt von 0 bis knapp unter 1 vorn (jetzt %3); bei 1 liegen %2 und %4 gleichauf.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="116"/>
        <source>No weight on %1 would change the winner: %2 stays ahead from just above 0 to 1 (now %3); at 0, %2 and %4 tie.</source>
        <translation>Kein Gewicht für %1 würde den Sieger ändern: %2 bleibt von knapp über 0 bis 1 vorn (jetzt %3); bei 0 liegen %2 und %4 gleichauf.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="267"/>
        <source>It counts for less here because of the group&apos;s answer %1.</source>
        <translation>Es zählt hier weniger wegen der Antwort der Gruppe %1.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="270"/>
        <source>It counts for less here because of your answer %1.</source>
        <translation>Es zählt hier weniger wegen Ihrer Antwort %1.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="276"/>
        <source>It counts for less here because of the group&apos;s answers %1.</source>
        <translation>Es zählt hier weniger wegen der Antworten der Gruppe %1.</translation>
    </message>
    <message>
        <location filename="../../core/model/explanations.cpp" line="279"/>
        <source>It counts for less here because of your answers %1.</source>
        <translation>Es zählt hier weniger wegen Ihrer Antworten %1.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="18"/>
        <source>close call</source>
        <translation>knappe Entscheidung</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="67"/>
        <source>your %1</source>
        <translation>Ihr %1</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="78"/>
        <source>your situation</source>
        <translation>Ihre Situation</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="82"/>
        <source>The article&apos;s criteria favour %1 (%2, %3); %4 weigh as much here: no stack is ahead.</source>
        <translation>Die Kriterien des Artikels sprechen für %1 (%2, %3); %4 wiegen hier ebenso viel: kein Stack liegt vorn.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="85"/>
        <source>The article&apos;s criteria favour %1 (%2, %3); %4 weighs as much here: no stack is ahead.</source>
        <translation>Die Kriterien des Artikels sprechen für %1 (%2, %3); %4 wiegt hier ebenso viel: kein Stack liegt vorn.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="93"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="97"/>
        <source>The article&apos;s criteria do not separate the stacks; %1 decide it: %2.</source>
        <translation>Die Kriterien des Artikels trennen die Stacks nicht; %1 entscheiden: %2.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="100"/>
        <source>The article&apos;s criteria do not separate the stacks; %1 decides it: %2.</source>
        <translation>Die Kriterien des Artikels trennen die Stacks nicht; %1 entscheidet: %2.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="104"/>
        <source>The article&apos;s criteria favour %1 (%2, %3); %4 weigh more here: %5.</source>
        <translation>Die Kriterien des Artikels sprechen für %1 (%2, %3); %4 wiegen hier schwerer: %5.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="107"/>
        <source>The article&apos;s criteria favour %1 (%2, %3); %4 weighs more here: %5.</source>
        <translation>Die Kriterien des Artikels sprechen für %1 (%2, %3); %4 wiegt hier schwerer: %5.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="119"/>
        <source>The article&apos;s criteria: no stack is ahead.</source>
        <translation>Die Kriterien des Artikels: kein Stack liegt vorn.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="121"/>
        <source>The article&apos;s criteria: %1, %2, ahead of %3 by %4.</source>
        <translation>Die Kriterien des Artikels: %1, %2, vor %3 um %4.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="131"/>
        <source>Your situation: this knowledge base does not weigh it.</source>
        <translation>Ihre Situation: diese Wissensbasis gewichtet sie nicht.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="135"/>
        <source>Your situation: set to count for nothing, so the result is the article&apos;s alone.</source>
        <translation>Ihre Situation: auf null gesetzt, das Ergebnis ist also allein das des Artikels.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="142"/>
        <source>Your situation: nothing in it favours a stack yet.</source>
        <translation>Ihre Situation: noch spricht nichts darin für einen Stack.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="144"/>
        <source>Your situation: its facts pull both ways equally.</source>
        <translation>Ihre Situation: ihre Fakten ziehen gleich stark in beide Richtungen.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="147"/>
        <source>Your situation: %1, by %2 points (%3).</source>
        <translation>Ihre Situation: %1, um %2 Punkte (%3).</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="158"/>
        <source>Nothing in your situation favours a stack, so how much it counts changes nothing.</source>
        <translation>Nichts in Ihrer Situation spricht für einen Stack; wie viel sie zählt, ändert daher nichts.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="163"/>
        <source>It is a tie with your situation counted as it is (%1).</source>
        <translation>Mit Ihrer Situation, so wie sie zählt (%1), steht es unentschieden.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="169"/>
        <source>%1 stays ahead while your situation counts for more than %2 (now %3); below that, %4 wins.</source>
        <translation>%1 bleibt vorn, solange Ihre Situation mehr als %2 zählt (jetzt %3); darunter gewinnt %4.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="173"/>
        <source>%1 would win if your situation counted for more than %2 (now %3).</source>
        <translation>%1 würde gewinnen, wenn Ihre Situation mehr als %2 zählte (jetzt %3).</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="179"/>
        <source>%1 leads as soon as your situation counts at all (now %2); at 0 the article&apos;s criteria leave a tie.</source>
        <translation>%1 führt, sobald Ihre Situation überhaupt zählt (jetzt %2); bei 0 lassen die Kriterien des Artikels ein Unentschieden.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="183"/>
        <source>However much your situation counts, %1 stays ahead (from 0 to 1; now %2).</source>
        <translation>Wie viel Ihre Situation auch zählt, %1 bleibt vorn (von 0 bis 1; jetzt %2).</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="194"/>
        <source>%1 It counts here because of the group&apos;s answer %2.</source>
        <translation>%1 Es zählt hier wegen der Antwort der Gruppe %2.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="197"/>
        <source>%1 It counts here because of your answer %2.</source>
        <translation>%1 Es zählt hier wegen Ihrer Antwort %2.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="209"/>
        <source>The respondents answer %1 differently. A fact is the project&apos;s, not a vote, so it counts for nothing until the group settles it.</source>
        <translation>Die Befragten beantworten %1 unterschiedlich. Ein Fakt gehört zum Projekt und ist keine Abstimmung; er zählt daher nicht, bis die Gruppe ihn klärt.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="222"/>
        <source>Either stack fits what the article weighs here; %1 point to %2. The answers that would change the result are listed with the sensitivity.</source>
        <translation>Beide Stacks passen zu dem, was der Artikel hier abwägt; %1 deuten auf %2. Die Antworten, die das Ergebnis ändern würden, stehen bei der Sensitivität.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="226"/>
        <source>Either stack fits what the article weighs here; %1 points to %2. The answers that would change the result are listed with the sensitivity.</source>
        <translation>Beide Stacks passen zu dem, was der Artikel hier abwägt; %1 deutet auf %2. Die Antworten, die das Ergebnis ändern würden, stehen bei der Sensitivität.</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="231"/>
        <source>Either stack fits what the article weighs here. What would decide it is your situation (code you already run, your organisation&apos;s standard, your team&apos;s skills) and the answers listed with the sensitivity.</source>
        <translation>Beide Stacks passen zu dem, was der Artikel hier abwägt. Entscheiden würden Ihre Situation (Code, den Sie schon betreiben, der Standard Ihrer Organisation, das Können Ihres Teams) und die Antworten, die bei der Sensitivität stehen.</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="59"/>
        <location filename="../../core/report/report_phrases.cpp" line="65"/>
        <source>Your situation</source>
        <translation>Ihre Situation</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="62"/>
        <source>The article&apos;s criteria</source>
        <translation>Die Kriterien des Artikels</translation>
    </message>
    <message>
        <location filename="../../core/report/report_phrases.cpp" line="68"/>
        <source>The team&apos;s own facts, counted apart from the article&apos;s criteria, strongest first:</source>
        <translation>Die eigenen Fakten des Teams, getrennt von den Kriterien des Artikels gezählt, die stärksten zuerst:</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="12"/>
        <source>clear</source>
        <translation>klar</translation>
    </message>
    <message>
        <location filename="../../core/model/situation_explanations.cpp" line="14"/>
        <source>lean</source>
        <translation>Tendenz</translation>
    </message>
</context>
<context>
    <name>advisor::ui</name>
    <message>
        <location filename="../../ui/about_box.cpp" line="23"/>
        <source>&lt;h3&gt;Backend Advisor %1&lt;/h3&gt;&lt;p&gt;Helps a team choose between Node.js and Python for a backend, with the reasons and cited evidence behind the choice.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backend Advisor %1&lt;/h3&gt;&lt;p&gt;Hilft einem Team, für ein Backend zwischen Node.js und Python zu wählen, mit den Gründen und zitierten Belegen hinter der Wahl.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about_box.cpp" line="27"/>
        <source>&lt;p&gt;&lt;b&gt;Knowledge base:&lt;/b&gt; %1&lt;br&gt;version %2&lt;br&gt;hash &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wissensbasis:&lt;/b&gt; %1&lt;br&gt;Version %2&lt;br&gt;Hash &lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about_box.cpp" line="36"/>
        <source>“%1” (%2)</source>
        <translation>„%1“ (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/about_box.cpp" line="39"/>
        <source>&lt;p&gt;&lt;b&gt;Source:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Quelle:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/about_box.cpp" line="44"/>
        <source>About Backend Advisor</source>
        <translation>Über Backend Advisor</translation>
    </message>
    <message>
        <location filename="../../ui/history/decision_comparison.cpp" line="58"/>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/history/decision_comparison.cpp" line="62"/>
        <source>Not answered (default: %1)</source>
        <translation>Nicht beantwortet (Standard: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/history/decision_comparison.cpp" line="71"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../ui/history/decision_comparison.cpp" line="79"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../ui/history/decision_comparison.cpp" line="80"/>
        <source>Winner</source>
        <translation>Sieger</translation>
    </message>
    <message>
        <location filename="../../ui/history/decision_comparison.cpp" line="81"/>
        <source>Verdict</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <location filename="../../ui/history/decision_comparison.cpp" line="82"/>
        <source>Margin (points)</source>
        <translation>Vorsprung (Punkte)</translation>
    </message>
    <message>
        <location filename="../../ui/history/decision_comparison.cpp" line="84"/>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../ui/history/decision_comparison.cpp" line="85"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/history/decision_comparison.cpp" line="86"/>
        <source>Knowledge base</source>
        <translation>Wissensbasis</translation>
    </message>
    <message>
        <location filename="../../ui/history/decision_comparison.cpp" line="93"/>
        <location filename="../../ui/history/decision_comparison.cpp" line="180"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location filename="../../ui/history/decision_comparison.cpp" line="122"/>
        <source>Scores (0–10)</source>
        <translation>Punktzahlen (0–10)</translation>
    </message>
    <message>
        <location filename="../../ui/history/decision_comparison.cpp" line="136"/>
        <source>%1 total</source>
        <translation>%1 gesamt</translation>
    </message>
    <message>
        <location filename="../../ui/history/decision_comparison.cpp" line="139"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/history/decision_comparison.cpp" line="155"/>
        <source>Answers that differ</source>
        <translation>Abweichende Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/history/decision_comparison.cpp" line="178"/>
        <source>Set by hand</source>
        <translation>Von Hand festgelegt</translation>
    </message>
    <message>
        <location filename="../../ui/history/decision_comparison.cpp" line="178"/>
        <source>From the answers</source>
        <translation>Aus den Antworten</translation>
    </message>
</context>
<context>
    <name>advisor::ui::AnswersGridModel</name>
    <message>
        <location filename="../../ui/group/answers_grid_model.cpp" line="111"/>
        <source>◆ Decisive</source>
        <translation>◆ Entscheidend</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers_grid_model.cpp" line="111"/>
        <source>≠ Differs</source>
        <translation>≠ Abweichend</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers_grid_model.cpp" line="111"/>
        <source>Same</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers_grid_model.cpp" line="134"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers_grid_model.cpp" line="135"/>
        <source>≠ %1</source>
        <translation>≠ %1</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers_grid_model.cpp" line="150"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../ui/group/answers_grid_model.cpp" line="152"/>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
</context>
<context>
    <name>advisor::ui::Citation</name>
    <message>
        <location filename="../../ui/evidence/citation_text.cpp" line="13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>advisor::ui::ClaimsModel</name>
    <message>
        <location filename="../../ui/lab/claims_model.cpp" line="44"/>
        <source>Holds</source>
        <translation>Trifft zu</translation>
    </message>
    <message>
        <location filename="../../ui/lab/claims_model.cpp" line="46"/>
        <source>Holds partly</source>
        <translation>Trifft teilweise zu</translation>
    </message>
    <message>
        <location filename="../../ui/lab/claims_model.cpp" line="48"/>
        <source>Does not hold</source>
        <translation>Trifft nicht zu</translation>
    </message>
    <message>
        <location filename="../../ui/lab/claims_model.cpp" line="52"/>
        <source>Not measured</source>
        <translation>Nicht gemessen</translation>
    </message>
    <message>
        <location filename="../../ui/lab/claims_model.cpp" line="61"/>
        <source>%1 requests/s</source>
        <translation>%1 Anfragen/s</translation>
    </message>
    <message>
        <location filename="../../ui/lab/claims_model.cpp" line="62"/>
        <source>%1 median time</source>
        <translation>%1 Median-Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/lab/claims_model.cpp" line="63"/>
        <source>%1 vs %2, %3</source>
        <translation>%1 gegen %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/lab/claims_model.cpp" line="71"/>
        <source>slower (no figure)</source>
        <translation>langsamer (ohne Zahl)</translation>
    </message>
    <message>
        <location filename="../../ui/lab/claims_model.cpp" line="73"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/lab/claims_model.cpp" line="113"/>
        <source>The article says</source>
        <translation>Der Artikel sagt</translation>
    </message>
    <message>
        <location filename="../../ui/lab/claims_model.cpp" line="115"/>
        <source>Measured as</source>
        <translation>Gemessen als</translation>
    </message>
    <message>
        <location filename="../../ui/lab/claims_model.cpp" line="117"/>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/lab/claims_model.cpp" line="119"/>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <location filename="../../ui/lab/claims_model.cpp" line="121"/>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
</context>
<context>
    <name>advisor::ui::CompareDialog</name>
    <message>
        <location filename="../../ui/history/compare_dialog.cpp" line="31"/>
        <source>Compare decisions</source>
        <translation>Entscheidungen vergleichen</translation>
    </message>
    <message>
        <location filename="../../ui/history/compare_dialog.cpp" line="47"/>
        <location filename="../../ui/history/compare_dialog.cpp" line="82"/>
        <source>Untitled decision</source>
        <translation>Unbenannte Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/history/compare_dialog.cpp" line="88"/>
        <source>%1 — %2, margin %3 points, confidence %4</source>
        <translation>%1 — %2, Vorsprung %3 Punkte, Sicherheit %4</translation>
    </message>
    <message>
        <location filename="../../ui/history/compare_dialog.cpp" line="132"/>
        <source>No answers differ</source>
        <translation>Keine abweichenden Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/history/compare_dialog.cpp" line="139"/>
        <source>1 other answer is the same</source>
        <translation>1 weitere Antwort ist gleich</translation>
    </message>
    <message>
        <location filename="../../ui/history/compare_dialog.cpp" line="140"/>
        <source>%1 other answers are the same</source>
        <translation>%1 weitere Antworten sind gleich</translation>
    </message>
</context>
<context>
    <name>advisor::ui::ContributionsChart</name>
    <message>
        <location filename="../../ui/results/score_charts.cpp" line="76"/>
        <source>Weighted contributions to each total</source>
        <translation>Gewichtete Beiträge zur jeweiligen Gesamtpunktzahl</translation>
    </message>
    <message>
        <location filename="../../ui/results/score_charts.cpp" line="86"/>
        <source>Your situation</source>
        <translation>Ihre Situation</translation>
    </message>
</context>
<context>
    <name>advisor::ui::CriterionScoresChart</name>
    <message>
        <location filename="../../ui/results/score_charts.cpp" line="45"/>
        <source>Score per criterion (0–10)</source>
        <translation>Punktzahl je Kriterium (0–10)</translation>
    </message>
</context>
<context>
    <name>advisor::ui::DecisionLibrary</name>
    <message>
        <location filename="../../ui/store/decision_library.cpp" line="71"/>
        <source>The decision history is unavailable: %1</source>
        <translation>Der Entscheidungsverlauf ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../../ui/store/decision_library.cpp" line="82"/>
        <source>The decision database %1 could not be read (%2). It was kept as %3 and a new, empty database was started.</source>
        <translation>Die Entscheidungsdatenbank %1 konnte nicht gelesen werden (%2). Sie wurde als %3 aufbewahrt, und eine neue, leere Datenbank wurde angelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/store/decision_library.cpp" line="92"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/store/decision_library.cpp" line="108"/>
        <location filename="../../ui/store/decision_library.cpp" line="117"/>
        <source>Saving the decision</source>
        <translation>Speichern der Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/store/decision_library.cpp" line="125"/>
        <source>Renaming the decision</source>
        <translation>Umbenennen der Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/store/decision_library.cpp" line="137"/>
        <source>Duplicating the decision</source>
        <translation>Duplizieren der Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/store/decision_library.cpp" line="146"/>
        <location filename="../../ui/store/decision_library.cpp" line="275"/>
        <source>Setting the revisit date</source>
        <translation>Festlegen des Wiedervorlagedatums</translation>
    </message>
    <message>
        <location filename="../../ui/store/decision_library.cpp" line="154"/>
        <source>Recording the outcome</source>
        <translation>Festhalten des Ergebnisses</translation>
    </message>
    <message>
        <location filename="../../ui/store/decision_library.cpp" line="166"/>
        <source>Reading the decision</source>
        <translation>Lesen der Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/store/decision_library.cpp" line="174"/>
        <source>Autosaving the draft</source>
        <translation>Automatisches Speichern des Entwurfs</translation>
    </message>
    <message>
        <location filename="../../ui/store/decision_library.cpp" line="183"/>
        <source>Reading the autosaved draft</source>
        <translation>Lesen des automatisch gespeicherten Entwurfs</translation>
    </message>
    <message>
        <location filename="../../ui/store/decision_library.cpp" line="191"/>
        <source>Clearing the autosaved draft</source>
        <translation>Löschen des automatisch gespeicherten Entwurfs</translation>
    </message>
    <message>
        <location filename="../../ui/store/decision_library.cpp" line="228"/>
        <source>Deleting decisions</source>
        <translation>Löschen der Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../ui/store/decision_library.cpp" line="245"/>
        <source>Restoring decisions</source>
        <translation>Wiederherstellen der Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../ui/store/decision_library.cpp" line="285"/>
        <source>Restoring revisit dates</source>
        <translation>Wiederherstellen der Wiedervorlagedaten</translation>
    </message>
    <message>
        <location filename="../../ui/store/decision_library.cpp" line="300"/>
        <source>Exporting decisions</source>
        <translation>Exportieren der Entscheidungen</translation>
    </message>
</context>
<context>
    <name>advisor::ui::DecisionSession</name>
    <message>
        <location filename="../../ui/decision_session.cpp" line="86"/>
        <location filename="../../ui/decision_session.cpp" line="99"/>
        <source>Answer “%1”</source>
        <translation>Antwort auf „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/decision_session.cpp" line="126"/>
        <source>Change weights</source>
        <translation>Änderung der Gewichte</translation>
    </message>
    <message>
        <location filename="../../ui/decision_session.cpp" line="148"/>
        <source>Change pairwise judgements</source>
        <translation>Änderung der paarweisen Urteile</translation>
    </message>
    <message>
        <location filename="../../ui/decision_session.cpp" line="164"/>
        <source>Reset weights</source>
        <translation>Zurücksetzen der Gewichte</translation>
    </message>
    <message>
        <location filename="../../ui/decision_session.cpp" line="173"/>
        <source>Rename decision</source>
        <translation>Umbenennen der Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/decision_session.cpp" line="182"/>
        <source>Edit notes</source>
        <translation>Bearbeiten der Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/decision_session.cpp" line="155"/>
        <source>Add Evidence Lab run</source>
        <translation>Evidence-Lab-Lauf hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/decision_session.cpp" line="140"/>
        <source>Change how much your situation counts</source>
        <translation>Ändern, wie viel Ihre Situation zählt</translation>
    </message>
    <message>
        <location filename="../../ui/decision_session.cpp" line="155"/>
        <source>Remove Evidence Lab run</source>
        <translation>Evidence-Lab-Lauf entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/decision_session.cpp" line="188"/>
        <source>Respondent 1</source>
        <translation>Person 1</translation>
    </message>
    <message>
        <location filename="../../ui/decision_session.cpp" line="209"/>
        <source>Add respondent “%1”</source>
        <translation>Person „%1“ hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/decision_session.cpp" line="223"/>
        <source>Rename respondent “%1”</source>
        <translation>Person in „%1“ umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/decision_session.cpp" line="239"/>
        <source>Set the voting weight of “%1”</source>
        <translation>Stimmgewicht von „%1“ festlegen</translation>
    </message>
    <message>
        <location filename="../../ui/decision_session.cpp" line="258"/>
        <source>Remove respondent “%1”</source>
        <translation>Person „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/decision_session.cpp" line="279"/>
        <source>Import respondents</source>
        <translation>Personen importieren</translation>
    </message>
    <message>
        <location filename="../../ui/decision_session.cpp" line="341"/>
        <source>%1 (as %2)</source>
        <translation>%1 (als %2)</translation>
    </message>
    <message>
        <location filename="../../ui/decision_session.cpp" line="0"/>
        <source>Change how much the group&apos;s situation counts</source>
        <translation>Ändern, wie viel die Situation der Gruppe zählt</translation>
    </message>
</context>
<context>
    <name>advisor::ui::DraftAutosave</name>
    <message>
        <location filename="../../ui/store/draft_autosave.cpp" line="68"/>
        <source>the autosaved draft</source>
        <translation>der automatisch gespeicherte Entwurf</translation>
    </message>
</context>
<context>
    <name>advisor::ui::DraftBanner</name>
    <message>
        <location filename="../../ui/store/draft_banner.cpp" line="11"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/store/draft_banner.cpp" line="12"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/store/draft_banner.cpp" line="51"/>
        <source>Answers you had not saved were kept when the app last closed (%1). Restore them?</source>
        <translation>Nicht gespeicherte Antworten wurden beim letzten Beenden der Anwendung aufbewahrt (%1). Wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../ui/store/draft_banner.cpp" line="54"/>
        <source>Your unsaved answers for “%1” were kept when the app last closed (%2). Restore them?</source>
        <translation>Ihre nicht gespeicherten Antworten für „%1“ wurden beim letzten Beenden der Anwendung aufbewahrt (%2). Wiederherstellen?</translation>
    </message>
</context>
<context>
    <name>advisor::ui::EvidenceCardDelegate</name>
    <message>
        <location filename="../../ui/evidence/evidence_card_delegate.cpp" line="75"/>
        <source>The article: “%1”</source>
        <translation>Der Artikel: „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_card_delegate.cpp" line="82"/>
        <source>&lt;b&gt;Figure:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Zahl:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_card_delegate.cpp" line="88"/>
        <source>&lt;b&gt;Applied by your answers:&lt;/b&gt; %1. %2</source>
        <translation>&lt;b&gt;Durch Ihre Antworten angewendet:&lt;/b&gt; %1. %2</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_card_delegate.cpp" line="91"/>
        <source>Ratings (0–10): %1 · favours %2</source>
        <translation>Bewertungen (0–10): %1 · spricht für %2</translation>
    </message>
</context>
<context>
    <name>advisor::ui::EvidenceFiguresChart</name>
    <message>
        <location filename="../../ui/results/profile_charts.cpp" line="104"/>
        <source>The article&apos;s figures (share of the better value, %)</source>
        <translation>Kennzahlen des Artikels (Anteil am besseren Wert, %)</translation>
    </message>
    <message>
        <location filename="../../ui/results/profile_charts.cpp" line="162"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location filename="../../ui/results/profile_charts.cpp" line="168"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/results/profile_charts.cpp" line="173"/>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <location filename="../../ui/results/profile_charts.cpp" line="173"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/results/profile_charts.cpp" line="121"/>
        <source>%1, the rest of the article&apos;s range</source>
        <translation>%1, der Rest der Spanne im Artikel</translation>
    </message>
    <message>
        <location filename="../../ui/results/profile_charts.cpp" line="164"/>
        <source> (a time: the bar shows the better value ÷ this one)</source>
        <translation> (eine Zeit: der Balken zeigt den besseren Wert ÷ diesen)</translation>
    </message>
    <message>
        <location filename="../../ui/results/profile_charts.cpp" line="166"/>
        <source> (a range in the article: the lighter part runs to its other end)</source>
        <translation> (eine Spanne im Artikel: der hellere Teil reicht bis zu ihrem anderen Ende)</translation>
    </message>
</context>
<context>
    <name>advisor::ui::EvidenceModel</name>
    <message>
        <location filename="../../ui/evidence/evidence_model.cpp" line="174"/>
        <source>Even</source>
        <translation>Ausgeglichen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_model.cpp" line="183"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_model.cpp" line="185"/>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_model.cpp" line="102"/>
        <source>weight now %1</source>
        <translation>Gewicht jetzt %1</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_model.cpp" line="146"/>
        <source>The article: “%1”</source>
        <translation>Der Artikel: „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_model.cpp" line="195"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_model.cpp" line="201"/>
        <source>Not applied by the current answers: it counts once an answer makes it fit the project.</source>
        <translation>Von den aktuellen Antworten nicht angewendet: Es zählt, sobald eine Antwort es auf das Projekt anwendet.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_model.cpp" line="203"/>
        <source>Moves today&apos;s margin by %1 points towards %2.</source>
        <translation>Verschiebt den heutigen Abstand um %1 Punkte zugunsten von %2.</translation>
    </message>
</context>
<context>
    <name>advisor::ui::EvidencePage</name>
    <message>
        <location filename="../../ui/evidence/evidence_page.cpp" line="44"/>
        <source>Filter evidence</source>
        <translation>Belege filtern</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_page.cpp" line="45"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_page.cpp" line="27"/>
        <source>Show &amp;ids</source>
        <translation>&amp;IDs zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_page.cpp" line="42"/>
        <source>Any word: a claim, a quote, a source, a figure, an answer…</source>
        <translation>Jedes Wort: eine Aussage, ein Zitat, eine Quelle, eine Zahl, eine Antwort…</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_page.cpp" line="49"/>
        <source>As in the knowledge base</source>
        <translation>Wie in der Wissensbasis</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_page.cpp" line="50"/>
        <source>Strongest effect on today&apos;s result first</source>
        <translation>Stärkste Wirkung auf das heutige Ergebnis zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_page.cpp" line="51"/>
        <source>Order of the items</source>
        <translation>Reihenfolge der Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_page.cpp" line="52"/>
        <source>&amp;Order:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_page.cpp" line="55"/>
        <source>Show each item&apos;s id, as answers files and reports name it</source>
        <translation>Die ID jedes Eintrags zeigen, wie Antwortdateien und Berichte ihn nennen</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_page.cpp" line="68"/>
        <source>Every claim the advice rests on, by criterion. Each quotes the article it comes from, unless it is marked as outside the article. Your answers decide which claims apply to your project.</source>
        <translation>Jede Aussage, auf der die Empfehlung beruht, nach Kriterium. Jede zitiert den Artikel, aus dem sie stammt, außer sie ist als außerhalb des Artikels gekennzeichnet. Ihre Antworten entscheiden, welche Aussagen auf Ihr Projekt zutreffen.</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_page.cpp" line="80"/>
        <source>Evidence items by criterion</source>
        <translation>Belege nach Kriterium</translation>
    </message>
    <message>
        <location filename="../../ui/evidence/evidence_page.cpp" line="95"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
</context>
<context>
    <name>advisor::ui::FlipChart</name>
    <message>
        <location filename="../../ui/weights/flip_chart.cpp" line="38"/>
        <source>&amp;Criterion:</source>
        <translation>&amp;Kriterium:</translation>
    </message>
    <message>
        <location filename="../../ui/weights/flip_chart.cpp" line="41"/>
        <source>Criterion whose weight the chart varies</source>
        <translation>Kriterium, dessen Gewicht das Diagramm variiert</translation>
    </message>
    <message>
        <location filename="../../ui/weights/flip_chart.cpp" line="51"/>
        <source>Total score against the chosen criterion&apos;s weight</source>
        <translation>Gesamtpunktzahl abhängig vom Gewicht des gewählten Kriteriums</translation>
    </message>
    <message>
        <location filename="../../ui/weights/flip_chart.cpp" line="63"/>
        <source>Total score</source>
        <translation>Gesamtpunktzahl</translation>
    </message>
    <message>
        <location filename="../../ui/weights/flip_chart.cpp" line="81"/>
        <source>Current weight</source>
        <translation>Aktuelles Gewicht</translation>
    </message>
    <message>
        <location filename="../../ui/weights/flip_chart.cpp" line="84"/>
        <source>Winner changes</source>
        <translation>Siegerwechsel</translation>
    </message>
    <message>
        <location filename="../../ui/weights/flip_chart.cpp" line="160"/>
        <source>Weight of %1</source>
        <translation>Gewicht von %1</translation>
    </message>
    <message>
        <location filename="../../ui/weights/flip_chart.cpp" line="175"/>
        <source>%1 wins below %2</source>
        <translation>%1 gewinnt unter %2</translation>
    </message>
    <message>
        <location filename="../../ui/weights/flip_chart.cpp" line="176"/>
        <source>%1 wins above %2</source>
        <translation>%1 gewinnt über %2</translation>
    </message>
</context>
<context>
    <name>advisor::ui::GroupPage</name>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="96"/>
        <source>One person answers this decision. Add a respondent, or import the answers files your colleagues exported, to decide as a group: each answers on their own, and this page shows the group&apos;s result and where they differ.</source>
        <translation>Diese Entscheidung beantwortet eine Person. Fügen Sie eine Person hinzu oder importieren Sie die Antwortdateien, die Ihre Kolleginnen und Kollegen exportiert haben, um als Gruppe zu entscheiden: Alle antworten für sich, und diese Seite zeigt das Ergebnis der Gruppe und wo die Antworten auseinandergehen.</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="104"/>
        <location filename="../../ui/group/group_page.cpp" line="135"/>
        <source>Respondents</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="112"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="114"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="116"/>
        <source>Voting &amp;weight…</source>
        <translation>Stimm&amp;gewicht…</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="118"/>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="120"/>
        <source>&amp;Import answers files…</source>
        <translation>Antwortdateien &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="128"/>
        <source>The selected respondent is the one whose answers the questionnaire, Results, Weights and Evidence show. F2 edits a name or a voting weight.</source>
        <translation>Fragebogen, Ergebnisse, Gewichte und Belege zeigen die Antworten der ausgewählten Person. F2 bearbeitet einen Namen oder ein Stimmgewicht.</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="148"/>
        <source>The group&apos;s recommendation</source>
        <translation>Die Empfehlung der Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="171"/>
        <source>The group&apos;s result</source>
        <translation>Das Ergebnis der Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="183"/>
        <source>Who answered what</source>
        <translation>Wer was geantwortet hat</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="192"/>
        <source>◆ Decisive: had everyone given one of these answers, the group&apos;s winner would change. ≠ marks an answer that differs from the one most of the voting weight gave; (brackets) mark a default.</source>
        <translation>◆ Entscheidend: Hätten alle eine dieser Antworten gegeben, gewänne in der Gruppe eine andere Alternative. ≠ markiert eine Antwort, die von der abweicht, die der größte Teil des Stimmgewichts gab; (Klammern) markieren eine Voreinstellung.</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="199"/>
        <source>Who answered what (differences first)</source>
        <translation>Wer was geantwortet hat (Unterschiede zuerst)</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="206"/>
        <location filename="../../ui/group/group_page.cpp" line="216"/>
        <source>Each respondent&apos;s weights</source>
        <translation>Die Gewichte jeder Person</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="215"/>
        <source>Margins</source>
        <translation>Vorsprünge</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="235"/>
        <source>Respondent</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="240"/>
        <source>Voting weight</source>
        <translation>Stimmgewicht</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="278"/>
        <source>Split: no alternative has two thirds of the voting weight behind it.</source>
        <translation>Gespalten: Keine Alternative hat zwei Drittel des Stimmgewichts hinter sich.</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="285"/>
        <source>Agreement on the weights needs two or more respondents who vote.</source>
        <translation>Die Übereinstimmung bei den Gewichten braucht zwei oder mehr stimmberechtigte Personen.</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="333"/>
        <source>Whose are the answers given so far?</source>
        <translation>Wessen Antworten sind die bisher gegebenen?</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="333"/>
        <source>Respondent 1</source>
        <translation>Person 1</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="338"/>
        <source>Name of the new respondent:</source>
        <translation>Name der neuen Person:</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="339"/>
        <source>Respondent %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="350"/>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <location filename="../../ui/group/group_page.cpp" line="360"/>
        <source>Voting weight of %1 (0 counts their answers for nothing):</source>
        <translation>Stimmgewicht von %1 (0: die Antworten zählen nicht):</translation>
    </message>
</context>
<context>
    <name>advisor::ui::HistoryModel</name>
    <message>
        <location filename="../../ui/history/history_model_data.cpp" line="20"/>
        <source>Untitled decision</source>
        <translation>Unbenannte Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_model_data.cpp" line="42"/>
        <source>%1 — due</source>
        <translation>%1 — fällig</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_model_data.cpp" line="44"/>
        <source>%1 — reviewed</source>
        <translation>%1 — geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_model_data.cpp" line="66"/>
        <source>The revisit date has come: record how the choice turned out.</source>
        <translation>Die Wiedervorlage ist fällig: Halten Sie fest, wie sich die Wahl bewährt hat.</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_model_data.cpp" line="115"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_model_data.cpp" line="117"/>
        <source>Winner</source>
        <translation>Sieger</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_model_data.cpp" line="119"/>
        <source>Verdict</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_model_data.cpp" line="121"/>
        <source>Margin</source>
        <translation>Vorsprung</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_model_data.cpp" line="123"/>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_model_data.cpp" line="125"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_model_data.cpp" line="127"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_model_data.cpp" line="129"/>
        <source>Revisit</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_model_data.cpp" line="139"/>
        <source>The winner&apos;s lead over the runner-up, in points on a 0–10 scale</source>
        <translation>Vorsprung des Siegers vor dem Zweitplatzierten, in Punkten auf einer Skala von 0 bis 10</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_model_data.cpp" line="141"/>
        <source>How often the winner wins when the weights are varied</source>
        <translation>Wie oft der Sieger gewinnt, wenn die Gewichte variiert werden</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_model_data.cpp" line="143"/>
        <source>When to look back at how the choice turned out</source>
        <translation>Wann geprüft werden soll, wie sich die Wahl bewährt hat</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_model.cpp" line="83"/>
        <source>Reading the history failed: %1</source>
        <translation>Lesen des Verlaufs fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_model_data.cpp" line="23"/>
        <source>Tie</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_model_data.cpp" line="131"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_model_data.cpp" line="145"/>
        <source>How many people answered: more than one is a group decision</source>
        <translation>Wie viele Personen geantwortet haben: mehr als eine heißt Gruppenentscheidung</translation>
    </message>
</context>
<context>
    <name>advisor::ui::HistoryPage</name>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="52"/>
        <source>Search titles, notes and winners</source>
        <translation>Titel, Notizen und Sieger durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="54"/>
        <source>Search saved decisions</source>
        <translation>Gespeicherte Entscheidungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="152"/>
        <source>Saved decisions</source>
        <translation>Gespeicherte Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="180"/>
        <source>Close call</source>
        <translation>Knappe Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="192"/>
        <source>%1 — due</source>
        <translation>%1 — fällig</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="218"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="221"/>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="222"/>
        <source>D&amp;uplicate</source>
        <translation>Du&amp;plizieren</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="225"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="227"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="231"/>
        <source>&amp;Compare</source>
        <translation>Ver&amp;gleichen</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="232"/>
        <source>Select two decisions to compare them side by side</source>
        <translation>Wählen Sie zwei Entscheidungen aus, um sie nebeneinander zu vergleichen</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="259"/>
        <source>Re&amp;visit on:</source>
        <translation>Wieder&amp;vorlage am:</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="261"/>
        <source>Set</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="263"/>
        <source>Clear</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="265"/>
        <source>Record &amp;outcome…</source>
        <translation>&amp;Ergebnis festhalten…</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_status.cpp" line="67"/>
        <source>1 decision</source>
        <translation>1 Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_status.cpp" line="68"/>
        <source>%1 decisions</source>
        <translation>%1 Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_status.cpp" line="78"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_status.cpp" line="84"/>
        <source>No saved decisions yet.

Answer the questionnaire and save with File ▸ Save (Ctrl+S): each saved decision is listed here, to reopen, compare, and review when its revisit date comes.</source>
        <translation>Noch keine gespeicherten Entscheidungen.

Beantworten Sie den Fragebogen und speichern Sie mit Datei ▸ Speichern (Strg+S): Jede gespeicherte Entscheidung erscheint hier, zum Wiederöffnen, zum Vergleichen und zur Überprüfung, wenn ihre Wiedervorlage fällig ist.</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_status.cpp" line="88"/>
        <source>No saved decision matches “%1”.</source>
        <translation>Keine gespeicherte Entscheidung passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_status.cpp" line="126"/>
        <source>%1 decisions selected</source>
        <translation>%1 Entscheidungen ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_status.cpp" line="134"/>
        <source>Due for review: record how the choice turned out.</source>
        <translation>Prüfung fällig: Halten Sie fest, wie sich die Wahl bewährt hat.</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_status.cpp" line="136"/>
        <source>Outcome recorded.</source>
        <translation>Ergebnis festgehalten.</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_status.cpp" line="138"/>
        <source>Revisit on %1.</source>
        <translation>Wiedervorlage am %1.</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_status.cpp" line="140"/>
        <source>No revisit date.</source>
        <translation>Kein Wiedervorlagedatum.</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_actions.cpp" line="53"/>
        <source>Delete the decision “%1”?</source>
        <translation>Die Entscheidung „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_actions.cpp" line="54"/>
        <source>Delete %1 saved decisions?</source>
        <translation>%1 gespeicherte Entscheidungen löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_actions.cpp" line="56"/>
        <source>Delete decisions</source>
        <translation>Entscheidungen löschen</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_actions.cpp" line="57"/>
        <source>You can undo this until you close the app.</source>
        <translation>Sie können dies rückgängig machen, bis Sie die Anwendung beenden.</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_actions.cpp" line="71"/>
        <source>Delete “%1”</source>
        <translation>Löschen von „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_actions.cpp" line="72"/>
        <source>Delete %1 decisions</source>
        <translation>Löschen von %1 Entscheidungen</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="65"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="114"/>
        <source>Exported 1 decision to %1.</source>
        <translation>1 Entscheidung nach %1 exportiert.</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="115"/>
        <source>Exported %1 decisions to %2.</source>
        <translation>%1 Entscheidungen nach %2 exportiert.</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="233"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="234"/>
        <source>Write the selected decisions, whole, into one JSON file</source>
        <translation>Die ausgewählten Entscheidungen vollständig in eine JSON-Datei schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page.cpp" line="237"/>
        <source>Select &amp;All</source>
        <translation>&amp;Alle auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_status.cpp" line="59"/>
        <source>Opening the history…</source>
        <translation>Der Verlauf wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_status.cpp" line="71"/>
        <source>Counting…</source>
        <translation>Zählen…</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_status.cpp" line="75"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_status.cpp" line="123"/>
        <source>All %1 decisions selected</source>
        <translation>Alle %1 Entscheidungen ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_status.cpp" line="124"/>
        <source>All %1 matching decisions selected</source>
        <translation>Alle %1 passenden Entscheidungen ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_actions.cpp" line="95"/>
        <source>Export %1 Decisions</source>
        <translation>%1 Entscheidungen exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_actions.cpp" line="97"/>
        <source>Saved decisions, JSON (*.json);;All files (*)</source>
        <translation>Gespeicherte Entscheidungen, JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_actions.cpp" line="117"/>
        <source>Revisit “%1” on %2</source>
        <translation>Wiedervorlage von „%1“ am %2</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_actions.cpp" line="118"/>
        <source>Revisit %1 decisions on %2</source>
        <translation>Wiedervorlage von %1 Entscheidungen am %2</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_actions.cpp" line="128"/>
        <source>Clear the revisit date of “%1”</source>
        <translation>Wiedervorlagedatum von „%1“ entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/history/history_page_actions.cpp" line="129"/>
        <source>Clear the revisit date of %1 decisions</source>
        <translation>Wiedervorlagedatum von %1 Entscheidungen entfernen</translation>
    </message>
</context>
<context>
    <name>advisor::ui::LabLatencyChart</name>
    <message>
        <location filename="../../ui/lab/lab_charts.cpp" line="129"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_charts.cpp" line="129"/>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_charts.cpp" line="130"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_charts.cpp" line="133"/>
        <source>Latency under load, ms (less is better)</source>
        <translation>Latenz unter Last, ms (weniger ist besser)</translation>
    </message>
</context>
<context>
    <name>advisor::ui::LabPage</name>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="50"/>
        <source>&amp;Worker per core</source>
        <translation>&amp;Worker pro Kern</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="51"/>
        <source>&amp;Run</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="52"/>
        <source>C&amp;ancel</source>
        <translation>Abb&amp;rechen</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="72"/>
        <source>Check the article&apos;s speed claims on this machine: five small servers (Node.js http, Express, a plain ASGI app and FastAPI under uvicorn, Django under gunicorn) run one at a time on 127.0.0.1, each loaded by wrk on /json and on a CPU-bound /compute, in three interleaved rounds; the medians are kept. Nothing leaves this machine.</source>
        <translation>Prüfen Sie die Geschwindigkeitsangaben des Artikels auf diesem Rechner: fünf kleine Server (Node.js http, Express, eine einfache ASGI-App und FastAPI unter uvicorn, Django unter gunicorn) laufen nacheinander auf 127.0.0.1, jeder von wrk auf /json und auf einem rechenintensiven /compute belastet, in drei verschränkten Runden; die Mediane werden behalten. Nichts verlässt diesen Rechner.</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="83"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="84"/>
        <source>Seconds per measurement</source>
        <translation>Sekunden pro Messung</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="85"/>
        <source>How long each server is measured on each endpoint in each round</source>
        <translation>Wie lange jeder Server in jeder Runde auf jedem Endpunkt gemessen wird</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="89"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="91"/>
        <source>One worker process per server is the like-for-like default; this runs one per core instead (%1 here).</source>
        <translation>Ein Worker-Prozess pro Server ist der faire Standard; dies startet stattdessen einen pro Kern (hier %1).</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="97"/>
        <source>&amp;Seconds</source>
        <translation>Se&amp;kunden</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="99"/>
        <source>C&amp;onnections</source>
        <translation>&amp;Verbindungen</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="120"/>
        <location filename="../../ui/lab/lab_page_run.cpp" line="65"/>
        <source>Not run yet</source>
        <translation>Noch nicht gelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="121"/>
        <source>Lab progress</source>
        <translation>Fortschritt des Labors</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="148"/>
        <source>/&amp;json</source>
        <translation>/&amp;json</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="149"/>
        <source>/com&amp;pute</source>
        <translation>/com&amp;pute</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="156"/>
        <source>Charts for:</source>
        <translation>Diagramme für:</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="172"/>
        <source>The article&apos;s claims on this machine</source>
        <translation>Die Angaben des Artikels auf diesem Rechner</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="199"/>
        <source>Command that installs what is missing</source>
        <translation>Befehl, der das Fehlende installiert</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="200"/>
        <source>Cop&amp;y</source>
        <translation>Kop&amp;ieren</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="258"/>
        <source>Cancelling: stopping the servers…</source>
        <translation>Wird abgebrochen: die Server werden beendet …</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="269"/>
        <source>Finished: 1 server measured.</source>
        <translation>Fertig: 1 Server gemessen.</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="270"/>
        <source>Finished: %1 servers measured.</source>
        <translation>Fertig: %1 Server gemessen.</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="273"/>
        <source>Cancelled. Every server the lab started was stopped.</source>
        <translation>Abgebrochen. Jeder vom Labor gestartete Server wurde beendet.</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="275"/>
        <source>The lab could not run: %1</source>
        <translation>Das Labor konnte nicht laufen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page_run.cpp" line="29"/>
        <location filename="../../ui/lab/lab_page_run.cpp" line="39"/>
        <source>Checking what is installed…</source>
        <translation>Prüfe, was installiert ist …</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page_run.cpp" line="35"/>
        <source>Round %1 of %2 · %3 · %4</source>
        <translation>Runde %1 von %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page_run.cpp" line="41"/>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page_run.cpp" line="43"/>
        <source>warming up</source>
        <translation>wärmt auf</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page_run.cpp" line="45"/>
        <source>measuring /json</source>
        <translation>misst /json</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page_run.cpp" line="47"/>
        <source>measuring /compute</source>
        <translation>misst /compute</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page_run.cpp" line="51"/>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page_run.cpp" line="65"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page_run.cpp" line="97"/>
        <source>%1 was not measured: %2 not installed.</source>
        <translation>%1 wurde nicht gemessen: %2 nicht installiert.</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page_run.cpp" line="100"/>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page_run.cpp" line="120"/>
        <source> Load average %1 before, %2 after.</source>
        <translation> Lastmittel %1 vorher, %2 nachher.</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page_run.cpp" line="125"/>
        <source> The machine was busy with other work, so the figures are lower and noisier than on an idle one.</source>
        <translation> Der Rechner war mit anderer Arbeit beschäftigt, daher sind die Zahlen niedriger und unruhiger als auf einem freien Rechner.</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page_run.cpp" line="130"/>
        <source>1 logical core</source>
        <translation>1 logischer Kern</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page_run.cpp" line="130"/>
        <source>%1 logical cores</source>
        <translation>%1 logische Kerne</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page_run.cpp" line="131"/>
        <source>Measured %1 on %2, %3, %4, %5.</source>
        <translation>Gemessen %1 auf %2, %3, %4, %5.</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page_run.cpp" line="135"/>
        <source>wrk, connections: %1, %2 s per measurement after %3 s warm-up, %4 rounds; %5.</source>
        <translation>wrk, Verbindungen: %1, %2 s pro Messung nach %3 s Aufwärmen, %4 Runden; %5.</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page_run.cpp" line="140"/>
        <source>one worker per core</source>
        <translation>ein Worker pro Kern</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page_run.cpp" line="141"/>
        <source>one worker per server</source>
        <translation>ein Worker pro Server</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page_run.cpp" line="142"/>
        <source>Versions: %1.</source>
        <translation>Versionen: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="216"/>
        <source>beside the article&apos;s claims</source>
        <translation>neben den Aussagen des Artikels</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="217"/>
        <source>replacing the article&apos;s claims</source>
        <translation>anstelle der Aussagen des Artikels</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="218"/>
        <source>How the measurements count in the decision</source>
        <translation>Wie die Messungen in der Entscheidung zählen</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="220"/>
        <source>Beside: shown next to the article&apos;s claims, which still decide the score. Replacing: the claims count as much as this machine confirms them.</source>
        <translation>Daneben: neben den Aussagen des Artikels gezeigt, die weiter die Punkte bestimmen. Anstelle: Die Aussagen zählen so viel, wie dieser Rechner sie bestätigt.</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="222"/>
        <source>&amp;Add to the decision</source>
        <translation>Zur Entscheidung &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_page.cpp" line="225"/>
        <source>Use the run as evidence</source>
        <translation>Den Lauf als Beleg verwenden</translation>
    </message>
</context>
<context>
    <name>advisor::ui::LabThroughputChart</name>
    <message>
        <location filename="../../ui/lab/lab_charts.cpp" line="91"/>
        <source>Node.js</source>
        <translation>Node.js</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_charts.cpp" line="91"/>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <location filename="../../ui/lab/lab_charts.cpp" line="94"/>
        <source>Requests per second (more is better)</source>
        <translation>Anfragen pro Sekunde (mehr ist besser)</translation>
    </message>
</context>
<context>
    <name>advisor::ui::LensesPanel</name>
    <message>
        <location filename="../../ui/results/lenses_panel.cpp" line="34"/>
        <source>Two lenses: the article, and your situation</source>
        <translation>Zwei Blickwinkel: der Artikel und Ihre Situation</translation>
    </message>
    <message>
        <location filename="../../ui/results/lenses_panel.cpp" line="37"/>
        <source>How much your &amp;situation counts:</source>
        <translation>Wie viel Ihre &amp;Situation zählt:</translation>
    </message>
    <message>
        <location filename="../../ui/results/lenses_panel.cpp" line="53"/>
        <source>How much your situation counts</source>
        <translation>Wie viel Ihre Situation zählt</translation>
    </message>
    <message>
        <location filename="../../ui/results/lenses_panel.cpp" line="55"/>
        <source>0 % is the article&apos;s criteria alone; 100 % counts your situation&apos;s facts in full, up to the most they can move a lead.</source>
        <translation>0 % sind allein die Kriterien des Artikels; 100 % zählt die Fakten Ihrer Situation voll, bis zum Höchstmaß, um das sie einen Vorsprung verschieben können.</translation>
    </message>
    <message>
        <location filename="../../ui/results/lenses_panel.cpp" line="0"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>advisor::ui::MainWindow</name>
    <message>
        <location filename="../../ui/main_window.cpp" line="209"/>
        <source>Evidence Lab</source>
        <translation>Messlabor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="98"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="99"/>
        <source>Dismiss notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="115"/>
        <source>Saved in the history</source>
        <translation>Im Verlauf gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="206"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="208"/>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="208"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="208"/>
        <source>Weights &amp; sensitivity</source>
        <translation>Gewichte &amp; Sensitivität</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="209"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="209"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="328"/>
        <source>%1[*] — Backend Advisor</source>
        <translation>%1[*] — Backend Advisor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="325"/>
        <source>Untitled decision</source>
        <translation>Unbenannte Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="36"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="40"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="48"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="49"/>
        <source>&amp;About Backend Advisor</source>
        <translation>Über Backend &amp;Advisor</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="52"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="56"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="64"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="66"/>
        <source>&amp;Open Answers…</source>
        <translation>Antworten &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="69"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="71"/>
        <source>Save &amp;As New Decision</source>
        <translation>Als neue Entscheidung speic&amp;hern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="73"/>
        <source>Save Answers to &amp;File…</source>
        <translation>Antworten in &amp;Datei speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="89"/>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="91"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="92"/>
        <source>Write the decision as PDF, HTML, Markdown or JSON</source>
        <translation>Die Entscheidung als PDF, HTML, Markdown oder JSON schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="115"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="118"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="128"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="141"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="144"/>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="145"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="145"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="164"/>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="165"/>
        <source>The current answers have not been saved. Discard them?</source>
        <translation>Die aktuellen Antworten wurden nicht gespeichert. Verwerfen?</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="182"/>
        <source>Could not open the answers: %1</source>
        <translation>Die Antworten konnten nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="189"/>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="196"/>
        <source>Could not save the answers: %1</source>
        <translation>Die Antworten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="202"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="284"/>
        <source>Open Answers</source>
        <translation>Antworten öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="291"/>
        <source>Save Answers</source>
        <translation>Antworten speichern</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="264"/>
        <source>The lab run is part of the decision now</source>
        <translation>Der Lab-Lauf gehört jetzt zur Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="100"/>
        <source>Writing the report to %1…</source>
        <translation>Der Bericht wird nach %1 geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="108"/>
        <source>Report written to %1</source>
        <translation>Bericht nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="191"/>
        <source>Answering as %1</source>
        <translation>Antworten als %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="210"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.cpp" line="327"/>
        <source>%1, answering as %2</source>
        <translation>%1, Antworten als %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="79"/>
        <source>Export Ans&amp;wers…</source>
        <translation>Ant&amp;worten exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="81"/>
        <source>Write the answers being edited as one person&apos;s answers file</source>
        <translation>Die bearbeiteten Antworten als Antwortdatei einer Person schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="84"/>
        <source>&amp;Import Respondents…</source>
        <translation>Personen &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="85"/>
        <source>Add the people in answers files to this decision</source>
        <translation>Die Personen aus Antwortdateien zu dieser Entscheidung hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="215"/>
        <source>Could not export the answers: %1</source>
        <translation>Die Antworten konnten nicht exportiert werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="219"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="230"/>
        <location filename="../../ui/main_window_menus.cpp" line="241"/>
        <source>Could not import the respondents: %1</source>
        <translation>Die Personen konnten nicht importiert werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="250"/>
        <source>Respondents imported: %1</source>
        <translation>Importierte Personen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="261"/>
        <location filename="../../ui/main_window_menus.cpp" line="268"/>
        <source>Export Answers</source>
        <translation>Antworten exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="275"/>
        <source>Import Respondents</source>
        <translation>Personen importieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window_menus.cpp" line="262"/>
        <source>Your name, so whoever imports the file knows whose answers these are (optional):</source>
        <translation>Ihr Name, damit alle, die die Datei importieren, wissen, wessen Antworten das sind (optional):</translation>
    </message>
</context>
<context>
    <name>advisor::ui::MarginChart</name>
    <message>
        <location filename="../../ui/group/margin_chart.cpp" line="23"/>
        <source>Each respondent&apos;s margin: right favours %1, left %2</source>
        <translation>Vorsprung je Person: rechts für %1, links für %2</translation>
    </message>
    <message>
        <location filename="../../ui/group/margin_chart.cpp" line="26"/>
        <source>Each respondent&apos;s margin</source>
        <translation>Vorsprung je Person</translation>
    </message>
    <message>
        <location filename="../../ui/group/margin_chart.cpp" line="30"/>
        <source>Favours %1</source>
        <translation>Für %1</translation>
    </message>
    <message>
        <location filename="../../ui/group/margin_chart.cpp" line="96"/>
        <source>The group</source>
        <translation>Die Gruppe</translation>
    </message>
</context>
<context>
    <name>advisor::ui::OutcomeDialog</name>
    <message>
        <location filename="../../ui/history/outcome_dialog.cpp" line="16"/>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <location filename="../../ui/history/outcome_dialog.cpp" line="17"/>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <location filename="../../ui/history/outcome_dialog.cpp" line="20"/>
        <source>How did it turn out?</source>
        <translation>Wie ist es ausgegangen?</translation>
    </message>
    <message>
        <location filename="../../ui/history/outcome_dialog.cpp" line="22"/>
        <source>Looking back at “%1”: what happened after the choice was made?</source>
        <translation>Rückblick auf „%1“: Was geschah nach der Entscheidung?</translation>
    </message>
    <message>
        <location filename="../../ui/history/outcome_dialog.cpp" line="28"/>
        <source>What went well, what did not, what you would choose today</source>
        <translation>Was gut lief, was nicht, was Sie heute wählen würden</translation>
    </message>
    <message>
        <location filename="../../ui/history/outcome_dialog.cpp" line="38"/>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location filename="../../ui/history/outcome_dialog.cpp" line="39"/>
        <source>1 — much worse than hoped</source>
        <translation>1 — viel schlechter als erhofft</translation>
    </message>
    <message>
        <location filename="../../ui/history/outcome_dialog.cpp" line="40"/>
        <source>2 — worse than hoped</source>
        <translation>2 — schlechter als erhofft</translation>
    </message>
    <message>
        <location filename="../../ui/history/outcome_dialog.cpp" line="41"/>
        <source>3 — as hoped</source>
        <translation>3 — wie erhofft</translation>
    </message>
    <message>
        <location filename="../../ui/history/outcome_dialog.cpp" line="42"/>
        <source>4 — better than hoped</source>
        <translation>4 — besser als erhofft</translation>
    </message>
    <message>
        <location filename="../../ui/history/outcome_dialog.cpp" line="43"/>
        <source>5 — much better than hoped</source>
        <translation>5 — viel besser als erhofft</translation>
    </message>
    <message>
        <location filename="../../ui/history/outcome_dialog.cpp" line="51"/>
        <source>&amp;What happened:</source>
        <translation>&amp;Was geschah:</translation>
    </message>
    <message>
        <location filename="../../ui/history/outcome_dialog.cpp" line="52"/>
        <source>As expected?</source>
        <translation>Wie erwartet?</translation>
    </message>
    <message>
        <location filename="../../ui/history/outcome_dialog.cpp" line="53"/>
        <source>&amp;Rating:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
</context>
<context>
    <name>advisor::ui::PairwiseModel</name>
    <message>
        <location filename="../../ui/weights/pairwise_model.cpp" line="109"/>
        <source>%1 compared with itself</source>
        <translation>%1 mit sich selbst verglichen</translation>
    </message>
    <message>
        <location filename="../../ui/weights/pairwise_model.cpp" line="114"/>
        <source>%1 and %2 matter equally</source>
        <translation>%1 und %2 sind gleich wichtig</translation>
    </message>
    <message>
        <location filename="../../ui/weights/pairwise_model.cpp" line="120"/>
        <source>%1 matters %2 times as much as %3</source>
        <translation>%1 ist %2-mal so wichtig wie %3</translation>
    </message>
</context>
<context>
    <name>advisor::ui::PairwisePanel</name>
    <message>
        <location filename="../../ui/weights/pairwise_panel.cpp" line="29"/>
        <source>How much more does the row&apos;s criterion matter than the column&apos;s? 1: equally, 3: moderately, 5: strongly, 7: very strongly, 9: extremely; 1/3: the column&apos;s matters moderately more.</source>
        <translation>Wie viel wichtiger ist das Kriterium der Zeile als das der Spalte? 1: gleich, 3: mäßig, 5: stark, 7: sehr stark, 9: extrem; 1/3: das der Spalte ist mäßig wichtiger.</translation>
    </message>
    <message>
        <location filename="../../ui/weights/pairwise_panel.cpp" line="39"/>
        <source>Pairwise judgements</source>
        <translation>Paarweise Urteile</translation>
    </message>
    <message>
        <location filename="../../ui/weights/pairwise_panel.cpp" line="131"/>
        <source>Consistency ratio: %1 (%2)</source>
        <translation>Konsistenzverhältnis: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/weights/pairwise_panel.cpp" line="133"/>
        <source>acceptable, %1 or less</source>
        <translation>akzeptabel, %1 oder weniger</translation>
    </message>
    <message>
        <location filename="../../ui/weights/pairwise_panel.cpp" line="133"/>
        <source>too high, above %1</source>
        <translation>zu hoch, über %1</translation>
    </message>
    <message>
        <location filename="../../ui/weights/pairwise_panel.cpp" line="142"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../ui/weights/pairwise_panel.cpp" line="145"/>
        <source>These judgements give the weights: %1.</source>
        <translation>Diese Urteile ergeben die Gewichte: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/weights/pairwise_panel.cpp" line="145"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/weights/pairwise_panel.cpp" line="148"/>
        <source>Pairwise weights in use</source>
        <translation>Paarweise Gewichte aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/weights/pairwise_panel.cpp" line="148"/>
        <source>&amp;Use pairwise weights</source>
        <translation>Paarweise Gewichte &amp;verwenden</translation>
    </message>
</context>
<context>
    <name>advisor::ui::ProfileRadarChart</name>
    <message>
        <location filename="../../ui/results/profile_charts.cpp" line="44"/>
        <source>Profiles (score 0–10 per criterion)</source>
        <translation>Profile (Punktzahl 0–10 je Kriterium)</translation>
    </message>
</context>
<context>
    <name>advisor::ui::QuestionGroup</name>
    <message>
        <location filename="../../ui/questionnaire/question_group.cpp" line="83"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire/question_group.cpp" line="88"/>
        <source>Leave unanswered; the results will say a neutral default was used.</source>
        <translation>Unbeantwortet lassen; die Ergebnisse weisen auf den neutralen Standardwert hin.</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire/question_group.cpp" line="89"/>
        <source>Leave unanswered; the neutral default “%1” applies and the results say so.</source>
        <translation>Unbeantwortet lassen; es gilt der neutrale Standardwert „%1“, und die Ergebnisse weisen darauf hin.</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire/question_group.cpp" line="91"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire/question_group.cpp" line="115"/>
        <source>Tick none to skip: the results will say a default was used.</source>
        <translation>Zum Überspringen nichts ankreuzen: Die Ergebnisse weisen auf den Standardwert hin.</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire/question_group.cpp" line="64"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>advisor::ui::QuestionnairePage</name>
    <message>
        <location filename="../../ui/questionnaire/questionnaire_page.cpp" line="49"/>
        <source>e.g. Chat backend for the support app</source>
        <translation>z. B. Chat-Backend für die Support-App</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire/questionnaire_page.cpp" line="50"/>
        <source>Decision title</source>
        <translation>Titel der Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire/questionnaire_page.cpp" line="53"/>
        <source>Decision notes</source>
        <translation>Notizen zur Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire/questionnaire_page.cpp" line="54"/>
        <source>Context, constraints, who was in the meeting…</source>
        <translation>Kontext, Einschränkungen, wer beim Meeting dabei war…</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire/questionnaire_page.cpp" line="58"/>
        <source>Decision &amp;title:</source>
        <translation>&amp;Titel der Entscheidung:</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire/questionnaire_page.cpp" line="59"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire/questionnaire_page.cpp" line="89"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire/questionnaire_page.cpp" line="90"/>
        <location filename="../../ui/questionnaire/questionnaire_page.cpp" line="302"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire/questionnaire_page.cpp" line="96"/>
        <source>Questionnaire progress</source>
        <translation>Fortschritt im Fragebogen</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire/questionnaire_page.cpp" line="100"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire/questionnaire_page.cpp" line="101"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire/questionnaire_page.cpp" line="102"/>
        <source>Previous topic (Alt+B)</source>
        <translation>Vorheriges Thema (Alt+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire/questionnaire_page.cpp" line="103"/>
        <source>Next topic (Alt+N); Enter also moves on</source>
        <translation>Nächstes Thema (Alt+W); auch mit der Eingabetaste</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire/questionnaire_page.cpp" line="296"/>
        <source>Topic %1 of %2 · %3 of %4 questions answered</source>
        <translation>Thema %1 von %2 · %3 von %4 Fragen beantwortet</translation>
    </message>
    <message>
        <location filename="../../ui/questionnaire/questionnaire_page.cpp" line="302"/>
        <source>&amp;Next: see the results</source>
        <translation>&amp;Weiter: zu den Ergebnissen</translation>
    </message>
</context>
<context>
    <name>advisor::ui::ReasonsModel</name>
    <message>
        <location filename="../../ui/results/reasons_model.cpp" line="125"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/results/reasons_model.cpp" line="127"/>
        <source>Favours</source>
        <translation>Spricht für</translation>
    </message>
    <message>
        <location filename="../../ui/results/reasons_model.cpp" line="129"/>
        <source>Margin points</source>
        <translation>Punkte Vorsprung</translation>
    </message>
    <message>
        <location filename="../../ui/results/reasons_model.cpp" line="59"/>
        <location filename="../../ui/results/reasons_model.cpp" line="108"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/results/reasons_model.cpp" line="110"/>
        <source>%1, “%2”</source>
        <translation>%1, „%2“</translation>
    </message>
    <message>
        <location filename="../../ui/results/reasons_model.cpp" line="131"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>advisor::ui::RecommendationBanner</name>
    <message>
        <location filename="../../ui/results/recommendation_banner.cpp" line="41"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../ui/results/recommendation_banner.cpp" line="78"/>
        <source>Verdict: %1</source>
        <translation>Einschätzung: %1</translation>
    </message>
    <message>
        <location filename="../../ui/results/recommendation_banner.cpp" line="123"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../../ui/results/recommendation_banner.cpp" line="124"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/results/recommendation_banner.cpp" line="124"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/results/recommendation_banner.cpp" line="127"/>
        <source>Every question was answered; no defaults were used.</source>
        <translation>Alle Fragen wurden beantwortet; es wurden keine Standardwerte verwendet.</translation>
    </message>
    <message>
        <location filename="../../ui/results/recommendation_banner.cpp" line="133"/>
        <source>Unanswered, so neutral defaults were used (%1): %2</source>
        <translation>Unbeantwortet, daher wurden neutrale Standardwerte verwendet (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/results/recommendation_banner.cpp" line="134"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/results/recommendation_banner.cpp" line="84"/>
        <source>%1 As the article puts it: “%2.”</source>
        <translation>%1 Der Artikel sagt: „%2.“</translation>
    </message>
    <message>
        <location filename="../../ui/results/recommendation_banner.cpp" line="89"/>
        <source>Consider a hybrid (%1): %2</source>
        <translation>Erwägen Sie eine Mischform (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/results/recommendation_banner.cpp" line="129"/>
        <source>Nothing is answered yet: every question takes its neutral default (%1).</source>
        <translation>Noch nichts beantwortet: Jede Frage nimmt ihren neutralen Standard an (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/results/recommendation_banner.cpp" line="105"/>
        <source>Includes measurements from this machine (Evidence Lab, %1): they replace the article&apos;s performance claims, each counting as much as this machine confirms it.</source>
        <translation>Enthält Messungen von diesem Rechner (Evidence Lab, %1): Sie ersetzen die Leistungsaussagen des Artikels; jede zählt so viel, wie dieser Rechner sie bestätigt.</translation>
    </message>
    <message>
        <location filename="../../ui/results/recommendation_banner.cpp" line="109"/>
        <source>Includes measurements from this machine (Evidence Lab, %1), shown beside the article&apos;s performance claims, which still decide the score.</source>
        <translation>Enthält Messungen von diesem Rechner (Evidence Lab, %1), gezeigt neben den Leistungsaussagen des Artikels, die weiter die Punkte bestimmen.</translation>
    </message>
</context>
<context>
    <name>advisor::ui::RespondentBar</name>
    <message>
        <location filename="../../ui/group/respondent_bar.cpp" line="23"/>
        <source>&amp;Answering as:</source>
        <translation>&amp;Antworten als:</translation>
    </message>
    <message>
        <location filename="../../ui/group/respondent_bar.cpp" line="57"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/group/respondent_bar.cpp" line="63"/>
        <source>Answering as</source>
        <translation>Antworten als</translation>
    </message>
    <message>
        <location filename="../../ui/group/respondent_bar.cpp" line="67"/>
        <source>%1&apos;s own answers and result are on these pages; the Group page shows the group&apos;s.</source>
        <translation>Hier stehen die eigenen Antworten und das eigene Ergebnis von %1; die Seite „Gruppe“ zeigt das der Gruppe.</translation>
    </message>
</context>
<context>
    <name>advisor::ui::RespondentWeightsModel</name>
    <message>
        <location filename="../../ui/group/respondent_weights_model.cpp" line="37"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../../ui/group/respondent_weights_model.cpp" line="63"/>
        <source>The group</source>
        <translation>Die Gruppe</translation>
    </message>
</context>
<context>
    <name>advisor::ui::RespondentsModel</name>
    <message>
        <location filename="../../ui/group/respondents_model.cpp" line="54"/>
        <source>%1 (answering)</source>
        <translation>%1 (antwortet)</translation>
    </message>
    <message>
        <location filename="../../ui/group/respondents_model.cpp" line="61"/>
        <source>%1 (no vote)</source>
        <translation>%1 (ohne Stimme)</translation>
    </message>
    <message>
        <location filename="../../ui/group/respondents_model.cpp" line="66"/>
        <source>Tie</source>
        <translation>Gleichstand</translation>
    </message>
    <message>
        <location filename="../../ui/group/respondents_model.cpp" line="81"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/group/respondents_model.cpp" line="83"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/group/respondents_model.cpp" line="85"/>
        <source>Voting weight</source>
        <translation>Stimmgewicht</translation>
    </message>
    <message>
        <location filename="../../ui/group/respondents_model.cpp" line="87"/>
        <source>Own result</source>
        <translation>Eigenes Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/group/respondents_model.cpp" line="89"/>
        <source>Margin</source>
        <translation>Vorsprung</translation>
    </message>
</context>
<context>
    <name>advisor::ui::ResultsPage</name>
    <message>
        <location filename="../../ui/results/results_page.cpp" line="84"/>
        <source>Reasons with citations</source>
        <translation>Gründe mit Quellenangaben</translation>
    </message>
    <message>
        <location filename="../../ui/results/results_page.cpp" line="107"/>
        <source>Why: the evidence behind the recommendation</source>
        <translation>Warum: die Belege hinter der Empfehlung</translation>
    </message>
    <message>
        <location filename="../../ui/results/results_page.cpp" line="110"/>
        <source>No answer yet makes any of the article&apos;s claims apply. Each answer in the questionnaire says which claims fit the project; the Evidence page lists them all.</source>
        <translation>Noch keine Antwort wendet eine Aussage des Artikels an. Jede Antwort im Fragebogen sagt, welche Aussagen zum Projekt passen; die Seite „Belege“ listet sie alle.</translation>
    </message>
    <message>
        <location filename="../../ui/results/results_page.cpp" line="187"/>
        <source>What pulls each way: the evidence your answers apply, then your situation</source>
        <translation>Was in welche Richtung zieht: die Belege, die Ihre Antworten anwenden, dann Ihre Situation</translation>
    </message>
    <message>
        <location filename="../../ui/results/results_page.cpp" line="189"/>
        <source>Why: the evidence behind the recommendation, then your situation</source>
        <translation>Warum: die Belege hinter der Empfehlung, dann Ihre Situation</translation>
    </message>
</context>
<context>
    <name>advisor::ui::SaatyDelegate</name>
    <message>
        <location filename="../../ui/weights/saaty_delegate.cpp" line="13"/>
        <source>Pairwise judgement</source>
        <translation>Paarweises Urteil</translation>
    </message>
</context>
<context>
    <name>advisor::ui::SavedResultNotice</name>
    <message>
        <location filename="../../ui/store/saved_result_notice.cpp" line="23"/>
        <source>no stack ahead (a tie)</source>
        <translation>kein Stack vorn (Gleichstand)</translation>
    </message>
    <message>
        <location filename="../../ui/store/saved_result_notice.cpp" line="25"/>
        <source>%1, %2, by %3 points</source>
        <translation>%1, %2, mit %3 Punkten Vorsprung</translation>
    </message>
    <message>
        <location filename="../../ui/store/saved_result_notice.cpp" line="46"/>
        <source>“%1” was saved on %2 with knowledge base %3. Today&apos;s knowledge base, %4, gives the same answer: %5.</source>
        <translation>„%1“ wurde am %2 mit der Wissensbasis %3 gespeichert. Die heutige Wissensbasis, %4, gibt dieselbe Antwort: %5.</translation>
    </message>
    <message>
        <location filename="../../ui/store/saved_result_notice.cpp" line="51"/>
        <source>“%1” was saved on %2 with knowledge base %3, which gave: %4. Today&apos;s knowledge base, %5, gives another answer: %6. The results shown are today&apos;s; History keeps the saved result until you save this decision again.</source>
        <translation>„%1“ wurde am %2 mit der Wissensbasis %3 gespeichert, die ergab: %4. Die heutige Wissensbasis, %5, gibt eine andere Antwort: %6. Angezeigt werden die heutigen Ergebnisse; der Verlauf behält das gespeicherte Ergebnis, bis Sie diese Entscheidung erneut speichern.</translation>
    </message>
    <message>
        <location filename="../../ui/store/saved_result_notice.cpp" line="0"/>
        <source>What changed, reason by reason: %1</source>
        <translation>Was sich geändert hat, Grund für Grund: %1</translation>
    </message>
    <message>
        <location filename="../../ui/store/saved_result_notice.cpp" line="0"/>
        <source>%1: %2 → %3 points for %4</source>
        <translation>%1: %2 → %3 Punkte für %4</translation>
    </message>
    <message>
        <location filename="../../ui/store/saved_result_notice.cpp" line="0"/>
        <source>%1: %2 points for %3, now %4 for %5</source>
        <translation>%1: %2 Punkte für %3, jetzt %4 für %5</translation>
    </message>
    <message>
        <location filename="../../ui/store/saved_result_notice.cpp" line="0"/>
        <source>%1: counts now, %2 points for %3</source>
        <translation>%1: zählt jetzt, %2 Punkte für %3</translation>
    </message>
    <message>
        <location filename="../../ui/store/saved_result_notice.cpp" line="0"/>
        <source>%1: no longer counts (it was %2 points for %3)</source>
        <translation>%1: zählt nicht mehr (es waren %2 Punkte für %3)</translation>
    </message>
    <message>
        <location filename="../../ui/store/saved_result_notice.cpp" line="0"/>
        <source>(%1 more)</source>
        <translation>(%1 weitere)</translation>
    </message>
</context>
<context>
    <name>advisor::ui::SessionSaver</name>
    <message>
        <location filename="../../ui/store/session_saver.cpp" line="94"/>
        <source>saved decision %1</source>
        <translation>gespeicherte Entscheidung %1</translation>
    </message>
    <message>
        <location filename="../../ui/store/session_saver.cpp" line="96"/>
        <source>Could not reopen “%1”: %2</source>
        <translation>„%1“ konnte nicht wieder geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>advisor::ui::WeightSliders</name>
    <message>
        <location filename="../../ui/weights/weight_sliders.cpp" line="37"/>
        <source>Weight of %1</source>
        <translation>Gewicht von %1</translation>
    </message>
    <message>
        <location filename="../../ui/weights/weight_sliders.cpp" line="43"/>
        <source>Weight of %1, value</source>
        <translation>Gewicht von %1, Wert</translation>
    </message>
</context>
<context>
    <name>advisor::ui::WeightsPage</name>
    <message>
        <location filename="../../ui/weights_page.cpp" line="27"/>
        <source>Weights: from your answers</source>
        <translation>Gewichte: aus Ihren Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/weights_page.cpp" line="29"/>
        <source>Weights: set directly</source>
        <translation>Gewichte: direkt festgelegt</translation>
    </message>
    <message>
        <location filename="../../ui/weights_page.cpp" line="31"/>
        <source>Weights: from pairwise comparisons</source>
        <translation>Gewichte: aus paarweisen Vergleichen</translation>
    </message>
    <message>
        <location filename="../../ui/weights_page.cpp" line="71"/>
        <source>If one answer changed</source>
        <translation>Wenn sich eine Antwort ändert</translation>
    </message>
    <message>
        <location filename="../../ui/weights_page.cpp" line="72"/>
        <source>No single answer, changed alone, would change the winner.</source>
        <translation>Keine einzelne Antwort würde, allein geändert, den Sieger ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/weights_page.cpp" line="79"/>
        <source>Pairwise comparisons (AHP)</source>
        <translation>Paarweise Vergleiche (AHP)</translation>
    </message>
    <message>
        <location filename="../../ui/weights_page.cpp" line="85"/>
        <source>Where the winner changes</source>
        <translation>Wo der Sieger wechselt</translation>
    </message>
    <message>
        <location filename="../../ui/weights_page.cpp" line="86"/>
        <source>How often each alternative wins</source>
        <translation>Wie oft jede Alternative gewinnt</translation>
    </message>
    <message>
        <location filename="../../ui/weights_page.cpp" line="88"/>
        <source>What else would change the answer</source>
        <translation>Was die Antwort sonst noch ändern würde</translation>
    </message>
    <message>
        <location filename="../../ui/weights_page.cpp" line="101"/>
        <source>Criterion weights</source>
        <translation>Gewichte der Kriterien</translation>
    </message>
    <message>
        <location filename="../../ui/weights_page.cpp" line="107"/>
        <source>&amp;Reset to answers’ weights</source>
        <translation>Auf Gewichte der Antworten &amp;zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/weights_page.cpp" line="109"/>
        <source>Drop the weights set here and use the ones your answers imply</source>
        <translation>Die hier festgelegten Gewichte verwerfen und die aus Ihren Antworten verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/weights_page.cpp" line="114"/>
        <source>Move a slider to set a weight directly; the others shrink or grow in proportion so that all add up to 1.</source>
        <translation>Verschieben Sie einen Regler, um ein Gewicht direkt festzulegen; die anderen schrumpfen oder wachsen anteilig, sodass alle zusammen 1 ergeben.</translation>
    </message>
    <message>
        <location filename="../../ui/weights_page.cpp" line="125"/>
        <source>If one weight changed</source>
        <translation>Wenn sich ein Gewicht ändert</translation>
    </message>
    <message>
        <location filename="../../ui/weights_page.cpp" line="33"/>
        <source>Weights: the respondents’ weights combined</source>
        <translation>Gewichte: die Gewichte der Befragten zusammengefasst</translation>
    </message>
</context>
<context>
    <name>advisor::ui::WinProbabilityChart</name>
    <message>
        <location filename="../../ui/weights/win_probability_chart.cpp" line="27"/>
        <source>Win probability of each alternative</source>
        <translation>Gewinnwahrscheinlichkeit jeder Alternative</translation>
    </message>
    <message>
        <location filename="../../ui/weights/win_probability_chart.cpp" line="75"/>
        <source>Seed %1, Dirichlet concentration %2.</source>
        <translation>Seed %1, Dirichlet-Konzentration %2.</translation>
    </message>
    <message>
        <location filename="../../ui/weights/win_probability_chart.cpp" line="76"/>
        <source>No weight samples were drawn.</source>
        <translation>Es wurden keine Gewichtsstichproben gezogen.</translation>
    </message>
</context>
</TS>
