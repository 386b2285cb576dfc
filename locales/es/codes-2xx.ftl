## Códigos de respuesta 2yz: respuesta de finalización positiva.

code-200 = Comando correcto
    .text = Comando correcto
    .description = El RFC 959 asigna a 200 el texto «Comando correcto». El RFC 959 usa 200 para un comando que se ha ejecutado correctamente sin dar al cliente información nueva, como TYPE, MODE, STRU, PORT o NOOP. Los RFC posteriores lo convierten en la respuesta de éxito a EPRT (RFC 2428), OPTS (RFC 2389), LANG (RFC 2640) y PBSZ, PROT y CCC (RFC 2228 y RFC 4217).
    .seen = Verá 200 después de fijar los parámetros de transferencia con TYPE, MODE, STRU, PORT o EPRT, después de NOOP y después de los comandos PBSZ 0 y PROT P que siguen a AUTH TLS. Un 200 a OPTS o a LANG significa que el servidor ha aceptado la opción o el idioma, y el texto de una respuesta a LANG puede indicar qué variante ha elegido.
    .fix = No hay nada que corregir: envíe el comando siguiente. Si una respuesta 200 a PBSZ lleva PBSZ=número en su texto, el servidor quiere un búfer más pequeño, y el RFC 2228 exige que ambas partes usen el menor de los dos tamaños.

code-202 = Comando innecesario
    .text = Comando no implementado, innecesario en este sitio
    .description = El RFC 959 asigna a 202 el texto «Comando no implementado, innecesario en este sitio». Lo define como una respuesta de finalización positiva para un comando que no tiene sentido en este servidor, de modo que un cliente sencillo pueda continuar como si se hubiera ejecutado correctamente. Su ejemplo es ALLO en un sistema que no necesita reservar espacio de almacenamiento por adelantado.
    .seen = Verá 202 sobre todo después de ALLO, en servidores que no reservan espacio antes de una transferencia. El RFC 959 también indica 202 para PASS, ACCT, SMNT y SITE.
    .fix = No hay nada que corregir: el comando era innecesario y la sesión continúa. A diferencia de 502, que rechaza un comando no implementado, 202 es una respuesta de éxito.

code-211 = Estado del sistema
    .text = Estado del sistema o respuesta de ayuda del sistema
    .description = El RFC 959 recoge 211 como «Estado del sistema o respuesta de ayuda del sistema»: palabras que describen la respuesta en lugar de fijar su texto. El servidor lo rellena con información de estado o de ayuda para el usuario. El RFC 2389 lo convierte además en la respuesta a FEAT, cuya forma de varias líneas enumera una extensión admitida por línea, cada una sangrada con un solo espacio, y termina con 211 End.
    .seen = Verá 211 en respuesta a STAT sin argumento, que informa del estado del servidor, de los parámetros de transferencia y de las conexiones, y a veces en respuesta a HELP, al que el RFC 959 permite responder con 211 o 214. Un cliente que envía FEAT recibe 211 con la lista de extensiones que admite el servidor, como MDTM, SIZE, MLST o AUTH TLS.
    .fix = No hay nada que corregir. Un 211 de una sola línea a FEAT significa que el servidor no tiene extensiones que comunicar; un cliente que recibe 500 o 502 a FEAT debe probar una a una las extensiones que necesita, como aconseja el RFC 2389.

code-212 = Estado del directorio
    .text = Estado del directorio
    .description = El RFC 959 recoge 212 como «Estado del directorio»: una respuesta informativa a STAT cuyo texto no es fijo, sino que lleva el estado de un directorio.
    .seen = Un servidor puede responder 212 a STAT con un directorio como argumento, enviando por la conexión de control lo que LIST enviaría por una conexión de datos. Un listado de varias líneas llega como respuesta de varias líneas.
    .fix = No hay nada que corregir. Lea la respuesta hasta la última línea, que empieza por 212 seguido de un espacio.

code-213 = Estado del archivo
    .text = Estado del archivo
    .description = El RFC 959 recoge 213 como «Estado del archivo»: una respuesta informativa a STAT cuyo texto no es fijo, sino que lleva el estado de un archivo. El RFC 3659 lo convierte en la respuesta a MDTM y SIZE, con un formato exacto de una sola línea: 213, un espacio y, después, la hora de modificación como YYYYMMDDHHMMSS en UTC para MDTM, o el tamaño de transferencia en octetos para SIZE.
    .seen = Verá 213 sobre todo después de MDTM y SIZE, que los clientes envían antes de reanudar una transferencia interrumpida para saber qué parte del archivo se transfirió y si ha cambiado desde entonces. Un servidor también puede usarlo para responder a STAT con un nombre de archivo.
    .fix = No hay nada que corregir. La hora de MDTM está en UTC, y el valor de SIZE depende de los valores actuales de TYPE, MODE y STRU, así que fije el TYPE con el que va a transferir antes de enviar SIZE.

code-214 = Mensaje de ayuda
    .text = Mensaje de ayuda
    .description = El RFC 959 recoge 214 como «Mensaje de ayuda»: una respuesta, destinada al usuario humano, cuyo texto no es fijo, sino que explica cómo usar el servidor o qué significa un comando no estándar.
    .seen = Verá 214 en respuesta a HELP, solo o seguido del nombre de un comando. El RFC 959 sugiere que HELP SITE describa los comandos SITE del servidor.
    .fix = No hay nada que corregir. El texto está escrito para personas, así que muéstreselo al usuario en lugar de hacer que un programa lo interprete.

code-215 = Tipo de sistema
    .text = Tipo de sistema NOMBRE
    .description = El RFC 959 asigna a 215 el texto «Tipo de sistema NOMBRE». Lo define como la respuesta a SYST. La primera palabra de su texto debe ser uno de los nombres de sistema oficiales que enumera el documento Assigned Numbers, como UNIX.
    .seen = Verá 215 en respuesta a SYST, que los clientes envían para conocer el sistema operativo del servidor; así saben qué esperar de las salidas que dependen del sistema, como la de LIST.
    .fix = No hay nada que corregir. Tome solo la primera palabra como nombre del sistema y, si el servidor admite MLSD y MLST (RFC 3659), prefiera su formato, definido de forma estricta, a analizar la salida de LIST.

code-220 = Servicio preparado
    .text = Servicio preparado para un nuevo usuario
    .description = El RFC 959 asigna a 220 el texto «Servicio preparado para un nuevo usuario». Lo define como la respuesta que envía un servidor una vez establecida la conexión de control, cuando ya puede aceptar comandos; también es la respuesta positiva a REIN y, según el RFC 7151, a HOST.
    .seen = Es la primera línea que recibe su cliente al conectarse, normalmente con un banner que nombra el software del servidor. También verá 220 después de que REIN restablezca la sesión, después de una respuesta 120 cuando el servicio retrasado está preparado y después de un comando HOST que el servidor acepta.
    .fix = No hay nada que corregir. A continuación, inicie sesión: envíe USER y, después, PASS si el servidor responde 331.

code-221 = Cierre de la conexión de control
    .text = El servicio cierra la conexión de control
    .description = El RFC 959 asigna a 221 el texto «El servicio cierra la conexión de control». Lo define como la respuesta a QUIT: el servidor cierra la sesión del usuario, si corresponde, y después la conexión de control.
    .seen = Verá 221 al final de una sesión, después de enviar QUIT. Si todavía hay una transferencia de archivos en curso, el RFC 959 hace que el servidor mantenga la conexión abierta hasta enviar la respuesta con el resultado de la transferencia y la cierre después.
    .fix = No hay nada que corregir: la sesión ha terminado con normalidad. Para volver a iniciar sesión como otro usuario sin volver a conectarse, envíe REIN en lugar de QUIT.

code-225 = Conexión de datos abierta
    .text = Conexión de datos abierta; no hay ninguna transferencia en curso
    .description = El RFC 959 asigna a 225 el texto «Conexión de datos abierta; no hay ninguna transferencia en curso». El RFC 959 define 225 en el grupo de conexiones, y su tabla de comandos y respuestas lo indica, junto con 226, como respuesta de éxito a ABOR.
    .seen = 225 es poco frecuente. El RFC 959 solo lo indica para ABOR, donde corresponde a una cancelación que encuentra la conexión de datos abierta pero ninguna transferencia en curso.
    .fix = No hay nada que corregir: no había nada que cancelar, y el cliente puede enviar su comando siguiente.

code-226 = Cierre de la conexión de datos
    .text = Se cierra la conexión de datos
    .description = El RFC 959 asigna a 226 el texto «Se cierra la conexión de datos». Lo define como la respuesta que comunica una acción de archivo realizada correctamente, como una transferencia completada o una cancelación, una vez que el servidor ha cerrado la conexión de datos. El RFC 3659 también lo usa para terminar el listado que envía MLSD.
    .seen = 226 es la última respuesta normal a RETR, STOR, STOU, APPE, LIST y NLST, cuando todos los datos han pasado por la conexión de datos. Después de ABOR, el servidor envía 426 por una transferencia interrumpida y, a continuación, 226 para confirmar la cancelación, o solo 226 si la transferencia ya había terminado.
    .fix = No hay nada que corregir: la transferencia se ha completado y el cliente puede enviar el comando siguiente. En el modo de flujo, la conexión de datos se cierra al final de cada archivo, así que la siguiente transferencia necesita una nueva, establecida otra vez con PASV, EPSV, PORT o EPRT.

code-227 = Entrada en modo pasivo
    .text = Entrando en modo pasivo (h1,h2,h3,h4,p1,p2)
    .description = El RFC 959 asigna a 227 el texto «Entrando en modo pasivo (h1,h2,h3,h4,p1,p2)». Lo define como la respuesta a PASV: el servidor espera la conexión de datos en la dirección IPv4 h1.h2.h3.h4, en el puerto p1 por 256 más p2. El RFC 1123 señala que este formato no está bien normalizado, así que un cliente debe buscar en la respuesta el primer dígito de los números en lugar de fiarse de los paréntesis.
    .seen = Verá 227 después de PASV, que se envía antes de cada transferencia o listado en modo pasivo. En ese modo, el cliente abre él mismo la conexión de datos, lo que permite atravesar los cortafuegos que bloquean las conexiones entrantes hacia el cliente.
    .fix = No hay nada que corregir: conéctese a la dirección y al puerto indicados y, después, envíe el comando de transferencia. Si esa dirección no es accesible desde el cliente, como ocurre cuando el servidor está detrás de NAT, use EPSV: su respuesta 229 lleva solo un puerto y reutiliza la dirección de la conexión de control.

code-228 = Entrada en modo pasivo largo
    .text = Entrando en modo pasivo largo (af, hal, h1, h2, h3,..., pal, p1, p2...)
    .description = El RFC 1639 propone para 228 el texto «Entrando en modo pasivo largo (af, hal, h1, h2, h3,..., pal, p1, p2...)». El RFC 1639, un RFC experimental, define 228 como la respuesta a LPSV: el servidor espera en una dirección larga que indica la familia de direcciones, la longitud y los bytes de la dirección del host y, después, la longitud y los bytes del puerto.
    .seen = Verá 228 solo después de que su cliente envíe LPSV. El RFC 2428 señala que el mecanismo del RFC 1639 puede fallar donde se usan varios protocolos de red, y define EPSV para el modo pasivo sobre IPv6 y otros protocolos de red.
    .fix = No hay nada que corregir: conéctese a la dirección y al puerto indicados en la respuesta. Para IPv6 o NAT, prefiera EPSV, del RFC 2428, que está en la vía de estándares, mientras que el RFC 1639 es experimental.

code-229 = Entrada en modo pasivo extendido
    .text = Entrando en modo pasivo extendido (|||6446|)
    .description = El RFC 2428 da como ejemplo para 229 el texto «Entrando en modo pasivo extendido (|||6446|)». El RFC 2428 define 229 como la respuesta a EPSV: su texto debe terminar con el puerto entre paréntesis, en la forma (<d><d><d>puerto<d>), donde <d> es el carácter delimitador que la sección 2 define para EPRT, cualquier carácter ASCII imprimible del 33 al 126; se recomienda |. Los dos primeros campos quedan vacíos porque la conexión de datos usa el mismo protocolo de red y la misma dirección que la conexión de control.
    .seen = Verá 229 después de EPSV, que el RFC 2428 exige para toda transferencia cuyas conexiones de control y de datos unen los mismos dos equipos, tanto sobre IPv4 como sobre IPv6.
    .fix = No hay nada que corregir: conéctese al puerto indicado en la dirección de la conexión de control. Si el protocolo de red que eligió el servidor no le conviene, envíe ABOR y, después, EPSV seguido del número de protocolo, 1 para IPv4 o 2 para IPv6; un servidor que no lo admite responde 522.

code-230 = Usuario conectado
    .text = Usuario conectado, continúe
    .description = El RFC 959 asigna a 230 el texto «Usuario conectado, continúe». Lo define como la respuesta que completa el inicio de sesión: el servidor ha aceptado el nombre de usuario y, si los necesitaba, la contraseña y la cuenta.
    .seen = Normalmente verá 230 después de PASS. El RFC 959 también lo permite justo después de USER, cuando no se necesita contraseña, y después de ACCT, cuando el servidor ha pedido una cuenta.
    .fix = No hay nada que corregir: el usuario ha iniciado sesión y puede fijar los parámetros de transferencia o empezar a transferir archivos.

code-232 = Autorizado por intercambio de seguridad
    .text = Usuario conectado, autorizado por intercambio de datos de seguridad
    .description = El RFC 2228 asigna a 232 el texto «Usuario conectado, autorizado por intercambio de datos de seguridad». Lo define como una respuesta a USER: el servidor permite al usuario iniciar sesión con la identidad establecida por el intercambio de seguridad, sin pedirle contraseña. Algunas listas de códigos FTP dan a 232 un texto de cierre de sesión sin relación que ningún RFC define.
    .seen = Verá 232 en respuesta a USER después de AUTH y de un intercambio de seguridad completado. Con TLS, el RFC 4217 muestra un servidor que envía 232 en lugar de 331 cuando el certificado del cliente y el nombre de usuario bastan para autenticar al usuario.
    .fix = No hay nada que corregir: el inicio de sesión se ha completado y no hace falta PASS. Si esperaba que se le pidiera una contraseña, compruebe qué certificado de cliente o qué identidad de seguridad ha aceptado el servidor.

code-234 = Intercambio de seguridad completado
    .text = Intercambio de datos de seguridad completado
    .description = El RFC 2228 asigna a 234 el texto «Intercambio de datos de seguridad completado». Lo define como la respuesta a AUTH cuando el servidor acepta el mecanismo de seguridad indicado y no necesita datos de seguridad del cliente. El RFC 4217 lo convierte en la respuesta a un comando AUTH TLS que el servidor va a atender, tras la cual empieza la negociación TLS en la conexión de control.
    .seen = Verá 234 justo después de enviar AUTH TLS a un servidor que admite FTP sobre TLS. El RFC 4217 señala que 334 sería incorrecto aquí, porque TLS no usa ningún intercambio ADAT.
    .fix = No hay nada que corregir: el cliente inicia de inmediato la negociación TLS. El RFC 4217 restablece el inicio de sesión y los parámetros de transferencia después de AUTH, así que, tras la negociación, envíe USER y PASS y, a continuación, PBSZ 0 seguido de PROT para proteger las conexiones de datos.

code-235 = Intercambio ADAT completado
    .description = El RFC 2228 define 235 como la respuesta a ADAT cuando el intercambio de datos de seguridad se ha completado correctamente. No tiene texto fijo: el RFC 2228 lo escribe como [ADAT=base64data], donde los corchetes no se envían y solo indican que el servidor puede añadir datos de seguridad en base64 para el cliente.
    .seen = Con un mecanismo como GSSAPI o Kerberos versión 4, verá 235 al final del intercambio AUTH y ADAT, a menudo después de una o varias respuestas 335. Este código nunca aparece con TLS, que no usa ADAT.
    .fix = No hay nada que corregir: el intercambio de seguridad ha terminado. Procese con el mecanismo los datos ADAT que traiga la respuesta y, después, continúe con USER, y con PBSZ y PROT para proteger las transferencias de datos.

code-250 = Acción de archivo correcta
    .text = Acción de archivo solicitada correcta, completada
    .description = El RFC 959 asigna a 250 el texto «Acción de archivo solicitada correcta, completada». Lo define como la respuesta de éxito a los comandos del sistema de archivos, como CWD, DELE, RMD y RNTO, y como posible respuesta de finalización de una transferencia cuando el servidor deja abierta la conexión de datos. El RFC 3659 también lo usa para MLST, cuyos datos llegan en una respuesta 250 de varias líneas por la conexión de control.
    .seen = Verá 250 después de cambiar de directorio con CWD, borrar un archivo con DELE, eliminar un directorio con RMD o terminar un cambio de nombre con RNTO. Tras una transferencia, sustituye a 226 cuando la conexión de datos sigue abierta, lo que permiten los modos de bloque y comprimido.
    .fix = No hay nada que corregir: la acción se ha completado. Después de STOU, lea el nombre de archivo único en la respuesta 125 o 150 anterior, adonde el RFC 1123 lo trasladó desde la respuesta 250 que indicaba el RFC 959.

code-257 = Ruta creada
    .text = “RUTA” creada
    .description = El RFC 959 asigna a 257 el texto «“RUTA” creada». Lo define como la respuesta a MKD y a PWD, con la forma 257 "nombre-de-directorio" comentario, en la que cada comilla doble dentro del nombre se escribe dos veces. Después de MKD, el nombre debe ser la ruta absoluta del nuevo directorio.
    .seen = Verá 257 después de PWD, que informa del directorio de trabajo actual, y después de que MKD haya creado un directorio.
    .fix = No hay nada que corregir. Tome el nombre entre la comilla doble de apertura y la comilla de cierre correspondiente, convierta cada comilla duplicada de nuevo en una sola y use ese nombre siempre que se refiera más adelante al directorio.
