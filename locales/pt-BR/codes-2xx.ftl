## Códigos de resposta 2yz: resposta positiva de conclusão.

code-200 = Comando OK
    .text = Comando OK
    .description = Na RFC 959, o texto de 200 é “Comando OK”. A RFC 959 usa 200 para um comando bem-sucedido que não traz nenhuma informação nova ao cliente, como TYPE, MODE, STRU, PORT ou NOOP. RFCs posteriores fazem dele a resposta de sucesso a EPRT (RFC 2428), OPTS (RFC 2389), LANG (RFC 2640) e PBSZ, PROT e CCC (RFC 2228 e RFC 4217).
    .seen = Você recebe 200 depois de definir parâmetros de transferência com TYPE, MODE, STRU, PORT ou EPRT, depois do NOOP e depois dos comandos PBSZ 0 e PROT P que seguem o AUTH TLS. Um 200 em resposta a OPTS ou LANG significa que o servidor aceitou a opção ou o idioma, e o texto da resposta ao LANG pode informar qual variante ele escolheu.
    .fix = Não há nada a corrigir: envie o próximo comando. Se uma resposta 200 ao PBSZ trouxer PBSZ=número no texto, o servidor quer um buffer menor, e a RFC 2228 exige que os dois lados usem o menor dos dois tamanhos.

code-202 = Comando supérfluo
    .text = Comando não implementado, supérfluo neste site
    .description = Na RFC 959, o texto de 202 é “Comando não implementado, supérfluo neste site”. A RFC 959 define 202 como uma resposta positiva de conclusão para um comando que não tem sentido neste servidor, para que um cliente simples possa continuar como se ele tivesse funcionado. O exemplo dado é o ALLO em um sistema que não precisa de espaço alocado previamente.
    .seen = Você recebe 202 com mais frequência depois do ALLO, em servidores que não reservam espaço antes de uma transferência. A RFC 959 também lista 202 para PASS, ACCT, SMNT e SITE.
    .fix = Não há nada a corrigir: o comando era desnecessário, e a sessão continua. Ao contrário do 502, que recusa um comando não implementado, 202 é uma resposta de sucesso.

code-211 = Status do sistema
    .text = Status do sistema ou resposta de ajuda do sistema
    .description = A RFC 959 lista 211 como “Status do sistema ou resposta de ajuda do sistema”: palavras que descrevem a resposta em vez de fixar o texto, que o servidor preenche com informações de status ou de ajuda para o usuário. A RFC 2389 também faz dele a resposta ao FEAT, cuja forma de várias linhas lista uma extensão suportada por linha, cada uma recuada por um único espaço, e termina com 211 End.
    .seen = Você recebe 211 em resposta ao STAT sem argumento, que informa o status do servidor, os parâmetros de transferência e as conexões, e às vezes em resposta ao HELP, que a RFC 959 permite responder com 211 ou 214. Um cliente que envia FEAT recebe 211 com a lista das extensões que o servidor suporta, como MDTM, SIZE, MLST ou AUTH TLS.
    .fix = Não há nada a corrigir. Um 211 de uma só linha em resposta ao FEAT significa que o servidor não tem extensões a informar; um cliente que recebe 500 ou 502 ao FEAT deve testar uma a uma as extensões de que precisa, como recomenda a RFC 2389.

code-212 = Status do diretório
    .text = Status do diretório
    .description = A RFC 959 lista 212 como “Status do diretório”: uma resposta de informação ao STAT cujo texto não é fixo, mas traz o status de um diretório.
    .seen = Um servidor pode responder 212 a um STAT que tem um diretório como argumento, enviando pela conexão de controle o que o LIST enviaria por uma conexão de dados. Uma listagem de várias linhas vem como resposta de várias linhas.
    .fix = Não há nada a corrigir. Leia a resposta até a última linha, que começa com 212 seguido de um espaço.

code-213 = Status do arquivo
    .text = Status do arquivo
    .description = A RFC 959 lista 213 como “Status do arquivo”: uma resposta de informação ao STAT cujo texto não é fixo, mas traz o status de um arquivo. A RFC 3659 faz dele a resposta ao MDTM e ao SIZE, com um formato exato de uma só linha: 213, um espaço e depois a hora de modificação no formato YYYYMMDDHHMMSS em UTC, para o MDTM, ou o tamanho de transferência em octetos, para o SIZE.
    .seen = Você recebe 213 principalmente depois de MDTM e SIZE, que os clientes enviam antes de retomar uma transferência interrompida, para saber quanto do arquivo foi transferido e se ele mudou desde então. Um servidor também pode usá-lo para responder a um STAT com nome de arquivo.
    .fix = Não há nada a corrigir. A hora do MDTM está em UTC, e o valor do SIZE depende dos valores atuais de TYPE, MODE e STRU; por isso, defina com TYPE o tipo que será usado na transferência antes de enviar SIZE.

code-214 = Mensagem de ajuda
    .text = Mensagem de ajuda
    .description = A RFC 959 lista 214 como “Mensagem de ajuda”: uma resposta destinada ao usuário humano, cujo texto não é fixo, mas explica como usar o servidor ou o que significa um comando não padronizado.
    .seen = Você recebe 214 em resposta ao HELP, sozinho ou seguido de um nome de comando. A RFC 959 sugere que HELP SITE descreva os comandos SITE do servidor.
    .fix = Não há nada a corrigir. O texto é escrito para pessoas: mostre-o ao usuário em vez de deixar um programa interpretá-lo.

code-215 = Tipo de sistema
    .text = Tipo de sistema NAME
    .description = Na RFC 959, o texto de 215 é “Tipo de sistema NAME”. A RFC 959 define 215 como a resposta ao SYST. A primeira palavra do texto deve ser um dos nomes de sistema oficiais listados no documento Assigned Numbers, como UNIX.
    .seen = Você recebe 215 depois de enviar SYST, que os clientes usam para descobrir o sistema operacional do servidor e saber o que esperar de saídas que dependem do sistema, como a do LIST.
    .fix = Não há nada a corrigir. Considere só a primeira palavra como nome do sistema e, quando o servidor suportar MLSD e MLST (RFC 3659), prefira o formato rigorosamente definido desses comandos a interpretar a saída do LIST.

code-220 = Serviço pronto
    .text = Serviço pronto para novo usuário
    .description = Na RFC 959, o texto de 220 é “Serviço pronto para novo usuário”. A RFC 959 define 220 como a resposta que o servidor envia assim que a conexão de controle é estabelecida e ele pode aceitar comandos; é também a resposta positiva ao REIN e, segundo a RFC 7151, ao HOST.
    .seen = O 220 é a primeira linha que o seu cliente recebe depois de se conectar, normalmente com um banner que identifica o software do servidor. Ele também aparece depois que o REIN reinicializa a sessão, depois de uma resposta 120, quando o serviço atrasado fica pronto, e depois de um comando HOST aceito pelo servidor.
    .fix = Não há nada a corrigir. O próximo passo é fazer login: envie USER e depois PASS, se o servidor responder 331.

code-221 = Fechando a conexão de controle
    .text = Serviço fechando a conexão de controle
    .description = Na RFC 959, o texto de 221 é “Serviço fechando a conexão de controle”. A RFC 959 define 221 como a resposta ao QUIT: o servidor desconecta o usuário, se for o caso, e fecha a conexão de controle.
    .seen = Você recebe 221 no fim de uma sessão, depois de enviar QUIT. Se ainda houver uma transferência de arquivo em andamento, a RFC 959 manda o servidor manter a conexão aberta para a resposta com o resultado da transferência e fechá-la em seguida.
    .fix = Não há nada a corrigir: a sessão terminou normalmente. Para fazer login de novo como outro usuário sem reconectar, envie REIN em vez de QUIT.

code-225 = Conexão de dados aberta
    .text = Conexão de dados aberta; nenhuma transferência em andamento
    .description = Na RFC 959, o texto de 225 é “Conexão de dados aberta; nenhuma transferência em andamento”. A RFC 959 define 225 no grupo das conexões, e sua tabela de comandos e respostas o lista, junto com 226, como resposta de sucesso ao ABOR.
    .seen = 225 é raro. A RFC 959 o lista apenas para ABOR, em que ele corresponde a uma interrupção que encontra a conexão de dados aberta, mas nenhuma transferência em andamento.
    .fix = Não há nada a corrigir: não havia nada a interromper, e o cliente pode enviar o próximo comando.

code-226 = Fechando a conexão de dados
    .text = Fechando a conexão de dados
    .description = Na RFC 959, o texto de 226 é “Fechando a conexão de dados”. A RFC 959 define 226 como a resposta que informa uma ação de arquivo bem-sucedida, como uma transferência concluída ou uma interrupção, depois que o servidor fechou a conexão de dados. A RFC 3659 também a usa para encerrar a listagem enviada pelo MLSD.
    .seen = 226 é a última resposta normal a RETR, STOR, STOU, APPE, LIST e NLST, depois que todos os dados passaram pela conexão de dados. Depois do ABOR, o servidor envia 426 para uma transferência interrompida e depois 226 para confirmar a interrupção, ou apenas 226 se a transferência já tinha terminado.
    .fix = Não há nada a corrigir: a transferência está concluída, e o cliente pode enviar o próximo comando. No modo de fluxo, a conexão de dados é fechada no fim de cada arquivo; por isso, a próxima transferência precisa de uma nova conexão, estabelecida outra vez com PASV, EPSV, PORT ou EPRT.

code-227 = Entrando em modo passivo
    .text = Entrando em modo passivo (h1,h2,h3,h4,p1,p2)
    .description = Na RFC 959, o texto de 227 é “Entrando em modo passivo (h1,h2,h3,h4,p1,p2)”. A RFC 959 define 227 como a resposta ao PASV: o servidor aguarda a conexão de dados no endereço IPv4 h1.h2.h3.h4, na porta p1 vezes 256 mais p2. A RFC 1123 observa que esse formato não é bem padronizado; por isso, o cliente deve procurar na resposta o primeiro dígito dos números em vez de confiar nos parênteses.
    .seen = Você recebe 227 depois do PASV, enviado antes de cada transferência ou listagem em modo passivo. Nesse modo, é o próprio cliente que abre a conexão de dados, o que permite atravessar firewalls que bloqueiam conexões de entrada para o cliente.
    .fix = Não há nada a corrigir: conecte-se ao endereço e à porta informados e envie o comando de transferência. Se esse endereço não for alcançável a partir do cliente, como acontece quando o servidor está atrás de NAT, use EPSV: a resposta 229 traz apenas uma porta e reaproveita o endereço da conexão de controle.

code-228 = Entrando em modo passivo longo
    .text = Entrando em modo passivo longo (af, hal, h1, h2, h3,..., pal, p1, p2...)
    .description = Na RFC 1639, o texto de 228 é “Entrando em modo passivo longo (af, hal, h1, h2, h3,..., pal, p1, p2...)”. A RFC 1639, uma RFC experimental, define 228 como a resposta ao LPSV: o servidor aguarda em um endereço longo que informa a família de endereços, o comprimento e os bytes do endereço do host e, depois, o comprimento e os bytes da porta.
    .seen = Você só recebe 228 depois que o cliente envia LPSV. A RFC 2428 aponta que o mecanismo da RFC 1639 pode falhar onde vários protocolos de rede estão em uso e define o EPSV para o modo passivo sobre IPv6 e outros protocolos de rede.
    .fix = Não há nada a corrigir: conecte-se ao endereço e à porta informados na resposta. Para IPv6 ou NAT, prefira o EPSV da RFC 2428, que está na trilha de padronização, enquanto a RFC 1639 é experimental.

code-229 = Entrando em modo passivo estendido
    .text = Entrando em modo passivo estendido (|||6446|)
    .description = Na RFC 2428, o texto de exemplo de 229 é “Entrando em modo passivo estendido (|||6446|)”. A RFC 2428 define 229 como a resposta ao EPSV: o texto deve terminar com a porta entre parênteses, no formato (<d><d><d>porta<d>), em que <d> é o caractere delimitador que a seção 2 define para o EPRT, qualquer caractere ASCII imprimível de 33 a 126, sendo | o recomendado. Os dois primeiros campos ficam vazios porque a conexão de dados usa o mesmo protocolo de rede e o mesmo endereço da conexão de controle.
    .seen = Você recebe 229 depois do EPSV, que a RFC 2428 exige para toda transferência cujas conexões de controle e de dados ligam as mesmas duas máquinas, tanto em IPv4 quanto em IPv6.
    .fix = Não há nada a corrigir: conecte-se à porta informada, no endereço da conexão de controle. Se o protocolo de rede escolhido pelo servidor não servir, envie ABOR e depois EPSV seguido do número do protocolo, 1 para IPv4 ou 2 para IPv6; um servidor que não o suporte responde 522.

code-230 = Usuário conectado
    .text = Usuário conectado, prossiga
    .description = Na RFC 959, o texto de 230 é “Usuário conectado, prossiga”. A RFC 959 define 230 como a resposta que conclui o login: o servidor aceitou o nome de usuário e, se precisava deles, a senha e a conta.
    .seen = Você normalmente recebe 230 depois do PASS. A RFC 959 também o permite logo depois do USER, quando não é necessária senha, e depois do ACCT, quando o servidor pediu uma conta.
    .fix = Não há nada a corrigir: o usuário está conectado e pode definir os parâmetros de transferência ou começar a transferir arquivos.

code-232 = Autorizado pela troca de segurança
    .text = Usuário conectado, autorizado pela troca de dados de segurança
    .description = Na RFC 2228, o texto de 232 é “Usuário conectado, autorizado pela troca de dados de segurança”. A RFC 2228 define 232 como uma resposta ao USER: o servidor permite o login com a identidade estabelecida pela troca de dados de segurança, sem pedir senha. Algumas listas de códigos FTP dão ao 232 um texto de logout sem relação com isso, que nenhuma RFC define.
    .seen = Você recebe 232 em resposta ao USER depois do AUTH e de uma troca de dados de segurança concluída. Com TLS, a RFC 4217 mostra um servidor que envia 232 em vez de 331 quando o certificado do cliente e o nome de usuário bastam para autenticá-lo.
    .fix = Não há nada a corrigir: o login está concluído, e não é preciso enviar PASS. Se você esperava que uma senha fosse pedida, verifique qual certificado de cliente ou identidade de segurança o servidor aceitou.

code-234 = Troca de segurança concluída
    .text = Troca de dados de segurança concluída
    .description = Na RFC 2228, o texto de 234 é “Troca de dados de segurança concluída”. A RFC 2228 define 234 como a resposta ao AUTH quando o servidor aceita o mecanismo de segurança indicado e não precisa de dados de segurança do cliente. A RFC 4217 faz dele a resposta a um AUTH TLS que o servidor vai atender, depois da qual o handshake TLS começa na conexão de controle.
    .seen = Você recebe 234 logo depois de enviar AUTH TLS a um servidor que suporta FTP sobre TLS. A RFC 4217 observa que 334 seria incorreto nesse caso, porque o TLS não usa a troca ADAT.
    .fix = Não há nada a corrigir: o cliente inicia o handshake TLS imediatamente. A RFC 4217 reinicia o login e os parâmetros de transferência depois do AUTH; por isso, envie USER e PASS depois do handshake e, em seguida, PBSZ 0 e PROT para proteger as conexões de dados.

code-235 = Troca ADAT concluída
    .description = A RFC 2228 define 235 como a resposta ao ADAT quando a troca de dados de segurança foi concluída com sucesso. Ela não tem texto fixo: a RFC 2228 a escreve como [ADAT=base64data], em que os colchetes não são enviados e indicam apenas que o servidor pode acrescentar dados de segurança em base64 para o cliente.
    .seen = Com um mecanismo como GSSAPI ou Kerberos versão 4, você recebe 235 no fim da troca AUTH e ADAT, muitas vezes depois de uma ou mais respostas 335. Esse código nunca aparece com TLS, que não usa ADAT.
    .fix = Não há nada a corrigir: a troca de dados de segurança terminou. Processe com o mecanismo os dados ADAT que vierem na resposta e continue com USER e com PBSZ e PROT para proteger as transferências de dados.

code-250 = Ação de arquivo OK
    .text = Ação de arquivo solicitada OK, concluída
    .description = Na RFC 959, o texto de 250 é “Ação de arquivo solicitada OK, concluída”. A RFC 959 define 250 como a resposta de sucesso a comandos do sistema de arquivos como CWD, DELE, RMD e RNTO, e como possível resposta de conclusão de uma transferência quando o servidor deixa a conexão de dados aberta. A RFC 3659 também a usa para o MLST, cujos fatos vêm em uma resposta 250 de várias linhas na conexão de controle.
    .seen = Você recebe 250 depois de mudar de diretório com CWD, excluir um arquivo com DELE, remover um diretório com RMD ou concluir uma renomeação com RNTO. Depois de uma transferência, ele substitui o 226 quando a conexão de dados continua aberta, o que os modos de bloco e comprimido permitem.
    .fix = Não há nada a corrigir: a ação foi concluída. Depois do STOU, leia o nome único do arquivo na resposta 125 ou 150 anterior: a RFC 1123 o transferiu para essa resposta; na RFC 959, ele vinha na resposta 250.

code-257 = Caminho criado
    .text = ‘CAMINHO’ criado
    .description = Na RFC 959, o texto de 257 é “‘CAMINHO’ criado”. A RFC 959 define 257 como a resposta a MKD e PWD, no formato 257 "nome-do-diretório" comentário, em que cada aspa dupla dentro do nome é escrita duas vezes. Depois do MKD, o nome deve ser o caminho absoluto do novo diretório.
    .seen = Você recebe 257 depois do PWD, que informa o diretório de trabalho atual, e depois que o MKD cria um diretório.
    .fix = Não há nada a corrigir. Extraia o nome entre a aspa dupla de abertura e a aspa de fechamento correspondente, transforme cada aspa duplicada de volta em uma só e use esse nome sempre que se referir ao diretório depois.
