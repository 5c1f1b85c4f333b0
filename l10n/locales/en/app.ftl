### The page: every word the app says that the engine's markup does not.

## Importing sheets, links and rosters.

import-source-link = a sheet link
import-done = Imported “{ $name }”.
roster-unread = Could not read the roster “{ $file }”: line { $line }: { $why }. No sheet was started.
roster-started = { $count ->
        [one] Started { $count } sheet from “{ $file }”.
       *[other] Started { $count } sheets from “{ $file }”.
    }
roster-left-out = { $count ->
        [one] { $count } row was left out (see its line in the file).
       *[other] { $count } rows were left out (see their lines in the file).
    }
error-no-profile = This canon has no profile “{ $family }” at level “{ $level }”.
error-person-or-period = The person or period cannot be used: { $why }.

## The banner and the page's frame.

app-skip-to-content = Skip to content
app-skip-to-frames = Skip to the frames
app-skip-to-goals = Skip to your goals
app-canon = Canon
app-language = Language
app-not-found = This canon has no profile “{ $family }” at level “{ $level }”. Find one below.

## Finding a profile.

finder-heading = Find a profile
finder-lede = Pick a job family at a level to see its goal frames, then fill them in for one person.
finder-browse = Browse by group
finder-families = { $count ->
        [one] { $count } family
       *[other] { $count } families
    }
search-region = Profiles
search-label = Search by family, group, title, level code or canon text
search-placeholder = e.g. database P4
search-help = Results appear as you type. Up and Down choose, Enter opens, Escape clears.
search-found = { $count ->
        [0] No profile matches.
        [one] { $count } profile found.
       *[other] { $count } profiles found.
    }
search-none = No profile matches every word. Try fewer words.
search-results = Matching profiles

## The saved sheets.

sheets-heading = Your sheets
sheets-none = None yet. A sheet is saved in this browser as soon as you fill a placeholder of a profile.
sheets-profile-gone = Profile not in this canon
sheets-updated = updated { $when } UTC
sheets-rename = Rename
sheets-duplicate = Duplicate
sheets-delete = Delete
sheets-confirm-delete = Confirm delete
sheets-keep = Keep
sheets-save-name = Save name

## Importing: the controls, the dialog, its messages.

dialog-cancel = Cancel
dialog-dismiss = Dismiss
import-refused = Could not import { $source }: { $why }. Nothing was changed.
import-unreadable = the browser could not read the file
import-source-code = a sheet link or code
import-source-portal = the portal
import-file = Import a sheet (.json)
import-file-help = or drop a sheet file anywhere on this page. A sheet link opens here by itself.
import-roster = Start sheets from a roster (.csv)
import-roster-help = A roster has the columns name, family, level and period: one sheet per row.
import-code-label = Sheet link or code
import-code-placeholder = Paste a link or code a colleague sent
import-code-button = Import from link or code
import-drop = Drop the sheet file to import it.
import-heading = Import a sheet from { $source }
import-profile = Profile
import-values-label = Values
import-goals-label = Goals
import-values = { $count ->
        [one] { $count } filled value
       *[other] { $count } filled values
    }
import-goals = { $count ->
        [one] { $count } goal kept
       *[other] { $count } goals kept
    }
import-goals-own = { $count ->
        [one] { $count } goal kept, { $own } of them the person’s own
       *[other] { $count } goals kept, { $own } of them the person’s own
    }
import-canon-note = Filled against canon version { $version }; this app has { $current }. Changes will be shown when it opens.
import-question = Import this sheet into this browser?
import-question-taken = A sheet with the same id is already in this browser. Keep both, replace it with the imported one, or cancel?
import-keep-both = Keep both
import-replace = Replace
import-import = Import
roster-file-unread = Could not read the roster “{ $file }”: { $why }. No sheet was started.
import-roster-heading = Start sheets from “{ $file }”
import-line = Line
import-roster-line = Line { $line }: { $why }
import-rows-left-out = Rows left out
import-start-sheets = { $count ->
        [one] Start { $count } sheet
       *[other] Start { $count } sheets
    }
import-roster-question = { $count ->
        [one] Start one sheet for the row above?
       *[other] Start one sheet for each of the { $count } rows above?
    }

## Browser storage and other tabs.

store-full = browser storage is full
store-refused = browser storage refused the change
store-refused-why = browser storage refused the change ({ $why })
store-not-deleted = the sheet was not deleted: { $why }
store-kept-as-is = its saved entry could not be read and is kept as it is
store-other-id = it names sheet id “{ $id }”, not the id of its key
notice-no-storage = Browser storage is unavailable: your sheets are kept in memory only and are lost when this page is closed or reloaded.
notice-unsaved = { $count ->
        [one] Not saved: { $why }. { $count } sheet has changes kept in this tab only. Saving is tried again at every change; export the sheet (JSON) to keep a copy now.
       *[other] Not saved: { $why }. { $count } sheets have changes kept in this tab only. Saving is tried again at every change; export the sheet (JSON) to keep a copy now.
    }
notice-unreadable = Some saved data could not be read. It is left exactly as it is in this browser and never written over; download it to keep it or to show it to someone who can repair it.
notice-download = Download
notice-download-entry = Download { $key }
notice-deleted-elsewhere = “{ $name }” was deleted in another tab. This tab still has its values.
notice-keep-deleted = Keep “{ $name }”
notice-replaced-elsewhere = “{ $name }” was replaced by an import in another tab; this tab had changes not yet saved.
notice-keep-replaced = Keep my changes to “{ $name }” as a copy

## Profiles compared.

app-breadcrumb = Breadcrumb
app-all-profiles = All profiles
compare-title = Compare profiles — Goalframes
compare-page = Compare profiles
compare-cannot = Cannot compare: { $why }.
compare-crumb = Compare
compare-remove = Remove
compare-remove-what = { $profile } from the comparison
compare-differs-mark = Differs
compare-lede = Every cell is verbatim { $canon } canon text; a field a profile lacks is shown as absent. { $differing } of { $rows } rows differ.
compare-region = Comparison
compare-field = Field
compare-tray = Profiles to compare
compare-to-compare = To compare: { $profiles }
compare-profiles = { $count ->
        [one] Compare { $count } profile
       *[other] Compare { $count } profiles
    }
compare-clear = Clear
compare-add = Add to compare
compare-add-profile = Add to compare: { $profile }

## A profile's page.

app-page-title = { $title } — Goalframes
profile-compare-next = Compare with the next level
profile-frames = Frames
profile-show-sources = Show sources
profile-print-goal-sheet = Print the goal sheet
overwrite-changed = Another tab changed this to “{ $theirs }”; your text “{ $mine }” is not saved.
overwrite-cleared = Another tab cleared this; your text “{ $mine }” is not saved.
overwrite-filled = Another tab filled this in (“{ $theirs }”); clearing it here is not saved.
overwrite-keep-mine = Keep my text
overwrite-keep-theirs = Keep the other tab’s

## The sheet panel: who and when.

sheet-heading = Sheet
sheet-status-new = A new sheet: it is saved in this browser as soon as you type.
sheet-status-unsaved = Not saved yet: browser storage refused the last change (see the notice above). Your values are kept in this tab; export the sheet to keep a copy.
sheet-status-saved = Saved in this browser as you type.
sheet-status-memory = Kept in memory only: browser storage is unavailable.
sheet-period-placeholder = e.g. 2026 H1
sheet-review-cycle = Review cycle
sheet-inherited-help = Every date slot you leave empty is due on the period end.
sheet-open = Open “{ $name }”
sheet-start-new = Start a new sheet
sheet-date-refused = { $field }: { $why }; it is not used.
# What a date field takes: a date as format-date writes it, or ISO (the page keeps dates as ISO 8601).
date-placeholder = YYYY-MM-DD

## "Your goals".

goals-heading = Your goals
goals-locked = These goals are agreed: reopen the sheet in “Review” to change them.
goals-none = Keep the goals that matter with the “Keep” boxes in the frames below, or add your own. They are listed here in your order, with weights; exports and print then give this goal sheet.
goals-add-own = Add your own goal
goals-weight = Weight
goals-move-up = Move { $goal } up
goals-move-down = Move { $goal } down
goals-remove = Remove
goals-own-placeholder = What the goal is, in your words

## The frames on the page.

frames-copied = Copied
frames-copy-failed = Copy failed: select the text and copy it by hand.

## Exports and sharing.

exports-heading = Export this sheet
exports-goal-sheet = Your goal sheet (the goals you kept, in order):
exports-all-frames = All frames
exports-sheet-json = Sheet (.json)
exports-help = Files are made in this browser; nothing is uploaded. The sheet (.json) can be imported again here or by a colleague.
exports-print = Print
format-text = Text (.txt)
format-markdown = Markdown (.md)
format-json = Frames JSON (.json)
format-csv = CSV (.csv)
format-docx = Word (.docx)
share-copy-link = Copy sheet link
share-copy-code = Copy sheet code
share-link = Sheet link
share-code = Sheet code
share-link-copied = Sheet link copied.
share-code-copied = Sheet code copied.
share-link-copy-failed = Copy failed: select the sheet link below and copy it by hand.
share-code-copy-failed = Copy failed: select the sheet code below and copy it by hand.
share-no-compression = This browser cannot compress a sheet; export the sheet as JSON instead.
share-help = A link opens this app at this address; a code can be pasted into “Sheet link or code” in anyone’s copy of Goalframes.

## Canon changes under a sheet.

drift-changed = The canon changed since this sheet was filled (version { $version }, now { $current })
drift-orphans-only = Some values have no place in today’s frames
drift-kept = Every value you filled is kept. Check the items below against the frames now shown.
drift-changed-items = Changed
drift-removed-items = Removed
drift-new-items = New
drift-orphaned = Orphaned values
drift-orphaned-help = These values belong to items today’s canon no longer has. They are kept in the sheet (and in its .json export); copy them where they belong.
drift-copy-orphan = Copy orphaned value { $item } { $slot }
drift-copied = Copied.
drift-mark-reviewed = Mark as reviewed

## What the app tells a portal that embeds it.

portal-too-long = The message is longer than { $max } characters and was ignored.
portal-cannot-open = The sheet cannot be opened: { $why }.
