### Die Beurteilung: die Ziele vereinbaren, im Lauf des Zeitraums Zwischenstände
### erfassen, zum Ende bewerten, die Stufe einschätzen und das Ergebnis
### berechnen. Die Seite, jedes Dokument und die Meldungen sagen es mit diesen Wörtern.

## Phasen und die Schritte zwischen ihnen.

review-stage = Phase
stage-draft = Entwurf
    .in-sentence = Entwurf
stage-agreed = Vereinbart
    .in-sentence = vereinbart
stage-reviewed = Beurteilt
    .in-sentence = beurteilt
review-mark-as-agreed = Als vereinbart markieren
review-mark-as-reviewed = Als beurteilt markieren
review-reopen = Wieder öffnen
review-agreed-by-employee = Vereinbart von Mitarbeiter/in
review-agreed-by-manager = Vereinbart von Führungskraft
review-agreed-on = Vereinbart am
review-reviewed-on = Beurteilt am
review-reopened-on = Wieder geöffnet am
review-agreement-line = Vereinbart am { $date } von Mitarbeiter/in { $employee } und Führungskraft { $manager }
review-reviewed-on-line = Beurteilt am { $date }
review-reopening-line = Wieder geöffnet am { $date } ({ $undid })
review-reopened-was-agreed = war am { $date } von Mitarbeiter/in { $employee } und Führungskraft { $manager } vereinbart worden
review-reopened-was-reviewed = war am { $date } beurteilt worden
review-reopened-was = war { $stage }

## Zwischenstände.

review-check-ins = Zwischenstände
check-in-date = Datum des Zwischenstands
check-in-value = Aktueller Wert
check-in-note = Notiz
status-on-track = Planmäßig
    .in-sentence = planmäßig
status-behind = Verzögert
    .in-sentence = verzögert
status-at-risk = Gefährdet
    .in-sentence = gefährdet
# Der Status, den ein Zwischenstand nahelegt, und warum.
progress-how = Berechnet: { $status } ({ $expected } % des Zeitraums vergangen, { $actual } % des Wegs zum Zielwert zurückgelegt: { $standing }).
progress-points-behind = { $points } Punkte im Rückstand
progress-points-ahead = { $points } Punkte voraus
progress-as-expected = wie erwartet

## Die Bewertung zum Ende des Zeitraums.

review-actual = Istwert
review-achievement-percent = Zielerreichung in %
review-self-rating = Selbsteinschätzung
review-manager-rating = Einschätzung der Führungskraft
review-employee-comment = Kommentar Mitarbeiter/in
review-manager-comment = Kommentar Führungskraft
# Die zwei Einschätzungen einer Kompetenzzeile: "selbst 3, Führungskraft 4".
competency-ratings = selbst { $self-rating }, Führungskraft { $manager-rating }

## Die Zielerreichung und wie sie ermittelt wurde.

achievement-line = Zielerreichung: { $percent } % ({ $how })
achievement-computed = berechnet: { $how }
achievement-how = von { $baseline } auf { $target }, erreicht { $actual }: { $formula }
achievement-held = der Zielwert wurde gehalten = 100.0 %
achievement-typed = eingegeben: { $percent } %
achievement-capped = , begrenzt auf { $cap } %
achievement-counted-as-zero = , als 0 % gewertet

## Das Ergebnis und wie jede Zahl berechnet wurde oder warum nicht.

score-goal-achievement = Zielerreichung gesamt
score-goal-rating = Zieleinschätzung
score-competency-rating = Kompetenzeinschätzung
score-overall = Gesamtergebnis
# Eine Zahl aus den Selbsteinschätzungen: "Zieleinschätzung (selbst)".
score-self = { $figure } (selbst)
score-not-scored-why = kein Ergebnis ({ $why })
# Die Namen dessen, was eine Formel zusammenzählt.
score-achievement-term = Zielerreichung
score-manager-rating-term = Einschätzung der Führungskraft
score-self-rating-term = Selbsteinschätzung
score-manager-ratings-term = Einschätzungen der Führungskraft
score-self-ratings-term = Selbsteinschätzungen
score-goal-rating-term = Zieleinschätzung
score-competency-rating-term = Kompetenzeinschätzung
score-weighted-how = Σ Gewichtung × { $name } / 100 = ({ $products }) / 100 = { $result }
score-mean-how = Mittelwert aus { $count } { $ratings } = ({ $values }) / { $count } = { $result }
score-overall-how = { $products } = { $result }; nächster Punkt der Skala: { $point }
score-no-goals = Es sind keine Ziele behalten.
score-weights-off = Die Gewichtungen ergeben zusammen { $total } %, nicht 100 %.
score-no-achievement = Keine Zielerreichung für { $goal }: Geben Sie den Istwert (oder die Zielerreichung in %) ein.
score-no-achievement-not-numbers = Keine Zielerreichung für { $goal }: Ausgangswert, Zielwert und Istwert sind keine Zahlen derselben Einheit; geben Sie die Zielerreichung in % ein.
score-no-manager-rating = Keine Einschätzung der Führungskraft für { $goal }.
score-no-self-rating = Keine Selbsteinschätzung für { $goal }.
score-rating-off-scale = { $rater } { $rating } für { $goal } liegt nicht auf der Skala ({ $range }).
score-no-competencies = Keine Kompetenzzeilen: Die Stufe des Profils hat keine Dimensionen oder Raster.

## Was ein vereinbarter oder beurteilter Bogen nicht ändern lässt.

lock-goals = Die Ziele sind vereinbart: Öffnen Sie den Bogen wieder, um zu ändern, welche Ziele er enthält oder in welcher Reihenfolge.
lock-weight = Die Ziele sind vereinbart: Öffnen Sie den Bogen wieder, um die Gewichtung von { $goal } zu ändern.
lock-own-goal = Die Ziele sind vereinbart: Öffnen Sie den Bogen wieder, um den Text von { $goal } zu ändern.
lock-baseline = Die Ziele sind vereinbart: Öffnen Sie den Bogen wieder, um den Ausgangswert zu ändern.
lock-target = Die Ziele sind vereinbart: Öffnen Sie den Bogen wieder, um den Zielwert zu ändern.
lock-date = Die Ziele sind vereinbart: Öffnen Sie den Bogen wieder, um das Datum zu ändern.
lock-period-start = Die Ziele sind vereinbart: Öffnen Sie den Bogen wieder, um den Beginn des Zeitraums zu ändern.
lock-period-end = Die Ziele sind vereinbart: Öffnen Sie den Bogen wieder, um das Ende des Zeitraums zu ändern.
lock-review-date = Die Ziele sind vereinbart: Öffnen Sie den Bogen wieder, um das Beurteilungsdatum zu ändern.
lock-stage-record = Wer wann vereinbart hat und der Tag der Beurteilung sind festgehalten und ändern sich nur durch Wiederöffnen und erneutes Vereinbaren oder Beurteilen.
lock-appraisal = Die Beurteilung ist abgeschlossen: Öffnen Sie den Bogen wieder, um die Bewertung von { $goal } zu ändern.
lock-competency-rating = Die Beurteilung ist abgeschlossen: Öffnen Sie den Bogen wieder, um die Einschätzungen zu { $competency } zu ändern.
lock-check-in-added = Die Beurteilung ist abgeschlossen: Öffnen Sie den Bogen wieder, um { $goal } einen Zwischenstand hinzuzufügen.
lock-check-in-changed = Zwischenstände bleiben so, wie sie erfasst wurden: Ein Zwischenstand von { $goal } kann nicht geändert oder entfernt werden; fügen Sie einen neuen hinzu.
lock-reopening-changed = Wiederöffnungen bleiben dauerhaft erhalten und können nicht geändert oder entfernt werden.

## Warum ein Schritt der Beurteilung abgelehnt wurde.

# "{Bedienelement}, {Ziel}": der Name eines Bedienelements für ein Ziel ("Datum des Zwischenstands, SMART-Ziel 1").
control-for = { $control }, { $goal }
# Ein abgelehntes Feld: "„Datum des Zwischenstands“: diesen Tag gibt es im Kalender nicht."
error-field = „{ $field }“: { $why }.
error-not-kept = { $goal } ist kein Ziel dieses Bogens.
check-in-error-reviewed = Die Beurteilung ist abgeschlossen: Öffnen Sie den Bogen wieder, um einen Zwischenstand hinzuzufügen.
check-in-error-full = Dieses Ziel hat bereits { $max } Zwischenstände, die Höchstzahl für ein Ziel.
check-in-error-id = Die ID { $id } des Zwischenstands ist fehlerhaft oder auf diesem Bogen bereits vergeben.
appraisal-error-reviewed = Die Beurteilung ist abgeschlossen: Öffnen Sie den Bogen wieder, um die Bewertung zu ändern.
appraisal-error-competency = { $key } ist kein Schlüssel einer Kompetenzzeile (1 bis { $max } Buchstaben, Ziffern, '-', '_' oder '/').
stage-error-wrong-stage = „{ $action }“ ist nur für { $needs } möglich; dieser Bogen ist in der Phase „{ $stage }“.
stage-needs-draft = einen Entwurf
stage-needs-agreed = einen vereinbarten Bogen
stage-needs-agreed-or-reviewed = einen vereinbarten oder beurteilten Bogen
stage-error-no-name = „{ $field }“ ist leer: Geben Sie den Namen ein.
stage-error-no-goals = Es sind noch keine Ziele behalten: Behalten Sie die Ziele, die vereinbart werden sollen.
stage-error-weights = Die Gewichtungen ergeben zusammen { $total } %, nicht 100 %: Passen Sie sie vor der Vereinbarung an.
stage-error-empty-own-goal = Eigenes Ziel { $n } ist noch leer: Formulieren oder entfernen Sie es vor der Vereinbarung.
stage-error-not-scored = Die Beurteilung ergibt noch kein Ergebnis: { $why }
stage-error-id = Die ID { $id } der Wiederöffnung ist fehlerhaft oder auf diesem Bogen bereits vergeben.
next-period-error-ends-before-start = Der nächste Zeitraum muss nach seinem Beginn enden.

## Was an einem Feld der Beurteilungsdaten falsch ist (eingegeben oder in einer Datei).

problem-empty = der Wert ist leer
problem-comment-too-long = ein Kommentar hat höchstens { $max } Zeichen; dieser hat { $count }
problem-rating-too-high = eine Einschätzung ist ein Punkt der Skala, höchstens { $max }; diese ist { $rating }
problem-rating-not-whole = eine Einschätzung ist eine ganze Zahl, ein Punkt der Skala
problem-achievement-not-percent = eine Zielerreichung ist eine Prozentzahl von 0 bis { $max }, z. B. 80 oder 82,5 %
problem-bad-id = eine ID besteht aus 1 bis { $max } Buchstaben, Ziffern, '-' oder '_'
problem-id-twice = die ID { $id } wird zweimal verwendet
problem-part-key = Schlüssel von Elementen dürfen nicht mit { $prefix } beginnen
problem-too-many-reopenings = { $count } Wiederöffnungen; ein Bogen erfasst höchstens { $max }
problem-too-many-check-ins = { $count } Zwischenstände; ein Ziel hat höchstens { $max }
problem-draft-reopened = ein Entwurf kann nicht wieder geöffnet werden: "from" ist "agreed" oder "reviewed"
problem-no-agreement = ein vereinbarter oder beurteilter Bogen hält fest, wer wann vereinbart hat
problem-draft-agreement = ein Entwurf hat keine Vereinbarung (eine wieder geöffnete bleibt in "reopened" erhalten)
problem-no-review-day = ein beurteilter Bogen hält den Tag fest, an dem er beurteilt wurde
problem-early-review-day = nur ein beurteilter Bogen hat einen Tag der Beurteilung (ein wieder geöffneter bleibt in "reopened" erhalten)

## Woher ein Zitat stammt, in Worten („Quellen anzeigen“ auf der Seite, Kompetenzzeilen).

provenance-canon-name = Name des Kanons
provenance-abbrev = Abkürzung des Kanons
provenance-family-group = Familiengruppe
provenance-family-name = Name der Familie
provenance-level-code = Stufencode
provenance-level-title = Bezeichnung der Laufbahnstufe
provenance-profile-title = Profiltitel
provenance-responsibility = Verantwortlichkeit { $n }
provenance-component-responsibility = Teilverantwortlichkeit { $n }
provenance-rubric = Raster „{ $name }“
provenance-dimension-text = Text der Stufendimension ({ $key })
provenance-dimension-name = Name der Dimension ({ $key })

## Der Bereich „Beurteilung“ der Seite.

review-draft-help = Sobald die Ziele vereinbart sind, erhält hier jedes Ziel im Lauf des Zeitraums seine Zwischenstände und am Ende seine Bewertung; die Kompetenzen der Stufe werden eingeschätzt, und das Ergebnis der Beurteilung wird berechnet.
review-add-check-in = Zwischenstand hinzufügen
review-save-check-in = Zwischenstand speichern
review-status = Status
review-appraisal = Bewertung
review-latest-check-in = Letzter Zwischenstand
review-all-check-ins = Alle { $count } Zwischenstände
review-not-rated = Nicht eingeschätzt
review-not-scored = Kein Ergebnis
review-self = Selbst
review-computed = Berechnet: { $how }
review-achievement-placeholder = eingeben, falls nicht berechnet
review-start-next-period = Nächsten Zeitraum aus diesem Bogen beginnen
review-next-period-needs-dates = Legen Sie Beginn und Ende des Zeitraums fest, um den nächsten zu beginnen.
