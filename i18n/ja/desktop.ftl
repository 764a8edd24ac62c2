# ウィンドウ以外での Tether の言葉：トレイとコマンドライン

## トレイの 1 行目とツールチップ

tray-nothing = 未読はありません
tray-mentions-in = { $workspace } に未読のメンション { $count } 件
tray-mentions-across = { $workspaces } 個のワークスペースに未読のメンション { $count } 件
tray-unread-in = { $workspace } に未読のメッセージ { $count } 件
tray-unread-across = { $workspaces } 個のワークスペースに未読のメッセージ { $count } 件
tray-dot-in = { $workspace } に未読のメッセージがあります
tray-dot-across = { $workspaces } 個のワークスペースに未読のメッセージがあります
tray-sign-in-to = { $workspace } にもう一度サインインしてください
tray-sign-in-across = { $workspaces } 個のワークスペースにもう一度サインインしてください
tray-sign-in-and = { $sign_in } · { $counts }
tray-tooltip = Tether：{ $summary }

## メニューのワークスペースの行

tray-line = { $workspace } — { $detail }
tray-line-stale = { $workspace } — { $detail }（最後に確認した値・再接続中）
tray-detail-sign-in = もう一度サインイン
tray-detail-mentions = メンション { $mentions } 件、未読 { $unread } 件
tray-detail-unread = 未読 { $unread } 件
tray-detail-dot = 未読のメッセージ
tray-detail-nothing = 未読なし

## メニューの項目

tray-open = Tether を開く
tray-quit = Tether を終了
tray-notifications-on = 通知はオン
tray-muted = 通知はミュート中
tray-muted-until = { $time } まで通知をミュート中
tray-muted-until-day = { $day } { $time } まで通知をミュート中
tray-mute-hour = 通知を 1 時間ミュート
tray-mute-tomorrow = 通知を明日までミュート
tray-back-on = 通知をオンに戻す
tray-start-hidden = ログイン時に非表示で起動

## 曜日

weekday = { $day ->
        [mon] 月曜日
        [tue] 火曜日
        [wed] 水曜日
        [thu] 木曜日
        [fri] 金曜日
        [sat] 土曜日
       *[sun] 日曜日
    }

## Tether 自身のデスクトップ通知

notify-test-title = Tether：テスト通知
notify-test-body = { $workspace } からの通知はこのように表示されます。クリックするとブラウザーでワークスペースを開きます。
notify-test-body-tether = Tether の通知はこのように表示されます。
notify-tray-title = Tether は動作中です
notify-tray-body = トレイからワークスペースを見守り続けます。終了するにはトレイメニューの「{ $quit }」を選んでください。
notify-unnamed-contact = 連絡先
