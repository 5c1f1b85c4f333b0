### The page's view of the frames (the engine's markup).

view-mbo-no-standard = No standard: the canon backs none for this level.
view-next-level = Next level
view-next-level-heading = Next level: { $code } — { $title }
view-next-level-intro = What changes at { $code } ({ $profile }): the next level's text, verbatim. Keep any as a development goal.
view-next-level-empty = Every level dimension reads the same at the next level.
view-copy-print-as-text = Copy / print as text
view-copy = Copy
# After "Copy", for screen readers: "Copy SMART goals as text".
view-copy-what = { $frame } as text
view-keep = Keep
view-keep-goal = Keep { $goal }
view-pick-a-date = Pick a date, { $goal }
view-date-picker = Date picker, { $goal }
# The title of a date slot that shows the period end while unfilled.
slot-inherited-title = The period end: fill this slot to set its own date.
