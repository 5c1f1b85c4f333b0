language-name = Español
format-date = { $day }/{ $month }/{ $year }
format-decimal-separator = ,
