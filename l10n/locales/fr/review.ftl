### La revue : valider les objectifs, faire des points d’étape au fil de la
### période, dresser le bilan à sa fin, noter le niveau et calculer le résultat.
### La page, chaque document et les messages l’expriment avec ces mots.

## Les étapes et le passage de l’une à l’autre.

review-stage = Étape
stage-draft = Brouillon
    .in-sentence = brouillon
stage-agreed = Validé
    .in-sentence = validé
stage-reviewed = Revu
    .in-sentence = revu
review-mark-as-agreed = Marquer comme validé
review-mark-as-reviewed = Marquer comme revu
review-reopen = Rouvrir
review-agreed-by-employee = Validé par le collaborateur
review-agreed-by-manager = Validé par le manager
review-agreed-on = Validé le
review-reviewed-on = Revu le
review-reopened-on = Rouvert le
review-agreement-line = Validé par le collaborateur { $employee } et le manager { $manager } le { $date }
review-reviewed-on-line = Revu le { $date }
review-reopening-line = Rouvert le { $date } ({ $undid })
review-reopened-was-agreed = avait été validé par le collaborateur { $employee } et le manager { $manager } le { $date }
review-reopened-was-reviewed = avait été revu le { $date }
review-reopened-was = était à l’étape « { $stage } »

## Points d’étape.

review-check-ins = Points d’étape
check-in-date = Date du point d’étape
check-in-value = Valeur actuelle
check-in-note = Remarque
status-on-track = En bonne voie
    .in-sentence = en bonne voie
status-behind = En retard
    .in-sentence = en retard
status-at-risk = À risque
    .in-sentence = à risque
# Le statut que suggère un point d’étape, et pourquoi.
progress-how = Calculé : { $status } ({ $expected } % de la période écoulée, { $actual } % du chemin vers la valeur cible : { $standing }).
progress-points-behind = { $points } points de retard
progress-points-ahead = { $points } points d’avance
progress-as-expected = comme prévu

## Le bilan en fin de période.

review-actual = Réalisé
review-achievement-percent = Taux d’atteinte (%)
review-self-rating = Note du collaborateur
review-manager-rating = Note du manager
review-employee-comment = Commentaire du collaborateur
review-manager-comment = Commentaire du manager
# Les deux notes d’une ligne de compétence : « collaborateur 3, manager 4 ».
competency-ratings = collaborateur { $self-rating }, manager { $manager-rating }

## L’atteinte, et comment elle a été établie.

achievement-line = Atteinte : { $percent } % ({ $how })
achievement-computed = calculée : { $how }
achievement-how = de { $baseline } à { $target }, réalisé { $actual } : { $formula }
achievement-held = la valeur cible a été maintenue = 100.0 %
achievement-typed = saisie : { $percent } %
achievement-capped = , plafonnée à { $cap } %
achievement-counted-as-zero = , comptée comme 0 %

## Le résultat, et comment chaque chiffre a été calculé ou pourquoi il ne l’est pas.

score-goal-achievement = Atteinte des objectifs
score-goal-rating = Note des objectifs
score-competency-rating = Note des compétences
score-overall = Note globale
# Un chiffre tiré des notes du collaborateur : « Note des objectifs (collaborateur) ».
score-self = { $figure } (collaborateur)
score-not-scored-why = non calculé ({ $why })
# Les noms de ce qu’une formule additionne.
score-achievement-term = atteinte
score-manager-rating-term = note du manager
score-self-rating-term = note du collaborateur
score-manager-ratings-term = notes du manager
score-self-ratings-term = notes du collaborateur
score-goal-rating-term = note des objectifs
score-competency-rating-term = note des compétences
score-weighted-how = Σ pondération × { $name } / 100 = ({ $products }) / 100 = { $result }
score-mean-how = moyenne de { $count } { $ratings } = ({ $values }) / { $count } = { $result }
score-overall-how = { $products } = { $result } ; point le plus proche de l’échelle : { $point }
score-no-goals = Aucun objectif n’est retenu.
score-weights-off = Les pondérations totalisent { $total } %, et non 100 %.
score-no-achievement = Pas d’atteinte pour { $goal } : saisissez sa valeur réalisée (ou son taux d’atteinte).
score-no-achievement-not-numbers = Pas d’atteinte pour { $goal } : sa valeur de départ, sa valeur cible et sa valeur réalisée ne sont pas des nombres d’une même unité ; saisissez son taux d’atteinte.
score-no-manager-rating = Pas de note du manager pour { $goal }.
score-no-self-rating = Pas de note du collaborateur pour { $goal }.
score-rating-off-scale = { $rater } { $rating } pour { $goal } : hors de l’échelle ({ $range }).
score-no-competencies = Aucune ligne de compétence : le niveau du profil n’a ni dimensions ni grilles.

## Ce qu’une fiche validée ou revue refuse de modifier.

lock-goals = Les objectifs sont validés : rouvrez la fiche pour modifier les objectifs retenus ou leur ordre.
lock-weight = Les objectifs sont validés : rouvrez la fiche pour modifier la pondération de { $goal }.
lock-own-goal = Les objectifs sont validés : rouvrez la fiche pour modifier le texte de { $goal }.
lock-baseline = Les objectifs sont validés : rouvrez la fiche pour modifier la valeur de départ.
lock-target = Les objectifs sont validés : rouvrez la fiche pour modifier la valeur cible.
lock-date = Les objectifs sont validés : rouvrez la fiche pour modifier la date.
lock-period-start = Les objectifs sont validés : rouvrez la fiche pour modifier le début de période.
lock-period-end = Les objectifs sont validés : rouvrez la fiche pour modifier la fin de période.
lock-review-date = Les objectifs sont validés : rouvrez la fiche pour modifier la date de revue.
lock-stage-record = Qui a validé et quand, ainsi que le jour de la revue, sont enregistrés : ils ne changent qu’en rouvrant la fiche puis en la validant ou en la revoyant à nouveau.
lock-appraisal = La revue est close : rouvrez la fiche pour modifier le bilan de { $goal }.
lock-competency-rating = La revue est close : rouvrez la fiche pour modifier les notes de { $competency }.
lock-check-in-added = La revue est close : rouvrez la fiche pour ajouter un point d’étape à { $goal }.
lock-check-in-changed = Les points d’étape sont conservés tels quels : un point d’étape de { $goal } ne peut être ni modifié ni supprimé ; ajoutez-en un nouveau.
lock-reopening-changed = Les réouvertures sont conservées définitivement : elles ne peuvent être ni modifiées ni supprimées.

## Pourquoi une étape de la revue a été refusée.

# « {control}, {goal} » : le nom d’une commande pour un objectif (« Date du point d’étape, Objectif SMART 1 »).
control-for = { $control }, { $goal }
# Un champ refusé : « « Date du point d’étape » : ce jour n’existe pas dans le calendrier. »
error-field = « { $field } » : { $why }.
error-not-kept = { $goal } n’est pas un objectif de cette fiche.
check-in-error-reviewed = La revue est close : rouvrez la fiche pour ajouter un point d’étape.
check-in-error-full = Cet objectif a déjà { $max } points d’étape, le maximum pour un objectif.
check-in-error-id = L’identifiant de point d’étape { $id } est mal formé ou déjà utilisé dans cette fiche.
appraisal-error-reviewed = La revue est close : rouvrez la fiche pour modifier le bilan.
appraisal-error-competency = { $key } n’est pas une clé de ligne de compétence (1 à { $max } lettres, chiffres, « - », « _ » ou « / »).
stage-error-wrong-stage = « { $action } » s’applique à { $needs } ; cette fiche est à l’étape « { $stage } ».
stage-needs-draft = un brouillon
stage-needs-agreed = une fiche validée
stage-needs-agreed-or-reviewed = une fiche validée ou revue
stage-error-no-name = « { $field } » est vide : saisissez le nom.
stage-error-no-goals = Aucun objectif n’est encore retenu : retenez les objectifs à valider.
stage-error-weights = Les pondérations totalisent { $total } %, et non 100 % : corrigez-les avant de valider.
stage-error-empty-own-goal = Votre objectif personnel { $n } est encore vide : rédigez-le ou retirez-le avant de valider.
stage-error-not-scored = Le résultat de la revue ne peut pas encore être calculé : { $why }
stage-error-id = L’identifiant de réouverture { $id } est mal formé ou déjà utilisé dans cette fiche.
next-period-error-ends-before-start = La période suivante doit se terminer après son début.

## Ce qui ne va pas dans un champ des données de revue (saisi, ou dans un fichier).

problem-empty = le champ est vide
problem-comment-too-long = un commentaire compte au plus { $max } caractères ; celui-ci en a { $count }
problem-rating-too-high = une note est un point de l’échelle de notation, au plus { $max } ; celle-ci vaut { $rating }
problem-rating-not-whole = une note est un nombre entier, un point de l’échelle de notation
problem-achievement-not-percent = un taux d’atteinte est un pourcentage de 0 à { $max }, p. ex. 80 ou 82,5 %
problem-bad-id = un identifiant compte de 1 à { $max } lettres, chiffres, « - » ou « _ »
problem-id-twice = l’identifiant { $id } est utilisé deux fois
problem-part-key = les clés d’élément ne peuvent pas commencer par { $prefix }
problem-too-many-reopenings = { $count } réouvertures ; une fiche en enregistre au plus { $max }
problem-too-many-check-ins = { $count } points d’étape ; un objectif en compte au plus { $max }
problem-draft-reopened = un brouillon ne peut pas être rouvert : "from" vaut "agreed" ou "reviewed"
problem-no-agreement = une fiche validée ou revue indique qui l’a validée et quand
problem-draft-agreement = un brouillon n’a pas de validation (celle d’une fiche rouverte est conservée dans "reopened")
problem-no-review-day = une fiche revue indique le jour de sa revue
problem-early-review-day = seule une fiche revue a un jour de revue (celui d’une fiche rouverte est conservé dans "reopened")

## D’où vient une citation, en mots (« Afficher les sources » sur la page, lignes de compétence).

provenance-canon-name = nom du référentiel
provenance-abbrev = abréviation du référentiel
provenance-family-group = groupe de familles
provenance-family-name = nom de la famille
provenance-level-code = code de niveau
provenance-level-title = intitulé d’échelon
provenance-profile-title = intitulé du profil
provenance-responsibility = responsabilité { $n }
provenance-component-responsibility = responsabilité de composante { $n }
provenance-rubric = grille « { $name } »
provenance-dimension-text = texte de dimension de niveau ({ $key })
provenance-dimension-name = nom de dimension ({ $key })

## La zone « Revue » de la page.

review-draft-help = Une fois les objectifs validés, chacun reçoit ses points d’étape au fil de la période et son bilan à la fin ; les compétences du niveau sont notées et le résultat de la revue est calculé ici.
review-add-check-in = Ajouter un point d’étape
review-save-check-in = Enregistrer le point d’étape
review-status = Statut
review-appraisal = Bilan
review-latest-check-in = Dernier point d’étape
review-all-check-ins = Tous les points d’étape ({ $count })
review-not-rated = Sans note
review-not-scored = Non calculé
review-self = Collaborateur
review-computed = Calculé : { $how }
review-achievement-placeholder = saisi s’il n’est pas calculé
review-start-next-period = Commencer la période suivante à partir de cette fiche
review-next-period-needs-dates = Indiquez le début et la fin de la période pour commencer la suivante.
