### Documents: text, Markdown, Word and print share these words.

doc-goal-sheet = Goal sheet — { $title }
doc-canon = Canon: { $name } { $version }
doc-notice = Notice
doc-weight = weight { $percent }
doc-source = Source
# After a row in Markdown: "_(source: JFM responsibility (P4))_".
doc-source-note = source: { $source }
doc-signatures = Signatures
signature-employee = Employee: ______________________________   Date: ______________
signature-manager = Manager:  ______________________________   Date: ______________
# The goal sheet's table of goals.
doc-column-goal = Goal
doc-column-framework = Framework
doc-column-weight = Weight
doc-column-target = Target
doc-column-due = Due
doc-column-measure = Measure
doc-column-text = Text
doc-column-ratings = Ratings

## The review's part of a document.

review-heading = Review
review-competencies = Competencies
review-score = Score
review-acknowledgement-heading = Acknowledgement
review-acknowledgement = Signing confirms that this review conversation took place. It does not mean that the employee agrees with its content.

## The review calibration summary for HR (`goalframes collect --format review-csv`).

calibration-title = Review calibration
calibration-people = People: { $count }. Overall rating (manager), by the nearest point of the scale ({ $range }):
calibration-point = Point
calibration-people-column = People
calibration-not-scored = Not scored: { $count }
# A sheet without a person's name, by its id.
calibration-sheet = sheet { $id }

## Profiles compared side by side.

compare-heading = Compare: { $profiles }
compare-differs = differs
compare-absent = Absent in the canon
compare-responsibilities = Responsibilities
compare-component-responsibilities = Component responsibilities
compare-rubric = Rubric: { $name }
compare-component-source = { $abbrev } component responsibility ({ $code })
compare-rubric-source = { $abbrev } rubric "{ $name }" ({ $code })
compare-error-none = name at least one profile to compare, as family:LEVEL
compare-error-too-many = at most { $max } profiles can be compared; { $count } were named
