# نافذة Tether باللغة العربية.

## إطار النافذة

shell-add-workspace-back = → إضافة مساحة عمل
shell-about-link = حول Tether
nav-account = الحساب
nav-profile = الملف الشخصي
nav-preferences = التفضيلات
nav-security = الأمان
nav-tokens = رموز الوصول الشخصية
nav-notifications = الإشعارات
nav-access-token = رمز الوصول
nav-administration = الإدارة
nav-users = المستخدمون
nav-tether = Tether
nav-about = حول

## وضع «عدم الإزعاج» الخاص بـ Tether

quiet-title = الإشعارات
quiet-on = مفعّلة
quiet-muted-until = مكتومة حتى { $time }
quiet-turn-on = إعادة التفعيل
quiet-mute-hour = كتم لمدة ساعة
quiet-mute-tomorrow = كتم حتى الغد

## مبدّل مساحات العمل

switcher-none = لا توجد مساحة عمل
switcher-not-signed-in = لم يتم تسجيل الدخول
switcher-chatwoot = Chatwoot
switcher-add = إضافة مساحة عمل
switcher-sign-out = تسجيل الخروج من { $workspace }
switcher-remove = إزالة { $workspace }…
switcher-unread =
    { $mentions ->
        [zero] لا إشارات
        [one] إشارة واحدة
        [two] إشارتان
        [few] { $mentions } إشارات
        [many] { $mentions } إشارة
       *[other] { $mentions } إشارة
    }، { $unread ->
        [zero] لا رسائل غير مقروءة
        [one] رسالة واحدة غير مقروءة
        [two] رسالتان غير مقروءتين
        [few] { $unread } رسائل غير مقروءة
        [many] { $unread } رسالة غير مقروءة
       *[other] { $unread } رسالة غير مقروءة
    }
switcher-unread-dot = رسائل غير مقروءة
switcher-stale = { $counts } (آخر قيمة معروفة؛ جارٍ إعادة الاتصال)

## اتصال مساحة العمل

connection-online = متصل
connection-connecting = جارٍ الاتصال…
connection-offline = غير متصل
connection-certificate-untrusted = الشهادة غير موثوقة
connection-signed-out = تم تسجيل الخروج
connection-not-signed-in = لم يتم تسجيل الدخول

## حول

about-title = حول Tether
about-summary = أدِر حسابات مساحات الدردشة من تطبيق سطح مكتب صغير وسريع.
about-licence = برنامج حر بموجب ترخيص MIT أو ترخيص Apache 2.0، حسب اختيارك.
about-shortcuts = اختصارات لوحة المفاتيح
about-help = المساعدة والإبلاغ عن الأخطاء
about-open-logs = فتح مجلد السجلات
about-copy-diagnostics = نسخ معلومات التشخيص
about-diagnostics-copied = تم النسخ. لا تتضمن سوى الإصدارات وخدمات سطح المكتب: لا عناوين ولا أسماء مستخدمين ولا رموز.

## اختصارات لوحة المفاتيح (المفاتيح نفسها لا تُترجم)

shortcut-workspace = عرض مساحة العمل من الأولى إلى التاسعة
shortcut-preferences = فتح التفضيلات (في Chatwoot: إعدادات الإشعارات)
shortcut-close = إغلاق النافذة (يبقى Tether في شريط النظام إن وُجد)
shortcut-escape = إغلاق مربع حوار أو قائمة؛ ويعود التركيز إلى مكانه
shortcut-tab = التنقل بين عناصر التحكم

## إضافة مساحة عمل

add-title = إضافة مساحة عمل
add-hint = أدخل عنوان مساحة عمل Rocket.Chat أو Chatwoot كما في متصفحك.
add-address = عنوان مساحة العمل
add-certificate-changed = تغيّرت الشهادة
add-certificate-untrusted = شهادة غير موثوقة
add-fingerprint = بصمة SHA-256 للمضيف { $host }
add-trust = الوثوق بهذه الشهادة
add-connecting = جارٍ الاتصال…
add-connect = اتصال

## تسجيل الدخول

signin-title = تسجيل الدخول إلى { $workspace }
signin-two-factor = المصادقة الثنائية
signin-back = رجوع
signin-method = طريقة تسجيل الدخول
signin-email = البريد الإلكتروني
signin-username-or-email = اسم المستخدم أو البريد الإلكتروني
signin-password = كلمة المرور
signin-token = رمز الوصول
signin-chatwoot-token-hint = لحسابات الدخول الموحّد: انسخ رمز الوصول من Chatwoot (إعدادات الملف الشخصي › رمز الوصول) والصقه هنا.
signin-rocketchat-token-hint = لحسابات الدخول الموحّد أو مساحات العمل التي لا تتيح الدخول بكلمة مرور: أنشئ رمز وصول شخصيًا في عميل الويب (الحساب › رموز الوصول الشخصية) والصقه هنا مع معرّف المستخدم الظاهر بجانبه.
signin-user-id = معرّف المستخدم
signin-personal-token = رمز الوصول الشخصي
signin-busy = جارٍ تسجيل الدخول…
signin-submit = تسجيل الدخول

## كلمات تشترك فيها صفحات عدة

common-cancel = إلغاء
common-saving = جارٍ الحفظ…
common-saved = تم الحفظ.
common-try-again = أعد المحاولة
common-trying = جارٍ إعادة المحاولة…
common-none = —
status-online = متصل
status-away = بعيد
status-busy = مشغول
status-offline = غير متصل

## التحديثات (حول)

update-title = التحديثات
update-installed = حُدّث Tether إلى { $version }.
update-not-applied = لم ينجح التحديث إلى { $version }: لا يزال Tether بالإصدار { $running }. لن يُعرض مجددًا تلقائيًا، لكن «البحث عن تحديثات» يُظهره.
update-skipped = متجاوَز
update-failed-before = لم ينجح تثبيت هذا الإصدار من قبل.
update-not-installable = لم تُثبَّت نسخة Tether هذه من حزمة Tether، لذا لا تستبدل نفسها.
update-get-from = احصل على Tether { $version } من { $page }.
update-get-elsewhere = احصل عليه من حيث حصلت على هذه النسخة، أو من حزم توزيعتك.
update-progress = تقدّم التنزيل
update-password-note = قد يطلب نظامك كلمة مرور المدير لتثبيته.
update-install = التثبيت وإعادة التشغيل
update-download = تنزيل
update-skip = تجاوز هذا الإصدار
update-check = البحث عن تحديثات
update-settings = الإعدادات
update-automatic = البحث عن التحديثات تلقائيًا (عند البدء وكل بضع ساعات)
update-channel = قناة الإصدارات
update-stable = الإصدارات المستقرة
update-beta = الإصدارات التجريبية أيضًا (أبكر، وأقل اختبارًا)
update-deb = مثبّت من حزمة ‎.deb الخاصة بـTether
update-rpm = مثبّت من حزمة ‎.rpm الخاصة بـTether
update-appimage = AppImage ‏({ $path })
update-windows = مثبّت بمثبّت Tether لنظام Windows
update-mac = Tether.app
update-not-managed = غير مثبّت من حزمة Tether ‏({ $path })
update-not-checked = لم يُفحص بعد.
update-checking = جارٍ البحث عن تحديثات…
update-passed-over = لا تحديث معروض (فُحص في { $checked }): تُجووز { $version } أو لم يُثبَّت من قبل. «البحث عن تحديثات» يُظهره.
update-up-to-date = ‏Tether { $version } محدّث (فُحص في { $checked }).
update-available = ‏Tether { $version } متاح.
update-downloading = جارٍ التنزيل…
update-downloading-percent = جارٍ التنزيل… { $percent }
update-ready = نُزّل Tether { $version } وتُحقّق منه.
update-installing = جارٍ تثبيت Tether { $version }…

## إزالة مساحة عمل

remove-title = إزالة { $workspace }؟
remove-signed-in = يسجّل Tether خروج @{ $username } من { $address }، ويحذف الجلسة المحفوظة من حلقة مفاتيحك وكل ما يحتفظ به لمساحة العمل هذه على هذا الحاسوب، بما في ذلك التعديلات التي لم تُرسل بعد. لا يتغيّر حسابك على الخادم.
remove-signed-out = يحذف Tether الجلسة المحفوظة من حلقة مفاتيحك وكل ما يحتفظ به لمساحة العمل هذه على هذا الحاسوب، بما في ذلك التعديلات التي لم تُرسل بعد. لا يتغيّر حسابك على الخادم.
remove-busy = جارٍ الإزالة…
remove-confirm = إزالة
