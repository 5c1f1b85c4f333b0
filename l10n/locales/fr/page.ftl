### La vue des modèles sur la page (le balisage du moteur).

view-mbo-no-standard = Aucune norme : le référentiel n’en étaye aucune pour ce niveau.
view-next-level = Niveau suivant
view-next-level-heading = Niveau suivant : { $code } — { $title }
view-next-level-intro = Ce qui change au niveau { $code } ({ $profile }) : le texte du niveau suivant, mot pour mot. Retenez-en ce que vous voulez comme objectif de développement.
view-next-level-empty = Chaque dimension de niveau se lit de la même façon au niveau suivant.
view-copy-print-as-text = Copier / imprimer en texte
view-copy = Copier
# Après « Copier », pour les lecteurs d’écran : « Copier Objectifs SMART au format texte ».
view-copy-what = { $frame } au format texte
view-keep = Retenir
view-keep-goal = Retenir { $goal }
view-pick-a-date = Choisir une date, { $goal }
view-date-picker = Sélecteur de date, { $goal }
# Le titre d’un espace réservé de date qui affiche la fin de période tant qu’il n’est pas rempli.
slot-inherited-title = La fin de période : remplissez cet espace réservé pour lui donner sa propre date.
