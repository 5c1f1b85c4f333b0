## The language itself: its name in the language switch, and how the page
## writes dates and decimal numbers (files keep ISO dates and plain numbers).

language-name = English
# An ISO date on screen; { $day } and { $month } have two digits.
format-date = { $year }-{ $month }-{ $day }
format-decimal-separator = .
