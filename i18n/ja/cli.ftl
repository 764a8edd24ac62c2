# コマンドラインの言葉（日本語）。コマンドとオプション自体は翻訳しません。

cli-usage =
    使い方:
      tether                                   Tether を開く
      tether notify test [--require-interaction]
                                               テスト通知を表示する
      tether sound list                        サウンドを一覧する（内蔵、続いて各ワークスペースのもの）
      tether sound play <id> [--volume 0-100]  サウンドを再生する（指定がなければ音量 100）
      tether update check                      新しい Tether があるか知らせる
      tether update install                    ダウンロード、検証、インストールする（その後に再起動）
      tether --hidden                          ウィンドウなしでトレイに Tether を開く
      tether --help                            このテキスト

    終了コード: 0 完了（または最新）、1 その他の失敗、2 使い方の誤り、3 通知サービスがない、
    4 Tether の通知がオフ、5 デスクトップの「応答不可」がオン、6 通知サービスが応答しない、
    7 オーディオデバイスがない、8 そのサウンドがない、9 サウンドファイルを再生できない、
    10 アップデートがある、11 アップデートを確認できなかった、12 アップデートが Tether の鍵で
    署名されていない、13 このコピーはアップデートをインストールできない（Tether のパッケージから
    インストールされていない）、14 管理者がアップデートを無効にしている、15 インストールに失敗、
    16 ダウンロードに失敗。
    環境変数: TETHER_DATA_DIR（Tether のデータの場所）、TETHER_LOG（ログのフィルター）、
    TETHER_DISABLE_UPDATES=1（アップデートを確認しない。アプリの隣か /etc/tether に
    {"{"}"enabled": false{"}"} と書いた update.json を置いても同じ）。
cli-bad-volume = 音量は 0 から 100 の整数です（「{ $volume }」ではありません）
cli-unknown-command = 不明なコマンド「{ $command }」
cli-cannot-start = 起動できません: { $reason }
cli-notification-shown = テスト通知を表示しました。
cli-notification-shown-sticky = テスト通知を表示しました。閉じるまで残ります。
cli-sound-custom = （ワークスペース独自）
cli-sound-played = 「{ $sound }」を音量 { $volume } で再生しました。
cli-up-to-date = Tether { $version } は最新です。
cli-update-available = Tether { $version } が利用できます（現在は { $current }）。
cli-update-available-size = Tether { $version } が利用できます（現在は { $current }、{ $size }）。
cli-update-not-applied = このバージョンのインストールは以前に試して適用されませんでした。自動確認ではもう提示しません。
cli-update-skipped = このバージョンはスキップするよう選ばれています。自動確認では提示しません。
cli-update-admin = インストールには管理者権限が必要です。デスクトップがパスワードを求めることがあります。
cli-update-installed = Tether { $version } をインストールしました。使うには Tether を再起動してください。
cli-downloading = ダウンロード中: { $total } バイト中 { $received } バイト（{ $percent }）
cli-downloading-unknown = ダウンロード中: { $received } バイト
