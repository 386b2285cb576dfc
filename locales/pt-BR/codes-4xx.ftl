## Códigos de resposta 4yz: resposta negativa temporária.

code-421 = Serviço indisponível
    .text = Serviço indisponível, fechando a conexão de controle
    .description = Na RFC 959, o texto de 421 é “Serviço indisponível, fechando a conexão de controle”. A RFC 959 permite que o servidor envie 421 assim que um cliente se conecta, se não puder atendê-lo, e em resposta a qualquer comando, se o serviço souber que precisa ser encerrado; o servidor fecha então a conexão de controle. Como toda resposta 4yz, 421 informa uma condição temporária: o cliente pode se conectar de novo mais tarde.
    .seen = Você recebe 421 no lugar da mensagem de boas-vindas 220 se o servidor não puder aceitar a sessão, ou em resposta a um comando enquanto o serviço é encerrado. A RFC 2577 sugere enviar 421 e fechar a conexão depois de 3 a 5 senhas erradas, a RFC 7151 o usa para um HOST cujo host virtual está temporariamente indisponível, e a RFC 4217, para uma negociação TLS que falhou depois do AUTH TLS.
    .fix = Aguarde e conecte-se novamente; o texto da resposta, destinado ao usuário humano, muitas vezes informa o motivo. Se o 421 vier depois de várias tentativas de login malsucedidas, verifique o nome de usuário e a senha antes de tentar de novo. A RFC 1123 recomenda que os clientes detectem o fechamento da conexão de controle em vez de dar um tratamento especial ao 421.

code-425 = Não é possível abrir a conexão de dados
    .text = Não é possível abrir a conexão de dados
    .description = Na RFC 959, o texto de 425 é “Não é possível abrir a conexão de dados”. A RFC 959 define 425 como uma resposta negativa temporária: o servidor não conseguiu estabelecer a conexão de dados de que um comando de transferência precisa, portanto nenhum arquivo ou listagem foi enviado ou recebido. A RFC 959 coloca 425 depois da resposta preliminar 125 ou 150 de STOR, STOU, RETR, LIST, NLST e APPE.
    .seen = Você recebe 425 quando uma listagem, um download ou um upload começa. Uma causa frequente é um firewall ou um dispositivo NAT que bloqueia a conexão de dados: no modo ativo (PORT ou EPRT), o servidor não consegue alcançar o endereço e a porta anunciados pelo cliente; no modo passivo (PASV ou EPSV), a conexão do cliente à porta anunciada pelo servidor nunca chega.
    .fix = Verifique qual modo o cliente usa e confirme que os firewalls dos dois lados deixam passar a conexão de dados: no modo ativo, a porta que o cliente envia com PORT ou EPRT; no modo passivo, as portas que o servidor anuncia nas respostas 227 ou 229. Passar o cliente para o modo passivo muitas vezes resolve quando ele está atrás de NAT. Por ser uma resposta 4yz, 425 permite repetir a transferência depois que o problema de conexão for corrigido.

code-426 = Transferência interrompida
    .text = Conexão fechada; transferência interrompida
    .description = Na RFC 959, o texto de 426 é “Conexão fechada; transferência interrompida”. A RFC 959 define 426 como a resposta que encerra um comando de transferência se a conexão de dados foi fechada antes do fim da transferência. A seção 4.1.3 da RFC 959 o usa para o ABOR: se houver uma transferência em andamento, o servidor a interrompe, fecha a conexão de dados, responde 426 ao comando de transferência e depois responde 226 ao ABOR.
    .seen = Você recebe 426 logo depois que o cliente envia ABOR durante uma transferência, seguido imediatamente de 226: é o fim normal de uma transferência cancelada. Ele também aparece sem ABOR se a conexão de dados cair no meio de uma transferência, por exemplo porque um dispositivo de rede a cortou ou a outra ponta parou.
    .fix = Depois de um ABOR, não há nada a corrigir. Caso contrário, repita a transferência, usando REST para retomar do ponto em que parou se o servidor suportar, e verifique o caminho de rede da conexão de dados se o erro se repetir.

code-431 = Recurso de segurança indisponível
    .text = Algum recurso indisponível é necessário para processar a segurança
    .description = Na RFC 2228, o texto de 431 é “Algum recurso indisponível é necessário para processar a segurança”. A RFC 2228 define 431 como a resposta a AUTH ou PROT quando o servidor não consegue aceitar o mecanismo de segurança ou o nível de proteção solicitado, por exemplo porque um recurso de que precisa está indisponível; um servidor que não quer aceitá-lo responde 534. A RFC 959 só mostra um 431 em um exemplo do apêndice II, de um CWD no TOPS-20, que é uma ilustração, e não uma definição do código.
    .seen = Você recebe 431 depois de AUTH ou PROT em um servidor que suporta o mecanismo ou o nível de proteção solicitado, mas não consegue fornecê-lo naquele momento, porque algo de que o mecanismo depende está faltando ou fora de alcance.
    .fix = Como resposta 4yz, 431 descreve uma condição temporária: envie o comando de novo mais tarde. Se persistir, o administrador do servidor deve procurar no log do servidor o recurso que falta ao mecanismo de segurança.

code-450 = Arquivo temporariamente indisponível
    .text = Ação de arquivo solicitada não executada. Arquivo indisponível (por exemplo, arquivo ocupado)
    .description = Na RFC 959, o texto de 450 é “Ação de arquivo solicitada não executada. Arquivo indisponível (por exemplo, arquivo ocupado)”. A RFC 959 define 450 como uma resposta negativa temporária: a ação de arquivo não pôde ser feita agora, mas o mesmo comando pode funcionar mais tarde, ao contrário de 550, que informa uma condição permanente, como um arquivo inexistente ou falta de acesso.
    .seen = Você recebe 450 em resposta a RETR, STOR, STOU, APPE, DELE, RNFR, LIST, NLST ou STAT se o arquivo ou diretório estiver em uso ou bloqueado, por exemplo por outra transferência que grava o mesmo arquivo.
    .fix = Aguarde e envie o comando de novo, já que a condição deve ser temporária. Se o 450 se repetir para o mesmo arquivo, descubra no servidor o que o mantém ocupado.

code-451 = Erro local de processamento
    .text = Ação solicitada interrompida: erro local de processamento
    .description = Na RFC 959, o texto de 451 é “Ação solicitada interrompida: erro local de processamento”. A RFC 959 define 451 como uma resposta negativa temporária: um erro do lado do servidor interrompeu o comando, que pode funcionar se for repetido mais tarde. A RFC 2389 também usa 451 como resposta ao OPTS quando uma condição temporária no servidor impede que a opção seja aceita.
    .seen = Você recebe 451 durante ou logo depois de um RETR, STOR, STOU, APPE, LIST ou NLST, se o servidor encontrar um problema próprio, como um erro de leitura ou gravação no armazenamento ou outra falha interna.
    .fix = Repita o comando mais tarde: o erro está do lado do servidor, não na sua solicitação. Se ele se repetir, o administrador do servidor deve procurar o erro de origem no log do servidor.

code-452 = Espaço de armazenamento insuficiente
    .text = Ação solicitada não executada. Espaço de armazenamento insuficiente no sistema
    .description = Na RFC 959, o texto de 452 é “Ação solicitada não executada. Espaço de armazenamento insuficiente no sistema”. A RFC 959 define 452 como uma resposta negativa temporária a STOR, STOU e APPE: o servidor não tem espaço suficiente para gravar o arquivo agora, uma condição que pode se resolver mais tarde.
    .seen = Você recebe 452 em um upload com STOR, STOU ou APPE para um servidor cujo disco, volume ou área de armazenamento está cheio.
    .fix = Libere espaço no servidor, ou peça ao administrador que o faça, e repita o upload. Ao contrário de 552, que significa que o espaço alocado ao seu diretório ou conjunto de dados foi excedido, 452 diz respeito ao armazenamento do sistema inteiro.
