### The review: agree the goals, check in through the period, appraise at
### its end, rate the level and score it. The page, every document and the
### messages say it in these words.

## Stages and the steps between them.

review-stage = Stage
# .in-sentence: the stage inside a sentence ("this sheet is agreed").
stage-draft = Draft
    .in-sentence = draft
stage-agreed = Agreed
    .in-sentence = agreed
stage-reviewed = Reviewed
    .in-sentence = reviewed
review-mark-as-agreed = Mark as agreed
review-mark-as-reviewed = Mark as reviewed
review-reopen = Reopen
review-agreed-by-employee = Agreed by employee
review-agreed-by-manager = Agreed by manager
review-agreed-on = Agreed on
review-reviewed-on = Reviewed on
review-reopened-on = Reopened on
review-agreement-line = Agreed by employee { $employee } and manager { $manager } on { $date }
review-reviewed-on-line = Reviewed on { $date }
review-reopening-line = Reopened on { $date } ({ $undid })
review-reopened-was-agreed = was agreed by employee { $employee } and manager { $manager } on { $date }
review-reopened-was-reviewed = was reviewed on { $date }
review-reopened-was = was { $stage }

## Check-ins.

review-check-ins = Check-ins
check-in-date = Check-in date
check-in-value = Current value
check-in-note = Note
# .in-sentence: the status inside a sentence ("Computed: on track (…)").
status-on-track = On track
    .in-sentence = on track
status-behind = Behind
    .in-sentence = behind
status-at-risk = At risk
    .in-sentence = at risk
# The status a check-in suggests, and why.
progress-how = Computed: { $status } ({ $expected } % of the period gone, { $actual } % of the way to the target: { $standing }).
progress-points-behind = { $points } points behind
progress-points-ahead = { $points } points ahead
progress-as-expected = as expected

## The appraisal at the period end.

review-actual = Actual
review-achievement-percent = Achievement %
review-self-rating = Self rating
review-manager-rating = Manager rating
review-employee-comment = Employee comment
review-manager-comment = Manager comment
# A competency row's two ratings: "self 3, manager 4".
competency-ratings = self { $self-rating }, manager { $manager-rating }

## Achievement, and how it was found.

achievement-line = Achievement: { $percent } % ({ $how })
achievement-computed = computed: { $how }
achievement-how = from { $baseline } to { $target }, reached { $actual }: { $formula }
achievement-held = the target was held = 100.0 %
achievement-typed = typed: { $percent } %
achievement-capped = , capped at { $cap } %
achievement-counted-as-zero = , counted as 0 %

## The score, and how each figure was computed or why it is not.

score-goal-achievement = Goal achievement
score-goal-rating = Goal rating
score-competency-rating = Competency rating
score-overall = Overall
# A figure from the self ratings: "Goal rating (self)".
score-self = { $figure } (self)
score-not-scored-why = not scored ({ $why })
# The names of what a formula adds up.
score-achievement-term = achievement
score-manager-rating-term = manager rating
score-self-rating-term = self rating
score-manager-ratings-term = manager ratings
score-self-ratings-term = self ratings
score-goal-rating-term = goal rating
score-competency-rating-term = competency rating
score-weighted-how = Σ weight × { $name } / 100 = ({ $products }) / 100 = { $result }
score-mean-how = mean of { $count } { $ratings } = ({ $values }) / { $count } = { $result }
score-overall-how = { $products } = { $result }; nearest point of the scale: { $point }
score-no-goals = No goals are kept.
score-weights-off = Weights total { $total } %, not 100 %.
score-no-achievement = No achievement for { $goal }: type its actual (or its achievement %).
score-no-achievement-not-numbers = No achievement for { $goal }: its baseline, target and actual are not numbers of one unit; type its achievement %.
score-no-manager-rating = No manager rating for { $goal }.
score-no-self-rating = No self rating for { $goal }.
score-rating-off-scale = { $rater } { $rating } for { $goal } is not on the scale ({ $range }).
score-no-competencies = No competency rows: the profile's level has no dimensions or rubrics.

## What an agreed or reviewed sheet refuses to change.

lock-goals = The goals are agreed: reopen the sheet to change which goals it keeps or their order.
lock-weight = The goals are agreed: reopen the sheet to change the weight of { $goal }.
lock-own-goal = The goals are agreed: reopen the sheet to change the text of { $goal }.
lock-baseline = The goals are agreed: reopen the sheet to change the baseline.
lock-target = The goals are agreed: reopen the sheet to change the target.
lock-date = The goals are agreed: reopen the sheet to change the date.
lock-period-start = The goals are agreed: reopen the sheet to change the period start.
lock-period-end = The goals are agreed: reopen the sheet to change the period end.
lock-review-date = The goals are agreed: reopen the sheet to change the review date.
lock-stage-record = Who agreed and when, and the review day, are recorded: they change only by reopening and agreeing or reviewing again.
lock-appraisal = The review is closed: reopen the sheet to change the appraisal of { $goal }.
lock-competency-rating = The review is closed: reopen the sheet to change the ratings of { $competency }.
lock-check-in-added = The review is closed: reopen the sheet to add a check-in to { $goal }.
lock-check-in-changed = Check-ins are kept as made: a check-in of { $goal } cannot be changed or removed; add a new one.
lock-reopening-changed = Reopenings are kept for good: they cannot be changed or removed.

## Why a step of the review was refused.

# "{control}, {goal}": a control's name for one goal ("Check-in date, SMART goal 1").
control-for = { $control }, { $goal }
# A field refused: "“Check-in date”: there is no such day in the calendar."
error-field = “{ $field }”: { $why }.
error-not-kept = { $goal } is not a goal of this sheet.
check-in-error-reviewed = The review is closed: reopen the sheet to add a check-in.
check-in-error-full = This goal already has { $max } check-ins, the most a goal holds.
check-in-error-id = The check-in id { $id } is malformed or already used on this sheet.
appraisal-error-reviewed = The review is closed: reopen the sheet to change the appraisal.
appraisal-error-competency = { $key } is not a competency row's key (1 to { $max } letters, digits, '-', '_' or '/').
stage-error-wrong-stage = “{ $action }” is for { $needs }; this sheet is { $stage }.
stage-needs-draft = a draft
stage-needs-agreed = an agreed sheet
stage-needs-agreed-or-reviewed = an agreed or reviewed sheet
stage-error-no-name = “{ $field }” is empty: type the name.
stage-error-no-goals = No goals are kept yet: keep the goals to agree.
stage-error-weights = Weights total { $total } %, not 100 %: set them before agreeing.
stage-error-empty-own-goal = Your own goal { $n } says nothing yet: write it or remove it before agreeing.
stage-error-not-scored = The review does not score yet: { $why }
stage-error-id = The reopening id { $id } is malformed or already used on this sheet.
next-period-error-ends-before-start = The next period must end after it starts.

## What is wrong with a field of review data (typed, or in a file).

problem-empty = it is empty
problem-comment-too-long = a comment is at most { $max } characters; this one has { $count }
problem-rating-too-high = a rating is a point of the rating scale, at most { $max }; this one is { $rating }
problem-rating-not-whole = a rating is a whole number, a point of the rating scale
problem-achievement-not-percent = an achievement is a number of percent from 0 to { $max }, e.g. 80 or 82.5 %
problem-bad-id = an id is 1 to { $max } letters, digits, '-' or '_'
problem-id-twice = the id { $id } is used twice
problem-part-key = item keys may not start with { $prefix }
problem-too-many-reopenings = { $count } reopenings; a sheet records at most { $max }
problem-too-many-check-ins = { $count } check-ins; a goal holds at most { $max }
problem-draft-reopened = a draft cannot be reopened: "from" is "agreed" or "reviewed"
problem-no-agreement = an agreed or reviewed sheet records who agreed and when
problem-draft-agreement = a draft has no agreement (a reopened one is kept in "reopened")
problem-no-review-day = a reviewed sheet records the day it was reviewed
problem-early-review-day = only a reviewed sheet has a review day (a reopened one is kept in "reopened")

## Where a quote comes from, in words (the page's "show sources", competency rows).

provenance-canon-name = canon name
provenance-abbrev = canon abbreviation
provenance-family-group = family group
provenance-family-name = family name
provenance-level-code = level code
provenance-level-title = ladder title
provenance-profile-title = profile title
provenance-responsibility = responsibility { $n }
provenance-component-responsibility = component responsibility { $n }
provenance-rubric = rubric “{ $name }”
provenance-dimension-text = level dimension text ({ $key })
provenance-dimension-name = dimension name ({ $key })

## The page's "Review" region.

review-draft-help = Once the goals are agreed, each gets its check-ins through the period and its appraisal at the end; the level’s competencies are rated and the review is scored here.
review-add-check-in = Add check-in
review-save-check-in = Save check-in
review-status = Status
review-appraisal = Appraisal
review-latest-check-in = Latest check-in
review-all-check-ins = All { $count } check-ins
review-not-rated = Not rated
review-not-scored = Not scored
review-self = Self
review-computed = Computed: { $how }
review-achievement-placeholder = typed when not computed
review-start-next-period = Start next period from this sheet
review-next-period-needs-dates = Set the period’s start and end to start the next one.
