# Chatwoot ワークスペースのページ（日本語）。

agent-stale = Tether が最後に読み込んだ内容を表示しています：{ $error }
agent-loading = 読み込み中…

## プロフィール設定

agent-profile-title = プロフィール設定
agent-availability = 対応状況
agent-account = アカウント
agent-account-option = { $account }（{ $role }）
agent-online = オンライン
agent-busy = 取り込み中
agent-offline = オフライン
agent-auto-offline = どこにもサインインしていないときは自動でオフラインにする
agent-profile = プロフィール
agent-full-name = フルネーム
agent-display-name = 表示名
agent-display-name-help = 顧客や他のエージェントに見える名前。空の場合はフルネームです。
agent-email = メールアドレス
agent-profile-saved = プロフィールを更新しました
agent-email-unconfirmed = Chatwoot は { $wanted } に確認リンクを送りました。リンクを開くまで、メールアドレスは { $kept } のままです。
agent-offline-profile = オフライン：名前と表示名はこのコンピューターに保存され、サーバーが戻ると送信されます。新しいメールアドレスにはサーバーが必要です。
agent-updating = 更新中…
agent-update-profile = プロフィールを更新
agent-password = パスワード
agent-current-password = 現在のパスワード
agent-new-password = 新しいパスワード
agent-password-rules = パスワードのルール
agent-rule-met = （満たしています）
agent-rule-not-met = （まだ満たしていません）
agent-confirm-password = 新しいパスワード（確認）
agent-passwords-differ = 2 つのパスワードが一致しません。
agent-password-changed = パスワードを変更しました。
agent-password-needs-server = パスワードの変更にはサーバーが必要です。先に再接続してください。
agent-changing = 変更中…
agent-change-password = パスワードを変更
agent-rule-length = 6〜128 文字
agent-rule-uppercase = 大文字（A–Z）を 1 文字以上
agent-rule-lowercase = 小文字（a–z）を 1 文字以上
agent-rule-digit = 数字（0–9）を 1 文字以上
agent-rule-special = 記号（!@#$%^&*()_+-=[]{"{"}{"}"}|'）を 1 文字以上

## プロフィール画像

agent-image = プロフィール画像
agent-image-too-big = この画像は { $size } です。Chatwoot のプロフィール画像は { $limit } までです。
agent-image-saved = プロフィール画像を保存しました。
agent-image-removed = プロフィール画像を削除しました。
agent-saving = 保存中…
agent-upload = 画像をアップロード
agent-remove = 削除
agent-image-needs-server = プロフィール画像の変更にはサーバーが必要です。再接続してください。

## サーバーを待っている変更

agent-pending-conflict = あなたが「{ $field }」を { $mine } に変更している間に、サーバー上で { $server } に変更されました。
agent-pending-refused = 「{ $field }」は受け付けられませんでした：{ $reason }
agent-pending-waiting = { $field }：このコンピューターに保存済み。サーバーに接続できたら送信します。
agent-keep-mine = 自分の値を残す
agent-use-server = サーバーの値を使う
agent-discard = 変更を破棄
agent-field-name = フルネーム
agent-field-display-name = 表示名
agent-field-audio = 音声通知
agent-field-flags = メールとプッシュの通知
agent-field-availability = 対応状況
agent-field-auto-offline = 自動でオフラインにする
agent-value-empty = （空）
agent-value-text = 「{ $value }」
agent-value-on = オン
agent-value-off = オフ
agent-value-other = 他の設定

## 通知

agent-notifications-title = 通知
agent-notifications-offline = オフライン：変更はこのコンピューターに保存され、サーバーが戻ると送信されます。
agent-audio = 音声通知
agent-audio-for = 音を鳴らす対象
agent-audio-none = なし
agent-audio-assigned = 自分に割り当てられた会話
agent-audio-all = すべての会話
agent-audio-custom = Chatwoot で選択済み：{ $scopes }。
agent-audio-mine = 自分に割り当てられた会話
agent-audio-unassigned = 対応が必要な新しい会話
agent-audio-others = 他の人に割り当てられた会話
agent-tone = 通知音
agent-tone-ding = ディン
agent-tone-bell = ベル
agent-tone-chime = チャイム
agent-tone-magic = マジック
agent-tone-ping = ピン
agent-volume = 音量
agent-play = 再生
agent-only-inactive = Tether のウィンドウがアクティブでないときだけ鳴らす
agent-repeat = 割り当てられた会話に未読がある間、30 秒ごとに知らせる
agent-email-notifications = メール通知
agent-push-notifications = プッシュ通知
agent-flag-event = { $event ->
        [conversation_creation] 新しい会話が作成されたとき
        [conversation_assignment] 会話が自分に割り当てられたとき
        [conversation_mention] 会話でメンションされたとき
        [assigned_conversation_new_message] 割り当てられた会話に新しいメッセージが届いたとき
        [participating_conversation_new_message] 参加している会話に新しいメッセージが届いたとき
        [sla_missed_first_response] 会話が初回応答の SLA を満たせなかったとき
        [sla_missed_next_response] 会話が次回応答の SLA を満たせなかったとき
        [sla_missed_resolution] 会話が解決の SLA を満たせなかったとき
       *[other] { $words }
    }
agent-flag = { $channel ->
        [push] { $when }にプッシュ通知を送る
       *[email] { $when }にメール通知を送る
    }

## セキュリティ

agent-security-title = セキュリティ
agent-two-factor = 二要素認証
agent-two-factor-needs-session = Tether はアクセストークンでこのワークスペースにサインインしています。Chatwoot では、二要素サインインはメールとパスワードでサインインしたセッションからしか変更できません。変更するには一度サインアウトし、その方法でサインインしてください。
agent-two-factor-on-codes = 二要素サインインはオンです。
agent-backup-help = これらのバックアップコードを安全な場所に保管してください。スマートフォンをなくしたとき、各コードで 1 回サインインできます。表示は今回限りです。
agent-copied = コピーしました
agent-copy-codes = コードをコピー
agent-done = 完了
agent-scan = 認証アプリでこのコードを読み取るか鍵を入力し、表示された 6 桁のコードを入力してください。
agent-qr = { $account } の認証キー
agent-code = アプリのコード
agent-turn-on = オンにする
agent-turn-off = オフにする
agent-two-factor-on = オン：サインイン時に認証アプリのコードを求めます。
agent-two-factor-off = オフ。二要素サインインをオンにすると、サインイン時に認証アプリのコードも求めます。
agent-devices = サインイン中のデバイス
agent-unknown-device = 不明なデバイス
agent-this-tether = （この Tether）
agent-last-active = 最終アクティブ { $when }
agent-sign-out = サインアウト
agent-security-none = この Chatwoot サーバーには、二要素サインインもサインイン中のデバイス一覧もありません。

## アクセストークン

agent-token-title = アクセストークン
agent-token-help = このトークンで Chatwoot の API を使った連携を作れます。あなたとして操作するので、秘密にしてください。
agent-hide = 隠す
agent-show = 表示
agent-copy = コピー
agent-reset-title = アクセストークンをリセットしますか？
agent-reset-text = 現在のトークンはすぐに使えなくなります。これを使う連携やスクリプトは、新しいトークンを渡すまで動きません。
agent-reset-text-tether = 現在のトークンはすぐに使えなくなります。これを使う連携やスクリプトは、新しいトークンを渡すまで動きません。Tether はこのトークンでサインインしており、自動で新しいトークンに切り替えます。
agent-reset-token = トークンをリセット
agent-resetting = リセット中…
agent-reset-done = 新しいトークンを作成しました。古いトークンは使えません。
agent-token-needs-server = アクセストークンにはサーバーが必要です。表示・コピー・リセットするには再接続してください。
