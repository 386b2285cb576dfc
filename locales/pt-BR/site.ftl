## O site em volta das páginas: nome, navegação, página inicial e página 404.

# O nome deste idioma, no próprio idioma: o seletor de idioma o mostra como está.
language-name = Português (Brasil)
site-name = Códigos de resposta FTP
# O primeiro link de cada página, para quem usa teclado ou leitor de tela.
site-skip = Pular para o conteúdo
# O rótulo do seletor de idioma, lido pelos leitores de tela.
site-languages = Idioma
site-footer = Cada página segue as RFCs que definem o FTP e tem links para as seções que cita.
# A página raiz do site, que lista os idiomas.
site-choose-language = Escolha seu idioma.

## Página inicial de um idioma.

home-title = Códigos de resposta FTP explicados
home-lead = O que significa cada código de resposta FTP, quando você o encontra e o que fazer, com comparações lado a lado dos códigos que costumam ser confundidos.
# Uma classe de códigos de resposta: $digit é o primeiro dígito, $name o nome da classe.
# ftpdocs: same-as-source
home-class-heading = { $digit }yz: { $name }
home-heading-not-ftp = Números que não são respostas FTP

## A página exibida em um endereço sem página.

not-found-title = Página não encontrada
not-found-lead = Não há nenhuma página neste endereço. O link que trouxe você até aqui pode estar errado, ou a página pode ter mudado de lugar.
not-found-next = Para onde ir agora
not-found-home = A lista de códigos de resposta FTP

## Orientação: o título da aba, a trilha de navegação, anterior e próximo, o sumário.

# O título na aba do navegador: $page é o título da página, $site o nome do site.
# ftpdocs: same-as-source
site-page-title = { $page } – { $site }
# O rótulo da trilha de navegação, lido pelos leitores de tela.
site-breadcrumbs = Trilha de navegação
# O primeiro passo da trilha de navegação: a página inicial do idioma.
site-breadcrumb-home = Códigos de resposta
# O rótulo dos links para o código anterior e o próximo, lido pelos leitores de tela.
site-pager = Código anterior e próximo código
# $title é o título da página do código, por exemplo “FTP 220 Serviço pronto”.
site-previous-code = Anterior: { $title }
site-next-code = Próximo: { $title }
# O rótulo do sumário de uma página longa.
site-toc = Nesta página

## Busca: o campo de cada página e a página de busca.

site-search-label = Buscar no site
site-search-button = Buscar
search-title = Busca
search-lead = Busque em todas as páginas deste idioma pelo número do código ou por palavras; os acentos não fazem diferença.
search-no-results = Nenhuma página corresponde a esta busca.
search-unavailable = A busca funciona quando o site está em um servidor web. Se você abriu o site a partir do disco, use o filtro da página inicial.

## A tabela de códigos da página inicial e o seu filtro.

home-filter-label = Filtrar os códigos
home-filter-none = Nenhum código corresponde a este filtro.
home-column-code = Código
home-column-name = Nome
home-column-class = Classe
home-column-meaning = Significado
