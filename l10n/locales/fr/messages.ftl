### Messages : pourquoi une valeur, une date, une fiche, un fichier ou une étape a été refusé.
### Chacun dit ce qui ne va pas et, quand c’est utile, ce qu’il faut faire.

## Valeurs et dates (à côté d’un espace réservé pendant la saisie, et pour chaque fichier lu).

error-date-not-iso = une date s’écrit AAAA-MM-JJ, p. ex. 2026-06-30
# A date typed on the page: { $format } is date-placeholder, { $example } a date as the page writes it.
error-date-typed = une date s’écrit { $format }, p. ex. { $example }
error-date-no-such-day = ce jour n’existe pas dans le calendrier
error-value-too-long = une valeur compte au plus { $max } caractères ; celle-ci en a { $count }
error-value-not-one-line = une valeur tient sur une seule ligne, sans caractères de contrôle
error-value-bidi = une valeur ne peut pas contenir de caractères de contrôle bidirectionnels (U+202A–U+202E, U+2066–U+2069) : ils font lire le texte autrement qu’il n’est enregistré
