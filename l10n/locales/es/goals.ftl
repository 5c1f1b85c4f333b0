### La hoja de objetivos: lo que conserva un responsable, tal como lo muestran la página y todos los documentos.

## De dónde procede un objetivo: la columna "Metodología" de los documentos. (La
## columna de metodología del CSV para RR. HH. conserva estos nombres en inglés, por contrato.)

framework-smart = SMART
framework-okr = OKR
framework-mbo = MBO
framework-scorecard = Balanced Scorecard
framework-growth = Desarrollo
framework-own = Objetivo propio
framework-gone = Ya no está en el canon

## Objetivos propios y objetivos que el canon ya no tiene.

goal-own-label = Objetivo propio { $n }
goal-own-unnumbered = Objetivo propio
goal-own-mark = Objetivo propio — no procede del canon
goal-own-measure = De { $baseline } a { $target } a más tardar el { $date }
goal-gone-label = Un objetivo que ya no está en el canon actual ({ $key })
goal-gone-mark = Se conserva en esta hoja; el canon actual no tiene texto para él
