### The sheet: who and when it is for, its weights, and why a sheet, a file,
### a link or a roster could not be read.

## Who, when, which period.

sheet-person = Person
sheet-period = Period
sheet-period-start = Period start
sheet-period-end = Period end
sheet-review-date = Review date
sheet-exported = Exported
sheet-untitled = Untitled sheet
period-from-to = { $start } to { $end }
period-from = from { $start }
period-until = until { $end }
cycle-warning-end-before-start = The period ends before it starts.
cycle-warning-review-before-start = The review date is before the period starts.

## Weights.

total-weight = Total weight: { $percent }
total-weight-off = Total weight: { $percent } (not 100%)
total-weight-none = No weights yet: give each goal a weight in percent.
error-weight = a weight is a whole percent from 0 to { $max }

## A sheet that cannot be read (storage, a file, a link, a code, collect).

sheet-error-json = not a sheet: { $detail }
sheet-error-schema = unknown sheet schema { $found } (expected { $expected })
sheet-error-value = bad value in { $field }: { $why }
sheet-error-date = bad date in { $field }: { $why }
sheet-error-id = bad id: a sheet id is 1 to { $max } letters, digits, '-' or '_'
sheet-error-key = bad key { $key }: keys are 1 to { $max } letters, digits, '-', '_' or '/' (keys in "edited" up to { $max-edited })
sheet-error-too-many = too many entries ({ $count }; a sheet holds at most { $max } items, values, goals, fingerprints and edit times together)
sheet-error-goals = bad goal list: { $why }
sheet-error-review = bad review data in { $why }
sheet-error-lang = bad lang { $lang }: a language tag such as "de" or "fr-CH"
goals-problem-too-many = { $count } goals; a sheet keeps at most { $max }
goals-problem-twice = { $goal } is kept twice
goals-problem-overweight = { $goal } weighs more than { $max }%
goals-problem-own-prefix = own goal { $goal } does not start with { $prefix }
import-error-too-large = the file is too large to be a sheet ({ $bytes } bytes; a sheet is at most { $max-kb } KB)
import-error-sheet = this is not a Goalframes sheet ({ $why })
import-error-unknown-profile = this sheet is for a profile this canon does not have: family “{ $family }” at level “{ $level }”
js-error-other-profile = the sheet is for family “{ $family }” at level “{ $level }”, not this profile
link-error-too-long = the sheet link is too long ({ $count } characters; at most { $max })
link-error-encoding = the sheet link is damaged (not base64url); copy it again in full
link-error-compression = the sheet link is damaged or too large (it does not inflate to a sheet of at most { $max } bytes)
link-error-text = the sheet link does not hold text
link-error-sheet = the sheet link does not hold a valid sheet: { $why }

## A roster row that cannot be used.

roster-error-too-large = the roster is too large ({ $bytes } bytes; at most { $max })
roster-error-header = cannot read the header row: { $detail }
roster-error-column = the header row has no "{ $column }" column; it needs { $columns }
roster-error-row = cannot read the row: { $detail }
roster-error-no-name = the name is empty
roster-error-name = the name cannot be used: { $why }
roster-error-period = the period cannot be used: { $why }
roster-error-family = unknown family "{ $family }"; these exist (nearest first): { $families }
roster-error-level = unknown level for family "{ $family }" "{ $level }"; these exist (nearest first): { $levels }
