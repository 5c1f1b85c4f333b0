language-name = Deutsch
format-date = { $day }.{ $month }.{ $year }
format-decimal-separator = ,
