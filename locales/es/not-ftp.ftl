## Números que no son respuestas FTP: errores de Windows Sockets.

winsock-10054 = Conexión restablecida por el host remoto
    .description = 10054 no es una respuesta FTP, sino el error de Windows Sockets WSAECONNRESET, conexión restablecida por el host remoto: el otro extremo, o un dispositivo del camino, restableció bruscamente la conexión TCP. El error lo comunica el sistema operativo del cliente; un servidor FTP nunca lo envía, ya que una respuesta FTP es un número de tres dígitos (RFC 959, sección 4.2).
    .seen = Los clientes FTP de Windows muestran 10054 en sus registros si la conexión de control o de datos se interrumpe en medio de una sesión, por ejemplo porque el proceso del servidor se detuvo, el servidor cerró la conexión bruscamente o un cortafuegos la cortó.
    .fix = Vuelva a conectarse y busque la última respuesta FTP real antes del error: un 421 significa que el servidor cerró la sesión a propósito. Si los restablecimientos se repiten, consulte el registro del servidor y revise los cortafuegos o dispositivos NAT entre el cliente y el servidor, que pueden cortar las conexiones largas o inactivas.

winsock-10060 = Tiempo de espera de conexión agotado
    .description = 10060 no es una respuesta FTP, sino el error de Windows Sockets WSAETIMEDOUT, tiempo de espera de conexión agotado: el host remoto no respondió a un intento de conexión en el tiempo permitido, o una conexión establecida dejó de responder. Procede del sistema operativo del cliente, nunca del servidor FTP, cuyas respuestas son números de tres dígitos (RFC 959, sección 4.2).
    .seen = Los clientes FTP de Windows comunican 10060 si no logran llegar al servidor, por un nombre de host o una dirección incorrectos, un servidor caído o un cortafuegos que descarta los paquetes en silencio. También aparece si el inicio de sesión funciona, pero no se puede abrir una conexión de datos para un listado o una transferencia.
    .fix = Compruebe el nombre de host y el puerto, y asegúrese de que el servidor está en marcha y es accesible desde su red. Si el inicio de sesión funciona, pero los listados o las transferencias agotan el tiempo de espera, la conexión de datos está bloqueada: compruebe que los cortafuegos permiten el puerto que el cliente envía con PORT o EPRT, o los puertos pasivos anunciados en la respuesta 227 o 229.

winsock-10061 = Conexión rechazada
    .description = 10061 no es una respuesta FTP, sino el error de Windows Sockets WSAECONNREFUSED, conexión rechazada: el host de destino rechazó activamente la conexión, normalmente porque ningún programa escucha en ese puerto. Lo comunica el sistema operativo del cliente; un servidor FTP no puede enviarlo, porque las respuestas FTP son números de tres dígitos (RFC 959, sección 4.2).
    .seen = Los clientes FTP de Windows comunican 10061 en cuanto intentan conectarse si el servidor FTP no está en marcha, escucha en otro puerto o un cortafuegos rechaza la conexión. También puede ocurrir en una conexión de datos, si nada escucha en el puerto indicado para la transferencia.
    .fix = Compruebe que el servidor FTP está en marcha, en qué puerto escucha (el 21 de forma predeterminada) y que el cliente se conecta a ese host y a ese puerto. Si solo se rechazan las conexiones de datos, revise las direcciones y los puertos intercambiados en PORT, en EPRT o en la respuesta 227 o 229.

winsock-10066 = Directorio no vacío
    .description = 10066 no es una respuesta FTP, sino el error de Windows Sockets WSAENOTEMPTY, directorio no vacío, uno de los nombres de error que Winsock toma de la lista de errores de Unix BSD. Un servidor FTP nunca lo envía, ya que las respuestas FTP son números de tres dígitos (RFC 959, sección 4.2).
    .seen = Aparece en listas de códigos de error FTP publicadas para algunos clientes de Windows, descrito como un error al borrar un directorio que aún contiene archivos. En el propio protocolo FTP, un servidor que se niega a eliminar un directorio responde a RMD con una respuesta de tres dígitos, como 550.
    .fix = Busque en el registro del cliente la respuesta que el servidor envió realmente a RMD. Para eliminar un directorio, borre primero sus archivos y subdirectorios y, después, vuelva a enviar RMD.

winsock-10068 = Cuota de usuarios superada
    .description = 10068 no es una respuesta FTP, sino el error de Windows Sockets WSAEUSERS, cuota de usuarios superada, otro de los nombres de error que Winsock toma de la lista de errores de Unix BSD. Un servidor FTP nunca lo envía, porque las respuestas FTP son números de tres dígitos (RFC 959, sección 4.2).
    .seen = Algunas listas de códigos de error FTP para clientes de Windows lo presentan como un exceso de usuarios en un servidor lleno. Un servidor FTP real que no puede aceptar otra sesión lo indica con una respuesta de tres dígitos: el RFC 959 permite 421 en lugar del mensaje de bienvenida 220 cuando el servicio no está disponible.
    .fix = Busque en el registro del cliente la respuesta que el servidor envió realmente. Si es un 421 por exceso de usuarios, vuelva a conectarse más tarde o pida al administrador que aumente el límite de conexiones.

## Números de tres dígitos que ningún RFC define, presentes en listas de códigos FTP y en algunos servidores.

unassigned-231 = Usuario desconectado
    .description = Ningún RFC define 231. Algunas listas de códigos FTP le dan un texto que anuncia la desconexión del usuario y el fin del servicio, pero la respuesta que el RFC 959 define para el final de una sesión es 221, «El servicio cierra la conexión de control», la respuesta a QUIT (sección 4.1.1). Un cliente que sigue los RFC solo conoce 231 por su primer dígito, que indica una respuesta de finalización positiva (sección 4.2).
    .seen = Verá 231 solo en un servidor que numera sus respuestas a su manera, en respuesta a QUIT o cuando termina la sesión; los servidores estándar responden a QUIT con 221.
    .fix = No hay nada que corregir: trate 231 como el final de la sesión, igual que trataría 221. Si desarrolla el servidor, responda a QUIT con 221, como indica el RFC 959, sección 5.4.

unassigned-430 = Nombre de usuario o contraseña no válidos
    .description = Ningún RFC define 430. Algunos servidores y listas de códigos FTP lo usan con el texto «Invalid username or password», pero el RFC 959 responde a un inicio de sesión fallido con 530, «Usuario no conectado», que la sección 5.4 indica para USER, PASS y ACCT. Su primer dígito, 4, incluso haría del fallo un error temporal (sección 4.2), y una contraseña incorrecta no lo es.
    .seen = Verá 430 después de USER o PASS en un servidor que numera sus respuestas a su manera, cuando el nombre de usuario o la contraseña son incorrectos.
    .fix = Compruebe el nombre de usuario y la contraseña y vuelva a iniciar sesión; no repita las mismas credenciales en bucle, ya que el fallo no es temporal. Si desarrolla el servidor, responda a un inicio de sesión fallido con 530.

unassigned-434 = Host solicitado no disponible
    .description = Ningún RFC define 434. Algunas listas de códigos FTP le dan el texto «Requested host unavailable», pero el RFC 7151, que define HOST para los hosts virtuales, responde con códigos existentes: 421 cuando el host es normalmente aceptable, pero no está disponible temporalmente, tras lo cual el servidor cierra la conexión, y 504 cuando el host es desconocido o el servidor no quiere tratar la conexión como dirigida a ese host.
    .seen = Verá 434 después de HOST en un servidor que numera sus respuestas a su manera, cuando no atiende el host virtual que usted indicó.
    .fix = Compruebe el nombre de host que envía con HOST. Si el host debería existir, vuelva a conectarse más tarde o consulte al administrador del servidor. Si desarrolla el servidor, responda con 421 o 504, como describe el RFC 7151, sección 3.
