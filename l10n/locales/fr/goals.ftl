### La fiche d’objectifs : ce que retient un manager, tel que la page et chaque document l’affichent.

## D’où vient un objectif : la colonne « Méthode » des documents. (La colonne
## framework du CSV pour les RH garde ces noms anglais, par contrat.)

framework-smart = SMART
framework-okr = OKR
framework-mbo = MBO
framework-scorecard = Balanced Scorecard
framework-growth = Développement
framework-own = Objectif personnel
framework-gone = Retiré du référentiel

## Objectifs personnels et objectifs que le référentiel n’a plus.

goal-own-label = Votre objectif personnel { $n }
goal-own-unnumbered = Votre objectif personnel
goal-own-mark = Votre objectif personnel — hors référentiel
goal-own-measure = De { $baseline } à { $target } d’ici le { $date }
goal-gone-label = Un objectif absent du référentiel actuel ({ $key })
goal-gone-mark = Conservé dans cette fiche ; le référentiel actuel n’a pas de texte pour lui
