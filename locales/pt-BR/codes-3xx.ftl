## Códigos de resposta 3yz: resposta positiva intermediária.

code-331 = Senha necessária
    .text = Nome de usuário OK, senha necessária
    .description = Na RFC 959, o texto de 331 é “Nome de usuário OK, senha necessária”. A RFC 959 define 331 como a resposta positiva intermediária ao USER: o servidor aceitou o nome e aguarda a senha para concluir o login. A RFC 2577 sugere que os servidores respondam 331 a todo comando USER, para que a resposta não revele quais nomes de usuário existem.
    .seen = Você recebe 331 logo depois de enviar USER a um servidor que exige senha, que é a sequência normal de login. Por causa da recomendação da RFC 2577, um 331 não prova que o nome de usuário existe: um servidor que a segue só rejeita um nome errado depois do PASS, normalmente com 530.
    .fix = Não há nada a corrigir. Envie PASS com a senha; o servidor responde então 230 se o login estiver concluído, 332 se também precisar de uma conta ou 530 se recusar as credenciais.

code-332 = Conta necessária
    .text = Conta necessária para o login
    .description = Na RFC 959, o texto de 332 é “Conta necessária para o login”. A RFC 959 define 332 como uma resposta positiva intermediária: o servidor precisa de informações de conta, enviadas com o comando ACCT, para concluir o login. A seção 4.1.1 da RFC 959 também permite que o servidor responda 332 a um comando posterior que exige conta, se mantiver esse comando pendente até a chegada do ACCT; se, em vez disso, descartar o comando, ele responde 532.
    .seen = Você recebe 332 depois de USER ou PASS em um servidor que exige uma conta além do nome de usuário e da senha. Ele também pode aparecer em resposta a um comando posterior, como STOR, em um site que pede conta apenas para certos acessos, por exemplo a gravação de arquivos.
    .fix = Envie ACCT com a conta que o administrador do servidor forneceu; o login, ou o comando pendente, prossegue em seguida. Se você não tem conta, peça uma ao administrador: neste servidor, o nome de usuário e a senha sozinhos não bastam.

code-334 = Dados de segurança necessários
    .description = A RFC 2228 define 334 como a resposta ao AUTH quando o servidor aceita o mecanismo de segurança solicitado e precisa de dados de segurança para continuar. A RFC não dá texto fixo: a resposta pode trazer ADAT=base64data, dados de segurança do servidor que o cliente usa para montar o próximo comando ADAT. A RFC 4217 diz que 334 é incorreto para AUTH TLS, porque nenhuma troca ADAT segue uma negociação TLS.
    .seen = Você recebe 334 depois de um AUTH com um mecanismo de segurança que troca seus dados pelo ADAT. Um servidor que responde 334 ao AUTH TLS não segue a RFC 4217, que espera 234.
    .fix = Não há nada a corrigir: continue a troca enviando ADAT com os dados em base64 que o mecanismo produz, até o servidor responder 235. Se o cliente pediu AUTH TLS e recebeu 334, informe o administrador do servidor, já que um cliente TLS espera 234 antes de iniciar a negociação TLS.

code-335 = Mais dados de segurança necessários
    .description = A RFC 2228 define 335 como a resposta ao ADAT quando o servidor aceita os dados de segurança, mas precisa de mais para concluir a troca de dados de segurança. A RFC não dá texto fixo: a resposta pode trazer ADAT=base64data, dados que o cliente processa antes de enviar o próximo ADAT.
    .seen = Você recebe 335 no meio de uma troca AUTH e ADAT, com mecanismos de segurança que precisam de mais de uma ida e volta. Um 335 normalmente é seguido de outro ADAT do cliente, até o servidor responder 235.
    .fix = Não há nada a corrigir: o cliente deve enviar o próximo comando ADAT com os dados que seu mecanismo de segurança produz. Se a troca parar aqui, verifique se o cliente e o servidor suportam o mesmo mecanismo; uma troca malsucedida termina com 535 se os dados forem rejeitados, ou com 501 se o base64 não puder ser decodificado.

code-336 = Desafio de senha
    .text = Nome de usuário OK, senha necessária. O desafio é ‘....’
    .description = Na RFC 2228, o texto de 336 é “Nome de usuário OK, senha necessária. O desafio é ‘....’”. A RFC 2228 define 336 como a resposta ao USER quando o mecanismo de segurança exige uma senha do tipo desafio/resposta: o texto da resposta deve conter o desafio, em uma forma escolhida para fazer sentido a um usuário humano. O cliente deve mostrar esse desafio ao usuário antes de pedir a senha.
    .seen = Você recebe 336 em vez de 331 depois do USER, em um servidor cujo mecanismo de segurança, negociado com AUTH e ADAT, exige uma senha do tipo desafio/resposta.
    .fix = Leia o desafio no texto da resposta, use-o para montar a senha que o mecanismo de segurança espera e envie essa senha com PASS. O cliente não deve pedir a senha antes de o servidor responder ao USER, porque essa senha depende do desafio.

code-350 = Aguardando mais informações
    .text = Ação de arquivo solicitada aguardando mais informações
    .description = Na RFC 959, o texto de 350 é “Ação de arquivo solicitada aguardando mais informações”. A RFC 959 lista 350 como a resposta positiva intermediária a REST e RNFR: o servidor aceitou o comando e aguarda o comando que o completa. A RFC 3659 mantém 350 como resposta ao REST no modo de fluxo (STREAM), cujo argumento é o número de bytes da próxima transferência a pular.
    .seen = Você recebe 350 depois do REST, antes de um RETR ou STOR que retoma uma transferência, e depois do RNFR, antes do RNTO que informa o novo nome. É a etapa intermediária normal de uma transferência retomada e de uma renomeação.
    .fix = Não há nada a corrigir: envie o comando que conclui a sequência, RNTO logo depois do RNFR, ou o comando de transferência logo depois do REST. A RFC 959 exige que esses comandos venham imediatamente um depois do outro: um RNTO que não segue diretamente o RNFR recebe 503, e a RFC 3659 deixa indefinido o efeito de um REST enviado em qualquer lugar que não seja logo antes da transferência.
