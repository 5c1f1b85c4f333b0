### Messages: why a value, a date, a sheet, a file or a step was refused.
### Each says what is wrong and, where it helps, what to do.

## Values and dates (beside a slot as it is typed, and for every file read).

error-date-not-iso = a date is written YYYY-MM-DD, e.g. 2026-06-30
# A date typed on the page: { $format } is date-placeholder, { $example } a date as the page writes it.
error-date-typed = a date is written { $format }, e.g. { $example }
error-date-no-such-day = there is no such day in the calendar
error-value-too-long = a value is at most { $max } characters; this one has { $count }
error-value-not-one-line = a value is one line, without control characters
error-value-bidi = a value may not contain bidirectional control characters (U+202A–U+202E, U+2066–U+2069): they make text read differently from how it is stored
