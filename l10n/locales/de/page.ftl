### Die Ansicht der Zielrahmen auf der Seite (das Markup der Engine).

view-mbo-no-standard = Kein Standard: Der Kanon stützt für diese Stufe keinen.
view-next-level = Nächste Stufe
view-next-level-heading = Nächste Stufe: { $code } — { $title }
view-next-level-intro = Was sich bei { $code } ({ $profile }) ändert: der Text der nächsten Stufe, wörtlich. Behalten Sie davon, was Sie möchten, als Entwicklungsziel.
view-next-level-empty = Jede Stufendimension lautet auf der nächsten Stufe gleich.
view-copy-print-as-text = Als Text kopieren / drucken
view-copy = Kopieren
# Nach „Kopieren“, für Screenreader: "Kopieren SMART-Ziele als Text".
view-copy-what = { $frame } als Text
view-keep = Behalten
view-keep-goal = { $goal } behalten
view-pick-a-date = Datum wählen, { $goal }
view-date-picker = Datumsauswahl, { $goal }
# Der Titel eines Datumsfelds, das, solange es leer ist, das Ende des Zeitraums zeigt.
slot-inherited-title = Das Ende des Zeitraums: Füllen Sie dieses Feld aus, um ein eigenes Datum festzulegen.
