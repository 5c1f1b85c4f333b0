### Los marcos: las plantillas fijas de FRAMES.md, línea por línea.
###
### En una plantilla, { $… } es texto del canon citado literalmente o un campo que
### completa el responsable; todo lo demás es texto propio de la plantilla. Texto del canon:
### { $resp } una responsabilidad, { $area } una responsabilidad de componente,
### { $rubric } una rúbrica de nivelación, { $dimtext } el texto de un nivel para una
### dimensión, { $next-dimtext } el del siguiente nivel; { $code } y
### { $level-title } el nivel, { $group } y { $family } la familia,
### { $canon } el nombre del canon, { $ABBREV } su abreviatura tal como se escribe y
### { $abbrev } en minúsculas, { $Dim } el nombre de una dimensión tal como se escribe y
### { $dim } en minúsculas, { $next-code } el código del siguiente nivel. Campos:
### { $baseline }, { $target }, { $date }.
###
### La disposición del bloque de texto es la misma en todos los idiomas: numeración,
### sangría, la columna a la que se alinean las etiquetas de fila, los dos espacios antes de
### una etiqueta de procedencia. Un canon puede redactar a su manera cualquier plantilla de
### este archivo (docs/CANON.md, "[templates]"), con las mismas variables.

## El encabezado y el compromiso sobre cada conjunto de marcos. (El título mostrado,
## "{family} — {code}" cuando el nivel no tiene título propio, y la
## ruta de navegación, "{group} · {family} · {code} — {title}", no contienen palabras:
## son iguales en todos los idiomas.)

heading = Plantillas de objetivos — { $title }
preamble = Estos marcos se derivan del canon y no son consejos: cada línea es texto literal del canon { $canon } o una plantilla fija que lo envuelve. { slot-target } / { slot-baseline } / { slot-date } son marcadores que debe completar el responsable. Nada de esto está generado por IA — cuando el canon carece del campo correspondiente, las filas se omiten, nunca se inventan.

## Los campos, sin completar (.label: el nombre del campo junto a su entrada).

slot-baseline = ⟨valor inicial⟩
    .label = Valor inicial
    .unfilled = valor inicial —
slot-target = ⟨valor objetivo⟩
    .label = Valor objetivo
    .unfilled = valor objetivo —
slot-date = ⟨fecha⟩
    .label = Fecha
    .unfilled = fecha —

# Una etiqueta de fila antes de su texto: "Específico:". (El francés escribe un
# espacio fino de no separación antes de los dos puntos.)
label-colon = { $label }:

## La etiqueta de procedencia de una línea: sus corchetes y su palabra son disposición;
## { $source } es lo que la página muestra como fuente de la línea.

source-tag = [fuente: { $source }]
source-responsibility = responsabilidad { $ABBREV } ({ $code })
source-responsibility-reused = responsabilidad { $ABBREV } ({ $code }) — reutilizada, sin contenido de responsabilidad propio
source-component = responsabilidad (componente)
source-dimension = dimensión del nivel ({ $Dim })
source-next-dimension = dimensión del nivel ({ $Dim }), { $next-code }

## Los cuatro marcos: el encabezado, la frase bajo él y la frase que se muestra
## en lugar de un marco vacío (qué campo del canon le falta al perfil).

frame-smart = Objetivos SMART
    .intro = Una fila por cada entregable principal / responsabilidad del canon que corresponde a este nivel.
    .empty = Sin objetivos SMART: el canon no enumera entregables principales (responsabilidades) para este perfil.
frame-okr = OKR
    .intro = Objetivos a partir de los entregables principales de este nivel; resultados clave solo donde los respalda una dimensión o capacidad real.
    .empty = Sin OKR: el canon no enumera entregables principales (responsabilidades) para este perfil.
frame-mbo = Áreas MBO
    .intro = Áreas de resultados clave a partir de las responsabilidades de este nivel, cada una con un estándar basado en la rúbrica de nivelación del canon, cuando existe.
    .empty = Sin áreas MBO: el canon no enumera ni responsabilidades de componente ni entregables principales (responsabilidades) para este perfil.
frame-scorecard = Cuadro de mando
    .intro = Solo se muestran las perspectivas con respaldo real en el canon — ni la perspectiva financiera ni la de clientes, ya que nada en el canon fundamenta medidas financieras del negocio ni de clientes para un puesto por sí solo.
    .empty = Sin cuadro de mando: el canon no enumera entregables principales (responsabilidades) para este perfil ni texto de dimensiones para su nivel.

## SMART: "{n}. {resp}  [fuente: …]", y después una fila con etiqueta para cada criterio.

smart-title = { $resp }
smart-specific = Entregar: «{ $resp }»
    .label = Específico
smart-measurable = Llevar la métrica en la que esto influye de { $baseline } a { $target } a más tardar el { $date }.
    .label = Medible
smart-achievable = Acotado a la rúbrica { $ABBREV } de complejidad/resolución de problemas de este nivel: «{ $rubric }»
    .label = Alcanzable
smart-relevant = Impulsa la misión de { $group } · { $family } en el nivel { $code } — { $level-title }.
    .label = Relevante
smart-time-bound = { $date }
    .label = Con plazo

## OKR: "{label}: {resp}  [fuente: …]", y después "  {label}. …" por cada resultado clave.

okr-objective = { $resp }
    .label = Objetivo { $n }
okr-kr1 = De { $baseline } a { $target } a más tardar el { $date } — vinculado a: «{ $resp }»
    .label = RC1
okr-kr2 = Evidencia de la exigencia de { $dim } de este nivel: «{ $dimtext }» — { $target } a más tardar el { $date }
    .label = RC2

## Áreas MBO: "{n}. {label}: {area}  [fuente: …]", y después filas con etiqueta.

mbo-area = { $area }
    .label = Área
mbo-standard-rubric = Coherente con la rúbrica { $ABBREV } de aplicación del conocimiento de este nivel: «{ $rubric }»
    .label = Estándar
mbo-standard-decision-rights = Coherente con la dimensión { $dim } de este nivel: «{ $dimtext }»
    .label = Estándar
mbo-target = { $target }
    .label = Valor objetivo
mbo-due = { $date }
    .label = Plazo

## Cuadro de mando: el encabezado de una perspectiva, y después "  - …   [fuente: …]" por fila.

scorecard-internal-perspective = Procesos internos
scorecard-internal = «{ $resp }»  →  { $target } a más tardar el { $date }
scorecard-calibration-perspective = Calibración del puesto
scorecard-calibration = Cumple la exigencia de { $dim }: «{ $dimtext }»  →  { $target } a más tardar el { $date }

## El siguiente nivel: un objetivo de desarrollo por cada dimensión cuyo texto cambia.

growth = Crecer hasta la exigencia de { $dim } de { $next-code }: «{ $next-dimtext }» — de { $baseline } a { $target } a más tardar el { $date }

## Cómo se llama cada objetivo y elemento: en la página, en los nombres de las entradas
## ("Valor objetivo, Objetivo SMART 1") y en todas las exportaciones.

item-smart = Objetivo SMART { $n }
item-okr = Objetivo OKR { $n }
# Empieza por item-okr y ", ": la página muestra lo que sigue junto a los campos.
item-okr-kr = Objetivo OKR { $n }, resultado clave { $kr }
item-mbo = Área MBO { $n }
item-scorecard-internal = Fila de procesos internos { $n }
item-scorecard-calibration = Fila de calibración del puesto { $n }
item-growth = Siguiente nivel: { $Dim }
