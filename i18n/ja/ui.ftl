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
