language-name = Français
format-date = { $day }/{ $month }/{ $year }
format-decimal-separator = ,
