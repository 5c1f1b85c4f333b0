### Mensajes: por qué se rechazó un valor, una fecha, una hoja, un archivo o un paso.
### Cada uno dice qué está mal y, cuando ayuda, qué hacer.

## Valores y fechas (junto a un campo mientras se escribe, y en cada archivo leído).

error-date-not-iso = una fecha se escribe AAAA-MM-DD, p. ej., 2026-06-30
# A date typed on the page: { $format } is date-placeholder, { $example } a date as the page writes it.
error-date-typed = una fecha se escribe { $format }, p. ej., { $example }
error-date-no-such-day = ese día no existe en el calendario
error-value-too-long = un valor tiene como máximo { $max } caracteres; este tiene { $count }
error-value-not-one-line = un valor ocupa una sola línea, sin caracteres de control
error-value-bidi = un valor no puede contener caracteres de control bidireccional (U+202A–U+202E, U+2066–U+2069): hacen que el texto se lea de forma distinta a como está almacenado
