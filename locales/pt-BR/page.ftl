## Títulos e frases da moldura das páginas. Cada frase é uma mensagem inteira; as variáveis
## trazem os códigos, os nomes e os números.

## Títulos das seções.

heading-description = Descrição
heading-seen = Quando aparece
heading-fix = Como resolver
heading-differences = Principais diferenças
heading-which = Como reagir a cada um
heading-learn-more = Saiba mais
heading-meaning = Significado
heading-commands = Comandos que o retornam
heading-sources = Seções das RFCs
heading-related = Códigos relacionados
heading-exchange = Uma troca que leva a ele
heading-instead = Os códigos das RFCs a usar em seu lugar
heading-comparisons = Comparações

## Páginas de comparação. $lowCode e $highCode são os dois códigos, o menor primeiro.

compare-title = FTP { $lowCode } { $lowName } e { $highCode } { $highName }: as diferenças
# $lowText e $highText: o que cada código significa, o texto de resposta da RFC ou, na falta dele, o nome do código.
# $sameAction: yes quando os dois códigos pedem a mesma reação do cliente.
compare-lead = { $sameAction ->
    [yes] FTP { $lowCode } significa “{ $lowText }” e FTP { $highCode } significa “{ $highText }”: os dois pedem a mesma reação do cliente, e o que os distingue é o que cada um informa.
   *[no] FTP { $lowCode } significa “{ $lowText }” e FTP { $highCode } significa “{ $highText }”: eles pedem reações diferentes do cliente, e o que realmente os distingue é o que fazer depois de cada um.
}

## A tabela de uma comparação: uma coluna por código, uma linha por propriedade.

# ftpdocs: same-as-source
compare-column = FTP { $code }
compare-row-text = Texto da resposta na RFC
compare-row-class = Classe
compare-row-sent = Quando é enviado
compare-row-commands = Comandos
compare-row-action = O que fazer
# $text é o texto da resposta como a RFC o imprime.
compare-cell-text = “{ $text }” (RFC { $rfc })
compare-cell-no-text = Sem texto fixo (RFC { $rfc })
# ftpdocs: same-as-source
compare-cell-class = { $className } ({ $class }yz)
# Quando o servidor envia o código, segundo o que ele pede ao cliente ($action).
compare-cell-sent = { $action ->
    [greeting] { $count ->
        [0] Na abertura da conexão de controle
       *[other] Na abertura da conexão de controle e em resposta a { $commandsOr }
    }
    [wait-final] { $onConnect ->
        [yes] Na abertura da conexão de controle, ou em resposta a { $commandsOr }, enquanto o servidor ainda não está pronto
       *[no] No início de um comando, antes da resposta final
    }
    [success] Como resposta final a um comando bem-sucedido
    [send-next] No meio de uma sequência de comandos, antes do comando que a conclui
    [retry-later] Como resposta final a um comando que falhou temporariamente
    [reconnect] Quando o serviço é encerrado: na abertura da conexão ou em resposta a qualquer comando
    [log-in] Em resposta a um login que falhou, ou a um comando enviado antes do login
    [send-account] Em resposta a um comando que o servidor só executa depois que uma conta é informada com ACCT
    [change-request] Como resposta final a um comando recusado na forma em que foi enviado
    [nothing-helps] Como resposta final a um comando que o servidor não executa
    [session-over] { $count ->
        [0] No encerramento da sessão
       *[other] Em resposta a { $commandsOr }, no encerramento da sessão
    }
   *[decode] No lugar de qualquer resposta, depois que o cliente passa a proteger seus comandos com MIC, CONF ou ENC
}
# $commandScope vale all quando o código responde a todos os $total comandos aos quais os
# códigos respondem nas RFCs (500), e most quando responde a mais da metade deles; a célula
# dá então as contagens em vez dos nomes.
compare-cell-commands = { $count ->
    [0] Nenhum: não responde a um comando específico
   *[other] { $commandScope ->
        [all] Todos os comandos: os { $total } das RFCs
        [most] A maioria dos comandos: { $count } dos { $total } das RFCs
       *[listed] { $commands }
    }
}
compare-cell-action = { $action ->
    [greeting] Fazer login: enviar USER
    [wait-final] Aguardar a resposta final
    [success] Seguir para o próximo comando
    [send-next] Enviar o comando que conclui a troca
    [retry-later] Reenviar o mesmo comando mais tarde
    [reconnect] Reconectar e fazer login novamente
    [log-in] Fazer login e depois reenviar o comando
    [send-account] Enviar ACCT e depois reenviar o comando
    [change-request] Corrigir a solicitação e depois reenviá-la
    [nothing-helps] Dispensar o comando: nenhuma alteração nele resolve
    [session-over] Nada: a sessão terminou
   *[decode] Decodificá-la e tratar a resposta que ela contém
}
# Uma frase por código, escolhida pelo que o código pede ao cliente ($action), nunca só
# pela classe.
compare-which = { $action ->
    [greeting] { $code } ({ $name }) é a mensagem de boas-vindas do servidor: ele está pronto para um novo usuário, e o próximo passo é fazer login com USER.
    [wait-final] { $code } ({ $name }) indica que a ação está em andamento: mantenha a conexão de controle aberta e aguarde a resposta final antes de enviar outro comando.
    [success] { $code } ({ $name }) indica sucesso: a solicitação foi atendida, e você pode enviar o próximo comando.
    [send-next] { $code } ({ $name }) pede um complemento: envie o comando que conclui a troca.
    [retry-later] { $code } ({ $name }) indica uma falha temporária: a conexão de controle continua aberta, e o mesmo comando pode funcionar se você o reenviar mais tarde.
    [reconnect] { $code } ({ $name }) encerra a conexão: o servidor a fecha, então reconecte e faça login novamente antes de enviar qualquer outra coisa.
    [log-in] { $code } ({ $name }) indica que falta o login ou a conta: envie USER e PASS, e ACCT se o servidor pedir uma conta, antes de reenviar o comando.
    [send-account] { $code } ({ $name }) pede uma conta: você pode já estar conectado, mas o servidor precisa das informações da sua conta para este comando e as descartou, então envie ACCT e depois reenvie o comando.
    [change-request] { $code } ({ $name }) recusa a solicitação na forma em que foi enviada: corrija os argumentos, a ordem ou o comando do qual ela depende antes de reenviá-la.
    [nothing-helps] { $code } ({ $name }) indica uma recusa que nenhuma alteração no comando resolve: a causa está no servidor, então dispense esse comando ou fale com o administrador do servidor.
    [session-over] { $code } ({ $name }) encerra a sessão que você pediu para fechar: o servidor fecha a conexão de controle, e nenhum comando vem depois.
   *[decode] { $code } ({ $name }) é um envelope: decodifique o texto com o mecanismo de segurança negociado depois do AUTH e trate a resposta que ele contém.
}
learn-rfc = { $part ->
    [appendix] RFC { $rfc }, apêndice { $section }
   *[section] RFC { $rfc }, seção { $section }
}

## Páginas dos códigos.

code-title = FTP { $code } { $name }
# A seção 5.2 da RFC 2228 não dá sentido de grupo ao segundo dígito de uma resposta protegida (6yz).
code-lead = { $ClassDigit ->
    [6] FTP { $code } ({ $name }) pertence à classe “{ $ClassName }” ({ $ClassDigit }yz), definida pela RFC 2228, que não dá sentido de grupo ao segundo dígito.
   *[other] FTP { $code } ({ $name }) pertence à classe “{ $ClassName }” ({ $ClassDigit }yz) e ao grupo “{ $GroupName }” (x{ $GroupDigit }z).
}
# Contagens pequenas vão por extenso, como na prosa em português.
code-several-meanings = { $count ->
    [one] O código { $code } tem um só significado.
    [2] O código { $code } tem dois significados, definidos por RFCs diferentes; o comando ao qual ele responde e as demais respostas do servidor indicam qual deles vale.
    [3] O código { $code } tem três significados, definidos por RFCs diferentes; o comando ao qual ele responde e as demais respostas do servidor indicam qual deles vale.
   *[other] O código { $code } tem { $count } significados, definidos por RFCs diferentes; o comando ao qual ele responde e as demais respostas do servidor indicam qual deles vale.
}
code-transcript-intro = Uma troca na conexão de controle que termina com { $code }. As linhas marcadas com C são enviadas pelo cliente, e as marcadas com S, pelo servidor; os textos depois dos códigos do servidor são exemplos do que os servidores enviam.
# Quando é enviado um código que o servidor pode enviar na abertura da conexão: escolhido pelo
# que o código pede ao cliente ($action) e pelos comandos aos quais ele responde ($count, $commandsOr).
code-on-connect = { $action ->
    [reconnect] O servidor envia esta resposta na abertura da conexão de controle, se não puder atender o cliente, ou em resposta a qualquer comando, se souber que o serviço precisa ser encerrado.
   *[other] { $count ->
        [0] O servidor envia esta resposta na abertura da conexão de controle, antes de qualquer comando.
       *[other] O servidor envia esta resposta na abertura da conexão de controle e também em resposta a { $commandsOr }.
    }
}
# Para um código que não lista nenhum comando e não é enviado na conexão.
# ftpdocs: allow unused-message
code-any-command = Esta resposta não está ligada a um comando específico.

## Páginas de números que não são respostas FTP.

notftp-title = { $kind ->
    [unassigned] FTP { $number } { $title }: um número que nenhuma RFC define
   *[winsock] Erro { $number } ({ $name }): não é uma resposta FTP
}
notftp-lead = { $kind ->
    [unassigned] Nenhuma RFC define { $number }: alguns servidores o enviam, com um texto como “{ $name }”, em situações em que as RFCs respondem com { $instead }.
   *[winsock] Servidores FTP nunca enviam { $number }: toda resposta FTP é um código de três dígitos, e { $number } é um erro do Windows Sockets informado pelo próprio sistema do cliente.
}
# O título de um dos significados de um código que tem vários; $rfc é a RFC que o define.
code-meaning-heading = { $title } (RFC { $rfc })
