### La fiche : pour qui et pour quand, ses pondérations, et pourquoi une fiche,
### un fichier, un lien ou une liste de personnes n’a pas pu être lu.

## Qui, quand, quelle période.

sheet-person = Personne
sheet-period = Période
sheet-period-start = Début de période
sheet-period-end = Fin de période
sheet-review-date = Date de revue
sheet-exported = Date d’export
sheet-untitled = Fiche sans titre
period-from-to = du { $start } au { $end }
period-from = à partir du { $start }
period-until = jusqu’au { $end }
cycle-warning-end-before-start = La période se termine avant de commencer.
cycle-warning-review-before-start = La date de revue précède le début de la période.

## Pondérations.

total-weight = Pondération totale : { $percent }
total-weight-off = Pondération totale : { $percent } (et non 100 %)
total-weight-none = Pas encore de pondération : donnez à chaque objectif une pondération en pourcentage.
error-weight = une pondération est un pourcentage entier de 0 à { $max }

## Une fiche qui ne peut pas être lue (stockage, fichier, lien, code, collect).

sheet-error-json = ce n’est pas une fiche : { $detail }
sheet-error-schema = schéma de fiche inconnu { $found } ({ $expected } attendu)
sheet-error-value = valeur incorrecte dans { $field } : { $why }
sheet-error-date = date incorrecte dans { $field } : { $why }
sheet-error-id = identifiant incorrect : un identifiant de fiche compte de 1 à { $max } lettres, chiffres, « - » ou « _ »
sheet-error-key = clé incorrecte { $key } : une clé compte de 1 à { $max } lettres, chiffres, « - », « _ » ou « / » (jusqu’à { $max-edited } pour les clés de "edited")
sheet-error-too-many = trop d’entrées ({ $count } ; une fiche contient au plus { $max } éléments, valeurs, objectifs, empreintes et horodatages de modification au total)
sheet-error-goals = liste d’objectifs incorrecte : { $why }
sheet-error-review = données de revue incorrectes dans { $why }
sheet-error-lang = langue incorrecte { $lang } : une étiquette de langue comme « de » ou « fr-CH »
goals-problem-too-many = { $count } objectifs ; une fiche en retient au plus { $max }
goals-problem-twice = { $goal } est retenu deux fois
goals-problem-overweight = la pondération de { $goal } dépasse { $max } %
goals-problem-own-prefix = l’objectif personnel { $goal } ne commence pas par { $prefix }
import-error-too-large = le fichier est trop volumineux pour être une fiche ({ $bytes } octets ; une fiche fait au plus { $max-kb } Ko)
import-error-sheet = ce n’est pas une fiche Goalframes ({ $why })
import-error-unknown-profile = cette fiche concerne un profil que ce référentiel n’a pas : famille « { $family } » au niveau « { $level } »
js-error-other-profile = la fiche concerne la famille « { $family } » au niveau « { $level } », pas ce profil
link-error-too-long = le lien de fiche est trop long ({ $count } caractères ; au plus { $max })
link-error-encoding = le lien de fiche est endommagé (il n’est pas en base64url) ; copiez-le de nouveau en entier
link-error-compression = le lien de fiche est endommagé ou trop volumineux (il ne se décompresse pas en une fiche d’au plus { $max } octets)
link-error-text = le lien de fiche ne contient pas de texte
link-error-sheet = le lien de fiche ne contient pas de fiche valide : { $why }

## Une ligne de liste de personnes inutilisable.

roster-error-too-large = la liste est trop volumineuse ({ $bytes } octets ; au plus { $max })
roster-error-header = impossible de lire la ligne d’en-tête : { $detail }
roster-error-column = la ligne d’en-tête n’a pas de colonne « { $column } » ; il faut les colonnes { $columns }
roster-error-row = impossible de lire la ligne : { $detail }
roster-error-no-name = le nom est vide
roster-error-name = le nom ne peut pas être utilisé : { $why }
roster-error-period = la période ne peut pas être utilisée : { $why }
roster-error-family = famille inconnue « { $family } » ; familles existantes (les plus proches d’abord) : { $families }
roster-error-level = niveau inconnu « { $level } » pour la famille « { $family } » ; niveaux existants (les plus proches d’abord) : { $levels }
