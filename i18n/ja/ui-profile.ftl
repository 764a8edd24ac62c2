# プロフィールのページ（日本語）。

profile-title = プロフィール
profile-loading = プロフィールを読み込み中…
profile-shown-as-saved = { $date } に保存したプロフィールを表示しています。
profile-offline = オフライン — { $workspace } に接続できません。
profile-trust = この証明書を信頼する
profile-connecting = 接続中…
profile-nickname = ニックネーム
profile-bio = 自己紹介
profile-email = メール
profile-roles = ロール
profile-verified = 確認済み
profile-not-verified = 未確認
profile-up-to-date = サーバーと同期済みです。
profile-saved-on = { $date } に保存。

## オフラインで行い、サーバーを待っている変更

pending-waiting = 送信待ち：{ $fields }。
pending-refused = オフラインでの「{ $field }」の「{ $value }」への変更は受け付けられませんでした。{ $reason }
pending-conflict = ここで「{ $field }」を「{ $value }」に変更している間に、サーバー上で「{ $server }」に変更されました。どちらを残しますか？
pending-keep-server = サーバーの値を残す
pending-keep-mine = 自分の値を残す
pending-try-mine = 自分の値を再送する

## 項目の名前

field-name = 名前
field-username = ユーザー名
field-nickname = ニックネーム
field-bio = 自己紹介
field-status = ステータス
field-status-text = ステータスメッセージ
field-email = メール

## プロフィールの編集

profile-locked = このワークスペースではこの項目を変更できません。
profile-old-server = このワークスペースの Rocket.Chat は 6.4 より古いバージョンです。Web クライアントで変更してください。
profile-sso = このアカウントは ID プロバイダー（シングルサインオンまたは LDAP）でサインインします。そちらで変更してください。
profile-username-available = { $username } は使用できます。
profile-username-taken = { $username } はすでに使われています。別の名前を選んでください。
profile-username-invalid = { $username } はここではユーザー名として使えません。
profile-presence = 現在、他の人からは{ $presence ->
        [online] オンライン
        [away] 退席中
        [busy] 取り込み中
       *[offline] オフライン
    }と表示されています。
profile-presence-no-app = 現在、他の人からはオフラインと表示されています（接続中のアプリがありません）。
profile-not-verified-yet = まだ確認されていません。
profile-verification-sent = { $address } に確認メールを再送しました。
profile-sending = 送信中…
profile-resend-verification = 確認メールを再送する
profile-custom-fields = その他の情報
profile-custom-required = { $field }（必須）
profile-custom-needs-server = カスタム項目の変更にはサーバーが必要です。再接続してください。
profile-new-password = 新しいパスワード
profile-confirm-password = 新しいパスワード（確認）
profile-password-rules = パスワードのルール
profile-rule-met = （満たしています）
profile-rule-not-met = （まだ満たしていません）
profile-passwords-differ = 2 つのパスワードが一致しません。
profile-passwords-differ-error = 2 つの新しいパスワードが一致しません。同じパスワードを 2 回入力してください。
profile-needs-server = ユーザー名・メール・パスワードの変更にはサーバーが必要です。再接続してください。
profile-queued = このコンピューターに保存しました。ワークスペースに再び接続できたとき、再起動後でも Tether が送信します。
profile-save = 変更を保存
profile-save-label = プロフィールを保存

## 保存でサーバーが受け付けなかった内容

not-kept-field = { $field ->
        [name] 名前
        [username] ユーザー名
        [nickname] ニックネーム
        [bio] 自己紹介
        [status] ステータス
        [status_text] ステータスメッセージ
       *[email] メールアドレス
    }
# $kept は not-kept-empty または not-kept-as。
not-kept-empty = 空のまま
not-kept-as = 「{ $value }」のまま
not-kept-cleared = サーバーは{ $field }を{ $kept }にしました。このワークスペースでは{ $field }を空にできません。変更するには新しい値を入力してください。
not-kept-other = サーバーは{ $field }を「{ $wanted }」ではなく{ $kept }にしました。

## パスワードのルール

rule-min-length = { $count } 文字以上
rule-max-length = { $count } 文字以下
rule-no-repeating = 同じ文字を { $count } 回より多く続けない
rule-lowercase = 小文字（a–z）
rule-uppercase = 大文字（A–Z）
rule-number = 数字（0–9）
rule-special = 記号（! ? # - など）

## 他のセッション

sessions-title = 他のセッション
sessions-done = 他のすべての場所からサインアウトしました。このデバイスはサインインしたままです。
sessions-confirm = @{ $username } としてサインインしている他のすべてのブラウザー・アプリ・デバイスからサインアウトしますか？このデバイスはサインインしたままです。
sessions-busy = サインアウト中…
sessions-sign-out = サインアウトする
sessions-open = 他のサインイン中の場所からログアウト

## アバター

avatar-label = アバター
avatar-uploading = アップロード中…
avatar-upload = 画像をアップロード
avatar-from-web = Web 上の画像を使う
avatar-reset-done = アバターをイニシャルに戻しました。
avatar-resetting = リセット中…
avatar-reset = イニシャルを使う
avatar-saved = 新しいアバターを保存しました。
avatar-address = 画像のアドレス（PNG、JPEG、WebP）
avatar-use = この画像を使う
avatar-locked = このワークスペースではアバターを変更できません。
avatar-needs-server = アバターの変更にはサーバーが必要です。再接続してください。
avatar-limit = PNG、JPEG、GIF、WebP、{ $size } まで。
avatar-wrong-type = PNG、JPEG、GIF、WebP の画像を選んでください。
avatar-too-big = この画像は { $size } です。このワークスペースは { $limit } までです。小さい画像を選んでください。

## アカウントの削除

delete-title = アカウントを削除
delete-summary = { $workspace } のアカウント @{ $username } を完全に削除します。元に戻せません。
delete-needs-server = アカウントの削除にはサーバーが必要です。先に再接続してください。
delete-password = パスワード
delete-type-username = 確認のため、ユーザー名 { $username } を入力してください
delete-only-owner = あなたが唯一のオーナーであるルームがあります。
delete-rooms-removed = 他に誰もいないため、次のルームは削除されます：
delete-rooms-new-owner = 次のルームでは、他のメンバーが新しいオーナーになります：
delete-busy = 削除中…
delete-agree = 同意してアカウントを削除
