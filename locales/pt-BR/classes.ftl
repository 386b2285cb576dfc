## Classes de resposta (primeiro dígito) e grupos (segundo dígito), RFC 959, seção 4.2.1;
## a classe 6 vem da RFC 2228, seção 5.2.

reply-class-1 = Resposta positiva preliminar
    .summary = O primeiro dígito 1 indica que a ação solicitada está começando: aguarde outra resposta antes de enviar um novo comando.
reply-class-2 = Resposta positiva de conclusão
    .summary = O primeiro dígito 2 indica que a ação solicitada foi concluída: um novo comando pode ser enviado.
reply-class-3 = Resposta positiva intermediária
    .summary = O primeiro dígito 3 indica que o comando foi aceito, mas a ação fica em espera até o servidor receber mais informações.
reply-class-4 = Resposta negativa temporária
    .summary = O primeiro dígito 4 indica que o comando não foi aceito, mas o erro é temporário: a solicitação pode ser repetida mais tarde, depois de se reconectar, caso o servidor tenha fechado a conexão (421).
reply-class-5 = Resposta negativa permanente
    .summary = O primeiro dígito 5 indica que o comando não foi aceito, e repetir a mesma solicitação na mesma sequência não vai adiantar.
reply-class-6 = Resposta protegida
    .summary = O primeiro dígito 6 indica uma resposta protegida: seu texto é outra resposta, codificada pelo mecanismo de segurança (RFC 2228).

reply-group-0 = Sintaxe
reply-group-1 = Informação
reply-group-2 = Conexões
reply-group-3 = Autenticação e contas
# Nenhum código de resposta das RFCs tem 4 como segundo dígito; mantido para que os grupos fiquem completos.
# ftpdocs: allow unused-message
reply-group-4 = Não especificado
reply-group-5 = Sistema de arquivos
