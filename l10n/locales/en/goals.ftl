### The goal sheet: what a manager keeps, as the page and every document show it.

## Where a goal comes from: the documents' "Framework" column. (The HR
## CSV's framework column keeps these English names, as a contract.)

framework-smart = SMART
framework-okr = OKR
framework-mbo = MBO
framework-scorecard = Balanced Scorecard
framework-growth = Development
framework-own = Own goal
framework-gone = No longer in the canon

## Own goals and goals the canon no longer has.

goal-own-label = Your own goal { $n }
goal-own-unnumbered = Your own goal
goal-own-mark = Your own goal — not from the canon
goal-own-measure = From { $baseline } to { $target } by { $date }
goal-gone-label = A goal no longer in today’s canon ({ $key })
goal-gone-mark = Kept on this sheet; today’s canon has no text for it
