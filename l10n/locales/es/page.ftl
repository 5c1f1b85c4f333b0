### La vista de los marcos en la página (el marcado del motor).

view-mbo-no-standard = Sin estándar: el canon no respalda ninguno para este nivel.
view-next-level = Siguiente nivel
view-next-level-heading = Siguiente nivel: { $code } — { $title }
view-next-level-intro = Qué cambia en { $code } ({ $profile }): el texto del siguiente nivel, literal. Conserve el que quiera como objetivo de desarrollo.
view-next-level-empty = Todas las dimensiones del nivel dicen lo mismo en el siguiente nivel.
view-copy-print-as-text = Copiar / imprimir como texto
view-copy = Copiar
# Tras "Copiar", para lectores de pantalla: "Copiar Objetivos SMART como texto".
view-copy-what = { $frame } como texto
view-keep = Conservar
view-keep-goal = Conservar { $goal }
view-pick-a-date = Elegir una fecha, { $goal }
view-date-picker = Selector de fecha, { $goal }
# El título de un campo de fecha que muestra el final del periodo mientras no se completa.
slot-inherited-title = El final del periodo: complete este campo para fijar su propia fecha.
