# As palavras da linha de comando, em português do Brasil. Comandos e opções não são traduzidos.

cli-usage =
    Uso:
      tether                                   abrir o Tether
      tether notify test [--require-interaction]
                                               mostrar uma notificação de teste
      tether sound list                        listar os sons (embutidos, depois os de cada workspace)
      tether sound play <id> [--volume 0-100]  tocar um som (volume 100 se não informado)
      tether update check                      dizer se há um Tether mais novo
      tether update install                    baixar, verificar e instalar (reiniciar depois)
      tether --hidden                          abrir o Tether na bandeja, sem a janela
      tether --help                            este texto

    Códigos de saída: 0 feito (ou atualizado), 1 outra falha, 2 uso errado, 3 sem serviço de
    notificação, 4 notificações desligadas para o Tether, 5 o “não perturbe” da área de trabalho
    está ligado, 6 o serviço de notificação não respondeu, 7 sem dispositivo de áudio, 8 som
    inexistente, 9 o arquivo de som não pode ser tocado, 10 há uma atualização disponível,
    11 não foi possível procurar atualizações, 12 a atualização não foi assinada com a chave do
    Tether, 13 esta cópia não pode instalar atualizações (não instalada por um pacote do Tether),
    14 as atualizações foram desligadas pelo administrador, 15 a instalação falhou,
    16 o download falhou.
    Ambiente: TETHER_DATA_DIR (onde o Tether guarda seus dados), TETHER_LOG (filtro de log),
    TETHER_DISABLE_UPDATES=1 (sem procura de atualizações; também update.json ao lado do app ou
    em /etc/tether com {"{"}"enabled": false{"}"}).
cli-bad-volume = o volume é um número inteiro de 0 a 100, não “{ $volume }”
cli-unknown-command = comando desconhecido “{ $command }”
cli-cannot-start = não foi possível iniciar: { $reason }
cli-notification-shown = Uma notificação de teste foi mostrada.
cli-notification-shown-sticky = Uma notificação de teste foi mostrada; ela fica até você fechá-la.
cli-sound-custom = (do próprio workspace)
cli-sound-played = “{ $sound }” tocado no volume { $volume }.
cli-up-to-date = O Tether { $version } está atualizado.
cli-update-available = O Tether { $version } está disponível (você tem { $current }).
cli-update-available-size = O Tether { $version } está disponível (você tem { $current }, { $size }).
cli-update-not-applied = A instalação desta versão já foi tentada e não funcionou; as procuras automáticas não a oferecem mais.
cli-update-skipped = Você escolheu ignorar esta versão; as procuras automáticas não a oferecem.
cli-update-admin = Instalar precisa de direitos de administrador: a área de trabalho pode pedir uma senha.
cli-update-installed = O Tether { $version } foi instalado. Reinicie o Tether para usá-lo.
cli-downloading = baixando: { $received } de { $total } bytes ({ $percent })
cli-downloading-unknown = baixando: { $received } bytes
