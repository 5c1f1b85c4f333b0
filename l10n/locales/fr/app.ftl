### La page : tous les mots que dit l’application en dehors du balisage du moteur.

## Importer des fiches, des liens et des listes de personnes.

import-source-link = un lien de fiche
import-done = Fiche « { $name } » importée.
roster-unread = Impossible de lire la liste « { $file } » : ligne { $line } : { $why }. Aucune fiche n’a été créée.
roster-started = { $count ->
        [one] { $count } fiche créée à partir de « { $file } ».
       *[other] { $count } fiches créées à partir de « { $file } ».
    }
roster-left-out = { $count ->
        [one] { $count } ligne a été écartée (voir la ligne correspondante dans le fichier).
       *[other] { $count } lignes ont été écartées (voir les lignes correspondantes dans le fichier).
    }
error-no-profile = Ce référentiel n’a pas de profil « { $family } » au niveau « { $level } ».
error-person-or-period = La personne ou la période ne peut pas être utilisée : { $why }.

## Le bandeau et le cadre de la page.

app-skip-to-content = Aller au contenu
app-skip-to-frames = Aller aux modèles
app-skip-to-goals = Aller à vos objectifs
app-canon = Référentiel
app-language = Langue
app-not-found = Ce référentiel n’a pas de profil « { $family } » au niveau « { $level } ». Trouvez-en un ci-dessous.

## Trouver un profil.

finder-heading = Trouver un profil
finder-lede = Choisissez une famille d’emplois à un niveau pour voir ses modèles d’objectifs, puis remplissez-les pour une personne.
finder-browse = Parcourir par groupe
finder-families = { $count ->
        [one] { $count } famille
       *[other] { $count } familles
    }
search-region = Profils
search-label = Rechercher par famille, groupe, intitulé, code de niveau ou texte du référentiel
search-placeholder = p. ex. data P4
search-help = Les résultats s’affichent pendant la saisie. Haut et Bas pour choisir, Entrée pour ouvrir, Échap pour effacer.
search-found = { $count ->
        [0] Aucun profil ne correspond.
        [one] { $count } profil trouvé.
       *[other] { $count } profils trouvés.
    }
search-none = Aucun profil ne correspond à tous les mots. Essayez avec moins de mots.
search-results = Profils correspondants

## Les fiches enregistrées.

sheets-heading = Vos fiches
sheets-none = Aucune pour l’instant. Une fiche est enregistrée dans ce navigateur dès que vous remplissez un espace réservé d’un profil.
sheets-profile-gone = Profil absent de ce référentiel
sheets-updated = modifiée le { $when } UTC
sheets-rename = Renommer
sheets-duplicate = Dupliquer
sheets-delete = Supprimer
sheets-confirm-delete = Confirmer la suppression
sheets-keep = Conserver
sheets-save-name = Enregistrer le nom

## Importer : les commandes, la boîte de dialogue, ses messages.

dialog-cancel = Annuler
dialog-dismiss = Fermer
import-refused = Impossible d’importer depuis { $source } : { $why }. Rien n’a été modifié.
import-unreadable = le navigateur n’a pas pu lire le fichier
import-source-code = un lien ou un code de fiche
import-source-portal = le portail
import-file = Importer une fiche (.json)
import-file-help = ou déposez un fichier de fiche n’importe où sur cette page. Un lien de fiche s’ouvre ici de lui-même.
import-roster = Créer des fiches à partir d’une liste de personnes (.csv)
import-roster-help = Une liste comporte les colonnes name, family, level et period : une fiche par ligne.
import-code-label = Lien ou code de fiche
import-code-placeholder = Collez un lien ou un code envoyé par un collègue
import-code-button = Importer depuis un lien ou un code
import-drop = Déposez le fichier de fiche pour l’importer.
import-heading = Importer une fiche depuis { $source }
import-profile = Profil
import-values-label = Valeurs
import-goals-label = Objectifs
import-values = { $count ->
        [one] { $count } valeur remplie
       *[other] { $count } valeurs remplies
    }
import-goals = { $count ->
        [one] { $count } objectif retenu
       *[other] { $count } objectifs retenus
    }
import-goals-own = { $count ->
        [one] { $count } objectif retenu (objectifs personnels : { $own })
       *[other] { $count } objectifs retenus (objectifs personnels : { $own })
    }
import-canon-note = Remplie avec la version { $version } du référentiel ; cette application a la version { $current }. Les changements seront indiqués à l’ouverture.
import-question = Importer cette fiche dans ce navigateur ?
import-question-taken = Une fiche avec le même identifiant existe déjà dans ce navigateur. Conserver les deux, la remplacer par la fiche importée, ou annuler ?
import-keep-both = Conserver les deux
import-replace = Remplacer
import-import = Importer
roster-file-unread = Impossible de lire la liste « { $file } » : { $why }. Aucune fiche n’a été créée.
import-roster-heading = Créer des fiches à partir de « { $file } »
import-line = Ligne
import-roster-line = Ligne { $line } : { $why }
import-rows-left-out = Lignes écartées
import-start-sheets = { $count ->
        [one] Créer { $count } fiche
       *[other] Créer { $count } fiches
    }
import-roster-question = { $count ->
        [0] Créer une fiche pour chacune des { $count } lignes ci-dessus ?
        [one] Créer une fiche pour la ligne ci-dessus ?
       *[other] Créer une fiche pour chacune des { $count } lignes ci-dessus ?
    }

## Le stockage du navigateur et les autres onglets.

store-full = le stockage du navigateur est plein
store-refused = le stockage du navigateur a refusé la modification
store-refused-why = le stockage du navigateur a refusé la modification ({ $why })
store-not-deleted = la fiche n’a pas été supprimée : { $why }
store-kept-as-is = son entrée enregistrée n’a pas pu être lue et elle est conservée telle quelle
store-other-id = elle indique l’identifiant de fiche « { $id } », et non celui de sa clé
notice-no-storage = Le stockage du navigateur n’est pas disponible : vos fiches sont conservées en mémoire seulement et seront perdues à la fermeture ou au rechargement de cette page.
notice-unsaved = { $count ->
        [one] Non enregistré : { $why }. { $count } fiche a des modifications conservées dans cet onglet seulement. L’enregistrement est retenté à chaque modification ; exportez la fiche (JSON) pour en garder une copie dès maintenant.
       *[other] Non enregistré : { $why }. { $count } fiches ont des modifications conservées dans cet onglet seulement. L’enregistrement est retenté à chaque modification ; exportez les fiches (JSON) pour en garder une copie dès maintenant.
    }
notice-unreadable = Certaines données enregistrées n’ont pas pu être lues. Elles sont laissées telles quelles dans ce navigateur et ne sont jamais écrasées ; téléchargez-les pour les conserver ou pour les montrer à quelqu’un qui peut les réparer.
notice-download = Télécharger
notice-download-entry = Télécharger { $key }
notice-deleted-elsewhere = « { $name } » a été supprimée dans un autre onglet. Cet onglet a encore ses valeurs.
notice-keep-deleted = Conserver « { $name } »
notice-replaced-elsewhere = « { $name } » a été remplacée par une importation dans un autre onglet ; cet onglet avait des modifications pas encore enregistrées.
notice-keep-replaced = Conserver mes modifications de « { $name } » dans une copie

## Profils comparés.

app-breadcrumb = Fil d’Ariane
app-all-profiles = Tous les profils
compare-title = Comparer des profils — Goalframes
compare-page = Comparer des profils
compare-cannot = Comparaison impossible : { $why }.
compare-crumb = Comparer
compare-remove = Retirer
compare-remove-what = { $profile } de la comparaison
compare-differs-mark = Diffère
compare-lede = Chaque cellule est du texte du référentiel { $canon } cité mot pour mot ; un champ qui manque à un profil est indiqué comme absent. Lignes différentes : { $differing } sur { $rows }.
compare-region = Comparaison
compare-field = Champ
compare-tray = Profils à comparer
compare-to-compare = À comparer : { $profiles }
compare-profiles = { $count ->
        [one] Comparer { $count } profil
       *[other] Comparer { $count } profils
    }
compare-clear = Vider
compare-add = Ajouter à la comparaison
compare-add-profile = Ajouter à la comparaison : { $profile }

## La page d’un profil.

app-page-title = { $title } — Goalframes
profile-compare-next = Comparer avec le niveau suivant
profile-frames = Modèles
profile-show-sources = Afficher les sources
profile-print-goal-sheet = Imprimer la fiche d’objectifs
overwrite-changed = Un autre onglet a remplacé ce texte par « { $theirs } » ; votre texte « { $mine } » n’est pas enregistré.
overwrite-cleared = Un autre onglet a effacé ce texte ; votre texte « { $mine } » n’est pas enregistré.
overwrite-filled = Un autre onglet a rempli ce champ (« { $theirs } ») ; son effacement ici n’est pas enregistré.
overwrite-keep-mine = Garder mon texte
overwrite-keep-theirs = Garder celui de l’autre onglet

## Le panneau de la fiche : pour qui et quand.

sheet-heading = Fiche
sheet-status-new = Une nouvelle fiche : elle est enregistrée dans ce navigateur dès que vous saisissez du texte.
sheet-status-unsaved = Pas encore enregistrée : le stockage du navigateur a refusé la dernière modification (voir l’avis ci-dessus). Vos valeurs sont conservées dans cet onglet ; exportez la fiche pour en garder une copie.
sheet-status-saved = Enregistrée dans ce navigateur pendant la saisie.
sheet-status-memory = Conservée en mémoire seulement : le stockage du navigateur n’est pas disponible.
sheet-period-placeholder = p. ex. 2026 S1
sheet-review-cycle = Cycle de revue
sheet-inherited-help = Toute date laissée vide a pour échéance la fin de période.
sheet-open = Ouvrir « { $name } »
sheet-start-new = Commencer une nouvelle fiche
sheet-date-refused = { $field } : { $why } ; cette date n’est pas prise en compte.
# Ce qu’accepte un champ de date (la page garde les dates au format ISO 8601).
date-placeholder = JJ/MM/AAAA

## « Vos objectifs ».

goals-heading = Vos objectifs
goals-locked = Ces objectifs sont validés : rouvrez la fiche dans « Revue » pour les modifier.
goals-none = Retenez les objectifs qui comptent avec les cases « Retenir » des modèles ci-dessous, ou ajoutez les vôtres. Ils sont listés ici dans votre ordre, avec leurs pondérations ; les exports et l’impression donnent alors cette fiche d’objectifs.
goals-add-own = Ajouter un objectif personnel
goals-weight = Pondération
goals-move-up = Monter { $goal }
goals-move-down = Descendre { $goal }
goals-remove = Retirer
goals-own-placeholder = L’objectif, avec vos propres mots

## Les modèles sur la page.

frames-copied = Copié
frames-copy-failed = La copie a échoué : sélectionnez le texte et copiez-le manuellement.

## Exports et partage.

exports-heading = Exporter cette fiche
exports-goal-sheet = Votre fiche d’objectifs (les objectifs retenus, dans l’ordre) :
exports-all-frames = Tous les modèles
exports-sheet-json = Fiche (.json)
exports-help = Les fichiers sont créés dans ce navigateur ; rien n’est envoyé. La fiche (.json) peut être réimportée ici ou par un collègue.
exports-print = Imprimer
format-text = Texte (.txt)
format-markdown = Markdown (.md)
format-json = Modèles JSON (.json)
format-csv = CSV (.csv)
format-docx = Word (.docx)
share-copy-link = Copier le lien de la fiche
share-copy-code = Copier le code de la fiche
share-link = Lien de la fiche
share-code = Code de la fiche
share-link-copied = Lien de la fiche copié.
share-code-copied = Code de la fiche copié.
share-link-copy-failed = La copie a échoué : sélectionnez le lien de la fiche ci-dessous et copiez-le manuellement.
share-code-copy-failed = La copie a échoué : sélectionnez le code de la fiche ci-dessous et copiez-le manuellement.
share-no-compression = Ce navigateur ne peut pas compresser une fiche ; exportez plutôt la fiche en JSON.
share-help = Un lien ouvre cette application à cette adresse ; un code peut être collé dans « Lien ou code de fiche » dans n’importe quelle copie de Goalframes.

## Changements du référentiel sous une fiche.

drift-changed = Le référentiel a changé depuis que cette fiche a été remplie (version { $version }, maintenant { $current })
drift-orphans-only = Certaines valeurs n’ont plus de place dans les modèles actuels
drift-kept = Toutes les valeurs que vous avez remplies sont conservées. Vérifiez les éléments ci-dessous par rapport aux modèles maintenant affichés.
drift-changed-items = Modifiés
drift-removed-items = Supprimés
drift-new-items = Nouveaux
drift-orphaned = Valeurs orphelines
drift-orphaned-help = Ces valeurs appartiennent à des éléments que le référentiel actuel n’a plus. Elles sont conservées dans la fiche (et dans son export .json) ; copiez-les là où elles doivent aller.
drift-copy-orphan = Copier la valeur orpheline { $item } { $slot }
drift-copied = Copié.
drift-mark-reviewed = Marquer comme revu

## Ce que l’application indique à un portail qui l’intègre.

portal-too-long = Le message dépasse { $max } caractères et a été ignoré.
portal-cannot-open = La fiche ne peut pas être ouverte : { $why }.
