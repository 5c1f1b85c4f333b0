### Der Bogen: für wen und wann er gilt, seine Gewichtungen und warum ein Bogen,
### eine Datei, ein Link oder eine Personalliste nicht gelesen werden konnte.

## Wer, wann, welcher Zeitraum.

sheet-person = Person
sheet-period = Zeitraum
sheet-period-start = Beginn des Zeitraums
sheet-period-end = Ende des Zeitraums
sheet-review-date = Beurteilungsdatum
sheet-exported = Exportiert
sheet-untitled = Unbenannter Bogen
period-from-to = { $start } bis { $end }
period-from = ab { $start }
period-until = bis { $end }
cycle-warning-end-before-start = Der Zeitraum endet, bevor er beginnt.
cycle-warning-review-before-start = Das Beurteilungsdatum liegt vor dem Beginn des Zeitraums.

## Gewichtungen.

total-weight = Gesamtgewichtung: { $percent }
total-weight-off = Gesamtgewichtung: { $percent } (nicht 100 %)
total-weight-none = Noch keine Gewichtungen: Geben Sie jedem Ziel eine Gewichtung in Prozent.
error-weight = eine Gewichtung ist ein ganzer Prozentwert von 0 bis { $max }

## Ein Bogen, der nicht gelesen werden kann (Speicher, Datei, Link, Code, collect).

sheet-error-json = kein Bogen: { $detail }
sheet-error-schema = unbekanntes Bogenschema { $found } (erwartet: { $expected })
sheet-error-value = ungültiger Wert in { $field }: { $why }
sheet-error-date = ungültiges Datum in { $field }: { $why }
sheet-error-id = ungültige ID: eine Bogen-ID besteht aus 1 bis { $max } Buchstaben, Ziffern, '-' oder '_'
sheet-error-key = ungültiger Schlüssel { $key }: Schlüssel bestehen aus 1 bis { $max } Buchstaben, Ziffern, '-', '_' oder '/' (Schlüssel in "edited" bis zu { $max-edited })
sheet-error-too-many = zu viele Einträge ({ $count }; ein Bogen enthält höchstens { $max } Elemente, Werte, Ziele, Fingerabdrücke und Bearbeitungszeiten zusammen)
sheet-error-goals = ungültige Zielliste: { $why }
sheet-error-review = ungültige Beurteilungsdaten in { $why }
sheet-error-lang = ungültige Sprache { $lang }: erwartet wird eine Sprachkennung wie "de" oder "fr-CH"
goals-problem-too-many = { $count } Ziele; ein Bogen enthält höchstens { $max }
goals-problem-twice = { $goal } wird zweimal behalten
goals-problem-overweight = { $goal } hat eine Gewichtung über { $max } %
goals-problem-own-prefix = das eigene Ziel { $goal } beginnt nicht mit { $prefix }
import-error-too-large = die Datei ist zu groß für einen Bogen ({ $bytes } Byte; ein Bogen hat höchstens { $max-kb } KB)
import-error-sheet = dies ist kein Goalframes-Bogen ({ $why })
import-error-unknown-profile = dieser Bogen gilt für ein Profil, das dieser Kanon nicht hat: Familie „{ $family }“ auf Stufe „{ $level }“
js-error-other-profile = der Bogen gilt für die Familie „{ $family }“ auf Stufe „{ $level }“, nicht für dieses Profil
link-error-too-long = der Bogen-Link ist zu lang ({ $count } Zeichen; höchstens { $max })
link-error-encoding = der Bogen-Link ist beschädigt (kein base64url); kopieren Sie ihn erneut vollständig
link-error-compression = der Bogen-Link ist beschädigt oder zu groß (er entpackt sich nicht zu einem Bogen von höchstens { $max } Byte)
link-error-text = der Bogen-Link enthält keinen Text
link-error-sheet = der Bogen-Link enthält keinen gültigen Bogen: { $why }

## Eine Zeile der Personalliste, die nicht verwendet werden kann.

roster-error-too-large = die Personalliste ist zu groß ({ $bytes } Byte; höchstens { $max })
roster-error-header = die Kopfzeile kann nicht gelesen werden: { $detail }
roster-error-column = der Kopfzeile fehlt die Spalte "{ $column }"; sie braucht { $columns }
roster-error-row = die Zeile kann nicht gelesen werden: { $detail }
roster-error-no-name = der Name ist leer
roster-error-name = der Name kann nicht verwendet werden: { $why }
roster-error-period = der Zeitraum kann nicht verwendet werden: { $why }
roster-error-family = unbekannte Familie „{ $family }“; vorhanden sind (ähnlichste zuerst): { $families }
roster-error-level = unbekannte Stufe „{ $level }“ für die Familie „{ $family }“; vorhanden sind (ähnlichste zuerst): { $levels }
