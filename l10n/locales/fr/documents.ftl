### Documents : le texte, le Markdown, Word et l’impression partagent ces mots.

doc-goal-sheet = Fiche d’objectifs — { $title }
doc-canon = Référentiel : { $name } { $version }
doc-notice = Avis
doc-weight = pondération { $percent }
doc-source = Source
# Après une ligne en Markdown : « _(source : responsabilité JFM (P4))_ ».
doc-source-note = source : { $source }
doc-signatures = Signatures
signature-employee = Collaborateur : ______________________________   Date : ______________
signature-manager = Manager :       ______________________________   Date : ______________
# Le tableau des objectifs de la fiche d’objectifs.
doc-column-goal = Objectif
doc-column-framework = Méthode
doc-column-weight = Pondération
doc-column-target = Valeur cible
doc-column-due = Échéance
doc-column-measure = Mesure
doc-column-text = Texte
doc-column-ratings = Notes

## La partie revue d’un document.

review-heading = Revue
review-competencies = Compétences
review-score = Résultat
review-acknowledgement-heading = Prise de connaissance
review-acknowledgement = La signature confirme que cet entretien de revue a eu lieu. Elle ne signifie pas que le collaborateur approuve son contenu.

## La synthèse de calibrage des revues pour les RH (`goalframes collect --format review-csv`).

calibration-title = Calibrage des revues
calibration-people = Personnes : { $count }. Note globale (manager), par point le plus proche de l’échelle ({ $range }) :
calibration-point = Point
calibration-people-column = Personnes
calibration-not-scored = Non calculé : { $count }
# Une fiche sans nom de personne, désignée par son identifiant.
calibration-sheet = fiche { $id }

## Profils comparés côte à côte.

compare-heading = Comparaison : { $profiles }
compare-differs = diffère
compare-absent = Absent du référentiel
compare-responsibilities = Responsabilités
compare-component-responsibilities = Responsabilités de composante
compare-rubric = Grille : { $name }
compare-component-source = responsabilité de composante { $abbrev } ({ $code })
compare-rubric-source = grille { $abbrev } « { $name } » ({ $code })
compare-error-none = indiquez au moins un profil à comparer, sous la forme famille:NIVEAU
compare-error-too-many = au plus { $max } profils peuvent être comparés ; nombre indiqué : { $count }
