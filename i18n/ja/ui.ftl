# Tether のウィンドウ（日本語）

## ウィンドウの枠

shell-add-workspace-back = ← ワークスペースを追加
shell-about-link = Tether について
nav-account = アカウント
nav-profile = プロフィール
nav-preferences = 環境設定
nav-security = セキュリティ
nav-tokens = 個人アクセストークン
nav-notifications = 通知
nav-access-token = アクセストークン
nav-administration = 管理
nav-users = ユーザー
nav-tether = Tether
nav-about = 情報

## Tether の「おやすみモード」

quiet-title = 通知
quiet-on = オン
quiet-muted-until = { $time } までミュート
quiet-turn-on = オンに戻す
quiet-mute-hour = 1 時間ミュート
quiet-mute-tomorrow = 明日までミュート

## ワークスペースの切り替え

switcher-none = ワークスペースなし
switcher-not-signed-in = 未サインイン
switcher-chatwoot = Chatwoot
switcher-add = ワークスペースを追加
switcher-sign-out = { $workspace } からサインアウト
switcher-remove = { $workspace } を削除…
switcher-unread = メンション { $mentions } 件、未読 { $unread } 件
switcher-unread-dot = 未読メッセージ
switcher-stale = { $counts }（最後に確認した値・再接続中）

## ワークスペースの接続

connection-online = オンライン
connection-connecting = 接続中…
connection-offline = オフライン
connection-certificate-untrusted = 証明書が信頼されていません
connection-signed-out = サインアウト済み
connection-not-signed-in = 未サインイン

## 情報

about-title = Tether について
about-summary = チャットのワークスペースのアカウントを、小さく速いデスクトップアプリで管理します。
about-licence = MIT ライセンスまたは Apache 2.0 ライセンス（いずれかを選択）のフリーソフトウェアです。
about-shortcuts = キーボードショートカット
about-help = ヘルプと不具合の報告
about-open-logs = ログフォルダーを開く
about-copy-diagnostics = 診断情報をコピー
about-diagnostics-copied = コピーしました。バージョンとデスクトップのサービスのみを含み、アドレス・ユーザー名・トークンは含みません。

## キーボードショートカット（キー自体は翻訳しません）

shortcut-workspace = 1 番目から 9 番目のワークスペースを表示
shortcut-preferences = 環境設定を開く（Chatwoot では通知の設定）
shortcut-close = ウィンドウを閉じる（トレイがあれば Tether はトレイに残ります）
shortcut-escape = ダイアログやメニューを閉じ、フォーカスを元の場所に戻す
shortcut-tab = 操作項目の間を移動

## ワークスペースの追加

add-title = ワークスペースを追加
add-hint = Rocket.Chat または Chatwoot のワークスペースのアドレスを、ブラウザーと同じように入力してください。
add-address = ワークスペースのアドレス
add-certificate-changed = 証明書が変更されました
add-certificate-untrusted = 信頼されていない証明書
add-fingerprint = { $host } の SHA-256 フィンガープリント
add-trust = この証明書を信頼する
add-connecting = 接続中…
add-connect = 接続

## サインイン

signin-title = { $workspace } にサインイン
signin-two-factor = 2 段階認証
signin-back = 戻る
signin-method = サインイン方法
signin-email = メールアドレス
signin-username-or-email = ユーザー名またはメールアドレス
signin-password = パスワード
signin-token = アクセストークン
signin-chatwoot-token-hint = シングルサインオンのアカウントの場合：Chatwoot（プロフィール設定 › アクセストークン）からアクセストークンをコピーして、ここに貼り付けてください。
signin-rocketchat-token-hint = シングルサインオンのアカウント、またはパスワードでサインインできないワークスペースの場合：Web クライアント（アカウント › 個人アクセストークン）で個人アクセストークンを作成し、隣に表示されるユーザー ID と一緒にここに貼り付けてください。
signin-user-id = ユーザー ID
signin-personal-token = 個人アクセストークン
signin-busy = サインイン中…
signin-submit = サインイン

## 複数のページで使う言葉

common-cancel = キャンセル
common-saving = 保存中…
common-saved = 保存しました。
common-try-again = 再試行
common-trying = 再試行中…
common-none = —
status-online = オンライン
status-away = 退席中
status-busy = 取り込み中
status-offline = オフライン

## アップデート（情報）

update-title = アップデート
update-installed = Tether を { $version } に更新しました。
update-not-applied = { $version } へのアップデートは適用されませんでした。Tether はまだ { $running } です。自動では再び提示しませんが、「アップデートを確認」では表示されます。
update-skipped = スキップ済み
update-failed-before = このバージョンのインストールは以前に失敗しています。
update-not-installable = この Tether は Tether のパッケージからインストールされていないため、自分自身を置き換えません。
update-get-from = Tether { $version } は { $page } から入手できます。
update-get-elsewhere = このコピーを入手した場所か、ディストリビューションのパッケージから入手してください。
update-progress = ダウンロードの進行状況
update-password-note = インストール時にシステムが管理者パスワードを求めることがあります。
update-install = インストールして再起動
update-download = ダウンロード
update-skip = このバージョンをスキップ
update-check = アップデートを確認
update-settings = 設定
update-automatic = アップデートを自動で確認する（起動時と数時間ごと）
update-channel = リリースチャネル
update-stable = 安定版
update-beta = ベータ版も（早い、テストは少なめ）
update-deb = Tether の .deb パッケージからインストール
update-rpm = Tether の .rpm パッケージからインストール
update-appimage = AppImage（{ $path }）
update-windows = Tether の Windows インストーラーでインストール
update-mac = Tether.app
update-not-managed = Tether のパッケージからインストールされていません（{ $path }）
update-not-checked = まだ確認していません。
update-checking = アップデートを確認中…
update-passed-over = 提示できるアップデートはありません（{ $checked } に確認）。{ $version } はスキップされたか、以前にインストールできませんでした。「アップデートを確認」で表示されます。
update-up-to-date = Tether { $version } は最新です（{ $checked } に確認）。
update-available = Tether { $version } が利用できます。
update-downloading = ダウンロード中…
update-downloading-percent = ダウンロード中… { $percent }
update-ready = Tether { $version } をダウンロードし、検証しました。
update-installing = Tether { $version } をインストール中…

## ワークスペースの削除

remove-title = { $workspace } を削除しますか？
remove-signed-in = Tether は { $address } から @{ $username } をサインアウトし、キーリングに保存したセッションと、このコンピューターにこのワークスペースのために保存しているもの（未送信の変更を含む）をすべて削除します。サーバー上のアカウントは変わりません。
remove-signed-out = Tether はキーリングに保存したセッションと、このコンピューターにこのワークスペースのために保存しているもの（未送信の変更を含む）をすべて削除します。サーバー上のアカウントは変わりません。
remove-busy = 削除中…
remove-confirm = 削除
