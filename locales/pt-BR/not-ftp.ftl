## Números que não são respostas FTP: erros do Windows Sockets.

winsock-10054 = Conexão redefinida pelo host remoto
    .description = 10054 não é uma resposta FTP, e sim o erro do Windows Sockets WSAECONNRESET, conexão redefinida pelo host remoto: o host remoto, ou um dispositivo no caminho, redefiniu abruptamente a conexão TCP. O erro é informado pelo sistema operacional do cliente; um servidor FTP nunca o envia, já que uma resposta FTP é um número de três dígitos (RFC 959, seção 4.2).
    .seen = Os clientes FTP para Windows mostram 10054 nos logs se a conexão de controle ou de dados cair no meio de uma sessão, por exemplo porque o processo do servidor parou, o servidor fechou a conexão abruptamente ou um firewall a cortou.
    .fix = Reconecte e veja a última resposta FTP real antes do erro: um 421 significa que o servidor encerrou a sessão de propósito. Se as redefinições se repetirem, verifique o log do servidor e os firewalls ou dispositivos NAT entre o cliente e o servidor, que podem cortar conexões longas ou ociosas.

winsock-10060 = Tempo limite da conexão esgotado
    .description = 10060 não é uma resposta FTP, e sim o erro do Windows Sockets WSAETIMEDOUT, tempo limite da conexão esgotado: o host remoto não respondeu a uma tentativa de conexão dentro do tempo permitido, ou uma conexão estabelecida parou de responder. Ele vem do sistema operacional do cliente, nunca do servidor FTP, cujas respostas são números de três dígitos (RFC 959, seção 4.2).
    .seen = Os clientes FTP para Windows informam 10060 se não conseguem alcançar o servidor, por causa de um nome de host ou endereço errado, de um servidor fora do ar ou de um firewall que descarta pacotes silenciosamente. Ele também aparece se o login funciona, mas uma conexão de dados para uma listagem ou transferência não pode ser aberta.
    .fix = Verifique o nome do host e a porta e confirme que o servidor está em execução e é alcançável a partir da sua rede. Se o login funciona, mas as listagens ou transferências esgotam o tempo, a conexão de dados está bloqueada: verifique se os firewalls permitem a porta que o cliente envia com PORT ou EPRT, ou as portas passivas anunciadas na resposta 227 ou 229.

winsock-10061 = Conexão recusada
    .description = 10061 não é uma resposta FTP, e sim o erro do Windows Sockets WSAECONNREFUSED, conexão recusada: o host de destino recusou ativamente a conexão, normalmente porque nenhum programa escuta naquela porta. Ele é informado pelo sistema operacional do cliente; um servidor FTP não pode enviá-lo, porque as respostas FTP são números de três dígitos (RFC 959, seção 4.2).
    .seen = Os clientes FTP para Windows informam 10061 assim que tentam se conectar, se o servidor FTP não estiver em execução, escutar em outra porta ou se um firewall rejeitar a conexão. Ele também pode ocorrer em uma conexão de dados, se nada estiver escutando na porta indicada para a transferência.
    .fix = Verifique se o servidor FTP está em execução, em qual porta ele escuta (21 por padrão) e se o cliente se conecta a esse host e a essa porta. Se só as conexões de dados forem recusadas, verifique os endereços e as portas trocados no PORT, no EPRT ou na resposta 227 ou 229.

winsock-10066 = Diretório não vazio
    .description = 10066 não é uma resposta FTP, e sim o erro do Windows Sockets WSAENOTEMPTY, diretório não vazio, um dos nomes de erro que o Winsock herdou da lista de erros do Unix BSD. Um servidor FTP nunca o envia, já que as respostas FTP são números de três dígitos (RFC 959, seção 4.2).
    .seen = Ele aparece em listas de códigos de erro FTP publicadas para alguns clientes Windows, descrito como um erro ao excluir um diretório que ainda contém arquivos. No próprio protocolo FTP, um servidor que se recusa a remover um diretório responde ao RMD com uma resposta de três dígitos, como 550.
    .fix = Procure no log do cliente a resposta que o servidor realmente enviou ao RMD. Para remover um diretório, exclua antes os arquivos e subdiretórios dele e envie RMD de novo.

winsock-10068 = Cota de usuários excedida
    .description = 10068 não é uma resposta FTP, e sim o erro do Windows Sockets WSAEUSERS, cota de usuários excedida, outro nome de erro que o Winsock herdou da lista de erros do Unix BSD. Um servidor FTP nunca o envia, porque as respostas FTP são números de três dígitos (RFC 959, seção 4.2).
    .seen = Algumas listas de códigos de erro FTP para clientes Windows o apresentam como excesso de usuários em um servidor lotado. Um servidor FTP de verdade que não pode aceitar outra sessão informa isso com uma resposta de três dígitos: a RFC 959 permite 421 no lugar da mensagem de boas-vindas 220 quando o serviço não está disponível.
    .fix = Procure no log do cliente a resposta que o servidor realmente enviou. Se for um 421 sobre excesso de usuários, conecte-se de novo mais tarde ou peça ao administrador que aumente o limite de conexões.

## Números de três dígitos que nenhuma RFC define, encontrados em listas de códigos FTP e em alguns servidores.

unassigned-231 = Usuário desconectado
    .description = Nenhuma RFC define 231. Algumas listas de códigos FTP lhe dão um texto que anuncia a desconexão do usuário e o encerramento do serviço, mas a resposta que a RFC 959 define para o fim de uma sessão é 221, “Serviço fechando a conexão de controle”, a resposta ao QUIT (seção 4.1.1). Um cliente que segue as RFCs só conhece 231 pelo primeiro dígito, que indica uma resposta positiva de conclusão (seção 4.2).
    .seen = Você só recebe 231 de um servidor que numera as respostas à sua maneira, em resposta ao QUIT ou quando ele encerra a sessão; os servidores padrão respondem 221 ao QUIT.
    .fix = Não há nada a corrigir: trate 231 como o fim da sessão, como trataria 221. Se você desenvolve o servidor, responda 221 ao QUIT, como lista a seção 5.4 da RFC 959.

unassigned-430 = Nome de usuário ou senha inválidos
    .description = Nenhuma RFC define 430. Alguns servidores e listas de códigos FTP o usam com o texto “Invalid username or password”, mas a RFC 959 responde a um login malsucedido com 530, “Usuário não conectado”, que a seção 5.4 lista para USER, PASS e ACCT. Além disso, o primeiro dígito 4 marcaria a falha como temporária (seção 4.2), o que uma senha errada não é.
    .seen = Você recebe 430 depois de USER ou PASS em um servidor que numera as respostas à sua maneira, quando o nome de usuário ou a senha estão errados.
    .fix = Verifique o nome de usuário e a senha e faça login de novo; não repita as mesmas credenciais em loop, já que a falha não é temporária. Se você desenvolve o servidor, responda 530 a um login malsucedido.

unassigned-434 = Host solicitado indisponível
    .description = Nenhuma RFC define 434. Algumas listas de códigos FTP lhe dão o texto “Requested host unavailable”, mas a RFC 7151, que define o HOST para hosts virtuais, responde com códigos existentes: 421 quando o host normalmente é aceito, mas está temporariamente indisponível, depois do que o servidor fecha a conexão, e 504 quando o host é desconhecido ou o servidor não quer tratar a conexão como destinada a esse host.
    .seen = Você recebe 434 depois do HOST em um servidor que numera as respostas à sua maneira, quando ele não atende o host virtual que você indicou.
    .fix = Verifique o nome de host que você envia com HOST. Se o host deveria existir, reconecte mais tarde ou fale com o administrador do servidor. Se você desenvolve o servidor, responda com 421 ou 504, como descreve a seção 3 da RFC 7151.
