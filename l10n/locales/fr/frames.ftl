### Les modèles : les gabarits fixes de FRAMES.md, ligne par ligne.
###
### Dans un gabarit, { $… } est du texte du référentiel cité mot pour mot ou un
### espace réservé que le manager remplit ; tout le reste est le texte propre du
### gabarit. Texte du référentiel :
### { $resp } une responsabilité, { $area } une responsabilité de composante,
### { $rubric } une grille de niveau, { $dimtext } le texte d’un niveau pour une
### dimension, { $next-dimtext } celui du niveau suivant ; { $code } et
### { $level-title } le niveau, { $group } et { $family } la famille,
### { $canon } le nom du référentiel, { $ABBREV } son abréviation telle qu’écrite et
### { $abbrev } en minuscules, { $Dim } le nom d’une dimension tel qu’écrit et
### { $dim } en minuscules, { $next-code } le code du niveau suivant. Espaces
### réservés : { $baseline }, { $target }, { $date }.
###
### La mise en page du bloc de texte est la même dans toutes les langues :
### numérotation, retraits, colonne sur laquelle s’alignent les libellés de ligne,
### deux espaces avant une étiquette de provenance. Un référentiel peut formuler
### à sa façon n’importe quel gabarit de ce fichier (docs/CANON.md, « [templates] »),
### avec les mêmes variables.

## L’en-tête et l’engagement au-dessus de chaque ensemble de modèles. (Le titre
## affiché, « {family} — {code} » quand le niveau n’a pas de titre propre, et le
## fil d’Ariane, « {group} · {family} · {code} — {title} », ne contiennent aucun
## mot : ils sont identiques dans toutes les langues.)

heading = Modèles d’objectifs — { $title }
preamble = Ces modèles sont issus du référentiel, ce ne sont pas des conseils : chaque ligne est soit du texte du référentiel { $canon } cité mot pour mot, soit un gabarit fixe qui l’encadre. { slot-target } / { slot-baseline } / { slot-date } sont des espaces réservés que le manager remplit. Rien ici n’est généré par IA — une ligne est omise, jamais inventée, quand le référentiel n’a pas le champ correspondant.

## Les espaces réservés, non remplis (.label : le nom de l’espace réservé à côté de son champ).

slot-baseline = ⟨valeur de départ⟩
    .label = Valeur de départ
    .unfilled = valeur de départ —
slot-target = ⟨valeur cible⟩
    .label = Valeur cible
    .unfilled = valeur cible —
slot-date = ⟨date⟩
    .label = Date
    .unfilled = date —

# Un libellé de ligne avant son texte : « Spécifique : ». (Le français met une
# espace fine insécable avant le deux-points.)
label-colon = { $label } :

## L’étiquette de provenance d’une ligne : ses crochets et son mot sont de la
## mise en page, { $source } est ce que la page affiche comme source de la ligne.

source-tag = [source : { $source }]
source-responsibility = responsabilité { $ABBREV } ({ $code })
source-responsibility-reused = responsabilité { $ABBREV } ({ $code }) — reprise, sans contenu de responsabilité distinct
source-component = responsabilité (composante)
source-dimension = dimension de niveau ({ $Dim })
source-next-dimension = dimension de niveau ({ $Dim }), { $next-code }

## Les quatre modèles : titre, phrase d’introduction, et phrase affichée à la
## place d’un modèle vide (quel champ du référentiel manque au profil).

frame-smart = Objectifs SMART
    .intro = Une ligne par livrable principal / responsabilité que le référentiel attribue à ce niveau.
    .empty = Aucun objectif SMART : le référentiel ne liste aucun livrable principal (responsabilités) pour ce profil.
frame-okr = OKR
    .intro = Des objectifs tirés des livrables principaux de ce niveau ; des résultats clés seulement là où une dimension ou une capacité réelle les étaye.
    .empty = Aucun OKR : le référentiel ne liste aucun livrable principal (responsabilités) pour ce profil.
frame-mbo = Domaines MBO
    .intro = Des domaines de résultats clés tirés des responsabilités de ce niveau, chacun avec une norme fondée sur la grille de niveau du référentiel quand elle existe.
    .empty = Aucun domaine MBO : le référentiel ne liste ni responsabilités de composante ni livrables principaux (responsabilités) pour ce profil.
frame-scorecard = Balanced Scorecard
    .intro = Seuls les axes réellement étayés par le référentiel sont présentés — ni axe Financier ni axe Clients, car rien dans le référentiel ne fonde des mesures financières ou clients pour un rôle pris isolément.
    .empty = Pas de Balanced Scorecard : le référentiel ne liste aucun livrable principal (responsabilités) pour ce profil ni aucun texte de dimension pour son niveau.

## SMART : « {n}. {resp}  [source : …] », puis une ligne avec libellé pour chacun.

smart-title = { $resp }
smart-specific = Réaliser : « { $resp } »
    .label = Spécifique
smart-measurable = Faire passer l’indicateur concerné de { $baseline } à { $target } d’ici le { $date }.
    .label = Mesurable
smart-achievable = Dimensionné selon la grille { $ABBREV } complexité/résolution de problèmes de ce niveau : « { $rubric } »
    .label = Atteignable
smart-relevant = Contribue à la mission { $group } · { $family } au niveau { $code } — { $level-title }.
    .label = Pertinent
smart-time-bound = { $date }
    .label = Temporel

## OKR : « {label} : {resp}  [source : …] », puis « {label}. … » par résultat clé.

okr-objective = { $resp }
    .label = Objectif { $n }
okr-kr1 = De { $baseline } à { $target } d’ici le { $date } — lié à : « { $resp } »
    .label = KR1
okr-kr2 = Preuves à la hauteur de l’exigence de ce niveau pour la dimension { $dim } : « { $dimtext } » — { $target } d’ici le { $date }
    .label = KR2

## Domaines MBO : « {n}. {label} : {area}  [source : …] », puis des lignes avec libellé.

mbo-area = { $area }
    .label = Domaine
mbo-standard-rubric = Conforme à la grille { $ABBREV } d’application des connaissances de ce niveau : « { $rubric } »
    .label = Norme
mbo-standard-decision-rights = Conforme à la dimension { $dim } de ce niveau : « { $dimtext } »
    .label = Norme
mbo-target = { $target }
    .label = Valeur cible
mbo-due = { $date }
    .label = Échéance

## Balanced Scorecard : le titre d’un axe, puis « - …   [source : …] » par ligne.

scorecard-internal-perspective = Processus internes
scorecard-internal = « { $resp } »  →  { $target } d’ici le { $date }
scorecard-calibration-perspective = Calibrage du rôle
scorecard-calibration = Atteint l’exigence de la dimension { $dim } : « { $dimtext } »  →  { $target } d’ici le { $date }

## Le niveau suivant : un objectif de développement par dimension dont le texte change.

growth = Progresser jusqu’à l’exigence { $next-code } pour la dimension { $dim } : « { $next-dimtext } » — de { $baseline } à { $target } d’ici le { $date }

## Le nom de chaque objectif et élément : sur la page, dans le nom des champs
## (« Valeur cible, Objectif SMART 1 ») et dans chaque export.

item-smart = Objectif SMART { $n }
item-okr = Objectif { $n }
# Commence par item-okr et « , » : la page affiche ce qui suit à côté des espaces réservés.
item-okr-kr = Objectif { $n }, résultat clé { $kr }
item-mbo = Domaine MBO { $n }
item-scorecard-internal = Ligne { $n } (processus internes)
item-scorecard-calibration = Ligne { $n } (calibrage du rôle)
item-growth = Niveau suivant : { $Dim }
