## Códigos de resposta 5yz: resposta negativa permanente.

code-500 = Comando não reconhecido
    .text = Erro de sintaxe, comando não reconhecido
    .description = Na RFC 959, o texto de 500 é “Erro de sintaxe, comando não reconhecido”. A RFC 959 usa 500 quando o servidor não consegue entender o próprio comando e observa que isso pode incluir erros como uma linha de comando longa demais. RFCs posteriores se apoiam na mesma resposta: um servidor que não conhece o AUTH deve responder 500 (RFC 2228), e 500 ou 502 indica ao cliente que o FEAT não é suportado (RFC 2389).
    .seen = Você recebe 500 depois de um comando digitado errado, de um nome de comando que o servidor não conhece ou de uma linha longa demais. É também a resposta habitual de um servidor antigo a comandos de extensão que ele não implementa, como AUTH, FEAT, EPSV, MLSD ou SIZE.
    .fix = Verifique a grafia do comando e o comprimento da linha que o cliente envia. Se o comando for uma extensão, o servidor não a suporta: envie FEAT para ver quais extensões ele anuncia (RFC 2389) ou volte ao comando da RFC 959, por exemplo PASV em vez de EPSV ou LIST em vez de MLSD.

code-501 = Erro de sintaxe nos parâmetros
    .text = Erro de sintaxe nos parâmetros ou argumentos
    .description = Na RFC 959, o texto de 501 é “Erro de sintaxe nos parâmetros ou argumentos”. A RFC 959 usa 501 para um comando que o servidor reconhece, mas cujos argumentos não pode aceitar na forma em que foram escritos, e o lista para quase todos os comandos. As RFCs de extensão o usam da mesma maneira, por exemplo para um FEAT enviado com parâmetro (RFC 2389), um EPRT ou EPSV malformado (RFC 2428) ou dados ADAT que não são base64 válido (RFC 2228).
    .seen = Você costuma receber 501 depois de um comando PORT ou EPRT com endereço malformado, de um valor de PBSZ que o servidor não consegue interpretar ou de um comando enviado com um argumento que ele não aceita, como FEAT com parâmetro. A RFC 3659 também determina 501 quando o MLSD indica um arquivo e não um diretório, e a RFC 7151, quando o HOST traz um número de porta.
    .fix = Compare o comando que o cliente enviou com a sintaxe definida pela RFC correspondente, argumento por argumento: o servidor entendeu o nome do comando, portanto o problema está no que vem depois dele. Para obter os fatos de um único arquivo, use MLST em vez de MLSD, já que o MLSD só lista diretórios.

code-502 = Comando não implementado
    .text = Comando não implementado
    .description = Na RFC 959, o texto de 502 é “Comando não implementado”. A RFC 959 reserva 502 para um comando que pede uma ação não específica do site e que o servidor não implementa; um comando sem relevância nesse sistema recebe 202, e um comando implementado, mas chamado com um parâmetro que ele não implementa, recebe 504. A RFC 2228 usa 502 quando um servidor reconhece o AUTH, mas não implementa as extensões de segurança, e a RFC 2389 admite 500 ou 502 de um servidor sem FEAT.
    .seen = Você recebe 502 quando o servidor deixou de fora um comando que a RFC 1123 não exige, como SMNT, REIN, REST ou ABOR, ou uma extensão como FEAT, LANG ou AUTH. Um cliente que testa a presença de uma extensão deve entender 502, assim como 500, como um simples não.
    .fix = O problema não está no comando em si: o servidor não o oferece, e repeti-lo não vai adiantar. Chegue ao mesmo resultado de outra forma, por exemplo com uma transferência completa em vez de um reinício com REST, ou pergunte ao administrador se o recurso pode ser habilitado. A RFC 1123 exige que todo servidor suporte comandos como PASV, LIST, DELE, MKD e STAT, a menos que seu sistema não permita; por isso, um 502 a um deles indica um servidor que se afasta da RFC 1123 ou um limite do seu sistema.

code-503 = Sequência incorreta
    .text = Sequência de comandos incorreta
    .description = Na RFC 959, o texto de 503 é “Sequência de comandos incorreta”. O servidor entendeu o comando, mas ele não é válido neste ponto da sessão. A RFC 959 lista 503 para PASS, ACCT e RNTO. A seção 3 da RFC 2228 o acrescenta para um ADAT enviado antes de o AUTH ser aceito ou depois de uma troca de dados de segurança concluída que nenhum novo AUTH reinicializou; para PBSZ, MIC, CONF e ENC enviados antes da conclusão de uma troca de dados de segurança; para um PROT enviado antes do PBSZ; e para MIC, CONF e ENC em um servidor cuja política exige CCC primeiro. A RFC 3659 o lista entre as respostas possíveis a MLST e MLSD.
    .seen = O servidor responde 503 quando o PASS chega sem um USER antes, quando o ACCT é enviado antes do início do login ou quando o RNTO não vem logo depois do RNFR. Com extensões de segurança como TLS, ele também responde 503 quando PBSZ ou PROT chega antes de o AUTH ser bem-sucedido, ou PROT antes de PBSZ. Um servidor compatível com a RFC 7151 também responde 503 a um comando HOST enviado depois do login.
    .fix = Envie os comandos na ordem que o protocolo exige: USER antes de PASS, RNFR logo antes de RNTO, AUTH antes de PBSZ e PBSZ antes de PROT. Verifique se o cliente mantém essa ordem depois de uma reconexão e consulte o log do servidor para ver qual comando chegou primeiro.

code-504 = Parâmetro não implementado
    .text = Comando não implementado para esse parâmetro
    .description = Na RFC 959, o texto de 504 é “Comando não implementado para esse parâmetro”. A RFC 959 descreve 504 como um refinamento de 502: o servidor implementa o comando, mas não o parâmetro solicitado; ela o lista para MODE, TYPE, STRU e ALLO. RFCs posteriores o reaproveitam para um mecanismo de AUTH ou um nível de PROT desconhecido (RFC 2228), uma etiqueta de idioma que o LANG não implementa (RFC 2640) e um host virtual que o comando HOST não conhece ou não quer atender (RFC 7151).
    .seen = Você recebe 504 depois de pedir um modo, tipo ou estrutura de transferência que o servidor não tem, como MODE B ou STRU P, ou depois de um AUTH que indica um mecanismo desconhecido pelo servidor. A RFC 2577 sugere 504 para um comando PORT que indica uma porta TCP abaixo de 1024, para bloquear ataques de bounce, e a RFC 2228 permite que o servidor responda 504 em vez de 534 quando não quer revelar que suporta o mecanismo que recusa.
    .fix = Volte aos valores que a RFC 959 e a RFC 1123 exigem que todo servidor aceite: MODE S, STRU F e TYPE A ou TYPE I. Para o AUTH, use um mecanismo que o servidor suporte, como TLS (RFC 4217); para um PORT recusado, faça o cliente escutar em uma porta acima de 1023 ou use o modo passivo.

code-521 = Não é possível abrir a conexão de dados

code-521-rfc1639 = Família de endereços não suportada
    .text = As famílias de endereços suportadas são (af1, af2, ..., afn)
    .description = A RFC 1639, uma extensão experimental para endereços de rede longos, acrescenta 521 para um servidor que suporta LPRT ou LPSV, mas não a família de endereços solicitada. O texto sugerido é “As famílias de endereços suportadas são (af1, af2, ..., afn)”, em que a lista traz os números das famílias que o servidor aceita. Erros de sintaxe nesses comandos recebem 500 ou 501, como no caso de PORT e PASV.
    .seen = Você só encontra este significado com clientes e servidores que usam os comandos LPRT e LPSV da RFC 1639, depois que o cliente pede uma conexão de dados em uma família de endereços que o servidor não consegue tratar.
    .fix = Leia a lista de famílias na resposta e envie LPRT de novo com uma delas. A RFC 1639 numera as famílias pela versão do IP (4 para IP), portanto esses valores diferem dos do EPRT; para IPv4 e IPv6, os comandos EPRT e EPSV da RFC 2428 são a escolha padrão.

code-521-rfc4217 = Configuração de PROT incorreta
    .text = a conexão de dados não pode ser aberta com esta configuração de PROT
    .description = A RFC 4217, que protege o FTP com TLS, reaproveita 521 para uma transferência recusada por causa do nível de proteção de dados definido com PROT. O texto é “a conexão de dados não pode ser aberta com esta configuração de PROT”, e o servidor o envia em resposta a STOR, RETR, NLST, LIST, STOU ou APPE antes de qualquer resposta 1yz, de modo que nenhuma conexão de dados é aberta.
    .seen = Você recebe este 521 em um servidor FTPS que verifica o nível de proteção de cada transferência, quando o nível em vigor não é o que ele exige, normalmente Clear quando ele insiste em Private. A RFC 4217 define Clear como nível inicial; por isso, um cliente que nunca envia PROT P recebe essa resposta de um servidor assim na primeira listagem ou transferência.
    .fix = Depois do AUTH TLS, envie PBSZ 0 e depois PROT P e repita o comando: a RFC 4217 exige PBSZ antes de PROT e usa apenas os níveis C e P. Se o cliente já usa PROT P, pergunte ao administrador qual nível cada transferência exige, já que o servidor pode decidir por transferência.

code-522 = Falha de porta estendida

code-522-rfc2428 = Protocolo de rede não suportado
    .text = Protocolo de rede não suportado, use (1,2)
    .description = A RFC 2428 define 522 como “Falha de porta estendida – protocolo de rede desconhecido”: o servidor não suporta o protocolo de rede indicado no EPRT, ou no EPSV com argumento. O texto deve terminar com os números das famílias de endereços suportadas entre parênteses, como em “Protocolo de rede não suportado, use (1,2)”, em que 1 representa IPv4 e 2, IPv6.
    .seen = Você recebe este 522 quando um cliente envia EPRT com uma família de endereços que o servidor não suporta, como um endereço IPv6 a um servidor que só trata IPv4, ou pede esse protocolo com EPSV 2 ou EPSV 1.
    .fix = Leia os números de família entre parênteses e tente de novo com um deles, por exemplo EPRT com um endereço IPv4. O EPSV simples, sem argumento, evita a questão, já que o servidor usa então o protocolo da conexão de controle.

code-522-rfc4217 = Falha na negociação TLS
    .description = A RFC 4217 reaproveita 522 para uma falha de TLS na conexão de dados: depois da resposta 150, o servidor fecha a porta de dados e envia 522 quando a negociação TLS falhou ou não foi aceitável. A seção 11.4 também permite que o servidor responda 522 a um comando de transferência quando o nível de proteção de dados atual não é suficiente para essa transferência. A RFC 4217 não dá texto fixo para esta resposta.
    .seen = Você recebe este 522 em transferências e listagens FTPS quando o handshake TLS na conexão de dados falha, por exemplo porque o servidor considera inaceitável o conjunto de cifras negociado. A RFC 4217 também permite que o servidor exija que a conexão de dados reutilize uma sessão TLS em cache, de uma conexão de dados anterior ou de uma conexão de controle cuja proteção foi depois desativada com CCC, e recuse um cliente que inicie uma nova.
    .fix = Verifique as configurações de TLS que o cliente aplica às conexões de dados: habilite a reutilização de sessão TLS para elas e ofereça conjuntos de cifras que o servidor aceite; leia também o texto do 522, que deve dizer por que o servidor recusou. Se o 522 veio logo depois do comando, defina a proteção que o servidor exige com PBSZ 0 e PROT P e tente de novo.

code-530 = Usuário não conectado
    .text = Usuário não conectado
    .description = Na RFC 959, o texto de 530 é “Usuário não conectado”. A RFC 959 usa 530 para recusar um login, em resposta a USER, PASS ou ACCT, e para recusar quase qualquer outro comando enviado antes de o usuário fazer login. A RFC 2228 o acrescenta para PBSZ e PROT, e a RFC 3659, para MLST e MLSD.
    .seen = Você recebe 530 na maioria das vezes depois do PASS, porque o nome de usuário ou a senha estão errados ou a conta não tem permissão de login. Ele também vem depois de um comando como CWD, LIST ou RETR enviado antes de um login bem-sucedido. A RFC 2577 sugere que os servidores respondam 331 a todo USER e recusem o nome e a senha juntos; por isso, um 530 depois do PASS não diz qual dos dois estava errado.
    .fix = Verifique o nome de usuário, a senha e a conta que o servidor exigir e faça login com USER e PASS antes de outros comandos. A RFC 4217 permite que o servidor recuse comandos até a sessão estar protegida; assim, se o servidor exigir FTPS, envie AUTH TLS antes do USER. Evite tentativas repetidas: a RFC 2577 sugere que os servidores fechem a conexão com 421 depois de 3 a 5 senhas erradas.

code-532 = Conta necessária para gravar
    .text = Conta necessária para gravar arquivos
    .description = Na RFC 959, o texto de 532 é “Conta necessária para gravar arquivos”. A RFC 959 lista 532 para STOR, STOU, APPE e RNTO em servidores que pedem informações de conta com ACCT para algumas operações, e não no login. Ela explica a escolha entre 332 e 532: o servidor responde 332 quando mantém o comando pendente até a chegada do ACCT, e 532 quando o descarta.
    .seen = Você recebe 532 depois de fazer login sem conta, ao enviar, acrescentar ou renomear um arquivo em um servidor que precisa de informações de conta antes de gravar arquivos.
    .fix = Envie ACCT com as informações da sua conta e repita o comando, porque depois do 532 o servidor o descartou. Peça ao administrador a identificação da conta, se você não a tiver.

code-533 = Nível de proteção negado
    .text = Nível de proteção do comando negado por motivos de política
    .description = Na RFC 2228, o texto de 533 é “Nível de proteção do comando negado por motivos de política”. A RFC 2228 define 533 para um comando cuja proteção a política do servidor não aceita: um comando MIC, CONF ou ENC que ele recusa, como CONF antes de CCC, um CCC que não estava ele próprio protegido em integridade ou qualquer comando sem proteção quando o servidor exige que todos os comandos sejam protegidos. A RFC 4217 o usa quando o CCC chega em uma conexão de controle que o TLS não protege.
    .seen = Com TLS, você recebe 533 quando o cliente envia CCC antes de o AUTH TLS proteger a conexão de controle. Com outros mecanismos da RFC 2228, ele aparece quando um comando é enviado sem proteção, ou com uma proteção que a política do servidor rejeita.
    .fix = Proteja primeiro a conexão de controle: envie AUTH TLS e conclua o handshake antes do CCC. Com outros mecanismos, envie o comando com a proteção que o servidor exige, por exemplo ENC em vez de MIC quando a política exigir confidencialidade.

code-534 = Negado por motivos de política
    .text = Solicitação negada por motivos de política
    .description = Na RFC 2228, o texto de 534 é “Solicitação negada por motivos de política”. A RFC 2228 define 534 para uma solicitação que o servidor poderia atender, mas não está disposto a aceitar: um mecanismo de segurança indicado no AUTH, um nível de proteção no PROT ou um CCC que desligaria a proteção de integridade. Ele também abrange STOR, STOU, RETR, LIST, NLST e APPE quando o nível de proteção atual fica abaixo do que o servidor exige para aquela transferência.
    .seen = Com FTPS, você recebe 534 depois do AUTH TLS quando o servidor não está disposto a aceitar TLS do seu cliente, depois de um nível de PROT que o servidor recusa ou depois do CCC em um servidor que mantém a conexão de controle criptografada (RFC 4217). Pela RFC 2228, um comando de transferência recebe 534 quando seus dados trafegariam com menos proteção do que o servidor exige.
    .fix = A recusa é deliberada, portanto repetir a mesma solicitação não vai adiantar: escolha o que a política do servidor permite, como outro nível com PROT, ou mantenha a conexão de controle protegida em vez de enviar CCC. Para uma transferência recusada, aumente o nível de proteção, por exemplo com PROT P, tente de novo e pergunte ao administrador quais níveis a política exige.

code-535 = Falha na verificação de segurança
    .text = Falha na verificação de segurança (hash, sequência etc.)
    .description = Na RFC 2228, o texto de 535 é “Falha na verificação de segurança (hash, sequência etc.)”. A RFC 2228 define 535 para dados protegidos que não passam na verificação: dados de segurança no ADAT que o servidor rejeita, por exemplo porque um checksum falha, ou um comando MIC, CONF ou ENC cuja verificação falha. O servidor também o envia em resposta a STOR, STOU, RETR, LIST, NLST ou APPE quando a proteção dos dados falha durante a transferência, inclusive no caso de um bloco maior que o tamanho de buffer negociado com PBSZ.
    .seen = Você recebe 535 com mecanismos da RFC 2228 como GSSAPI ou Kerberos, durante a troca ADAT ou quando um comando ou bloco de dados protegido está corrompido, reproduzido (replay) ou fora de sequência. A RFC 4217 não o usa para TLS.
    .fix = Se um ADAT falhar, a troca de dados de segurança fracassou, e a RFC 2228 exige que o cliente reinicialize seu estado de segurança; portanto, comece de novo com AUTH. Para uma transferência que falhou, verifique o tamanho de buffer que o cliente definiu com PBSZ e tente de novo; falhas repetidas indicam uma incompatibilidade entre as duas implementações de segurança ou dados alterados no caminho.

code-536 = Nível de PROT não suportado
    .text = Nível de PROT solicitado não suportado pelo mecanismo
    .description = Na RFC 2228, o texto de 536 é “Nível de PROT solicitado não suportado pelo mecanismo”. A RFC 2228 define 536 como a resposta ao PROT quando o servidor conhece o nível solicitado, mas o mecanismo de segurança em uso não consegue fornecê-lo; um nível que o servidor não conhece recebe 504. Os níveis são C (Clear), S (Safe), E (Confidential) e P (Private).
    .seen = Você recebe 536 depois de um nível de PROT que o mecanismo negociado não oferece, por exemplo PROT S ou PROT E em uma sessão TLS: a RFC 4217 usa apenas C e P, porque o TLS fornece integridade e confidencialidade juntas.
    .fix = Escolha um nível que o mecanismo suporte: com TLS, PROT P para conexões de dados protegidas ou PROT C para conexões sem proteção.

code-537 = Proteção de comando não suportada
    .text = Nível de proteção de comando não suportado pelo mecanismo de segurança
    .description = Na RFC 2228, o texto de 537 é “Nível de proteção de comando não suportado pelo mecanismo de segurança”. A RFC 2228 define 537 como a resposta a MIC, CONF ou ENC quando o mecanismo de segurança em uso não consegue fornecer esse tipo de proteção para comandos. Ele difere de 533, em que o mecanismo poderia fornecer a proteção, mas a política do servidor a recusa.
    .seen = Você recebe 537 com mecanismos da RFC 2228 quando um cliente envia, por exemplo, CONF ou ENC e o mecanismo negociado oferece apenas proteção de integridade. As sessões TLS da RFC 4217 não usam MIC, CONF nem ENC; por isso, você normalmente não o vê com clientes FTPS.
    .fix = Use um comando de proteção que o mecanismo negociado suporte, como MIC, ou inicie uma nova troca de dados de segurança com AUTH para um mecanismo que forneça a proteção de que você precisa.

code-550 = Arquivo indisponível
    .text = Ação solicitada não executada. Arquivo indisponível (por exemplo, arquivo não encontrado, sem acesso)
    .description = Na RFC 959, o texto de 550 é “Ação solicitada não executada. Arquivo indisponível (por exemplo, arquivo não encontrado, sem acesso)”. A RFC 959 usa 550 quando uma ação sobre arquivo ou diretório, como RETR, DELE, CWD, MKD ou RNFR, falha definitivamente, e a RFC 3659 o usa quando MDTM, SIZE, MLST ou MLSD não conseguem dar informações sobre o nome indicado. Sua contrapartida temporária é 450.
    .seen = Você recebe 550 quando o caminho está errado ou o arquivo não existe, ou quando a conta não tem permissão para ler, excluir ou criar o objeto ou para entrar no diretório. A RFC 3659 também permite 550 em resposta ao SIZE quando o tamanho não está disponível, por exemplo porque calculá-lo custa caro demais ao servidor, e diz que esse 550 não deve ser tomado como sinal de que o arquivo não pode ser transferido.
    .fix = Verifique o caminho exato, incluindo maiúsculas e minúsculas, com PWD e uma listagem do diretório, e verifique as permissões da conta no servidor. Se SIZE ou MDTM falhar com 550, mas o arquivo aparecer na listagem, faça a transferência sem essa informação.

code-551 = Tipo de página desconhecido
    .text = Ação solicitada interrompida: tipo de página desconhecido
    .description = Na RFC 959, o texto de 551 é “Ação solicitada interrompida: tipo de página desconhecido”. A RFC 959 define 551 para STOR, STOU e APPE quando um arquivo enviado com estrutura de páginas (STRU P) traz um tipo de página que o servidor não conhece; os tipos definidos são última página, página simples, página descritora e página com controle de acesso. A seção 4.2.1 da RFC 959 imprime o mesmo texto com um ponto final no lugar dos dois-pontos.
    .seen = É pouco provável que você receba 551, já que ele só surge em uploads que usam estrutura de páginas, cuja implementação a RFC 1123 não recomenda. Ele vem como resposta final do upload, depois da resposta preliminar 125 ou 150.
    .fix = Envie o arquivo com estrutura de arquivo (STRU F), o padrão, a menos que os dois lados realmente precisem da estrutura de páginas. Nesse caso, use apenas os tipos de página que a RFC 959 define.

code-552 = Espaço de armazenamento alocado excedido
    .text = Ação de arquivo solicitada interrompida. Espaço de armazenamento alocado excedido (para o diretório ou conjunto de dados atual)
    .description = Na RFC 959, o texto de 552 é “Ação de arquivo solicitada interrompida. Espaço de armazenamento alocado excedido (para o diretório ou conjunto de dados atual)”. A RFC 959 lista 552 para STOR, STOU e APPE, como resposta final depois que a transferência começou. Ao contrário de 452, uma falta temporária de espaço no sistema, 552 informa que o espaço alocado para aquele diretório ou conjunto de dados se esgotou.
    .seen = Você recebe 552 durante ou no fim de um upload, quando o arquivo ultrapassaria o espaço reservado à sua conta ou ao diretório de destino.
    .fix = Libere espaço na sua alocação excluindo arquivos de que não precisa mais, ou peça ao administrador que a aumente, e faça o upload de novo. Nos servidores que precisam dele, o comando ALLO permite que o cliente reserve espaço para um arquivo antes de enviá-lo.

code-553 = Nome de arquivo não permitido
    .text = Ação solicitada não executada. Nome de arquivo não permitido
    .description = Na RFC 959, o texto de 553 é “Ação solicitada não executada. Nome de arquivo não permitido”. A RFC 959 lista 553 para STOR, STOU, APPE e RNTO, quando o servidor recusa o nome indicado para o arquivo a ser criado ou renomeado. A RFC 3659 também o lista entre as respostas possíveis a MLST e MLSD.
    .seen = Você recebe 553 quando um upload ou uma renomeação usa um nome que o servidor rejeita, por exemplo com caracteres ou comprimento que o sistema de arquivos não aceita, ou em um local onde a conta não pode criar arquivos.
    .fix = Escolha um nome mais curto, feito de letras simples, dígitos, pontos, hifens e sublinhados, e verifique se o diretório de destino existe e permite gravação para a sua conta. Quando o nome não importa, o STOU deixa o servidor escolher um nome único para o upload.

code-554 = Parâmetro de REST inválido
    .text = Ação solicitada não executada: parâmetro de REST inválido
    .description = Na RFC 1123, o texto de 554 é “Ação solicitada não executada: parâmetro de REST inválido”. A RFC 1123 define 554 para um comando de transferência que segue o REST, quando o arquivo existente no servidor não pode ser reposicionado como o REST pediu. A RFC 3659 confirma que problemas como um marcador de reinício fora do intervalo são informados nesse comando seguinte, e não no próprio REST.
    .seen = Você recebe 554 quando um cliente retoma uma transferência: o REST recebe 350, e depois RETR, STOR ou APPE falha com 554 porque o deslocamento fica além do fim do arquivo ou não corresponde de outra forma ao arquivo no servidor.
    .fix = Compare o deslocamento de reinício com o tamanho real do arquivo dos dois lados, por exemplo com SIZE, e retome a partir de um deslocamento válido ou envie REST 0 para transferir o arquivo inteiro de novo. A RFC 3659 pede que um cliente cujo comando de transferência falhou depois do REST envie REST de novo antes da próxima transferência.

code-555 = Tipo ou estrutura incompatível
    .text = Ação solicitada não executada: incompatibilidade de TYPE ou STRU
    .description = Na RFC 1123, o texto de 555 é “Ação solicitada não executada: incompatibilidade de TYPE ou STRU”. A RFC 1123 define 555 para APPE, ou para qualquer comando de transferência que segue o REST, quando os parâmetros de transferência atuais definidos com TYPE e STRU não correspondem aos atributos do arquivo existente.
    .seen = Você recebe 555 ao acrescentar dados a um arquivo ou retomar sua transferência em um sistema em que os arquivos mantêm um tipo ou uma estrutura, como arquivos estruturados em registros, enquanto a sessão usa valores diferentes de TYPE ou STRU.
    .fix = Defina TYPE e STRU com os valores usados quando o arquivo foi gravado pela primeira vez e repita o REST e o comando de transferência. Se você não os conhece, transfira o arquivo inteiro de novo sem REST.
