## Códigos de respuesta 1yz: respuesta preliminar positiva.

code-110 = Marcador de reinicio
    .text = Respuesta con marcador de reinicio
    .description = El RFC 959 asigna a 110 el texto «Respuesta con marcador de reinicio». Lo define como una respuesta preliminar que comunica un marcador de reinicio durante una transferencia, y el RFC 1123 corrige su formato, que debe ser exactamente MARK ssss = rrrr. En él, ssss es el marcador que el emisor colocó en el flujo de datos y rrrr la posición correspondiente en el sistema de archivos del receptor.
    .seen = Los marcadores de reinicio solo existen en los modos de bloque y comprimido, así que una transferencia en el modo de flujo, el predeterminado, nunca produce 110. Un servidor que recibe datos con marcadores de reinicio envía 110 por la conexión de control cada vez que ha guardado los datos hasta un marcador; el RFC 959 lo indica para STOR, STOU, RETR y APPE, y puede llegar mientras los datos siguen fluyendo.
    .fix = No hay nada que corregir. Un cliente que admite la reanudación debe guardar cada par de marcadores y, tras un fallo, enviar REST con el marcador del servidor, seguido inmediatamente del comando de transferencia interrumpido.

code-120 = Servicio preparado en breve
    .text = Servicio preparado en nnn minutos
    .description = El RFC 959 asigna a 120 el texto «Servicio preparado en nnn minutos». Lo define como una respuesta preliminar: el servidor ha aceptado la conexión, pero aún no puede recibir comandos, y nnn indica el retraso previsto. Cuando el servicio está preparado, sigue una respuesta 220.
    .seen = Verá 120 como primera respuesta tras conectarse a un servidor que no puede aceptar datos de entrada de inmediato. El RFC 959 también lo permite después de REIN, antes del 220 que confirma el restablecimiento.
    .fix = No hay nada que corregir: mantenga la conexión abierta y espere la respuesta 220 antes de enviar ningún comando. El RFC 959 hace que el servidor envíe 120 precisamente para que el cliente sepa que no debe cerrar la conexión durante la espera.

code-125 = Conexión de datos ya abierta
    .text = Conexión de datos ya abierta; se inicia la transferencia
    .description = El RFC 959 asigna a 125 el texto «Conexión de datos ya abierta; se inicia la transferencia». Lo define como una respuesta preliminar a un comando de transferencia cuando ya hay una conexión de datos abierta, de modo que la transferencia empieza en ella de inmediato. Para STOU, el RFC 1123 exige exactamente el texto 125 FILE: pppp, donde pppp es la ruta única del archivo que se escribe.
    .seen = Esta respuesta precede a los datos de STOR, STOU, RETR, LIST, NLST o APPE cuando la conexión de datos ya está establecida, por ejemplo una que quedó abierta tras una transferencia anterior en modo de bloque o comprimido. Cuando termina la transferencia, llega una segunda respuesta, normalmente 226 o 250.
    .fix = No hay nada que corregir. Espere la respuesta de finalización antes de enviar otro comando y, después de STOU, lea el nombre del archivo almacenado en el texto de la respuesta 125.

code-150 = Estado del archivo correcto
    .text = Estado del archivo correcto; se va a abrir la conexión de datos
    .description = El RFC 959 asigna a 150 el texto «Estado del archivo correcto; se va a abrir la conexión de datos». Lo define como una respuesta preliminar: el servidor acepta el comando de transferencia y está a punto de abrir la conexión de datos. Para STOU, el RFC 1123 exige exactamente el texto 150 FILE: pppp, donde pppp es la ruta única del archivo que se escribe.
    .seen = 150 es la primera respuesta habitual a RETR, STOR, STOU, APPE, LIST y NLST, y el RFC 3659 la usa para abrir el listado que envía MLSD. Cuando termina la transferencia, sigue una respuesta de finalización como 226, o bien 425 o 426 si falla la conexión de datos. Con TLS, el RFC 4217 indica que 150 solo significa que el comando es aceptable con el nivel PROT actual, y aún puede llegar un 522 si falla la negociación TLS en la conexión de datos.
    .fix = No hay nada que corregir: espere los datos y, después, la respuesta de finalización. Si la transferencia se detiene o termina con 425, no se pudo establecer la conexión de datos: compruebe que la dirección y el puerto indicados por PASV, EPSV, PORT o EPRT son accesibles entre el cliente y el servidor.
