## Códigos de respuesta 5yz: respuesta de finalización negativa permanente.

code-500 = Comando no reconocido
    .text = Error de sintaxis, comando no reconocido
    .description = El RFC 959 asigna a 500 el texto «Error de sintaxis, comando no reconocido». El RFC 959 usa 500 cuando el servidor no entiende el propio comando, y señala que esto puede incluir errores como una línea de comando demasiado larga. Los RFC posteriores se apoyan en esta misma respuesta: un servidor que no conoce AUTH debe responder 500 (RFC 2228), y 500 o 502 indica al cliente que FEAT no se admite (RFC 2389).
    .seen = Verá 500 después de un comando mal escrito, de un nombre de comando que el servidor no conoce o de una línea demasiado larga. También es la respuesta habitual de un servidor antiguo a los comandos de extensión que no implementa, como AUTH, FEAT, EPSV, MLSD o SIZE.
    .fix = Compruebe la ortografía del comando y la longitud de la línea que envía su cliente. Si el comando es una extensión, el servidor no la admite: envíe FEAT para ver qué extensiones anuncia (RFC 2389) o recurra al comando del RFC 959, por ejemplo PASV en lugar de EPSV o LIST en lugar de MLSD.

code-501 = Error de sintaxis en los parámetros
    .text = Error de sintaxis en los parámetros o argumentos
    .description = El RFC 959 asigna a 501 el texto «Error de sintaxis en los parámetros o argumentos». El RFC 959 usa 501 para un comando que el servidor reconoce, pero cuyos argumentos no puede aceptar tal como están escritos, y lo indica para casi todos los comandos. Los RFC de extensiones lo usan del mismo modo, por ejemplo para un FEAT enviado con un parámetro (RFC 2389), un EPRT o un EPSV mal formado (RFC 2428) o unos datos ADAT que no son base64 válido (RFC 2228).
    .seen = Normalmente verá 501 después de un comando PORT o EPRT con una dirección mal formada, de un valor de PBSZ que el servidor no puede interpretar o de un comando enviado con un argumento que no acepta, como FEAT con un parámetro. El RFC 3659 también prescribe 501 cuando MLSD nombra un archivo en lugar de un directorio, y el RFC 7151, cuando HOST lleva un número de puerto.
    .fix = Compare el comando que envió su cliente con la sintaxis que define su RFC, argumento por argumento: el servidor entendió el nombre del comando, así que el problema está en lo que le sigue. Para obtener los datos de un único archivo, use MLST en lugar de MLSD, ya que MLSD solo lista directorios.

code-502 = Comando no implementado
    .text = Comando no implementado
    .description = El RFC 959 asigna a 502 el texto «Comando no implementado». El RFC 959 reserva 502 para un comando que pide una acción no específica del sitio y que el servidor no implementa; un comando sin sentido en ese sistema recibe, en cambio, 202, y un comando implementado al que se pide un parámetro que no implementa recibe 504. El RFC 2228 usa 502 cuando un servidor reconoce AUTH, pero no implementa las extensiones de seguridad, y el RFC 2389 admite 500 o 502 de un servidor sin FEAT.
    .seen = Verá 502 cuando el servidor no ha implementado un comando que el RFC 1123 no exige, como SMNT, REIN, REST o ABOR, o de una extensión como FEAT, LANG o AUTH. Un cliente que comprueba si existe una extensión debe interpretar 502, igual que 500, como un «no» sin más.
    .fix = El problema no está en el comando: el servidor no lo ofrece, y repetirlo no servirá de nada. Consiga el mismo objetivo de otra manera, por ejemplo con una transferencia completa en lugar de una reanudación con REST, o pregunte al administrador si se puede activar la función. El RFC 1123 exige a todo servidor admitir comandos como PASV, LIST, DELE, MKD y STAT, salvo que su sistema no lo permita, así que un 502 a uno de ellos apunta a un servidor que se aparta del RFC 1123 o a un límite de su sistema.

code-503 = Secuencia incorrecta
    .text = Secuencia de comandos incorrecta
    .description = El RFC 959 asigna a 503 el texto «Secuencia de comandos incorrecta». El servidor ha entendido el comando, pero no es válido en este punto de la sesión. El RFC 959 indica 503 para PASS, ACCT y RNTO. La sección 3 del RFC 2228 lo añade para un ADAT enviado antes de que se acepte un AUTH o después de un intercambio de seguridad completado que ningún AUTH nuevo ha restablecido; para PBSZ, MIC, CONF y ENC enviados antes de que se complete un intercambio de datos de seguridad; para un PROT enviado antes de PBSZ; y para MIC, CONF y ENC en un servidor cuya política exige antes CCC. El RFC 3659 lo incluye entre las respuestas posibles a MLST y MLSD.
    .seen = El servidor responde 503 cuando PASS llega sin un USER previo, cuando ACCT se envía antes de que haya empezado un inicio de sesión o cuando RNTO no sigue directamente a RNFR. Con extensiones de seguridad como TLS, también responde 503 cuando PBSZ o PROT llega antes de que AUTH se haya completado correctamente, o PROT antes de PBSZ. Un servidor que admite el RFC 7151 también responde 503 a un comando HOST enviado después del inicio de sesión.
    .fix = Envíe los comandos en el orden que exige el protocolo: USER antes de PASS, RNFR justo antes de RNTO, AUTH antes de PBSZ y PBSZ antes de PROT. Compruebe que su cliente mantiene este orden tras una reconexión y consulte el registro del servidor para ver qué comando llegó primero.

code-504 = Parámetro no implementado
    .text = Comando no implementado para ese parámetro
    .description = El RFC 959 asigna a 504 el texto «Comando no implementado para ese parámetro». El RFC 959 presenta 504 como una precisión de 502: el servidor implementa el comando, pero no el parámetro solicitado, y lo indica para MODE, TYPE, STRU y ALLO. Los RFC posteriores lo reutilizan para un mecanismo AUTH o un nivel PROT desconocido (RFC 2228), una etiqueta de idioma que LANG no implementa (RFC 2640) y un host virtual que el comando HOST no conoce o no quiere atender (RFC 7151).
    .seen = Verá 504 después de pedir un modo, un tipo o una estructura de transferencia que el servidor no tiene, como MODE B o STRU P, o después de un AUTH que nombra un mecanismo que el servidor no conoce. El RFC 2577 sugiere 504 para un comando PORT que indica un puerto TCP inferior a 1024, para bloquear los ataques de rebote, y el RFC 2228 permite a un servidor responder 504 en lugar de 534 cuando no quiere revelar que admite el mecanismo que rechaza.
    .fix = Recurra a los valores que el RFC 959 y el RFC 1123 exigen aceptar a todo servidor: MODE S, STRU F y TYPE A o TYPE I. Para AUTH, use un mecanismo que el servidor admita, como TLS (RFC 4217); para un PORT rechazado, haga que el cliente escuche en un puerto superior a 1023 o use el modo pasivo.

code-521 = No se puede abrir la conexión de datos

code-521-rfc1639 = Familia de direcciones no admitida
    .text = Las familias de direcciones admitidas son (af1, af2, ..., afn)
    .description = El RFC 1639, una extensión experimental para direcciones de red largas, añade 521 para un servidor que admite LPRT o LPSV, pero no la familia de direcciones solicitada. El texto que sugiere es «Las familias de direcciones admitidas son (af1, af2, ..., afn)», donde la lista da los números de las familias que acepta el servidor. Los errores de sintaxis en estos comandos reciben 500 o 501, como en PORT y PASV.
    .seen = Este significado solo aparece con clientes y servidores que usan los comandos LPRT y LPSV del RFC 1639, después de que el cliente pida una conexión de datos en una familia de direcciones que el servidor no puede tratar.
    .fix = Lea la lista de familias de la respuesta y vuelva a enviar LPRT con una de ellas. El RFC 1639 numera las familias según la versión de IP (4 para IP), así que estos valores difieren de los de EPRT; para IPv4 e IPv6, la opción estándar son los comandos EPRT y EPSV del RFC 2428.

code-521-rfc4217 = Valor de PROT inadecuado
    .text = no se puede abrir la conexión de datos con este valor de PROT
    .description = El RFC 4217, que protege FTP con TLS, reutiliza 521 para una transferencia rechazada por el nivel de protección de datos fijado con PROT. Su texto es «no se puede abrir la conexión de datos con este valor de PROT», y el servidor lo envía a STOR, RETR, NLST, LIST, STOU o APPE antes de cualquier respuesta 1xx, así que no se abre ninguna conexión de datos.
    .seen = Verá este 521 en un servidor FTPS que comprueba el nivel de protección de cada transferencia, cuando el nivel vigente no es el que exige, normalmente Clear (sin protección) cuando el servidor insiste en Private (privado). El RFC 4217 hace de Clear el nivel inicial, así que un cliente que nunca envía PROT P recibe esta respuesta de un servidor así en su primer listado o transferencia.
    .fix = Después de AUTH TLS, envíe PBSZ 0 y, a continuación, PROT P, y repita el comando: el RFC 4217 exige PBSZ antes de PROT y solo usa los niveles C y P. Si el cliente ya usa PROT P, pregunte al administrador qué nivel exige cada transferencia, ya que el servidor puede decidirlo en cada transferencia.

code-522 = Error de puerto extendido

code-522-rfc2428 = Protocolo de red no admitido
    .text = Protocolo de red no admitido, use (1,2)
    .description = El RFC 2428 define 522 como un error de puerto extendido por protocolo de red desconocido: el servidor no admite el protocolo de red indicado en EPRT, o en EPSV con argumento. El texto debe terminar con los números de las familias de direcciones admitidas entre paréntesis, como en «Protocolo de red no admitido, use (1,2)», donde 1 corresponde a IPv4 y 2 a IPv6.
    .seen = Verá este 522 cuando un cliente envía EPRT con una familia de direcciones que el servidor no admite, como una dirección IPv6 a un servidor que solo admite IPv4, o pide un protocolo así con EPSV 2 o EPSV 1.
    .fix = Lea los números de familia entre paréntesis y vuelva a intentarlo con uno de ellos, por ejemplo EPRT con una dirección IPv4. Un EPSV simple, sin argumento, evita la cuestión, ya que el servidor usa entonces el protocolo de la conexión de control.

code-522-rfc4217 = Error en la negociación TLS
    .description = El RFC 4217 reutiliza 522 para un fallo de TLS en la conexión de datos: después de su respuesta 150, el servidor cierra el puerto de datos y envía 522 cuando la negociación TLS ha fallado o no le resulta aceptable. La sección 11.4 también permite al servidor responder con 522 a un comando de transferencia cuando el nivel de protección de datos actual no basta para esa transferencia. El RFC 4217 no da ningún texto fijo para esta respuesta.
    .seen = Verá este 522 en transferencias y listados FTPS cuando falla la negociación TLS en la conexión de datos, por ejemplo porque el servidor no acepta el conjunto de cifrado negociado. El RFC 4217 también permite a un servidor exigir que la conexión de datos reutilice una sesión TLS en caché, de una conexión de datos anterior o de una conexión de control que después se pasó a texto claro con CCC, y rechazar a un cliente que inicie una nueva.
    .fix = Compruebe la configuración TLS que su cliente aplica a las conexiones de datos: active la reutilización de sesiones TLS para ellas, ofrezca conjuntos de cifrado que acepte el servidor y lea el texto del 522, que debería indicar por qué lo rechazó el servidor. Si el 522 llegó directamente tras el comando, fije la protección que exige el servidor con PBSZ 0 y PROT P, y vuelva a intentarlo.

code-530 = Usuario no conectado
    .text = Usuario no conectado
    .description = El RFC 959 asigna a 530 el texto «Usuario no conectado». El RFC 959 usa 530 para rechazar un inicio de sesión, como respuesta a USER, PASS o ACCT, y para rechazar casi cualquier otro comando enviado antes de que el usuario haya iniciado sesión. El RFC 2228 lo añade para PBSZ y PROT, y el RFC 3659, para MLST y MLSD.
    .seen = Lo más frecuente es ver 530 después de PASS, porque el nombre de usuario o la contraseña son incorrectos o la cuenta no tiene permiso para iniciar sesión. También llega tras un comando como CWD, LIST o RETR enviado antes de un inicio de sesión correcto. El RFC 2577 sugiere que los servidores respondan 331 a todos los comandos USER y rechacen el nombre y la contraseña a la vez, así que un 530 después de PASS no indica cuál de los dos era incorrecto.
    .fix = Compruebe el nombre de usuario, la contraseña y la cuenta que pueda exigir el servidor y, después, inicie sesión con USER y PASS antes de enviar otros comandos. El RFC 4217 permite a un servidor rechazar comandos hasta que la sesión esté protegida, así que, si el servidor exige FTPS, envíe AUTH TLS antes de USER. Evite los intentos repetidos: el RFC 2577 sugiere que los servidores cierren la conexión con 421 al cabo de 3 a 5 contraseñas incorrectas.

code-532 = Se necesita cuenta para almacenar
    .text = Se necesita una cuenta para almacenar archivos
    .description = El RFC 959 asigna a 532 el texto «Se necesita una cuenta para almacenar archivos». El RFC 959 indica 532 para STOR, STOU, APPE y RNTO en servidores que piden los datos de la cuenta con ACCT para algunas operaciones y no al iniciar sesión. Explica la elección entre 332 y 532: el servidor responde 332 cuando deja el comando pendiente hasta que llegue ACCT, y 532 cuando lo descarta.
    .seen = Verá 532 después de iniciar sesión sin cuenta, al subir un archivo, añadir datos a un archivo o cambiarle el nombre en un servidor que necesita los datos de una cuenta antes de almacenar archivos.
    .fix = Envíe ACCT con los datos de su cuenta y repita el comando, porque después de 532 el servidor lo ha descartado. Si no tiene la cadena de cuenta, pídasela al administrador.

code-533 = Nivel de protección denegado
    .text = Nivel de protección del comando denegado por motivos de política
    .description = El RFC 2228 asigna a 533 el texto «Nivel de protección del comando denegado por motivos de política». El RFC 2228 define 533 para un comando cuya protección no acepta la política del servidor: un comando MIC, CONF o ENC que rechaza, como CONF antes de CCC, un CCC que no tenía a su vez protección de integridad, o cualquier comando sin proteger cuando el servidor exige que todos los comandos estén protegidos. El RFC 4217 lo usa cuando CCC llega por una conexión de control que TLS no protege.
    .seen = Con TLS, verá 533 cuando su cliente envíe CCC antes de que AUTH TLS haya protegido la conexión de control. Con otros mecanismos del RFC 2228, aparece cuando se envía un comando en texto claro, o con una protección que la política del servidor rechaza.
    .fix = Proteja primero la conexión de control: envíe AUTH TLS y complete la negociación TLS antes de CCC. Con otros mecanismos, envíe el comando con la protección que exige el servidor, por ejemplo ENC en lugar de MIC cuando la política exige confidencialidad.

code-534 = Denegado por motivos de política
    .text = Solicitud denegada por motivos de política
    .description = El RFC 2228 asigna a 534 el texto «Solicitud denegada por motivos de política». El RFC 2228 define 534 para una solicitud que el servidor podría atender, pero que no está dispuesto a aceptar: un mecanismo de seguridad indicado en AUTH, un nivel de protección en PROT o un CCC que desactivaría la protección de integridad. También abarca STOR, STOU, RETR, LIST, NLST y APPE cuando el nivel de protección actual no alcanza el que el servidor exige para esa transferencia.
    .seen = Con FTPS, verá 534 después de AUTH TLS cuando el servidor no está dispuesto a aceptar TLS de su cliente, después de un nivel PROT que el servidor rechaza o después de CCC en un servidor que mantiene cifrada la conexión de control (RFC 4217). Según el RFC 2228, un comando de transferencia recibe 534 cuando sus datos viajarían con menos protección de la que exige el servidor.
    .fix = El rechazo es deliberado, así que repetir la misma solicitud no servirá de nada: elija lo que permite la política del servidor, como otro nivel con PROT, o mantenga protegida la conexión de control en lugar de enviar CCC. Para una transferencia rechazada, eleve el nivel de protección, por ejemplo con PROT P, vuelva a intentarlo y pregunte al administrador qué niveles exige la política.

code-535 = Error en la comprobación de seguridad
    .text = Error en la comprobación de seguridad (hash, secuencia, etc.)
    .description = El RFC 2228 asigna a 535 el texto «Error en la comprobación de seguridad (hash, secuencia, etc.)». El RFC 2228 define 535 para datos protegidos que no superan la verificación: datos de seguridad en ADAT que el servidor rechaza, por ejemplo porque falla una suma de comprobación, o un comando MIC, CONF o ENC cuya comprobación falla. El servidor también lo envía a STOR, STOU, RETR, LIST, NLST o APPE cuando falla la protección de los datos durante la transferencia, incluido un bloque mayor que el tamaño de búfer negociado con PBSZ.
    .seen = Verá 535 con mecanismos del RFC 2228 como GSS-API o Kerberos, durante el intercambio ADAT o cuando un comando o un bloque de datos protegido llega dañado, repetido o fuera de secuencia. El RFC 4217 no lo usa para TLS.
    .fix = Tras un ADAT fallido, el intercambio de seguridad ha fallado, y el RFC 2228 exige que el cliente restablezca su estado de seguridad, así que vuelva a empezar con AUTH. Para una transferencia fallida, compruebe el tamaño de búfer que el cliente fijó con PBSZ y vuelva a intentarlo; los fallos repetidos apuntan a una discrepancia entre las dos implementaciones de seguridad o a datos alterados en tránsito.

code-536 = Nivel PROT no admitido
    .text = El mecanismo no admite el nivel PROT solicitado
    .description = El RFC 2228 asigna a 536 el texto «El mecanismo no admite el nivel PROT solicitado». Lo define como la respuesta a PROT cuando el servidor conoce el nivel solicitado, pero el mecanismo de seguridad en uso no puede ofrecerlo; un nivel que el servidor no conoce recibe, en cambio, 504. Los niveles son C (Clear, sin protección), S (Safe, seguro), E (Confidential, confidencial) y P (Private, privado).
    .seen = Verá 536 después de un nivel PROT que el mecanismo negociado no tiene, por ejemplo PROT S o PROT E en una sesión TLS: el RFC 4217 solo usa C y P, porque TLS ofrece a la vez integridad y confidencialidad.
    .fix = Elija un nivel que admita el mecanismo: con TLS, PROT P para conexiones de datos protegidas o PROT C para conexiones sin protección.

code-537 = Protección de comandos no admitida
    .text = El mecanismo de seguridad no admite el nivel de protección del comando
    .description = El RFC 2228 asigna a 537 el texto «El mecanismo de seguridad no admite el nivel de protección del comando». Lo define como la respuesta a MIC, CONF o ENC cuando el mecanismo de seguridad en uso no puede ofrecer ese tipo de protección para los comandos. Se diferencia de 533, en el que el mecanismo podría ofrecer la protección, pero la política del servidor la rechaza.
    .seen = Verá 537 con mecanismos del RFC 2228 cuando un cliente envía, por ejemplo, CONF o ENC y el mecanismo negociado solo ofrece protección de integridad. Las sesiones TLS según el RFC 4217 no usan MIC, CONF ni ENC, así que normalmente no lo verá con clientes FTPS.
    .fix = Use un comando de protección que admita el mecanismo negociado, como MIC, o inicie un nuevo intercambio de seguridad con AUTH para un mecanismo que ofrezca la protección que necesita.

code-550 = Archivo no disponible
    .text = No se ha realizado la acción solicitada. Archivo no disponible (p. ej., archivo no encontrado, sin acceso)
    .description = El RFC 959 asigna a 550 el texto «No se ha realizado la acción solicitada. Archivo no disponible (p. ej., archivo no encontrado, sin acceso)». El RFC 959 usa 550 cuando una acción sobre un archivo o un directorio, como RETR, DELE, CWD, MKD o RNFR, falla de forma definitiva, y el RFC 3659 lo usa cuando MDTM, SIZE, MLST o MLSD no pueden dar información sobre el nombre indicado. Su equivalente temporal es 450.
    .seen = Verá 550 cuando la ruta es incorrecta o el archivo no existe, o cuando la cuenta no tiene permiso para leer, borrar o crear el objeto o para entrar en el directorio. El RFC 3659 también permite 550 a SIZE cuando el tamaño no está disponible, por ejemplo porque calcularlo le cuesta demasiado al servidor, y establece que un 550 así no debe tomarse como señal de que el archivo no se puede transferir.
    .fix = Compruebe la ruta exacta, incluidas mayúsculas y minúsculas, con PWD y un listado del directorio, y compruebe los permisos de la cuenta en el servidor. Si SIZE o MDTM fallan con 550, pero el archivo aparece en el listado, continúe con la transferencia sin esa información.

code-551 = Tipo de página desconocido
    .text = Acción solicitada cancelada: tipo de página desconocido
    .description = El RFC 959 asigna a 551 el texto «Acción solicitada cancelada: tipo de página desconocido». El RFC 959 define 551 para STOR, STOU y APPE cuando un archivo enviado con estructura de páginas (STRU P) lleva un tipo de página que el servidor no conoce; los tipos definidos son última página, página simple, página descriptora y página con control de acceso. La sección 4.2.1 del RFC 959 reproduce el mismo texto con un punto después de «aborted» en lugar de dos puntos.
    .seen = Es poco probable que vea 551, ya que solo aparece en subidas que usan estructura de páginas, cuya implementación no recomienda el RFC 1123. Llega como respuesta final de la subida, después de la respuesta preliminar 125 o 150.
    .fix = Envíe el archivo con estructura de archivo (STRU F), la predeterminada, salvo que ambas partes necesiten de verdad la estructura de páginas. En ese caso, use solo los tipos de página que define el RFC 959.

code-552 = Espacio de almacenamiento asignado superado
    .text = Acción de archivo solicitada cancelada. Espacio de almacenamiento asignado superado (para el directorio o el conjunto de datos actual)
    .description = El RFC 959 asigna a 552 el texto «Acción de archivo solicitada cancelada. Espacio de almacenamiento asignado superado (para el directorio o el conjunto de datos actual)». El RFC 959 indica 552 para STOR, STOU y APPE, como respuesta final una vez iniciada la transferencia. A diferencia de 452, una falta temporal de espacio en el sistema, 552 comunica que se ha agotado el espacio de almacenamiento asignado a ese directorio o conjunto de datos.
    .seen = Verá 552 durante una subida o al final de ella, cuando el archivo superaría el espacio asignado a su cuenta o al directorio de destino.
    .fix = Libere espacio de su asignación borrando archivos que ya no necesite, o pida al administrador que la amplíe, y vuelva a subir el archivo. En los servidores que lo necesitan, el comando ALLO permite al cliente reservar espacio para un archivo antes de enviarlo.

code-553 = Nombre de archivo no permitido
    .text = No se ha realizado la acción solicitada. Nombre de archivo no permitido
    .description = El RFC 959 asigna a 553 el texto «No se ha realizado la acción solicitada. Nombre de archivo no permitido». El RFC 959 indica 553 para STOR, STOU, APPE y RNTO, cuando el servidor rechaza el nombre indicado para el archivo que se va a crear o cambiar de nombre. El RFC 3659 también lo incluye entre las respuestas posibles a MLST y MLSD.
    .seen = Verá 553 cuando una subida o un cambio de nombre usa un nombre que el servidor rechaza, por ejemplo uno con caracteres o una longitud que su sistema de archivos no acepta, o una ubicación en la que la cuenta no puede crear archivos.
    .fix = Elija un nombre más corto, formado solo por letras sin acentos, dígitos, puntos, guiones y guiones bajos, y compruebe que el directorio de destino existe y que su cuenta puede escribir en él. Cuando el nombre no importa, STOU permite que el servidor elija uno único para la subida.

code-554 = Parámetro REST no válido
    .text = No se ha realizado la acción solicitada: parámetro REST no válido
    .description = El RFC 1123 asigna a 554 el texto «No se ha realizado la acción solicitada: parámetro REST no válido». El RFC 1123 define 554 para un comando de transferencia que sigue a REST, cuando el archivo existente en el servidor no se puede reposicionar como pidió REST. El RFC 3659 confirma que los problemas como un marcador de reinicio fuera de rango se comunican en ese comando siguiente, y no en el propio REST.
    .seen = Verá 554 cuando un cliente reanuda una transferencia: REST recibe 350 y, después, RETR, STOR o APPE falla con 554 porque el desplazamiento está más allá del final del archivo o no coincide de otro modo con el archivo del servidor.
    .fix = Compare el desplazamiento de reinicio con el tamaño real del archivo en ambos lados, por ejemplo con SIZE, y reanude desde un desplazamiento válido o envíe REST 0 para volver a transferir el archivo completo. El RFC 3659 pide a un cliente cuyo comando de transferencia falló después de REST que vuelva a enviar REST antes de la transferencia siguiente.

code-555 = Tipo o estructura incompatible
    .text = No se ha realizado la acción solicitada: incompatibilidad de TYPE o STRU
    .description = El RFC 1123 asigna a 555 el texto «No se ha realizado la acción solicitada: incompatibilidad de TYPE o STRU». El RFC 1123 define 555 para APPE, o para cualquier comando de transferencia que siga a REST, cuando los parámetros de transferencia actuales, fijados con TYPE y STRU, no coinciden con los atributos del archivo existente.
    .seen = Verá 555 al añadir datos a un archivo o reanudar su transferencia en un sistema en el que los archivos conservan un tipo o una estructura, como los archivos estructurados en registros, mientras la sesión usa otros valores de TYPE o STRU.
    .fix = Fije TYPE y STRU en los valores que se usaron al almacenar el archivo por primera vez y, después, repita REST y el comando de transferencia. Si no los conoce, vuelva a transferir el archivo completo sin REST.
