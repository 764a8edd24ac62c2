# 管理 › ユーザー（日本語）。

admin-title = ユーザー
admin-seats-title = 使用中のシート / ライセンスのシート
admin-seats-meter = 使用中のシート
admin-seats = { $active }/{ $max } シート · 空き { $available }
admin-seats-unlimited = シート無制限（{ $active } 使用中）
admin-invite = 招待
admin-new-user = 新しいユーザー
admin-seats-exceeded = ライセンスのシートがすべて使われています。シートが空くか追加購入されるまで、新規ユーザー・招待・有効化はできません。
admin-cached = { $workspace } に接続できません。この一覧は { $when } に読み込んだものです。操作にはサーバーが必要です。
admin-tabs = 状態別のユーザー
admin-tab-all = すべて
admin-tab-pending = 保留中
admin-tab-active = 有効
admin-tab-deactivated = 無効
admin-search = ユーザーを検索
admin-search-label = 名前、ユーザー名、メールで検索
admin-all-roles = すべてのロール
admin-roles-chosen = ロール（{ $count }）
admin-total = { $count } 人
admin-now-active = { $name } は有効です。
admin-welcome-sent = { $email } にウェルカムメールを送りました。
admin-never = なし

## 表

admin-table = ユーザー
admin-column-name = 名前
admin-column-username = ユーザー名
admin-column-email = メール
admin-column-pending = 保留中の操作
admin-column-registration = 登録状態
admin-column-roles = ロール
admin-loading = 読み込み中…
admin-resend-welcome = ウェルカムメールを再送
admin-seats-taken = シートがすべて使われています
admin-activate = 有効にする
admin-first-login = ユーザーの初回ログイン待ち
admin-activation = 有効化待ち
registration-deactivated = 無効
registration-federated = フェデレーション
registration-pending = 保留中
registration-active = 有効

## ユーザー情報

admin-info-title = ユーザー情報
admin-info-close = ユーザー情報を閉じる
admin-close = 閉じる
admin-roles = ロール
admin-email = メール
admin-email-not-verified = { $email }（未確認）
admin-local-time = 現地時刻
admin-unknown = 不明
admin-last-login = 最終ログイン
admin-created = 作成日時
admin-status-text = ステータスメッセージ
admin-nickname = ニックネーム
admin-bio = 自己紹介
admin-dm = ダイレクトメッセージ
admin-edit = 編集
admin-actions-offline = 操作にはサーバーが必要ですが、現在接続できません。

## ユーザーへの操作

admin-more = その他の操作
admin-remove-admin = 管理者を解除
admin-make-admin = 管理者にする
admin-reset-e2e = E2E 鍵をリセット
admin-reset-totp = TOTP をリセット
admin-deactivate = 無効にする
admin-delete = 削除
admin-erasure-delete = そのユーザーのメッセージもすべて削除されます。
admin-erasure-unlink = メッセージは削除済みユーザーのものとして残ります。
admin-erasure-keep = メッセージはそのユーザーの名前のまま残ります。
admin-ask-remove-admin = { $name } の管理者権限を解除しますか？
admin-ask-remove-admin-text = ワークスペースの管理画面にすぐアクセスできなくなります。
admin-ask-make-admin = { $name } を管理者にしますか？
admin-ask-make-admin-text = 管理者はワークスペースの設定と管理にすべてアクセスできます。
admin-ask-reset-totp = { $name } の二要素認証（TOTP）をリセットしますか？
admin-ask-reset-totp-text = 認証アプリはこのアカウントで使えなくなり、すべての場所からログアウトされます。プロフィールから再設定できます。
admin-ask-reset-e2e = { $name } のエンドツーエンド暗号化の鍵をリセットしますか？
admin-ask-reset-e2e-text = すべての場所からログアウトされます。次のサインインで新しい鍵が作られ、他のメンバーがオンラインになると暗号化されたルームが再び開けます。
admin-reset-key = 鍵をリセット
admin-ask-deactivate = { $name } を無効にしますか？
admin-ask-deactivate-text = すべての場所からログアウトされ、再び有効にされるまでサインインできません。アカウント、ルーム、メッセージは残ります。
admin-ask-activate = { $name } を有効にしますか？
admin-ask-activate-text = すぐに再びサインインできます。
admin-ask-delete = { $name } を削除しますか？
admin-ask-delete-text = アカウントは削除され、ログアウトされます。{ $erasure }元に戻せません。
admin-no-longer-admin = { $name } は管理者ではなくなりました。
admin-now-admin = { $name } は管理者になりました。
admin-totp-reset = { $name } の二要素認証をリセットし、ログアウトさせました。
admin-e2e-reset = { $name } の暗号化の鍵をリセットし、ログアウトさせました。
admin-deactivated = { $name } を無効にし、ログアウトさせました。
admin-deleted = { $name } を削除しました。
admin-last-owner = { $name } は一部のルームの最後のオーナーです。
admin-rooms-change-owner = 次のルームでは他のメンバーがオーナーになります：
admin-rooms-removed = 次のルームには他のメンバーがいないため削除されます：
admin-delete-anyway = それでも削除
admin-deactivate-anyway = それでも無効にする

## ユーザーの追加と編集

admin-save-user = ユーザーを保存
admin-add-user = ユーザーを追加
admin-saved = { $name } を保存しました。
admin-created-user = { $name } を作成しました。
admin-picture-saved = 新しい画像を保存しました。
admin-picture-url-saved = そのアドレスの画像を保存しました。
admin-picture-reset = アバターをイニシャルに戻しました。
admin-edit-title = { $name } を編集
admin-picture = プロフィール画像
admin-upload = 画像をアップロード
admin-avatar-url = アドレスの画像をアバターにする
admin-use-url = アドレスを使う
admin-reset-initials = イニシャルに戻す
admin-mark-verified = メールを確認済みにする
admin-name = 名前
admin-username = ユーザー名
admin-password = パスワード
admin-keep-password = 現在のパスワードのまま
admin-random-password = ランダムに設定してメールで送る
admin-random-password-no-smtp = ランダムに設定してメールで送る（ワークスペースのメール設定が必要）
admin-manual-password = 手動で設定
admin-confirm-password = パスワード（確認）
admin-passwords-differ = パスワードが一致しません。
admin-give-password = このパスワードはご自身でユーザーに伝えてください。
admin-require-change = パスワードの変更を求める
admin-send-welcome = ウェルカムメールを送る
admin-send-welcome-no-smtp = ウェルカムメールを送る（ワークスペースのメール設定が必要）

## ユーザーの招待

admin-invite-title = ユーザーを招待
admin-invite-no-smtp = 招待はメールで送られますが、このワークスペースのメール（SMTP）が設定されていません。管理者は ワークスペース › 設定 › メール で設定できます。
admin-invite-emails = メールアドレス
admin-invite-help = アドレスはカンマ、セミコロン、スペースで区切ってください。
admin-invite-sent = { $emails } に招待を送りました。
admin-invite-send = 送信
