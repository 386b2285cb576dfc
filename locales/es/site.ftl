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

## Orientarse: el título de la pestaña, la ruta de navegación, anterior y siguiente, el índice de la página.

# El título en la pestaña del navegador: $page es el título de la página y $site el nombre del sitio.
# ftpdocs: same-as-source
site-page-title = { $page } – { $site }
# La etiqueta de la ruta de navegación, que leen los lectores de pantalla.
site-breadcrumbs = Ruta de navegación
# El primer paso de la ruta de navegación: la página de inicio del idioma.
site-breadcrumb-home = Códigos de respuesta
# La etiqueta de los enlaces al código anterior y al siguiente, que leen los lectores de pantalla.
site-pager = Código anterior y código siguiente
# $title es el título de la página del código, por ejemplo «FTP 220 Servicio preparado».
site-previous-code = Anterior: { $title }
site-next-code = Siguiente: { $title }
# La etiqueta del índice de una página larga.
site-toc = En esta página

## Búsqueda: el cuadro de cada página y la página de búsqueda.

site-search-label = Buscar en el sitio
site-search-button = Buscar
search-title = Búsqueda
search-lead = Busque en todas las páginas de este idioma por número de código o por palabras; las tildes no importan.
search-no-results = Ninguna página coincide con esta búsqueda.
search-unavailable = La búsqueda funciona cuando el sitio está en un servidor web. Si abre las páginas desde el disco, use el filtro de la página de inicio.

## La tabla de códigos de la página de inicio y su filtro.

home-filter-label = Filtrar los códigos
home-filter-none = Ningún código coincide con este filtro.
home-column-code = Código
home-column-name = Nombre
home-column-class = Clase
home-column-meaning = Significado
