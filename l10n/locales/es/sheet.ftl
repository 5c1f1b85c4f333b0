### La hoja: para quién y para cuándo es, sus pesos, y por qué no se pudo leer una hoja,
### un archivo, un enlace o una lista de personal.

## Quién, cuándo, qué periodo.

sheet-person = Persona
sheet-period = Periodo
sheet-period-start = Inicio del periodo
sheet-period-end = Final del periodo
sheet-review-date = Fecha de revisión
sheet-exported = Fecha de exportación
sheet-untitled = Hoja sin título
period-from-to = del { $start } al { $end }
period-from = desde el { $start }
period-until = hasta el { $end }
cycle-warning-end-before-start = El periodo termina antes de empezar.
cycle-warning-review-before-start = La fecha de revisión es anterior al inicio del periodo.

## Pesos.

total-weight = Peso total: { $percent }
total-weight-off = Peso total: { $percent } (no 100 %)
total-weight-none = Aún no hay pesos: asigne a cada objetivo un peso en porcentaje.
error-weight = un peso es un porcentaje entero de 0 a { $max }

## Una hoja que no se puede leer (almacenamiento, un archivo, un enlace, un código, collect).

sheet-error-json = no es una hoja: { $detail }
sheet-error-schema = esquema de hoja desconocido { $found } (se esperaba { $expected })
sheet-error-value = valor no válido en { $field }: { $why }
sheet-error-date = fecha no válida en { $field }: { $why }
sheet-error-id = identificador no válido: un identificador de hoja tiene de 1 a { $max } letras, dígitos, '-' o '_'
sheet-error-key = clave no válida { $key }: las claves tienen de 1 a { $max } letras, dígitos, '-', '_' o '/' (las claves de "edited", hasta { $max-edited })
sheet-error-too-many = demasiadas entradas ({ $count }; una hoja admite como máximo { $max } elementos, valores, objetivos, huellas y horas de edición en total)
sheet-error-goals = lista de objetivos no válida: { $why }
sheet-error-review = datos de revisión no válidos en { $why }
sheet-error-lang = idioma no válido { $lang }: debe ser una etiqueta de idioma como "es" o "es-MX"
goals-problem-too-many = { $count } objetivos; una hoja conserva como máximo { $max }
goals-problem-twice = { $goal } se conserva dos veces
goals-problem-overweight = { $goal } pesa más del { $max } %
goals-problem-own-prefix = el objetivo propio { $goal } no empieza por { $prefix }
import-error-too-large = el archivo es demasiado grande para ser una hoja ({ $bytes } bytes; una hoja ocupa como máximo { $max-kb } KB)
import-error-sheet = no es una hoja de Goalframes ({ $why })
import-error-unknown-profile = esta hoja es para un perfil que este canon no tiene: familia «{ $family }» en el nivel «{ $level }»
js-error-other-profile = la hoja es para la familia «{ $family }» en el nivel «{ $level }», no para este perfil
link-error-too-long = el enlace de la hoja es demasiado largo ({ $count } caracteres; como máximo { $max })
link-error-encoding = el enlace de la hoja está dañado (no es base64url); vuelva a copiarlo completo
link-error-compression = el enlace de la hoja está dañado o es demasiado grande (no se descomprime en una hoja de como máximo { $max } bytes)
link-error-text = el enlace de la hoja no contiene texto
link-error-sheet = el enlace de la hoja no contiene una hoja válida: { $why }

## Una fila de la lista de personal que no se puede usar.

roster-error-too-large = la lista de personal es demasiado grande ({ $bytes } bytes; como máximo { $max })
roster-error-header = no se puede leer la fila de encabezado: { $detail }
roster-error-column = la fila de encabezado no tiene la columna "{ $column }"; necesita { $columns }
roster-error-row = no se puede leer la fila: { $detail }
roster-error-no-name = el nombre está vacío
roster-error-name = no se puede usar el nombre: { $why }
roster-error-period = no se puede usar el periodo: { $why }
roster-error-family = familia desconocida "{ $family }"; existen estas (las más cercanas primero): { $families }
roster-error-level = nivel desconocido "{ $level }" para la familia "{ $family }"; existen estos (los más cercanos primero): { $levels }
