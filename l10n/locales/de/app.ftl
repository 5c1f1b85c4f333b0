### Die Seite: jedes Wort, das die App sagt und das nicht aus dem Markup der Engine stammt.

## Bögen, Links und Personallisten importieren.

import-source-link = einem Bogen-Link
import-done = „{ $name }“ importiert.
roster-unread = Die Personalliste „{ $file }“ konnte nicht gelesen werden: Zeile { $line }: { $why }. Es wurde kein Bogen angelegt.
roster-started = { $count ->
        [one] { $count } Bogen aus „{ $file }“ angelegt.
       *[other] { $count } Bögen aus „{ $file }“ angelegt.
    }
roster-left-out = { $count ->
        [one] { $count } Zeile wurde ausgelassen (siehe die betreffende Zeile in der Datei).
       *[other] { $count } Zeilen wurden ausgelassen (siehe die betreffenden Zeilen in der Datei).
    }
error-no-profile = Dieser Kanon hat kein Profil „{ $family }“ auf Stufe „{ $level }“.
error-person-or-period = Person oder Zeitraum können nicht verwendet werden: { $why }.

## Das Banner und der Rahmen der Seite.

app-skip-to-content = Zum Inhalt springen
app-skip-to-frames = Zu den Zielrahmen springen
app-skip-to-goals = Zu Ihren Zielen springen
app-canon = Kanon
app-language = Sprache
app-not-found = Dieser Kanon hat kein Profil „{ $family }“ auf Stufe „{ $level }“. Suchen Sie unten ein Profil.

## Ein Profil finden.

finder-heading = Profil finden
finder-lede = Wählen Sie eine Jobfamilie auf einer Stufe, um ihre Zielrahmen zu sehen, und füllen Sie diese dann für eine Person aus.
finder-browse = Nach Gruppen durchsuchen
finder-families = { $count ->
        [one] { $count } Familie
       *[other] { $count } Familien
    }
search-region = Profile
search-label = Suche nach Familie, Gruppe, Titel, Stufencode oder Kanontext
search-placeholder = z. B. Datenbank P4
search-help = Ergebnisse erscheinen während der Eingabe. Pfeiltasten nach oben und unten wählen aus, die Eingabetaste öffnet, Esc leert das Feld.
search-found = { $count ->
        [0] Kein Profil passt.
        [one] { $count } Profil gefunden.
       *[other] { $count } Profile gefunden.
    }
search-none = Kein Profil passt zu allen Wörtern. Versuchen Sie es mit weniger Wörtern.
search-results = Passende Profile

## Die gespeicherten Bögen.

sheets-heading = Ihre Bögen
sheets-none = Noch keine. Ein Bogen wird in diesem Browser gespeichert, sobald Sie einen Platzhalter eines Profils ausfüllen.
sheets-profile-gone = Profil nicht in diesem Kanon
sheets-updated = aktualisiert am { $when } UTC
sheets-rename = Umbenennen
sheets-duplicate = Duplizieren
sheets-delete = Löschen
sheets-confirm-delete = Löschen bestätigen
sheets-keep = Behalten
sheets-save-name = Namen speichern

## Importieren: die Bedienelemente, der Dialog, seine Meldungen.

dialog-cancel = Abbrechen
dialog-dismiss = Schließen
import-refused = Import aus { $source } nicht möglich: { $why }. Es wurde nichts geändert.
import-unreadable = der Browser konnte die Datei nicht lesen
import-source-code = einem Bogen-Link oder -Code
import-source-portal = dem Portal
import-file = Bogen importieren (.json)
import-file-help = oder ziehen Sie eine Bogendatei an eine beliebige Stelle dieser Seite. Ein Bogen-Link öffnet sich hier von selbst.
import-roster = Bögen aus einer Personalliste anlegen (.csv)
import-roster-help = Eine Personalliste hat die Spalten "name", "family", "level" und "period" (Name, Familie, Stufe, Zeitraum): ein Bogen je Zeile.
import-code-label = Bogen-Link oder -Code
import-code-placeholder = Link oder Code einfügen, den Sie erhalten haben
import-code-button = Aus Link oder Code importieren
import-drop = Legen Sie die Bogendatei hier ab, um sie zu importieren.
import-heading = Bogen aus { $source } importieren
import-profile = Profil
import-values-label = Werte
import-goals-label = Ziele
import-values = { $count ->
        [one] { $count } ausgefüllter Wert
       *[other] { $count } ausgefüllte Werte
    }
import-goals = { $count ->
        [one] { $count } behaltenes Ziel
       *[other] { $count } behaltene Ziele
    }
import-goals-own = { $count ->
        [one] { $count } behaltenes Ziel, davon { $own } von der Person selbst formuliert
       *[other] { $count } behaltene Ziele, davon { $own } von der Person selbst formuliert
    }
import-canon-note = Ausgefüllt mit Kanonversion { $version }; diese App hat { $current }. Änderungen werden beim Öffnen angezeigt.
import-question = Diesen Bogen in diesen Browser importieren?
import-question-taken = Ein Bogen mit derselben ID ist bereits in diesem Browser. Beide behalten, ihn durch den importierten ersetzen oder abbrechen?
import-keep-both = Beide behalten
import-replace = Ersetzen
import-import = Importieren
roster-file-unread = Die Personalliste „{ $file }“ konnte nicht gelesen werden: { $why }. Es wurde kein Bogen angelegt.
import-roster-heading = Bögen aus „{ $file }“ anlegen
import-line = Zeile
import-roster-line = Zeile { $line }: { $why }
import-rows-left-out = Ausgelassene Zeilen
import-start-sheets = { $count ->
        [one] { $count } Bogen anlegen
       *[other] { $count } Bögen anlegen
    }
import-roster-question = { $count ->
        [one] Einen Bogen für die Zeile oben anlegen?
       *[other] Je einen Bogen für jede der { $count } Zeilen oben anlegen?
    }

## Browserspeicher und andere Tabs.

store-full = der Browserspeicher ist voll
store-refused = der Browserspeicher hat die Änderung abgelehnt
store-refused-why = der Browserspeicher hat die Änderung abgelehnt ({ $why })
store-not-deleted = der Bogen wurde nicht gelöscht: { $why }
store-kept-as-is = sein gespeicherter Eintrag konnte nicht gelesen werden und bleibt unverändert erhalten
store-other-id = er nennt die Bogen-ID „{ $id }“, nicht die ID seines Schlüssels
notice-no-storage = Der Browserspeicher ist nicht verfügbar: Ihre Bögen werden nur im Arbeitsspeicher gehalten und gehen verloren, wenn diese Seite geschlossen oder neu geladen wird.
notice-unsaved = { $count ->
        [one] Nicht gespeichert: { $why }. { $count } Bogen hat Änderungen, die nur in diesem Tab vorliegen. Das Speichern wird bei jeder Änderung erneut versucht; exportieren Sie den Bogen (JSON), um jetzt eine Kopie zu sichern.
       *[other] Nicht gespeichert: { $why }. { $count } Bögen haben Änderungen, die nur in diesem Tab vorliegen. Das Speichern wird bei jeder Änderung erneut versucht; exportieren Sie die Bögen (JSON), um jetzt eine Kopie zu sichern.
    }
notice-unreadable = Einige gespeicherte Daten konnten nicht gelesen werden. Sie bleiben in diesem Browser genau so erhalten, wie sie sind, und werden nie überschrieben; laden Sie sie herunter, um sie aufzubewahren oder jemandem zu zeigen, der sie reparieren kann.
notice-download = Herunterladen
notice-download-entry = { $key } herunterladen
notice-deleted-elsewhere = „{ $name }“ wurde in einem anderen Tab gelöscht. Dieser Tab hat seine Werte noch.
notice-keep-deleted = „{ $name }“ behalten
notice-replaced-elsewhere = „{ $name }“ wurde in einem anderen Tab durch einen Import ersetzt; dieser Tab hatte noch nicht gespeicherte Änderungen.
notice-keep-replaced = Meine Änderungen an „{ $name }“ als Kopie behalten

## Profile im Vergleich.

app-breadcrumb = Navigationspfad
app-all-profiles = Alle Profile
compare-title = Profile vergleichen — Goalframes
compare-page = Profile vergleichen
compare-cannot = Vergleich nicht möglich: { $why }.
compare-crumb = Vergleich
compare-remove = Entfernen
compare-remove-what = { $profile } aus dem Vergleich
compare-differs-mark = Abweichend
compare-lede = Jede Zelle ist wörtlicher Kanontext aus { $canon }; ein Feld, das einem Profil fehlt, wird als nicht vorhanden angezeigt. { $differing } von { $rows } Zeilen weichen ab.
compare-region = Vergleich
compare-field = Feld
compare-tray = Profile zum Vergleichen
compare-to-compare = Zum Vergleich: { $profiles }
compare-profiles = { $count ->
        [one] { $count } Profil vergleichen
       *[other] { $count } Profile vergleichen
    }
compare-clear = Leeren
compare-add = Zum Vergleich hinzufügen
compare-add-profile = Zum Vergleich hinzufügen: { $profile }

## Die Seite eines Profils.

app-page-title = { $title } — Goalframes
profile-compare-next = Mit der nächsten Stufe vergleichen
profile-frames = Zielrahmen
profile-show-sources = Quellen anzeigen
profile-print-goal-sheet = Zielbogen drucken
overwrite-changed = Ein anderer Tab hat dies in „{ $theirs }“ geändert; Ihr Text „{ $mine }“ ist nicht gespeichert.
overwrite-cleared = Ein anderer Tab hat dies geleert; Ihr Text „{ $mine }“ ist nicht gespeichert.
overwrite-filled = Ein anderer Tab hat dies ausgefüllt („{ $theirs }“); das Leeren hier ist nicht gespeichert.
overwrite-keep-mine = Meinen Text behalten
overwrite-keep-theirs = Text des anderen Tabs behalten

## Der Bereich des Bogens: wer und wann.

sheet-heading = Bogen
sheet-status-new = Ein neuer Bogen: Er wird in diesem Browser gespeichert, sobald Sie etwas eingeben.
sheet-status-unsaved = Noch nicht gespeichert: Der Browserspeicher hat die letzte Änderung abgelehnt (siehe Hinweis oben). Ihre Werte bleiben in diesem Tab erhalten; exportieren Sie den Bogen, um eine Kopie zu sichern.
sheet-status-saved = Wird während der Eingabe in diesem Browser gespeichert.
sheet-status-memory = Nur im Arbeitsspeicher: Der Browserspeicher ist nicht verfügbar.
sheet-period-placeholder = z. B. 1. Halbjahr 2026
sheet-review-cycle = Beurteilungszyklus
sheet-inherited-help = Jedes Datumsfeld, das Sie leer lassen, ist zum Ende des Zeitraums fällig.
sheet-open = „{ $name }“ öffnen
sheet-start-new = Neuen Bogen anlegen
sheet-date-refused = { $field }: { $why }; das Datum wird nicht verwendet.
# Was ein Datumsfeld annimmt (die Seite speichert Datumsangaben nach ISO 8601).
date-placeholder = TT.MM.JJJJ

## „Ihre Ziele“.

goals-heading = Ihre Ziele
goals-locked = Diese Ziele sind vereinbart: Öffnen Sie den Bogen unter „Beurteilung“ wieder, um sie zu ändern.
goals-none = Behalten Sie die wichtigen Ziele mit den Kästchen „Behalten“ in den Zielrahmen unten, oder fügen Sie eigene hinzu. Sie werden hier in Ihrer Reihenfolge und mit Gewichtungen aufgeführt; Exporte und Druck ergeben dann diesen Zielbogen.
goals-add-own = Eigenes Ziel hinzufügen
goals-weight = Gewichtung
goals-move-up = { $goal } nach oben verschieben
goals-move-down = { $goal } nach unten verschieben
goals-remove = Entfernen
goals-own-placeholder = Das Ziel in Ihren eigenen Worten

## Die Zielrahmen auf der Seite.

frames-copied = Kopiert
frames-copy-failed = Kopieren fehlgeschlagen: Markieren Sie den Text und kopieren Sie ihn von Hand.

## Exportieren und teilen.

exports-heading = Diesen Bogen exportieren
exports-goal-sheet = Ihr Zielbogen (die behaltenen Ziele, in ihrer Reihenfolge):
exports-all-frames = Alle Zielrahmen
exports-sheet-json = Bogen (.json)
exports-help = Dateien werden in diesem Browser erstellt; nichts wird hochgeladen. Der Bogen (.json) kann hier oder von einer Kollegin oder einem Kollegen wieder importiert werden.
exports-print = Drucken
format-text = Text (.txt)
format-markdown = Markdown (.md)
format-json = Zielrahmen als JSON (.json)
format-csv = CSV (.csv)
format-docx = Word (.docx)
share-copy-link = Bogen-Link kopieren
share-copy-code = Bogen-Code kopieren
share-link = Bogen-Link
share-code = Bogen-Code
share-link-copied = Bogen-Link kopiert.
share-code-copied = Bogen-Code kopiert.
share-link-copy-failed = Kopieren fehlgeschlagen: Markieren Sie den Bogen-Link unten und kopieren Sie ihn von Hand.
share-code-copy-failed = Kopieren fehlgeschlagen: Markieren Sie den Bogen-Code unten und kopieren Sie ihn von Hand.
share-no-compression = Dieser Browser kann keinen Bogen komprimieren; exportieren Sie den Bogen stattdessen als JSON.
share-help = Ein Link öffnet diese App unter dieser Adresse; ein Code kann in jeder Installation von Goalframes unter „Bogen-Link oder -Code“ eingefügt werden.

## Änderungen des Kanons unter einem Bogen.

drift-changed = Der Kanon hat sich geändert, seit dieser Bogen ausgefüllt wurde (Version { $version }, jetzt { $current })
drift-orphans-only = Einige Werte haben in den heutigen Zielrahmen keinen Platz
drift-kept = Jeder Wert, den Sie ausgefüllt haben, bleibt erhalten. Prüfen Sie die folgenden Elemente anhand der jetzt angezeigten Zielrahmen.
drift-changed-items = Geändert
drift-removed-items = Entfernt
drift-new-items = Neu
drift-orphaned = Verwaiste Werte
drift-orphaned-help = Diese Werte gehören zu Elementen, die der heutige Kanon nicht mehr hat. Sie bleiben im Bogen (und in seinem .json-Export) erhalten; kopieren Sie sie dorthin, wo sie hingehören.
drift-copy-orphan = Verwaisten Wert { $item } { $slot } kopieren
drift-copied = Kopiert.
drift-mark-reviewed = Als geprüft markieren

## Was die App einem Portal mitteilt, das sie einbettet.

portal-too-long = Die Nachricht ist länger als { $max } Zeichen und wurde ignoriert.
portal-cannot-open = Der Bogen kann nicht geöffnet werden: { $why }.
