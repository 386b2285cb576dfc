## Códigos de respuesta 3yz: respuesta intermedia positiva.

code-331 = Se necesita contraseña
    .text = Nombre de usuario correcto, se necesita contraseña
    .description = El RFC 959 asigna a 331 el texto «Nombre de usuario correcto, se necesita contraseña». Lo define como la respuesta intermedia positiva a USER: el servidor ha aceptado el nombre y espera la contraseña para completar el inicio de sesión. El RFC 2577 sugiere que los servidores respondan 331 a todos los comandos USER, para que la respuesta no revele qué nombres de usuario existen.
    .seen = Verá 331 justo después de enviar USER a un servidor que exige contraseña, que es la secuencia normal de inicio de sesión. Debido a la recomendación del RFC 2577, un 331 no demuestra que el nombre de usuario exista: un servidor que la sigue solo rechaza un nombre incorrecto después de PASS, normalmente con 530.
    .fix = No hay nada que corregir. Envíe PASS con la contraseña; el servidor responde entonces 230 si el inicio de sesión se ha completado, 332 si además necesita una cuenta o 530 si rechaza las credenciales.

code-332 = Se necesita cuenta
    .text = Se necesita una cuenta para iniciar sesión
    .description = El RFC 959 asigna a 332 el texto «Se necesita una cuenta para iniciar sesión». Lo define como una respuesta intermedia positiva: el servidor necesita los datos de una cuenta, enviados con el comando ACCT, antes de poder completar el inicio de sesión. La sección 4.1.1 del RFC 959 también permite a un servidor responder 332 a un comando posterior que exija una cuenta, si deja ese comando pendiente hasta que llegue ACCT; si, en cambio, descarta el comando, responde 532.
    .seen = Verá 332 después de USER o PASS en un servidor que exige una cuenta además del nombre de usuario y la contraseña. También puede llegar en respuesta a un comando posterior, como STOR, en un sitio que solo pide una cuenta para determinados accesos, por ejemplo para almacenar archivos.
    .fix = Envíe ACCT con la cuenta que le dio el administrador del servidor; el inicio de sesión, o el comando pendiente, continúa entonces. Si no tiene cuenta, pídasela al administrador: en este servidor no bastan el nombre de usuario y la contraseña.

code-334 = Se requieren datos de seguridad
    .description = El RFC 2228 define 334 como la respuesta a AUTH cuando el servidor acepta el mecanismo de seguridad solicitado y necesita datos de seguridad para continuar. El RFC no le da ningún texto fijo: la respuesta puede llevar ADAT=base64data, datos de seguridad del servidor que el cliente usa para construir su siguiente comando ADAT. El RFC 4217 establece que 334 es incorrecto para AUTH TLS, porque a una negociación TLS no le sigue ningún intercambio ADAT.
    .seen = Verá 334 después de AUTH con un mecanismo de seguridad que intercambia sus datos mediante ADAT. Un servidor que responde 334 a AUTH TLS no cumple el RFC 4217, que espera 234.
    .fix = No hay nada que corregir: continúe el intercambio enviando ADAT con los datos en base64 que produce el mecanismo, hasta que el servidor responda 235. Si su cliente pidió AUTH TLS y recibió 334, comuníqueselo al administrador del servidor, ya que un cliente TLS espera 234 antes de iniciar la negociación TLS.

code-335 = Se necesitan más datos de seguridad
    .description = El RFC 2228 define 335 como la respuesta a ADAT cuando el servidor acepta los datos de seguridad, pero necesita más para completar el intercambio de datos de seguridad. El RFC no le da ningún texto fijo: la respuesta puede llevar ADAT=base64data, datos que el cliente procesa antes de enviar el siguiente ADAT.
    .seen = Verá 335 en medio de un intercambio AUTH y ADAT, con mecanismos de seguridad que necesitan más de un intercambio de ida y vuelta. Normalmente, a un 335 le sigue otro ADAT del cliente, hasta que el servidor responde 235.
    .fix = No hay nada que corregir: el cliente debe enviar el siguiente comando ADAT con los datos que produce su mecanismo de seguridad. Si el intercambio se detiene aquí, compruebe que el cliente y el servidor admiten el mismo mecanismo; un intercambio fallido termina con 535 si se rechazan los datos, o con 501 si no se puede decodificar el base64.

code-336 = Desafío de contraseña
    .text = Nombre de usuario correcto, se necesita contraseña. El desafío es “....”
    .description = El RFC 2228 asigna a 336 el texto «Nombre de usuario correcto, se necesita contraseña. El desafío es “....”». Lo define como la respuesta a USER cuando el mecanismo de seguridad exige una contraseña de desafío/respuesta: el texto de la respuesta debe contener el desafío, en una forma elegida para que tenga sentido para un usuario humano. El cliente debe mostrar este desafío al usuario antes de pedirle la contraseña.
    .seen = Verá 336 en lugar de 331 después de USER, en un servidor cuyo mecanismo de seguridad, negociado con AUTH y ADAT, exige una contraseña de desafío/respuesta.
    .fix = Lea el desafío en el texto de la respuesta, úselo para construir la contraseña que espera el mecanismo de seguridad y envíe esa contraseña con PASS. Un cliente no debe pedir la contraseña antes de que el servidor haya respondido a USER, porque esa contraseña depende del desafío.

code-350 = Pendiente de más información
    .text = Acción de archivo solicitada pendiente de más información
    .description = El RFC 959 asigna a 350 el texto «Acción de archivo solicitada pendiente de más información». El RFC 959 indica 350 como la respuesta intermedia positiva a REST y RNFR: el servidor ha aceptado el comando y espera el comando que lo completa. El RFC 3659 mantiene 350 como respuesta a REST en modo STREAM, cuyo argumento es el número de bytes que se deben omitir en la siguiente transferencia.
    .seen = Verá 350 después de REST, antes de un RETR o STOR que reanuda una transferencia, y después de RNFR, antes del RNTO que da el nuevo nombre. Es el paso intermedio normal de una transferencia reanudada y de un cambio de nombre.
    .fix = No hay nada que corregir: envíe el comando que completa la secuencia, RNTO justo después de RNFR o el comando de transferencia justo después de REST. El RFC 959 exige que estos comandos se sigan inmediatamente: un RNTO que no sigue directamente a RNFR recibe 503, y el RFC 3659 deja sin definir el efecto de un REST enviado en cualquier otro momento que no sea justo antes de la transferencia.
