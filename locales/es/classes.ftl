## Clases de respuesta (primer dígito) y grupos (segundo dígito), RFC 959, sección 4.2.1; la
## clase 6 es del RFC 2228, sección 5.2.

reply-class-1 = Respuesta preliminar positiva
    .summary = El primer dígito 1 indica que la acción solicitada se está iniciando: se debe esperar otra respuesta antes de enviar un nuevo comando.
reply-class-2 = Respuesta de finalización positiva
    .summary = El primer dígito 2 indica que la acción solicitada se ha completado: se puede enviar un nuevo comando.
reply-class-3 = Respuesta intermedia positiva
    .summary = El primer dígito 3 indica que el comando se ha aceptado, pero la acción queda en espera hasta que el servidor reciba más información.
reply-class-4 = Respuesta de finalización negativa temporal
    .summary = El primer dígito 4 indica que el comando no se ha aceptado, pero el error es temporal: la solicitud puede repetirse más tarde, tras volver a conectarse si el servidor cerró la conexión (421).
reply-class-5 = Respuesta de finalización negativa permanente
    .summary = El primer dígito 5 indica que el comando no se ha aceptado y que repetir la misma solicitud en la misma secuencia no servirá de nada.
reply-class-6 = Respuesta protegida
    .summary = El primer dígito 6 indica una respuesta protegida: su texto es otra respuesta, codificada por el mecanismo de seguridad (RFC 2228).

reply-group-0 = Sintaxis
reply-group-1 = Información
reply-group-2 = Conexiones
reply-group-3 = Autenticación y cuentas
# Ningún código de respuesta de los RFC tiene 4 como segundo dígito; se mantiene para que los grupos estén completos.
# ftpdocs: allow unused-message
reply-group-4 = Sin especificar
reply-group-5 = Sistema de archivos
