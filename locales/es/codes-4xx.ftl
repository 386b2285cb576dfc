## Códigos de respuesta 4yz: respuesta de finalización negativa temporal.

code-421 = Servicio no disponible
    .text = Servicio no disponible, se cierra la conexión de control
    .description = El RFC 959 asigna a 421 el texto «Servicio no disponible, se cierra la conexión de control». El RFC 959 permite a un servidor enviar 421 en cuanto se conecta un cliente, si no puede atenderlo, y en respuesta a cualquier comando si el servicio sabe que debe detenerse; el servidor cierra entonces la conexión de control. Como toda respuesta 4yz, 421 comunica una situación temporal: el cliente puede volver a conectarse más tarde.
    .seen = Verá 421 en lugar del mensaje de bienvenida 220 si el servidor no puede aceptar la sesión, o en respuesta a un comando mientras el servicio se detiene. El RFC 2577 sugiere enviar 421 y cerrar la conexión al cabo de 3 a 5 contraseñas incorrectas, el RFC 7151 lo usa para un HOST cuyo host virtual no está disponible temporalmente y el RFC 4217, para una negociación TLS que falló después de AUTH TLS.
    .fix = Espere y vuelva a conectarse; el texto de la respuesta, destinado al usuario humano, suele indicar el motivo. Si llega tras varios inicios de sesión fallidos, compruebe el nombre de usuario y la contraseña antes de volver a intentarlo. El RFC 1123 aconseja a los clientes detectar el cierre de la conexión de control en lugar de interpretar 421 de forma especial.

code-425 = No se puede abrir la conexión de datos
    .text = No se puede abrir la conexión de datos
    .description = El RFC 959 asigna a 425 el texto «No se puede abrir la conexión de datos». Lo define como una respuesta negativa temporal: el servidor no pudo establecer la conexión de datos que necesita un comando de transferencia, así que no se envió ni se recibió ningún archivo ni listado. El RFC 959 sitúa 425 después de la respuesta preliminar 125 o 150 de STOR, STOU, RETR, LIST, NLST y APPE.
    .seen = Verá 425 al empezar un listado, una descarga o una subida. Una causa frecuente es un cortafuegos o un dispositivo NAT que bloquea la conexión de datos: en modo activo (PORT o EPRT), el servidor no puede llegar a la dirección y al puerto que anunció el cliente, y en modo pasivo (PASV o EPSV), la conexión del cliente al puerto que anunció el servidor nunca llega.
    .fix = Compruebe qué modo usa el cliente y asegúrese de que los cortafuegos de ambos lados dejan pasar la conexión de datos: en modo activo, el puerto que el cliente envía con PORT o EPRT; en modo pasivo, los puertos que el servidor anuncia en sus respuestas 227 o 229. Pasar el cliente a modo pasivo suele ayudar si está detrás de NAT. Como respuesta 4yz, 425 permite volver a intentar la transferencia una vez resuelto el problema de conexión.

code-426 = Transferencia cancelada
    .text = Conexión cerrada; transferencia cancelada
    .description = El RFC 959 asigna a 426 el texto «Conexión cerrada; transferencia cancelada». Lo define como la respuesta que termina un comando de transferencia si la conexión de datos se cerró antes de que se completara la transferencia. La sección 4.1.3 del RFC 959 lo usa para ABOR: si hay una transferencia en curso, el servidor la cancela, cierra la conexión de datos, responde al comando de transferencia con 426 y, después, responde a ABOR con 226.
    .seen = Verá 426 justo después de que su cliente envíe ABOR durante una transferencia, seguido de inmediato por 226: es el final normal de una transferencia cancelada. También aparece sin ABOR si la conexión de datos se interrumpe en medio de una transferencia, por ejemplo porque un dispositivo de red la cortó o el otro extremo se detuvo.
    .fix = Después de un ABOR, no hay nada que corregir. En otro caso, vuelva a intentar la transferencia, con REST para reanudarla donde se detuvo si el servidor lo admite, y compruebe la ruta de red de la conexión de datos si el error se repite.

code-431 = Recurso de seguridad no disponible
    .text = Se necesita un recurso no disponible para procesar la seguridad
    .description = El RFC 2228 asigna a 431 el texto «Se necesita un recurso no disponible para procesar la seguridad». Lo define como la respuesta a AUTH o PROT si el servidor no puede aceptar el mecanismo de seguridad o el nivel de protección solicitados, por ejemplo porque no está disponible un recurso que necesita; un servidor que no quiere aceptarlos responde, en cambio, 534. El RFC 959 solo muestra un 431 en un ejemplo del apéndice II, un CWD en TOPS-20, que es una ilustración y no una definición del código.
    .seen = Verá 431 después de AUTH o PROT en un servidor que admite el mecanismo o el nivel de protección solicitados, pero no puede ofrecerlos en ese momento, porque falta o no está al alcance algo de lo que depende el mecanismo.
    .fix = Como respuesta 4yz, 431 describe una situación temporal: vuelva a enviar el comando más tarde. Si persiste, el administrador del servidor debe buscar en el registro del servidor el recurso que le falta al mecanismo de seguridad.

code-450 = Archivo no disponible temporalmente
    .text = No se ha realizado la acción de archivo solicitada. Archivo no disponible (p. ej., archivo ocupado)
    .description = El RFC 959 asigna a 450 el texto «No se ha realizado la acción de archivo solicitada. Archivo no disponible (p. ej., archivo ocupado)». El RFC 959 define 450 como una respuesta negativa temporal: la acción de archivo no se pudo realizar ahora, pero el mismo comando puede funcionar más tarde, a diferencia de 550, que comunica una situación permanente, como un archivo inexistente o la falta de acceso.
    .seen = Verá 450 en respuesta a RETR, STOR, STOU, APPE, DELE, RNFR, LIST, NLST o STAT si el archivo o el directorio está en uso o bloqueado, por ejemplo por otra transferencia que escribe el mismo archivo.
    .fix = Espere y vuelva a enviar el comando, ya que la situación debería ser temporal. Si 450 se repite para el mismo archivo, averigüe en el servidor qué lo mantiene ocupado.

code-451 = Error local de procesamiento
    .text = Acción solicitada cancelada: error local de procesamiento
    .description = El RFC 959 asigna a 451 el texto «Acción solicitada cancelada: error local de procesamiento». Lo define como una respuesta negativa temporal: un error en el servidor detuvo el comando, que puede funcionar si se repite más tarde. El RFC 2389 también usa 451 como respuesta a OPTS si una situación temporal en el servidor impide aceptar la opción.
    .seen = Verá 451 durante o justo después de un RETR, STOR, STOU, APPE, LIST o NLST, si el servidor tiene un problema propio, como un error de lectura o escritura en su almacenamiento u otro fallo interno.
    .fix = Vuelva a intentar el comando más tarde: el error está en el servidor, no en su solicitud. Si se repite, el administrador del servidor debe buscar el error de fondo en el registro del servidor.

code-452 = Espacio de almacenamiento insuficiente
    .text = No se ha realizado la acción solicitada. Espacio de almacenamiento insuficiente en el sistema
    .description = El RFC 959 asigna a 452 el texto «No se ha realizado la acción solicitada. Espacio de almacenamiento insuficiente en el sistema». El RFC 959 define 452 como una respuesta negativa temporal a STOR, STOU y APPE: el servidor no tiene ahora espacio suficiente para almacenar el archivo, una situación que puede resolverse más tarde.
    .seen = Verá 452 en una subida con STOR, STOU o APPE a un servidor cuyo disco, volumen o área de almacenamiento está lleno.
    .fix = Libere espacio en el servidor, o pida a su administrador que lo haga, y repita la subida. A diferencia de 552, que significa que se ha superado el espacio de almacenamiento asignado a su directorio o conjunto de datos, 452 se refiere al almacenamiento de todo el sistema.
