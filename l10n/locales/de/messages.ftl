### Meldungen: warum ein Wert, ein Datum, ein Bogen, eine Datei oder ein Schritt abgelehnt wurde.
### Jede sagt, was falsch ist, und, wo es hilft, was zu tun ist.

## Werte und Datumsangaben (neben einem Platzhalter während der Eingabe und für jede gelesene Datei).

error-date-not-iso = ein Datum wird als JJJJ-MM-TT geschrieben, z. B. 2026-06-30
# A date typed on the page: { $format } is date-placeholder, { $example } a date as the page writes it.
error-date-typed = ein Datum wird als { $format } geschrieben, z. B. { $example }
error-date-no-such-day = diesen Tag gibt es im Kalender nicht
error-value-too-long = ein Wert hat höchstens { $max } Zeichen; dieser hat { $count }
error-value-not-one-line = ein Wert ist eine einzelne Zeile ohne Steuerzeichen
error-value-bidi = ein Wert darf keine bidirektionalen Steuerzeichen enthalten (U+202A–U+202E, U+2066–U+2069): Diese Zeichen bewirken, dass Text anders gelesen wird, als er gespeichert ist
