# 設定のページ（日本語）。設定の名前は core のカタログに従います。

prefs-title = 設定
prefs-offline = { $workspace } に接続できません。変更はこのコンピューターに保存され、接続が戻りしだい送信されます。
prefs-conflicts = { $count } 件の設定が別の場所でも変更されました。残す値を選んでください。
prefs-refused = { $count } 件の変更がサーバーに拒否されました。下をご覧ください。
prefs-pending = { $count } 件の変更が送信を待っています。
prefs-all-saved = すべての変更をサーバーに保存しました。
prefs-not-read = まだサーバーから読み込んでいません。ワークスペースの既定値を表示しています。
prefs-loading = 設定を読み込み中…
prefs-not-set = 未設定
prefs-play = 再生
prefs-play-sound = { $sound } を再生
prefs-words-placeholder = 単語, 別のフレーズ
prefs-waiting = 送信待ち
prefs-workspace-default = ワークスペースの既定値
prefs-changed-by-you = 変更済み
prefs-reset = 既定値に戻す（{ $value }）
prefs-conflict = ここで { $mine } を選んでいる間に、別のデバイスで { $theirs } に変更されました。どちらを残しますか？
prefs-take-theirs = あちらを採用
prefs-keep-mine = 自分の値を残す
prefs-refused-value = サーバーは「{ $value }」を拒否しました：{ $reason }
prefs-drop = この変更を破棄
prefs-test-title = デスクトップ通知をテスト
prefs-test-help = このコンピューターに今すぐ通知を表示し、新着メッセージに気づけるか確かめます。
prefs-test-showing = 表示中…
prefs-test-send = テスト通知を送る
prefs-test-shown = テスト通知を表示しました。見えない場合は、デスクトップの通知設定を確認してください。

## 言葉で表した値

value-not-set = 未設定
value-on = オン
value-off = オフ
value-no-words = 単語なし
value-number = { $value } { $unit ->
        [hours] 時間
        [seconds] 秒
       *[other] { $unit }
    }
value-unit = { $unit ->
        [hours] 時間
        [seconds] 秒
       *[other] { $unit }
    }

## マイデータ

data-title = マイデータ
data-help = データはキューで準備され、ファイルへのリンクがメールで届きます。種類ごとに 24 時間に 1 回まで依頼できます。
data-requesting = 依頼中…
data-download = データをダウンロード（HTML）
data-export = データをエクスポート（JSON）
data-requested = { $full ->
        [yes] 依頼しました。完全なエクスポートを準備中です（{ $status }）。
       *[no] 依頼しました。データを準備中です（{ $status }）。
    }{ $ahead ->
        [0] { "" }
       *[other] 先に { $ahead } 件の依頼があります。
    }リンクはメールで届きます。
data-already = { $asked } にすでに依頼しています（状態：{ $status }）。{ $next } 以降に再び依頼できます。
data-ready = 準備ができました。メールのリンクをご覧ください。
data-unknown-time = 不明な日時

## グループ（Rocket.Chat の順）

group-localization = 言語と地域
group-user_presence = 在席状況
group-notifications = 通知
group-messages = メッセージ
group-highlights = ハイライト
group-sound = サウンド
group-appearance = 外観
group-sidebar = サイドバー
group-omnichannel = オムニチャネル

## 設定項目

pref-language-workspace = ワークスペースの言語
pref-language = 言語
pref-language-help = Rocket.Chat の画面の言語。
pref-clockMode = 時計
pref-clockMode-help = 時刻の表示方法。
pref-clockMode-0 = 言語の既定
pref-clockMode-1 = 12 時間制
pref-clockMode-2 = 24 時間制
pref-utcOffset = タイムゾーンの時差
pref-utcOffset-help = UTC との時差（時間単位）。メールの時刻に使われます。
pref-enableAutoAway = 自動退席
pref-enableAutoAway-help = 下のアイドル時間が過ぎるとステータスが退席中になります。
pref-idleTimeLimit = アイドル時間
pref-idleTimeLimit-help = 退席中と表示されるまでの無操作の秒数（60 以上）。
pref-desktopNotificationRequireInteraction = デスクトップ通知を閉じるには操作を必須にする
pref-desktopNotificationRequireInteraction-help = 通知は操作するまで残ります。
pref-desktopNotifications = デスクトップ通知の対象
pref-desktopNotifications-help = デスクトップ通知を表示するメッセージ。
pref-desktopNotifications-all = すべてのメッセージ
pref-desktopNotifications-mentions = メンション
pref-desktopNotifications-nothing = なし
pref-pushNotifications = プッシュ通知の対象
pref-pushNotifications-help = スマートフォンにプッシュ通知を送るメッセージ。
pref-pushNotifications-all = すべてのメッセージ
pref-pushNotifications-mentions = メンション
pref-pushNotifications-nothing = なし
pref-emailNotificationMode = オフライン時のメール通知
pref-emailNotificationMode-help = オフラインの間にメールで届くメッセージ（メールアドレスの確認が必要です）。
pref-emailNotificationMode-mentions = すべてのメンションとダイレクトメッセージ
pref-emailNotificationMode-nothing = 無効
pref-receiveLoginDetectionEmail = ログイン検知メールを受け取る
pref-receiveLoginDetectionEmail-help = アカウントにサインインがあるたびにメールが届きます（Premium ワークスペース）。
pref-notifyCalendarEvents = カレンダーの予定を通知
pref-notifyCalendarEvents-help = カレンダーの予定の通知。
pref-enableMobileRinging = スマートフォンで着信音を鳴らす
pref-enableMobileRinging-help = 通話がスマートフォンで鳴ります。
pref-desktopNotificationVoiceCalls = 音声通話の通知
pref-desktopNotificationVoiceCalls-help = 着信した音声通話のデスクトップ通知。
pref-unreadAlert = トレイアイコンで未読を知らせる
pref-unreadAlert-help = 未読メッセージがあるとトレイアイコンが強調されます。
pref-showThreadsInMainChannel = スレッドの返信を常にメインチャネルに表示
pref-showThreadsInMainChannel-help = 送信者の選択にかかわらず、スレッドの返信がルームにも表示されます。
pref-alsoSendThreadToChannel = スレッドのメッセージをチャネルにも送る
pref-alsoSendThreadToChannel-help = スレッドで返信するときの「チャネルにも送信」チェックボックスの初期状態。
pref-alsoSendThreadToChannel-default = 最初の返信ではオン、以降はオフ
pref-alsoSendThreadToChannel-always = 既定でオン
pref-alsoSendThreadToChannel-never = 既定でオフ
pref-useEmojis = 絵文字を使う
pref-useEmojis-help = 絵文字ピッカーと絵文字を表示します。
pref-convertAsciiEmoji = ASCII を絵文字に変換
pref-convertAsciiEmoji-help = :) と入力すると 🙂 になります。
pref-autoImageLoad = 画像を自動で読み込む
pref-autoImageLoad-help = クリックせずに画像を読み込みます。
pref-saveMobileBandwidth = モバイル通信量を節約
pref-saveMobileBandwidth-help = モバイル接続でのデータ使用量を減らします。
pref-collapseMediaByDefault = 埋め込みメディアを既定で折りたたむ
pref-collapseMediaByDefault-help = メッセージ内の画像と動画を折りたたんだ状態で表示します。
pref-hideFlexTab = 外側をクリックしてコンテキストバーを閉じる
pref-hideFlexTab-help = 他の場所をクリックするとルームのサイドパネルが閉じます。
pref-displayAvatars = アバターを表示
pref-displayAvatars-help = メッセージの横に相手の写真を表示します。
pref-hideUsernames = ユーザー名を隠す
pref-hideUsernames-help = メッセージに @ユーザー名 ではなく名前だけを表示します。
pref-hideRoles = ロールを隠す
pref-hideRoles-help = 名前の横にロールのタグを表示しません。
pref-mentionsWithSymbol = メンションを @ 付きで表示
pref-mentionsWithSymbol-help = メンションの表示で @ を残します。
pref-sendOnEnter = Enter キーの動作
pref-sendOnEnter-help = メッセージ欄で Enter キーを押したときの動作。
pref-sendOnEnter-normal = 通常モード（Enter で送信）
pref-sendOnEnter-alternative = 代替モード（Enter + Ctrl/Alt/Shift/Cmd で送信）
pref-sendOnEnter-desktop = デスクトップモード（デスクトップでのみ Enter で送信）
pref-highlights = ハイライトする単語
pref-highlights-help = 誰かが書いたときに通知される単語やフレーズ（カンマ区切り）。
pref-newRoomNotification = 新しいルームの通知
pref-newRoomNotification-help = ルームに追加されたときの音。
pref-newMessageNotification = 新着メッセージの通知
pref-newMessageNotification-help = 新着メッセージごとの音。
pref-muteFocusedConversations = 表示中の会話をミュート
pref-muteFocusedConversations-help = 見ているルームでは音を鳴らしません。
pref-masterVolume = マスター音量
pref-masterVolume-help = すべての音の音量。
pref-notificationsSoundVolume = 通知音の音量
pref-notificationsSoundVolume-help = マスター音量の範囲内での通知音の音量。
pref-voipRingerVolume = 着信音の音量
pref-voipRingerVolume-help = 着信した通話の呼び出し音の音量。
pref-themeAppearence = テーマ
pref-themeAppearence-help = ライト、ダーク、またはハイコントラストの配色。
pref-themeAppearence-auto = システムに合わせる
pref-themeAppearence-light = ライト
pref-themeAppearence-dark = ダーク
pref-themeAppearence-high-contrast = ハイコントラスト
pref-fontSize = 文字サイズ
pref-fontSize-help = Web クライアントの文字の大きさ。
pref-fontSize-14px = 小
pref-fontSize-100pct = 標準
pref-fontSize-18px = 中
pref-fontSize-20px = 大
pref-fontSize-24px = 特大
pref-sidebarShowFavorites = お気に入りをまとめる
pref-sidebarShowFavorites-help = お気に入りのルームを専用のセクションにまとめます。
pref-sidebarShowUnread = 未読のルームをまとめる
pref-sidebarShowUnread-help = 未読メッセージのあるルームを専用のセクションにまとめます。
pref-sidebarGroupByType = 種類ごとにまとめる
pref-sidebarGroupByType-help = チャネル、チーム、ダイレクトメッセージを別々のセクションにします。
pref-sidebarSortby = ルームの並び順
pref-sidebarSortby-help = ルーム一覧の順序。
pref-sidebarSortby-activity = アクティビティ
pref-sidebarSortby-alphabetical = 名前
pref-sidebarViewMode = ルーム一覧の表示
pref-sidebarViewMode-help = 一覧の各ルームに表示する情報量。
pref-sidebarViewMode-extended = 詳細
pref-sidebarViewMode-medium = 標準
pref-sidebarViewMode-condensed = コンパクト
pref-sidebarDisplayAvatar = ルーム一覧にアバターを表示
pref-sidebarDisplayAvatar-help = ルーム名の横に画像を表示します。
pref-omnichannelTranscriptEmail = チャットの記録を常にメールで送る
pref-omnichannelTranscriptEmail-help = 終了した会話の記録がメールで届きます。
pref-omnichannelTranscriptPDF = チャットの記録を常に PDF で書き出す
pref-omnichannelTranscriptPDF-help = 終了した会話の記録を PDF で保存します（Premium）。
pref-omnichannelHideConversationAfterClosing = 終了後に会話を隠す
pref-omnichannelHideConversationAfterClosing-help = 終了した会話を一覧から外します。

## Rocket.Chat の内蔵サウンド

sound-chime = チャイム
sound-door = ドア
sound-beep = ビープ
sound-chelle = シェル
sound-ding = ディン
sound-droplet = しずく
sound-highbell = 高いベル
sound-seasons = 季節
sound-telephone = 電話
sound-outbound-call-ringing = 発信中の呼び出し音
sound-call-ended = 通話終了
sound-dialtone = ダイヤルトーン
sound-ringtone = 着信音
sound-none = 音なし
