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
