## El sitio web que rodea las páginas: su nombre, la navegación, la página de inicio y la página 404.

# El nombre de este idioma en su propio idioma: el selector de idioma lo muestra tal cual.
language-name = Español
site-name = Códigos de respuesta FTP
# El primer enlace de cada página, para usuarios de teclado y de lectores de pantalla.
site-skip = Saltar al contenido
# La etiqueta del selector de idioma, que leen los lectores de pantalla.
site-languages = Idioma
site-footer = Cada página se basa en los RFC que definen FTP y enlaza con las secciones que cita.
# La página raíz del sitio, que enumera los idiomas.
site-choose-language = Elija su idioma.

## Página de inicio de un idioma.

home-title = Guía de los códigos de respuesta FTP
home-lead = Qué significa cada código de respuesta FTP, cuándo aparece y qué hacer al respecto, con tablas comparativas de los códigos que suelen confundirse.
# Una clase de códigos de respuesta: $digit es el primer dígito y $name el nombre de la clase.
# ftpdocs: same-as-source
home-class-heading = { $digit }yz: { $name }
home-heading-not-ftp = Números que no son respuestas FTP

## La página que se muestra en una dirección sin página.

not-found-title = Página no encontrada
not-found-lead = No hay ninguna página en esta dirección. Puede que el enlace que le trajo aquí sea incorrecto o que la página se haya movido.
not-found-next = Adónde ir ahora
not-found-home = La lista de códigos de respuesta FTP
