### Der Zielbogen: was eine Führungskraft behält, wie die Seite und jedes Dokument es zeigen.

## Woher ein Ziel stammt: die Spalte „Methode“ der Dokumente. (Die Spalte
## framework der HR-CSV behält als feste Schnittstelle die englischen Namen.)

framework-smart = SMART
framework-okr = OKR
framework-mbo = MBO
framework-scorecard = Balanced Scorecard
framework-growth = Entwicklung
framework-own = Eigenes Ziel
framework-gone = Nicht mehr im Kanon

## Eigene Ziele und Ziele, die der Kanon nicht mehr hat.

goal-own-label = Eigenes Ziel { $n }
goal-own-unnumbered = Eigenes Ziel
goal-own-mark = Eigenes Ziel — nicht aus dem Kanon
goal-own-measure = Von { $baseline } auf { $target } bis { $date }
goal-gone-label = Ein Ziel, das der heutige Kanon nicht mehr enthält ({ $key })
goal-gone-mark = Auf diesem Bogen behalten; der heutige Kanon hat keinen Text dafür
