### La página: todo lo que dice la aplicación y que no está en el marcado del motor.

## Importar hojas, enlaces y listas de personal.

import-source-link = un enlace de hoja
import-done = Se importó «{ $name }».
roster-unread = No se pudo leer la lista de personal «{ $file }»: línea { $line }: { $why }. No se creó ninguna hoja.
roster-started = { $count ->
        [one] Se creó { $count } hoja a partir de «{ $file }».
       *[other] Se crearon { $count } hojas a partir de «{ $file }».
    }
roster-left-out = { $count ->
        [one] Se omitió { $count } fila (vea su línea en el archivo).
       *[other] Se omitieron { $count } filas (vea sus líneas en el archivo).
    }
error-no-profile = Este canon no tiene ningún perfil «{ $family }» en el nivel «{ $level }».
error-person-or-period = No se puede usar la persona o el periodo: { $why }.

## El encabezado y el marco de la página.

app-skip-to-content = Ir al contenido
app-skip-to-frames = Ir a los marcos
app-skip-to-goals = Ir a sus objetivos
app-canon = Canon
app-language = Idioma
app-not-found = Este canon no tiene ningún perfil «{ $family }» en el nivel «{ $level }». Busque uno a continuación.

## Buscar un perfil.

finder-heading = Buscar un perfil
finder-lede = Elija una familia de puestos en un nivel para ver sus marcos de objetivos; después, complételos para una persona.
finder-browse = Explorar por grupo
finder-families = { $count ->
        [one] { $count } familia
       *[other] { $count } familias
    }
search-region = Perfiles
search-label = Buscar por familia, grupo, título, código de nivel o texto del canon
search-placeholder = p. ej., database P4
search-help = Los resultados aparecen mientras escribe. Flecha arriba y flecha abajo para elegir, Intro para abrir, Esc para borrar.
search-found = { $count ->
        [0] Ningún perfil coincide.
        [one] Se encontró { $count } perfil.
       *[other] Se encontraron { $count } perfiles.
    }
search-none = Ningún perfil coincide con todas las palabras. Pruebe con menos palabras.
search-results = Perfiles coincidentes

## Las hojas guardadas.

sheets-heading = Sus hojas
sheets-none = Aún no hay ninguna. Una hoja se guarda en este navegador en cuanto usted completa un marcador de un perfil.
sheets-profile-gone = El perfil no está en este canon
sheets-updated = actualizada el { $when } UTC
sheets-rename = Cambiar nombre
sheets-duplicate = Duplicar
sheets-delete = Eliminar
sheets-confirm-delete = Confirmar eliminación
sheets-keep = Conservar
sheets-save-name = Guardar nombre

## Importar: los controles, el cuadro de diálogo y sus mensajes.

dialog-cancel = Cancelar
dialog-dismiss = Cerrar
import-refused = No se pudo importar desde { $source }: { $why }. No se modificó nada.
import-unreadable = el navegador no pudo leer el archivo
import-source-code = un enlace o código de hoja
import-source-portal = el portal
import-file = Importar una hoja (.json)
import-file-help = o suelte un archivo de hoja en cualquier parte de esta página. Un enlace de hoja se abre aquí directamente.
import-roster = Crear hojas a partir de una lista de personal (.csv)
import-roster-help = Una lista de personal tiene las columnas name, family, level y period: una hoja por fila.
import-code-label = Enlace o código de hoja
import-code-placeholder = Pegue un enlace o código que le haya enviado un colega
import-code-button = Importar desde enlace o código
import-drop = Suelte el archivo de hoja para importarlo.
import-heading = Importar una hoja desde { $source }
import-profile = Perfil
import-values-label = Valores
import-goals-label = Objetivos
import-values = { $count ->
        [one] { $count } valor completado
       *[other] { $count } valores completados
    }
import-goals = { $count ->
        [one] { $count } objetivo conservado
       *[other] { $count } objetivos conservados
    }
import-goals-own = { $count ->
        [one] { $count } objetivo conservado (objetivos propios de la persona: { $own })
       *[other] { $count } objetivos conservados (objetivos propios de la persona: { $own })
    }
import-canon-note = Se completó con la versión { $version } del canon; esta aplicación tiene la versión { $current }. Los cambios se mostrarán al abrirla.
import-question = ¿Importar esta hoja en este navegador?
import-question-taken = Ya hay una hoja con el mismo identificador en este navegador. ¿Conservar ambas, reemplazarla por la importada o cancelar?
import-keep-both = Conservar ambas
import-replace = Reemplazar
import-import = Importar
roster-file-unread = No se pudo leer la lista de personal «{ $file }»: { $why }. No se creó ninguna hoja.
import-roster-heading = Crear hojas a partir de «{ $file }»
import-line = Línea
import-roster-line = Línea { $line }: { $why }
import-rows-left-out = Filas omitidas
import-start-sheets = { $count ->
        [one] Crear { $count } hoja
       *[other] Crear { $count } hojas
    }
import-roster-question = { $count ->
        [one] ¿Crear una hoja para la fila anterior?
       *[other] ¿Crear una hoja para cada una de las { $count } filas anteriores?
    }

## El almacenamiento del navegador y otras pestañas.

store-full = el almacenamiento del navegador está lleno
store-refused = el almacenamiento del navegador rechazó el cambio
store-refused-why = el almacenamiento del navegador rechazó el cambio ({ $why })
store-not-deleted = la hoja no se eliminó: { $why }
store-kept-as-is = no se pudo leer su entrada guardada y se conserva tal cual
store-other-id = indica el identificador de hoja «{ $id }», no el de su clave
notice-no-storage = El almacenamiento del navegador no está disponible: sus hojas se conservan solo en memoria y se pierden al cerrar o recargar esta página.
notice-unsaved = { $count ->
        [one] No se guardó: { $why }. { $count } hoja tiene cambios que solo se conservan en esta pestaña. El guardado se vuelve a intentar con cada cambio; exporte la hoja (JSON) para conservar una copia ahora.
       *[other] No se guardó: { $why }. { $count } hojas tienen cambios que solo se conservan en esta pestaña. El guardado se vuelve a intentar con cada cambio; exporte la hoja (JSON) para conservar una copia ahora.
    }
notice-unreadable = No se pudieron leer algunos datos guardados. Se dejan exactamente como están en este navegador y nunca se sobrescriben; descárguelos para conservarlos o para mostrárselos a alguien que pueda repararlos.
notice-download = Descargar
notice-download-entry = Descargar { $key }
notice-deleted-elsewhere = «{ $name }» se eliminó en otra pestaña. Esta pestaña aún conserva sus valores.
notice-keep-deleted = Conservar «{ $name }»
notice-replaced-elsewhere = «{ $name }» se reemplazó por una importación en otra pestaña; esta pestaña tenía cambios aún sin guardar.
notice-keep-replaced = Conservar mis cambios en «{ $name }» como copia

## Perfiles comparados.

app-breadcrumb = Ruta de navegación
app-all-profiles = Todos los perfiles
compare-title = Comparar perfiles — Goalframes
compare-page = Comparar perfiles
compare-cannot = No se puede comparar: { $why }.
compare-crumb = Comparar
compare-remove = Quitar
compare-remove-what = { $profile } de la comparación
compare-differs-mark = Difiere
compare-lede = Cada celda es texto literal del canon { $canon }; un campo que falta en un perfil se muestra como ausente. Difieren { $differing } de { $rows } filas.
compare-region = Comparación
compare-field = Campo
compare-tray = Perfiles para comparar
compare-to-compare = Para comparar: { $profiles }
compare-profiles = { $count ->
        [one] Comparar { $count } perfil
       *[other] Comparar { $count } perfiles
    }
compare-clear = Vaciar
compare-add = Añadir a la comparación
compare-add-profile = Añadir a la comparación: { $profile }

## La página de un perfil.

app-page-title = { $title } — Goalframes
profile-compare-next = Comparar con el nivel siguiente
profile-frames = Marcos
profile-show-sources = Mostrar fuentes
profile-print-goal-sheet = Imprimir la hoja de objetivos
overwrite-changed = Otra pestaña cambió esto a «{ $theirs }»; su texto «{ $mine }» no se ha guardado.
overwrite-cleared = Otra pestaña borró esto; su texto «{ $mine }» no se ha guardado.
overwrite-filled = Otra pestaña completó esto («{ $theirs }»); el borrado que hizo aquí no se ha guardado.
overwrite-keep-mine = Conservar mi texto
overwrite-keep-theirs = Conservar el de la otra pestaña

## El panel de la hoja: quién y cuándo.

sheet-heading = Hoja
sheet-status-new = Una hoja nueva: se guarda en este navegador en cuanto empiece a escribir.
sheet-status-unsaved = Aún no se ha guardado: el almacenamiento del navegador rechazó el último cambio (vea el aviso de arriba). Sus valores se conservan en esta pestaña; exporte la hoja para conservar una copia.
sheet-status-saved = Se guarda en este navegador mientras escribe.
sheet-status-memory = Solo se conserva en memoria: el almacenamiento del navegador no está disponible.
sheet-period-placeholder = p. ej., 2026 S1
sheet-review-cycle = Ciclo de revisión
sheet-inherited-help = Todo campo de fecha que deje vacío vence al final del periodo.
sheet-open = Abrir «{ $name }»
sheet-start-new = Crear una hoja nueva
sheet-date-refused = { $field }: { $why }; no se utiliza.
# Lo que admite un campo de fecha (la página guarda las fechas en ISO 8601).
date-placeholder = DD/MM/AAAA

## "Sus objetivos".

goals-heading = Sus objetivos
goals-locked = Estos objetivos están acordados: reabra la hoja en «Revisión» para cambiarlos.
goals-none = Conserve los objetivos que importan con las casillas «Conservar» de los marcos de abajo, o añada los suyos propios. Aquí se enumeran en el orden que usted elija, con sus pesos; las exportaciones y la impresión generan a partir de ellos esta hoja de objetivos.
goals-add-own = Añadir un objetivo propio
goals-weight = Peso
goals-move-up = Subir { $goal }
goals-move-down = Bajar { $goal }
goals-remove = Quitar
goals-own-placeholder = En qué consiste el objetivo, con sus palabras

## Los marcos en la página.

frames-copied = Copiado
frames-copy-failed = No se pudo copiar: seleccione el texto y cópielo manualmente.

## Exportar y compartir.

exports-heading = Exportar esta hoja
exports-goal-sheet = Su hoja de objetivos (los objetivos conservados, en orden):
exports-all-frames = Todos los marcos
exports-sheet-json = Hoja (.json)
exports-help = Los archivos se generan en este navegador; no se sube nada. La hoja (.json) puede volver a importarse aquí o en el navegador de un colega.
exports-print = Imprimir
format-text = Texto (.txt)
format-markdown = Markdown (.md)
format-json = Marcos en JSON (.json)
format-csv = CSV (.csv)
format-docx = Word (.docx)
share-copy-link = Copiar enlace de la hoja
share-copy-code = Copiar código de la hoja
share-link = Enlace de la hoja
share-code = Código de la hoja
share-link-copied = Enlace de la hoja copiado.
share-code-copied = Código de la hoja copiado.
share-link-copy-failed = No se pudo copiar: seleccione el enlace de la hoja que aparece abajo y cópielo manualmente.
share-code-copy-failed = No se pudo copiar: seleccione el código de la hoja que aparece abajo y cópielo manualmente.
share-no-compression = Este navegador no puede comprimir una hoja; exporte la hoja como JSON.
share-help = Un enlace abre esta aplicación en esta dirección; un código puede pegarse en «Enlace o código de hoja» en cualquier instalación de Goalframes.

## Cambios del canon bajo una hoja.

drift-changed = El canon cambió desde que se completó esta hoja (versión { $version }, ahora { $current })
drift-orphans-only = Algunos valores no tienen lugar en los marcos actuales
drift-kept = Se conservan todos los valores que completó. Compruebe los elementos de abajo con los marcos que se muestran ahora.
drift-changed-items = Modificados
drift-removed-items = Eliminados
drift-new-items = Nuevos
drift-orphaned = Valores huérfanos
drift-orphaned-help = Estos valores pertenecen a elementos que el canon actual ya no tiene. Se conservan en la hoja (y en su exportación .json); cópielos donde correspondan.
drift-copy-orphan = Copiar el valor huérfano { $item } { $slot }
drift-copied = Copiado.
drift-mark-reviewed = Marcar como revisado

## Lo que la aplicación comunica a un portal que la integra.

portal-too-long = El mensaje supera los { $max } caracteres y se ignoró.
portal-cannot-open = No se puede abrir la hoja: { $why }.
