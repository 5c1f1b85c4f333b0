### Die Zielrahmen: die festen Vorlagen aus FRAMES.md, Zeile für Zeile.
###
### In einer Vorlage ist { $… } wörtlich zitierter Kanontext oder ein
### Platzhalter, den die Führungskraft ausfüllt; alles andere ist der eigene
### Text der Vorlage. Kanontext: { $resp } eine Verantwortlichkeit, { $area }
### eine Teilverantwortlichkeit, { $rubric } ein Einstufungsraster, { $dimtext }
### der Text einer Stufe zu einer Dimension, { $next-dimtext } der der
### nächsten Stufe; { $code } und { $level-title } die Stufe, { $group } und
### { $family } die Familie, { $canon } der Name des Kanons, { $ABBREV } seine
### Abkürzung wie geschrieben und { $abbrev } kleingeschrieben, { $Dim } der
### Name einer Dimension wie geschrieben und { $dim } kleingeschrieben,
### { $next-code } der Code der nächsten Stufe. Platzhalter: { $baseline },
### { $target }, { $date }.
###
### Das Layout des Textblocks ist in jeder Sprache gleich: Nummerierung,
### Einrückung, die Spalte, an der sich die Zeilenbeschriftungen ausrichten,
### die zwei Leerzeichen vor einer Herkunftsangabe. Ein Kanon darf jede
### Vorlage dieser Datei auf seine eigene Weise formulieren (docs/CANON.md,
### "[templates]"), mit denselben Variablen.

## Kopfzeile und Zusage über jedem Satz von Zielrahmen. (Der Anzeigetitel,
## "{family} — {code}", wenn die Stufe keinen eigenen Titel hat, und der
## Navigationspfad, "{group} · {family} · {code} — {title}", enthalten keine
## Wörter und sind in jeder Sprache gleich.)

heading = Zielvorlagen — { $title }
preamble = Dies sind aus dem Kanon abgeleitete Zielrahmen, keine Ratschläge: Jede Zeile ist entweder wörtlicher Text aus dem Kanon { $canon } oder eine feste Vorlage, die ihn umschließt. { slot-target } / { slot-baseline } / { slot-date } sind Platzhalter, die die Führungskraft ausfüllt. Nichts hiervon ist von KI erzeugt — fehlt im Kanon das zugrunde liegende Feld, werden Zeilen weggelassen, nie erfunden.

## Die Platzhalter, nicht ausgefüllt (.label: der Name des Platzhalters neben seinem Eingabefeld).

slot-baseline = ⟨Ausgangswert⟩
    .label = Ausgangswert
    .unfilled = Ausgangswert —
slot-target = ⟨Zielwert⟩
    .label = Zielwert
    .unfilled = Zielwert —
slot-date = ⟨Datum⟩
    .label = Datum
    .unfilled = Datum —

# Eine Zeilenbeschriftung vor ihrem Text: "Spezifisch:". (Französisch setzt
# ein schmales geschütztes Leerzeichen vor den Doppelpunkt.)
label-colon = { $label }:

## Die Herkunftsangabe einer Zeile: Ihre Klammern und ihr Wort sind Layout,
## { $source } ist das, was die Seite als Quelle der Zeile zeigt.

source-tag = [Quelle: { $source }]
source-responsibility = { $ABBREV }-Verantwortlichkeit ({ $code })
source-responsibility-reused = { $ABBREV }-Verantwortlichkeit ({ $code }) — wiederverwendet, keine eigenen Teilverantwortlichkeiten
source-component = Teilverantwortlichkeit
source-dimension = Stufendimension ({ $Dim })
source-next-dimension = Stufendimension ({ $Dim }), { $next-code }

## Die vier Zielrahmen: Überschrift, der Satz darunter und der Satz, der
## anstelle eines leeren Zielrahmens erscheint (welches Kanonfeld dem Profil fehlt).

frame-smart = SMART-Ziele
    .intro = Eine Zeile je Kernergebnis / Verantwortlichkeit dieser Stufe laut Kanon.
    .empty = Keine SMART-Ziele: Der Kanon nennt für dieses Profil keine Kernergebnisse (Verantwortlichkeiten).
frame-okr = OKRs
    .intro = Zielsetzungen aus den Kernergebnissen dieser Stufe; Schlüsselergebnisse nur dort, wo eine echte Dimension oder Fähigkeit sie stützt.
    .empty = Keine OKRs: Der Kanon nennt für dieses Profil keine Kernergebnisse (Verantwortlichkeiten).
frame-mbo = MBO-Bereiche
    .intro = Kernergebnisbereiche aus den Verantwortlichkeiten dieser Stufe, jeweils mit einem Standard, der sich auf das Einstufungsraster des Kanons stützt, wo es eines gibt.
    .empty = Keine MBO-Bereiche: Der Kanon nennt für dieses Profil weder Teilverantwortlichkeiten noch Kernergebnisse (Verantwortlichkeiten).
frame-scorecard = Balanced Scorecard
    .intro = Nur Perspektiven mit echter Grundlage im Kanon werden gezeigt — keine Finanz- oder Kundenperspektive, da nichts im Kanon finanzielle oder kundenbezogene Kennzahlen für eine Rolle allein begründet.
    .empty = Keine Balanced Scorecard: Der Kanon nennt für dieses Profil keine Kernergebnisse (Verantwortlichkeiten) und für seine Stufe keinen Text zu Stufendimensionen.

## SMART: "{n}. {resp}  [Quelle: …]", dann je eine beschriftete Zeile.

smart-title = { $resp }
smart-specific = Erbringen: „{ $resp }“
    .label = Spezifisch
smart-measurable = Die Kennzahl, auf die dies einzahlt, bis { $date } von { $baseline } auf { $target } bringen.
    .label = Messbar
smart-achievable = Zugeschnitten auf das { $ABBREV }-Raster Komplexität/Problemlösung dieser Stufe: „{ $rubric }“
    .label = Erreichbar
smart-relevant = Fördert den Auftrag von { $group } · { $family } für { $code } — { $level-title }.
    .label = Relevant
smart-time-bound = { $date }
    .label = Terminiert

## OKRs: "{label}: {resp}  [Quelle: …]", dann "  {label}. …" je Schlüsselergebnis.

okr-objective = { $resp }
    .label = Zielsetzung { $n }
okr-kr1 = Von { $baseline } auf { $target } bis { $date } — bezogen auf: „{ $resp }“
    .label = KR1
okr-kr2 = Nachweis auf der Messlatte dieser Stufe für { $Dim }: „{ $dimtext }“ — { $target } bis { $date }
    .label = KR2

## MBO-Bereiche: "{n}. {label}: {area}  [Quelle: …]", dann beschriftete Zeilen.

mbo-area = { $area }
    .label = Bereich
mbo-standard-rubric = Im Einklang mit dem { $ABBREV }-Raster Wissensanwendung dieser Stufe: „{ $rubric }“
    .label = Standard
mbo-standard-decision-rights = Im Einklang mit der Dimension { $Dim } dieser Stufe: „{ $dimtext }“
    .label = Standard
mbo-target = { $target }
    .label = Zielwert
mbo-due = { $date }
    .label = Fällig

## Balanced Scorecard: die Überschrift einer Perspektive, dann "  - …   [Quelle: …]" je Zeile.

scorecard-internal-perspective = Interne Prozesse
scorecard-internal = „{ $resp }“  →  { $target } bis { $date }
scorecard-calibration-perspective = Rollenkalibrierung
scorecard-calibration = Erfüllt die Messlatte für { $Dim }: „{ $dimtext }“  →  { $target } bis { $date }

## Die nächste Stufe: ein Entwicklungsziel je Dimension, deren Text sich ändert.

growth = Entwicklung zur Messlatte von { $next-code } für { $Dim }: „{ $next-dimtext }“ — von { $baseline } auf { $target } bis { $date }

## Wie jedes Ziel und jedes Element heißt: auf der Seite, in den Namen der
## Eingabefelder ("Zielwert, SMART-Ziel 1") und in jedem Export.

item-smart = SMART-Ziel { $n }
item-okr = Zielsetzung { $n }
# Beginnt mit item-okr und ", ": Was folgt, zeigt die Seite neben den Platzhaltern.
item-okr-kr = Zielsetzung { $n }, Schlüsselergebnis { $kr }
item-mbo = MBO-Bereich { $n }
item-scorecard-internal = Zeile { $n } der internen Prozesse
item-scorecard-calibration = Zeile { $n } der Rollenkalibrierung
item-growth = Nächste Stufe: { $Dim }
