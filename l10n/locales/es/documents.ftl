### Documentos: el texto, Markdown, Word y la impresión comparten estas palabras.

doc-goal-sheet = Hoja de objetivos — { $title }
doc-canon = Canon: { $name } { $version }
doc-notice = Aviso
doc-weight = peso { $percent }
doc-source = Fuente
# Tras una fila en Markdown: "_(fuente: responsabilidad JFM (P4))_".
doc-source-note = fuente: { $source }
doc-signatures = Firmas
signature-employee = Empleado:    ______________________________   Fecha: ______________
signature-manager = Responsable: ______________________________   Fecha: ______________
# La tabla de objetivos de la hoja de objetivos.
doc-column-goal = Objetivo
doc-column-framework = Metodología
doc-column-weight = Peso
doc-column-target = Valor objetivo
doc-column-due = Plazo
doc-column-measure = Medida
doc-column-text = Texto
doc-column-ratings = Valoraciones

## La parte de la revisión en un documento.

review-heading = Revisión
review-competencies = Competencias
review-score = Puntuación
review-acknowledgement-heading = Acuse de recibo
review-acknowledgement = La firma confirma que esta conversación de revisión tuvo lugar. No significa que el empleado esté de acuerdo con su contenido.

## El resumen de calibración de la revisión para RR. HH. (`goalframes collect --format review-csv`).

calibration-title = Calibración de la revisión
calibration-people = Personas: { $count }. Valoración global (responsable), según el punto más cercano de la escala ({ $range }):
calibration-point = Punto
calibration-people-column = Personas
calibration-not-scored = Sin puntuar: { $count }
# Una hoja sin nombre de persona, por su identificador.
calibration-sheet = hoja { $id }

## Perfiles comparados uno al lado del otro.

compare-heading = Comparar: { $profiles }
compare-differs = difiere
compare-absent = Ausente en el canon
compare-responsibilities = Responsabilidades
compare-component-responsibilities = Responsabilidades de componente
compare-rubric = Rúbrica: { $name }
compare-component-source = responsabilidad de componente { $abbrev } ({ $code })
compare-rubric-source = rúbrica { $abbrev } «{ $name }» ({ $code })
compare-error-none = indique al menos un perfil para comparar, con la forma familia:NIVEL
compare-error-too-many = se pueden comparar como máximo { $max } perfiles; se indicaron { $count }
