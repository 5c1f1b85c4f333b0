### La revisión: acordar los objetivos, hacer seguimientos durante el periodo, evaluar al
### final, valorar el nivel y puntuarlo. La página, todos los documentos y los
### mensajes lo dicen con estas palabras.

## Las etapas y los pasos entre ellas.

review-stage = Etapa
stage-draft = Borrador
    .in-sentence = borrador
stage-agreed = Acordado
    .in-sentence = acordado
stage-reviewed = Revisado
    .in-sentence = revisado
review-mark-as-agreed = Marcar como acordado
review-mark-as-reviewed = Marcar como revisado
review-reopen = Reabrir
review-agreed-by-employee = Acordado por el empleado
review-agreed-by-manager = Acordado por el responsable
review-agreed-on = Acordado el
review-reviewed-on = Revisado el
review-reopened-on = Reabierto el
review-agreement-line = Acordado por el empleado { $employee } y el responsable { $manager } el { $date }
review-reviewed-on-line = Revisado el { $date }
review-reopening-line = Reabierto el { $date } ({ $undid })
review-reopened-was-agreed = había sido acordado por el empleado { $employee } y el responsable { $manager } el { $date }
review-reopened-was-reviewed = había sido revisado el { $date }
review-reopened-was = estaba en la etapa «{ $stage }»

## Seguimientos.

review-check-ins = Seguimientos
check-in-date = Fecha del seguimiento
check-in-value = Valor actual
check-in-note = Nota
status-on-track = Según lo previsto
    .in-sentence = según lo previsto
status-behind = Con retraso
    .in-sentence = con retraso
status-at-risk = En riesgo
    .in-sentence = en riesgo
# El estado que sugiere un seguimiento, y por qué.
progress-how = Calculado: { $status } (ha transcurrido el { $expected } % del periodo y se ha recorrido el { $actual } % del camino hacia el valor objetivo: { $standing }).
progress-points-behind = { $points } puntos por detrás
progress-points-ahead = { $points } puntos por delante
progress-as-expected = según lo esperado

## La evaluación al final del periodo.

review-actual = Valor real
review-achievement-percent = % de logro
review-self-rating = Autoevaluación
review-manager-rating = Valoración del responsable
review-employee-comment = Comentario del empleado
review-manager-comment = Comentario del responsable
# Las dos valoraciones de una fila de competencia: "autoevaluación 3, responsable 4".
competency-ratings = autoevaluación { $self-rating }, responsable { $manager-rating }

## El logro, y cómo se obtuvo.

achievement-line = Logro: { $percent } % ({ $how })
achievement-computed = calculado: { $how }
achievement-how = de { $baseline } a { $target }, se alcanzó { $actual }: { $formula }
achievement-held = se mantuvo el valor objetivo = 100.0 %
achievement-typed = introducido: { $percent } %
achievement-capped = , limitado al { $cap } %
achievement-counted-as-zero = , contabilizado como 0 %

## La puntuación, y cómo se calculó cada cifra o por qué no se calculó.

score-goal-achievement = Logro de objetivos
score-goal-rating = Valoración de objetivos
score-competency-rating = Valoración de competencias
score-overall = Global
# Una cifra a partir de las autoevaluaciones: "Valoración de objetivos (autoevaluación)".
score-self = { $figure } (autoevaluación)
score-not-scored-why = sin puntuar ({ $why })
# Los nombres de lo que suma una fórmula.
score-achievement-term = logro
score-manager-rating-term = valoración del responsable
score-self-rating-term = autoevaluación
score-manager-ratings-term = valoraciones del responsable
score-self-ratings-term = autoevaluaciones
score-goal-rating-term = valoración de objetivos
score-competency-rating-term = valoración de competencias
score-weighted-how = Σ peso × { $name } / 100 = ({ $products }) / 100 = { $result }
score-mean-how = media de { $count } { $ratings } = ({ $values }) / { $count } = { $result }
score-overall-how = { $products } = { $result }; punto más cercano de la escala: { $point }
score-no-goals = No se ha conservado ningún objetivo.
score-weights-off = Los pesos suman { $total } %, no 100 %.
score-no-achievement = Falta el logro de { $goal }: introduzca su valor real (o su % de logro).
score-no-achievement-not-numbers = Falta el logro de { $goal }: su valor inicial, su valor objetivo y su valor real no son números de una misma unidad; introduzca su % de logro.
score-no-manager-rating = Falta la valoración del responsable de { $goal }.
score-no-self-rating = Falta la autoevaluación de { $goal }.
score-rating-off-scale = { $goal }: { $rater } { $rating } no está en la escala ({ $range }).
score-no-competencies = No hay filas de competencias: el nivel del perfil no tiene dimensiones ni rúbricas.

## Lo que una hoja acordada o revisada no permite cambiar.

lock-goals = Los objetivos están acordados: reabra la hoja para cambiar qué objetivos conserva o su orden.
lock-weight = Los objetivos están acordados: reabra la hoja para cambiar el peso de { $goal }.
lock-own-goal = Los objetivos están acordados: reabra la hoja para cambiar el texto de { $goal }.
lock-baseline = Los objetivos están acordados: reabra la hoja para cambiar el valor inicial.
lock-target = Los objetivos están acordados: reabra la hoja para cambiar el valor objetivo.
lock-date = Los objetivos están acordados: reabra la hoja para cambiar la fecha.
lock-period-start = Los objetivos están acordados: reabra la hoja para cambiar el inicio del periodo.
lock-period-end = Los objetivos están acordados: reabra la hoja para cambiar el final del periodo.
lock-review-date = Los objetivos están acordados: reabra la hoja para cambiar la fecha de revisión.
lock-stage-record = Quién acordó y cuándo, y el día de la revisión, quedan registrados: solo cambian al reabrir y volver a acordar o revisar.
lock-appraisal = La revisión está cerrada: reabra la hoja para cambiar la evaluación de { $goal }.
lock-competency-rating = La revisión está cerrada: reabra la hoja para cambiar las valoraciones de { $competency }.
lock-check-in-added = La revisión está cerrada: reabra la hoja para añadir un seguimiento a { $goal }.
lock-check-in-changed = Los seguimientos se conservan tal como se hicieron: un seguimiento de { $goal } no puede cambiarse ni eliminarse; añada uno nuevo.
lock-reopening-changed = Las reaperturas se conservan de forma permanente: no pueden cambiarse ni eliminarse.

## Por qué se rechazó un paso de la revisión.

# "{control}, {goal}": el nombre de un control para un objetivo ("Fecha del seguimiento, Objetivo SMART 1").
control-for = { $control }, { $goal }
# Un campo rechazado: "«Fecha del seguimiento»: ese día no existe en el calendario."
error-field = «{ $field }»: { $why }.
error-not-kept = { $goal } no es un objetivo de esta hoja.
check-in-error-reviewed = La revisión está cerrada: reabra la hoja para añadir un seguimiento.
check-in-error-full = Este objetivo ya tiene { $max } seguimientos, el máximo que admite un objetivo.
check-in-error-id = El identificador de seguimiento { $id } no es válido o ya se usa en esta hoja.
appraisal-error-reviewed = La revisión está cerrada: reabra la hoja para cambiar la evaluación.
appraisal-error-competency = { $key } no es la clave de una fila de competencia (de 1 a { $max } letras, dígitos, '-', '_' o '/').
stage-error-wrong-stage = «{ $action }» es para { $needs }; esta hoja está en la etapa «{ $stage }».
stage-needs-draft = un borrador
stage-needs-agreed = una hoja acordada
stage-needs-agreed-or-reviewed = una hoja acordada o revisada
stage-error-no-name = «{ $field }» está vacío: escriba el nombre.
stage-error-no-goals = Aún no se ha conservado ningún objetivo: conserve los objetivos que se van a acordar.
stage-error-weights = Los pesos suman { $total } %, no 100 %: ajústelos antes de acordar.
stage-error-empty-own-goal = El objetivo propio { $n } aún está vacío: escríbalo o quítelo antes de acordar.
stage-error-not-scored = La revisión aún no se puede puntuar: { $why }
stage-error-id = El identificador de reapertura { $id } no es válido o ya se usa en esta hoja.
next-period-error-ends-before-start = El siguiente periodo debe terminar después de empezar.

## Qué está mal en un campo de los datos de revisión (escrito, o en un archivo).

problem-empty = está vacío
problem-comment-too-long = un comentario tiene como máximo { $max } caracteres; este tiene { $count }
problem-rating-too-high = una valoración es un punto de la escala de valoración, como máximo { $max }; esta es { $rating }
problem-rating-not-whole = una valoración es un número entero, un punto de la escala de valoración
problem-achievement-not-percent = un logro es un porcentaje de 0 a { $max }, p. ej., 80 u 82.5 %
problem-bad-id = un identificador tiene de 1 a { $max } letras, dígitos, '-' o '_'
problem-id-twice = el identificador { $id } se usa dos veces
problem-part-key = las claves de elemento no pueden empezar por { $prefix }
problem-too-many-reopenings = { $count } reaperturas; una hoja registra como máximo { $max }
problem-too-many-check-ins = { $count } seguimientos; un objetivo admite como máximo { $max }
problem-draft-reopened = un borrador no puede reabrirse: "from" es "agreed" o "reviewed"
problem-no-agreement = una hoja acordada o revisada registra quién la acordó y cuándo
problem-draft-agreement = un borrador no tiene acuerdo (el de una reapertura se conserva en "reopened")
problem-no-review-day = una hoja revisada registra el día en que se revisó
problem-early-review-day = solo una hoja revisada tiene día de revisión (el de una reapertura se conserva en "reopened")

## De dónde procede una cita, en palabras ("mostrar fuentes" en la página, filas de competencias).

provenance-canon-name = nombre del canon
provenance-abbrev = abreviatura del canon
provenance-family-group = grupo de familias
provenance-family-name = nombre de la familia
provenance-level-code = código de nivel
provenance-level-title = título en la escala profesional
provenance-profile-title = título del perfil
provenance-responsibility = responsabilidad { $n }
provenance-component-responsibility = responsabilidad de componente { $n }
provenance-rubric = rúbrica «{ $name }»
provenance-dimension-text = texto de la dimensión del nivel ({ $key })
provenance-dimension-name = nombre de la dimensión ({ $key })

## La región "Revisión" de la página.

review-draft-help = Una vez acordados los objetivos, cada uno recibe sus seguimientos durante el periodo y su evaluación al final; aquí se valoran las competencias del nivel y se puntúa la revisión.
review-add-check-in = Añadir seguimiento
review-save-check-in = Guardar seguimiento
review-status = Estado
review-appraisal = Evaluación
review-latest-check-in = Último seguimiento
review-all-check-ins = Todos los seguimientos ({ $count })
review-not-rated = Sin valorar
review-not-scored = Sin puntuar
review-self = Autoevaluación
review-computed = Calculado: { $how }
review-achievement-placeholder = se introduce si no se calcula
review-start-next-period = Iniciar el siguiente periodo a partir de esta hoja
review-next-period-needs-dates = Defina el inicio y el final del periodo para iniciar el siguiente.
