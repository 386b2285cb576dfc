## Títulos y frases del marco de la página. Cada frase es un mensaje completo; las variables
## llevan códigos, nombres y números.

## Títulos de sección.

heading-description = Descripción
heading-seen = Cuándo aparece
heading-fix = Cómo resolverlo
heading-differences = Diferencias clave
heading-which = Cómo reaccionar ante cada uno
heading-learn-more = Más información
heading-meaning = Significado
heading-commands = Comandos que lo devuelven
heading-sources = Secciones de los RFC
heading-related = Códigos relacionados
heading-exchange = Un intercambio que lleva a este código
heading-instead = Los códigos de los RFC que se deben usar en su lugar
heading-comparisons = Comparaciones

## Páginas de comparación. $lowCode y $highCode son los dos códigos, el menor primero.

compare-title = FTP { $lowCode } { $lowName } y { $highCode } { $highName }: diferencias
# $lowText y $highText: lo que significa cada código, el texto de respuesta del RFC o, si no lo hay, el nombre del código.
# $sameAction: yes cuando ambos códigos piden la misma reacción del cliente.
compare-lead = { $sameAction ->
    [yes] FTP { $lowCode } significa «{ $lowText }» y FTP { $highCode }, «{ $highText }»: ambos piden la misma reacción del cliente, así que lo que los distingue es lo que comunica cada uno.
   *[no] FTP { $lowCode } significa «{ $lowText }» y FTP { $highCode }, «{ $highText }»: piden reacciones distintas del cliente, y lo que de verdad los distingue es lo que hay que hacer después de cada uno.
}

## La tabla de una comparación: una columna por código y una fila por propiedad.

# ftpdocs: same-as-source
compare-column = FTP { $code }
compare-row-text = Texto de la respuesta en el RFC
compare-row-class = Clase
compare-row-sent = Cuándo se envía
compare-row-commands = Comandos
compare-row-action = Qué hacer
# $text es el texto de la respuesta tal como lo da el RFC.
compare-cell-text = «{ $text }» (RFC { $rfc })
compare-cell-no-text = Sin texto fijo (RFC { $rfc })
# ftpdocs: same-as-source
compare-cell-class = { $className } ({ $class }yz)
# Cuándo envía el servidor el código, según lo que pide al cliente ($action).
compare-cell-sent = { $action ->
    [greeting] { $count ->
        [0] Al abrirse la conexión de control
       *[other] Al abrirse la conexión de control y en respuesta a { $commandsOr }
    }
    [wait-final] { $onConnect ->
        [yes] Al abrirse la conexión de control, o en respuesta a { $commandsOr }, mientras el servidor aún no está preparado
       *[no] Al iniciarse un comando, antes de su respuesta final
    }
    [success] Como respuesta final a un comando que se ha ejecutado correctamente
    [send-next] En medio de una secuencia de comandos, antes del comando que la completa
    [retry-later] Como respuesta final a un comando que, por ahora, ha fallado
    [reconnect] Cuando el servicio se detiene: al abrirse la conexión o en respuesta a cualquier comando
    [log-in] En respuesta a un inicio de sesión fallido o a un comando enviado antes de iniciar sesión
    [send-account] En respuesta a un comando que el servidor solo ejecuta una vez indicada una cuenta con ACCT
    [change-request] Como respuesta final a un comando rechazado tal como se envió
    [nothing-helps] Como respuesta final a un comando que el servidor no ejecuta
    [session-over] { $count ->
        [0] Al terminar la sesión
       *[other] En respuesta a { $commandsOr }, al terminar la sesión
    }
   *[decode] En lugar de cualquier respuesta, una vez que el cliente protege sus comandos con MIC, CONF o ENC
}
# $commandScope es all cuando el código responde a los $total comandos a los que responden los
# códigos en los RFC, y most cuando responde a más de la mitad; la celda da entonces cifras en
# lugar de nombres.
compare-cell-commands = { $count ->
    [0] Ninguno: no responde a un comando concreto
   *[other] { $commandScope ->
        [all] Todos los comandos: los { $total } de los RFC
        [most] La mayoría de los comandos: { $count } de { $total } en los RFC
       *[listed] { $commands }
    }
}
compare-cell-action = { $action ->
    [greeting] Iniciar sesión: enviar USER
    [wait-final] Esperar la respuesta final
    [success] Continuar con el comando siguiente
    [send-next] Enviar el comando que completa el intercambio
    [retry-later] Volver a enviar el mismo comando más tarde
    [reconnect] Volver a conectarse e iniciar sesión de nuevo
    [log-in] Iniciar sesión y volver a enviar el comando
    [send-account] Enviar ACCT y volver a enviar el comando
    [change-request] Corregir la solicitud y volver a enviarla
    [nothing-helps] Prescindir del comando: modificarlo no sirve de nada
    [session-over] Nada: la sesión ha terminado
   *[decode] Decodificar su texto y actuar según la respuesta que contiene
}
# Una frase por código, elegida según lo que el código pide al cliente ($action), nunca solo
# por su clase.
compare-which = { $action ->
    [greeting] { $code } ({ $name }) es el mensaje de bienvenida: el servidor está preparado para un nuevo usuario y el paso siguiente es iniciar sesión con USER.
    [wait-final] { $code } ({ $name }) indica que la acción está en curso: mantenga la conexión abierta y espere la respuesta final antes de enviar otro comando.
    [success] { $code } ({ $name }) indica que la solicitud se ha completado correctamente: puede enviar el comando siguiente.
    [send-next] { $code } ({ $name }) indica que falta un paso: envíe el comando que completa el intercambio.
    [retry-later] { $code } ({ $name }) indica un error temporal: la conexión de control sigue abierta y el mismo comando puede funcionar si lo vuelve a enviar más tarde.
    [reconnect] { $code } ({ $name }) indica el fin de la conexión: el servidor la cierra, así que vuelva a conectarse e inicie sesión de nuevo antes de enviar nada más.
    [log-in] { $code } ({ $name }) indica que falta el inicio de sesión: envíe USER y PASS, y ACCT si el servidor pide una cuenta, antes de volver a enviar el comando.
    [send-account] { $code } ({ $name }) indica que se necesita una cuenta: puede que ya haya iniciado sesión, pero el servidor necesita los datos de su cuenta para este comando y lo ha descartado, así que envíe ACCT y vuelva a enviar el comando.
    [change-request] { $code } ({ $name }) rechaza la solicitud tal como se envió: corrija sus argumentos, su orden o el comando del que depende antes de volver a enviarla.
    [nothing-helps] { $code } ({ $name }) indica un rechazo que no se resuelve modificando el comando: la causa está en el servidor, así que prescinda del comando o consulte al administrador del servidor.
    [session-over] { $code } ({ $name }) indica el fin de la sesión que usted pidió: el servidor cierra la conexión de control y no se envía ningún otro comando.
   *[decode] { $code } ({ $name }) encapsula otra respuesta: decodifique su texto con el mecanismo de seguridad acordado tras AUTH y actúe según la respuesta que contiene.
}
# $part es appendix para un apéndice del RFC ($section es entonces su número romano, como II),
# y section en los demás casos.
learn-rfc = { $part ->
    [appendix] RFC { $rfc }, apéndice { $section }
   *[section] RFC { $rfc }, sección { $section }
}

## Páginas de códigos.

# ftpdocs: same-as-source
code-title = FTP { $code } { $name }
# El RFC 2228, sección 5.2, no da ningún significado de grupo al segundo dígito de una respuesta protegida (6yz).
code-lead = { $ClassDigit ->
    [6] FTP { $code } ({ $name }) pertenece a la clase «{ $ClassName }» ({ $ClassDigit }yz), definida por el RFC 2228, que no da ningún significado de grupo a su segundo dígito.
   *[other] FTP { $code } ({ $name }) pertenece a la clase «{ $ClassName }» ({ $ClassDigit }yz) y al grupo «{ $GroupName }» (x{ $GroupDigit }z).
}
# Los números pequeños se escriben con letras.
code-several-meanings = { $count ->
    [one] El código { $code } tiene un solo significado.
    [2] El código { $code } tiene dos significados, definidos en RFC distintos; el comando al que responde y las demás respuestas del servidor indican cuál se aplica.
    [3] El código { $code } tiene tres significados, definidos en RFC distintos; el comando al que responde y las demás respuestas del servidor indican cuál se aplica.
   *[other] El código { $code } tiene { $count } significados, definidos en RFC distintos; el comando al que responde y las demás respuestas del servidor indican cuál se aplica.
}
code-transcript-intro = Un intercambio en la conexión de control que termina con { $code }. Las líneas marcadas con C las envía el cliente y las marcadas con S, el servidor; los textos que siguen a los códigos del servidor son ejemplos de lo que envían los servidores.
# Cuándo se envía un código que el servidor puede enviar al abrirse la conexión: según lo que
# pide al cliente ($action) y los comandos a los que responde ($count, $commandsOr).
code-on-connect = { $action ->
    [reconnect] El servidor envía esta respuesta al abrirse la conexión de control, si no puede atender al cliente, o en respuesta a cualquier comando, si sabe que el servicio debe detenerse.
   *[other] { $count ->
        [0] El servidor envía esta respuesta al abrirse la conexión de control, antes de cualquier comando.
       *[other] El servidor envía esta respuesta al abrirse la conexión de control y también en respuesta a { $commandsOr }.
    }
}
# Para un código que no enumera ningún comando y no se envía al conectarse.
# ftpdocs: allow unused-message
code-any-command = Esta respuesta no está ligada a un comando concreto.

## Páginas de números que no son respuestas FTP.

notftp-title = { $kind ->
    [unassigned] FTP { $number } { $title }: un número que ningún RFC define
   *[winsock] Error { $number } ({ $name }): no es una respuesta FTP
}
notftp-lead = { $kind ->
    [unassigned] Ningún RFC define { $number }: algunos servidores lo envían, con un texto como «{ $name }», en situaciones en las que los RFC responden con { $instead }.
   *[winsock] Los servidores FTP nunca envían { $number }: toda respuesta FTP es un código de tres dígitos, y { $number } es un error de Windows Sockets que comunica el propio sistema operativo del cliente.
}
# El título de uno de los significados de un código que tiene varios; $rfc es el RFC que lo define.
# ftpdocs: same-as-source
code-meaning-heading = { $title } (RFC { $rfc })
