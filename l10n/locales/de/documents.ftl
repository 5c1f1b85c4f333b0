### Dokumente: Text, Markdown, Word und Druck teilen sich diese Wörter.

doc-goal-sheet = Zielbogen — { $title }
doc-canon = Kanon: { $name } { $version }
doc-notice = Hinweis
doc-weight = Gewichtung { $percent }
doc-source = Quelle
# Nach einer Zeile in Markdown: "_(Quelle: JFM-Verantwortlichkeit (P4))_".
doc-source-note = Quelle: { $source }
doc-signatures = Unterschriften
signature-employee = Mitarbeiter/in: ______________________________   Datum: ______________
signature-manager = Führungskraft:  ______________________________   Datum: ______________
# Die Zieltabelle des Zielbogens.
doc-column-goal = Ziel
doc-column-framework = Methode
doc-column-weight = Gewichtung
doc-column-target = Zielwert
doc-column-due = Fällig
doc-column-measure = Messgröße
doc-column-text = Text
doc-column-ratings = Einschätzungen

## Der Teil eines Dokuments zur Beurteilung.

review-heading = Beurteilung
review-competencies = Kompetenzen
review-score = Ergebnis
review-acknowledgement-heading = Kenntnisnahme
review-acknowledgement = Mit der Unterschrift wird bestätigt, dass dieses Beurteilungsgespräch stattgefunden hat. Sie bedeutet nicht, dass die Mitarbeiterin oder der Mitarbeiter mit dem Inhalt einverstanden ist.

## Die Kalibrierungsübersicht der Beurteilungen für HR (`goalframes collect --format review-csv`).

calibration-title = Kalibrierung der Beurteilungen
calibration-people = Personen: { $count }. Gesamtergebnis (Führungskraft), nach dem nächsten Punkt der Skala ({ $range }):
calibration-point = Punkt
calibration-people-column = Personen
calibration-not-scored = Ohne Ergebnis: { $count }
# Ein Bogen ohne Namen einer Person, nach seiner ID.
calibration-sheet = Bogen { $id }

## Profile nebeneinander verglichen.

compare-heading = Vergleich: { $profiles }
compare-differs = weicht ab
compare-absent = Im Kanon nicht vorhanden
compare-responsibilities = Verantwortlichkeiten
compare-component-responsibilities = Teilverantwortlichkeiten
compare-rubric = Raster: { $name }
compare-component-source = { $abbrev }-Teilverantwortlichkeit ({ $code })
compare-rubric-source = { $abbrev }-Raster „{ $name }“ ({ $code })
compare-error-none = nennen Sie mindestens ein Profil zum Vergleich, in der Form familie:STUFE
compare-error-too-many = höchstens { $max } Profile können verglichen werden; { $count } wurden genannt
