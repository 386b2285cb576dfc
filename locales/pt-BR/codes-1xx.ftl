## Códigos de resposta 1yz: resposta positiva preliminar.

code-110 = Marcador de reinício
    .text = Resposta de marcador de reinício
    .description = Na RFC 959, o texto de 110 é “Resposta de marcador de reinício”. A RFC 959 define 110 como uma resposta preliminar que informa um marcador de reinício durante uma transferência, e a RFC 1123 corrige seu formato, que deve ser exatamente MARK ssss = rrrr. Aqui, ssss é o marcador que o remetente colocou no fluxo de dados, e rrrr, a posição correspondente no sistema de arquivos do destinatário.
    .seen = Marcadores de reinício só existem nos modos de bloco e comprimido, portanto uma transferência no modo de fluxo padrão nunca gera 110. Um servidor que recebe dados com marcadores de reinício envia 110 pela conexão de controle sempre que grava os dados até um marcador; a RFC 959 prevê isso para STOR, STOU, RETR e APPE, e essa resposta pode chegar enquanto os dados ainda estão sendo transmitidos.
    .fix = Não há nada a corrigir. Um cliente compatível com reinício deve guardar cada par de marcadores e, depois de uma falha, enviar REST com o marcador do servidor, seguido imediatamente do comando de transferência interrompido.

code-120 = Serviço pronto em breve
    .text = Serviço pronto em nnn minutos
    .description = Na RFC 959, o texto de 120 é “Serviço pronto em nnn minutos”. A RFC 959 define 120 como uma resposta preliminar: o servidor aceitou a conexão, mas ainda não pode receber comandos, e nnn indica o tempo de espera previsto. Uma resposta 220 vem em seguida, assim que o serviço fica pronto.
    .seen = Você recebe 120 como primeira resposta depois de se conectar, de um servidor que não consegue aceitar comandos imediatamente. A RFC 959 também o prevê depois do REIN, antes do 220 que confirma a reinicialização.
    .fix = Não há nada a corrigir: mantenha a conexão aberta e aguarde a resposta 220 antes de enviar qualquer comando. A RFC 959 faz o servidor enviar 120 justamente para que o cliente saiba que não deve fechar a conexão durante a espera.

code-125 = Conexão de dados já aberta
    .text = Conexão de dados já aberta; iniciando a transferência
    .description = Na RFC 959, o texto de 125 é “Conexão de dados já aberta; iniciando a transferência”. A RFC 959 define 125 como uma resposta preliminar a um comando de transferência quando já existe uma conexão de dados aberta, de modo que a transferência começa nela imediatamente. Para STOU, a RFC 1123 exige o texto exato 125 FILE: pppp, em que pppp é o caminho único do arquivo que está sendo gravado.
    .seen = Esta resposta precede os dados de STOR, STOU, RETR, LIST, NLST ou APPE quando a conexão de dados já está estabelecida, por exemplo uma conexão deixada aberta depois de uma transferência anterior no modo de bloco ou comprimido. Uma segunda resposta, normalmente 226 ou 250, vem quando a transferência termina.
    .fix = Não há nada a corrigir. Aguarde a resposta de conclusão antes de enviar outro comando e, depois do STOU, leia o nome do arquivo gravado no texto da resposta 125.

code-150 = Status do arquivo OK
    .text = Status do arquivo OK; abrindo a conexão de dados
    .description = Na RFC 959, o texto de 150 é “Status do arquivo OK; abrindo a conexão de dados”. A RFC 959 define 150 como uma resposta preliminar: o servidor aceita o comando de transferência e está prestes a abrir a conexão de dados. Para STOU, a RFC 1123 exige o texto exato 150 FILE: pppp, em que pppp é o caminho único do arquivo que está sendo gravado.
    .seen = 150 é a primeira resposta habitual a RETR, STOR, STOU, APPE, LIST e NLST, e a RFC 3659 a usa para abrir a listagem enviada pelo MLSD. Uma resposta de conclusão como 226 vem quando a transferência termina, ou 425 ou 426 se a conexão de dados falhar. Com TLS, a RFC 4217 diz que 150 significa apenas que o comando é aceitável no nível de PROT atual, e um 522 ainda pode vir se a negociação TLS na conexão de dados falhar.
    .fix = Não há nada a corrigir: aguarde os dados e depois a resposta de conclusão. Se a transferência travar em seguida ou terminar com 425, a conexão de dados não pôde ser estabelecida: verifique se o endereço e a porta informados por PASV, EPSV, PORT ou EPRT são alcançáveis entre o cliente e o servidor.
