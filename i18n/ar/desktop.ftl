# كلمات Tether خارج النافذة: شريط النظام وسطر الأوامر.

## السطر الأول وتلميح شريط النظام

tray-nothing = لا شيء غير مقروء
tray-mentions-in = { $count ->
        [zero] لا إشارات غير مقروءة
        [one] إشارة واحدة غير مقروءة
        [two] إشارتان غير مقروءتين
        [few] { $count } إشارات غير مقروءة
       *[other] { $count } إشارة غير مقروءة
    } في { $workspace }
tray-mentions-across = { $count ->
        [zero] لا إشارات غير مقروءة
        [one] إشارة واحدة غير مقروءة
        [two] إشارتان غير مقروءتين
        [few] { $count } إشارات غير مقروءة
       *[other] { $count } إشارة غير مقروءة
    } في { $workspaces } من مساحات العمل
tray-unread-in = { $count ->
        [zero] لا رسائل غير مقروءة
        [one] رسالة واحدة غير مقروءة
        [two] رسالتان غير مقروءتين
        [few] { $count } رسائل غير مقروءة
       *[other] { $count } رسالة غير مقروءة
    } في { $workspace }
tray-unread-across = { $count ->
        [zero] لا رسائل غير مقروءة
        [one] رسالة واحدة غير مقروءة
        [two] رسالتان غير مقروءتين
        [few] { $count } رسائل غير مقروءة
       *[other] { $count } رسالة غير مقروءة
    } في { $workspaces } من مساحات العمل
tray-dot-in = رسائل غير مقروءة في { $workspace }
tray-dot-across = رسائل غير مقروءة في { $workspaces } من مساحات العمل
tray-sign-in-to = سجّل الدخول مجددًا إلى { $workspace }
tray-sign-in-across = سجّل الدخول مجددًا إلى { $workspaces } من مساحات العمل
tray-sign-in-and = { $sign_in } · { $counts }
tray-tooltip = Tether: { $summary }

## سطر مساحة العمل في القائمة

tray-line = { $workspace } — { $detail }
tray-line-stale = { $workspace } — { $detail } (آخر قيمة معروفة؛ جارٍ إعادة الاتصال)
tray-detail-sign-in = سجّل الدخول مجددًا
tray-detail-mentions = { $mentions ->
        [zero] لا إشارات
        [one] إشارة واحدة
        [two] إشارتان
        [few] { $mentions } إشارات
       *[other] { $mentions } إشارة
    }، { $unread } غير مقروءة
tray-detail-unread = { $unread } غير مقروءة
tray-detail-dot = رسائل غير مقروءة
tray-detail-nothing = لا شيء غير مقروء

## عناصر القائمة

tray-open = فتح Tether
tray-quit = إنهاء Tether
tray-notifications-on = الإشعارات مفعّلة
tray-muted = الإشعارات مكتومة
tray-muted-until = الإشعارات مكتومة حتى { $time }
tray-muted-until-day = الإشعارات مكتومة حتى { $day } { $time }
tray-mute-hour = كتم الإشعارات لمدة ساعة
tray-mute-tomorrow = كتم الإشعارات حتى الغد
tray-back-on = إعادة تفعيل الإشعارات
tray-start-hidden = البدء مخفيًا عند تسجيل الدخول

## أيام الأسبوع

weekday = { $day ->
        [mon] الاثنين
        [tue] الثلاثاء
        [wed] الأربعاء
        [thu] الخميس
        [fri] الجمعة
        [sat] السبت
       *[sun] الأحد
    }

## إشعارات سطح المكتب الخاصة بـTether

notify-test-title = ‏Tether: إشعار تجريبي
notify-test-body = هكذا ستبدو الإشعارات من { $workspace }. انقر عليه لفتح مساحة العمل في متصفحك.
notify-test-body-tether = هكذا ستبدو إشعارات Tether.
notify-tray-title = لا يزال Tether يعمل
notify-tray-body = يواصل متابعة مساحات عملك من شريط النظام. للخروج اختر «{ $quit }» من قائمة شريط النظام.
notify-unnamed-contact = جهة اتصال
