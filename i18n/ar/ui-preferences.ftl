# صفحة التفضيلات بالعربية. أسماء التفضيلات تتبع فهرس النواة.

prefs-title = التفضيلات
prefs-offline = لا يمكن الوصول إلى { $workspace }. تبقى تغييراتك على هذا الحاسوب وتُرسل فور عودته.
prefs-conflicts = { $count ->
        [one] غُيّر تفضيل واحد في مكان آخر أيضًا: اختر القيمة التي تبقى.
        [two] غُيّر تفضيلان في مكان آخر أيضًا: اختر القيم التي تبقى.
        [few] غُيّرت { $count } تفضيلات في مكان آخر أيضًا: اختر القيم التي تبقى.
       *[other] غُيّر { $count } تفضيلًا في مكان آخر أيضًا: اختر القيم التي تبقى.
    }
prefs-refused = { $count ->
        [one] رفض الخادم تغييرًا واحدًا: انظر أدناه.
        [two] رفض الخادم تغييرين: انظر أدناه.
        [few] رفض الخادم { $count } تغييرات: انظر أدناه.
       *[other] رفض الخادم { $count } تغييرًا: انظر أدناه.
    }
prefs-pending = { $count ->
        [one] تغيير واحد بانتظار الإرسال.
        [two] تغييران بانتظار الإرسال.
        [few] { $count } تغييرات بانتظار الإرسال.
       *[other] { $count } تغييرًا بانتظار الإرسال.
    }
prefs-all-saved = حُفظت كل التغييرات على الخادم.
prefs-not-read = لم تُقرأ من الخادم بعد: تُعرض القيم الافتراضية لمساحة العمل.
prefs-loading = جارٍ تحميل تفضيلاتك…
prefs-not-set = غير محدد
prefs-play = تشغيل
prefs-play-sound = تشغيل { $sound }
prefs-words-placeholder = كلمة، عبارة أخرى
prefs-waiting = بانتظار الإرسال
prefs-workspace-default = افتراضي مساحة العمل
prefs-changed-by-you = غيّرته أنت
prefs-reset = الرجوع إلى الافتراضي ({ $value })
prefs-conflict = غُيّر على جهاز آخر إلى { $theirs } بينما اخترت { $mine } هنا. أيهما يبقى؟
prefs-take-theirs = أخذ القيمة الأخرى
prefs-keep-mine = الإبقاء على قيمتي
prefs-refused-value = رفض الخادم «{ $value }»: { $reason }
prefs-drop = تجاهل هذا التغيير
prefs-test-title = اختبار إشعارات سطح المكتب
prefs-test-help = يعرض إشعارًا على هذا الحاسوب الآن، لتتأكد أنك سترى الرسائل الجديدة.
prefs-test-showing = جارٍ العرض…
prefs-test-send = إرسال إشعار تجريبي
prefs-test-shown = عُرض إشعار تجريبي. لا تراه؟ راجع إعدادات الإشعارات في سطح المكتب.

## قيمة بالكلمات

value-not-set = غير محدد
value-on = مفعّل
value-off = معطّل
value-no-words = لا كلمات
value-number = { $value } { $unit ->
        [hours] { $value ->
            [one] ساعة
            [two] ساعتان
            [few] ساعات
           *[other] ساعة
        }
        [seconds] { $value ->
            [one] ثانية
            [two] ثانيتان
            [few] ثوانٍ
           *[other] ثانية
        }
       *[other] { $unit }
    }
value-unit = { $unit ->
        [hours] ساعات
        [seconds] ثوانٍ
       *[other] { $unit }
    }

## بياناتي

data-title = بياناتي
data-help = تُجهَّز بياناتك في طابور، ويصلك رابط الملف بالبريد. طلب واحد من كل نوع كل 24 ساعة.
data-requesting = جارٍ الطلب…
data-download = تنزيل بياناتي (HTML)
data-export = تصدير بياناتي (JSON)
data-requested = { $full ->
        [yes] تم الطلب: يُجهَّز تصديرك الكامل ({ $status }).
       *[no] تم الطلب: تُجهَّز بياناتك ({ $status }).
    } { $ahead ->
        [0] { "" }
        [one] يسبقه طلب واحد.
       *[other] يسبقه { $ahead } طلبات.
    } سيصلك بريد بالرابط.
data-already = طلبت ذلك بالفعل في { $asked } (الحالة: { $status }). يمكنك الطلب مجددًا بعد { $next }.
data-ready = أصبح جاهزًا: انظر الرابط في بريدك.
data-unknown-time = وقت غير معروف

## المجموعات بترتيب Rocket.Chat

group-localization = اللغة والمنطقة
group-user_presence = الحضور
group-notifications = الإشعارات
group-messages = الرسائل
group-highlights = الكلمات المميزة
group-sound = الصوت
group-appearance = المظهر
group-sidebar = الشريط الجانبي
group-omnichannel = القنوات المتعددة

## التفضيلات

pref-language-workspace = لغة مساحة العمل
pref-language = اللغة
pref-language-help = لغة واجهة Rocket.Chat.
pref-clockMode = الساعة
pref-clockMode-help = طريقة عرض الأوقات.
pref-clockMode-0 = افتراضي اللغة
pref-clockMode-1 = 12 ساعة
pref-clockMode-2 = 24 ساعة
pref-utcOffset = فارق المنطقة الزمنية
pref-utcOffset-help = فارقك عن UTC بالساعات، للأوقات في رسائل البريد.
pref-enableAutoAway = الغياب التلقائي
pref-enableAutoAway-help = تتحول حالتك إلى بعيد بعد مدة الخمول أدناه.
pref-idleTimeLimit = مدة الخمول
pref-idleTimeLimit-help = الثواني دون نشاط قبل أن تظهر بعيدًا (60 على الأقل).
pref-desktopNotificationRequireInteraction = طلب تفاعل لإغلاق إشعارات سطح المكتب
pref-desktopNotificationRequireInteraction-help = تبقى الإشعارات حتى تتفاعل معها.
pref-desktopNotifications = إظهار إشعارات سطح المكتب لـ
pref-desktopNotifications-help = الرسائل التي تُظهر إشعارًا على سطح المكتب.
pref-desktopNotifications-all = كل الرسائل
pref-desktopNotifications-mentions = الإشارات
pref-desktopNotifications-nothing = لا شيء
pref-pushNotifications = إرسال إشعارات الدفع لـ
pref-pushNotifications-help = الرسائل التي ترسل إشعار دفع إلى هاتفك.
pref-pushNotifications-all = كل الرسائل
pref-pushNotifications-mentions = الإشارات
pref-pushNotifications-nothing = لا شيء
pref-emailNotificationMode = إشعارات البريد عند عدم الاتصال
pref-emailNotificationMode-help = الرسائل التي تصلك بالبريد وأنت غير متصل (يجب توثيق بريدك).
pref-emailNotificationMode-mentions = كل إشارة أو رسالة مباشرة
pref-emailNotificationMode-nothing = معطّل
pref-receiveLoginDetectionEmail = تلقي رسائل اكتشاف تسجيل الدخول
pref-receiveLoginDetectionEmail-help = رسالة بريد في كل مرة يسجّل فيها أحد الدخول إلى حسابك (مساحات Premium).
pref-notifyCalendarEvents = الإشعار بأحداث التقويم
pref-notifyCalendarEvents-help = إشعارات لأحداث تقويمك.
pref-enableMobileRinging = الرنين على الهاتف
pref-enableMobileRinging-help = ترن المكالمات على هاتفك.
pref-desktopNotificationVoiceCalls = إشعارات المكالمات الصوتية
pref-desktopNotificationVoiceCalls-help = إشعارات سطح المكتب للمكالمات الصوتية الواردة.
pref-unreadAlert = تنبيه غير المقروء في شريط النظام
pref-unreadAlert-help = تبرز أيقونة شريط النظام حين تكون لديك رسائل غير مقروءة.
pref-showThreadsInMainChannel = إظهار ردود المحادثات الفرعية دائمًا في القناة الرئيسية
pref-showThreadsInMainChannel-help = تظهر ردود المحادثات الفرعية في الغرفة أيضًا، أيًّا كان اختيار المرسل.
pref-alsoSendThreadToChannel = إرسال رسائل المحادثات الفرعية إلى القناة أيضًا
pref-alsoSendThreadToChannel-help = كيف يبدأ مربع «الإرسال إلى القناة أيضًا» حين ترد في محادثة فرعية.
pref-alsoSendThreadToChannel-default = محدد للرد الأول، غير محدد لما بعده
pref-alsoSendThreadToChannel-always = محدد افتراضيًا
pref-alsoSendThreadToChannel-never = غير محدد افتراضيًا
pref-useEmojis = استخدام الرموز التعبيرية
pref-useEmojis-help = إظهار منتقي الرموز التعبيرية والرموز.
pref-convertAsciiEmoji = تحويل ASCII إلى رمز تعبيري
pref-convertAsciiEmoji-help = كتابة :) تُظهر 🙂.
pref-autoImageLoad = تحميل الصور تلقائيًا
pref-autoImageLoad-help = تُحمَّل الصور دون نقر.
pref-saveMobileBandwidth = توفير بيانات الجوال
pref-saveMobileBandwidth-help = استخدام بيانات أقل على اتصالات الجوال.
pref-collapseMediaByDefault = طي الوسائط المضمّنة افتراضيًا
pref-collapseMediaByDefault-help = تبدأ الصور والفيديوهات في الرسائل مطويّة.
pref-hideFlexTab = إخفاء الشريط السياقي بالنقر خارجه
pref-hideFlexTab-help = تُغلق اللوحة الجانبية للغرفة حين تنقر في مكان آخر.
pref-displayAvatars = إظهار الصور الرمزية
pref-displayAvatars-help = إظهار صور الأشخاص بجانب رسائلهم.
pref-hideUsernames = إخفاء أسماء المستخدمين
pref-hideUsernames-help = إظهار الأسماء فقط، دون ‎@أسماء المستخدمين، في الرسائل.
pref-hideRoles = إخفاء الأدوار
pref-hideRoles-help = عدم إظهار وسوم الأدوار بجانب الأسماء.
pref-mentionsWithSymbol = إظهار الإشارات مع الرمز @
pref-mentionsWithSymbol-help = تحتفظ الإشارات بالرمز @ عند عرضها.
pref-sendOnEnter = سلوك مفتاح Enter
pref-sendOnEnter-help = ما يفعله مفتاح Enter في مربع الرسالة.
pref-sendOnEnter-normal = الوضع العادي (الإرسال بـ Enter)
pref-sendOnEnter-alternative = الوضع البديل (الإرسال بـ Enter مع Ctrl/Alt/Shift/Cmd)
pref-sendOnEnter-desktop = وضع سطح المكتب (الإرسال بـ Enter على الحاسوب فقط)
pref-highlights = الكلمات المميزة
pref-highlights-help = كلمات أو عبارات، مفصولة بفواصل، تُشعرك حين يكتبها أحد.
pref-newRoomNotification = إشعار غرفة جديدة
pref-newRoomNotification-help = الصوت حين تُضاف إلى غرفة.
pref-newMessageNotification = إشعار رسالة جديدة
pref-newMessageNotification-help = الصوت لكل رسالة جديدة.
pref-muteFocusedConversations = كتم المحادثات المفتوحة
pref-muteFocusedConversations-help = لا صوت للغرفة التي تنظر إليها.
pref-masterVolume = مستوى الصوت العام
pref-masterVolume-help = مستوى صوت كل الأصوات.
pref-notificationsSoundVolume = مستوى صوت الإشعارات
pref-notificationsSoundVolume-help = مستوى صوت الإشعارات ضمن مستوى الصوت العام.
pref-voipRingerVolume = مستوى صوت رنين المكالمات
pref-voipRingerVolume-help = مستوى صوت رنين المكالمات الواردة.
pref-themeAppearence = السمة
pref-themeAppearence-help = ألوان فاتحة أو داكنة أو عالية التباين.
pref-themeAppearence-auto = مطابقة النظام
pref-themeAppearence-light = فاتحة
pref-themeAppearence-dark = داكنة
pref-themeAppearence-high-contrast = تباين عالٍ
pref-fontSize = حجم الخط
pref-fontSize-help = حجم النص في عميل الويب.
pref-fontSize-14px = صغير
pref-fontSize-100pct = افتراضي
pref-fontSize-18px = متوسط
pref-fontSize-20px = كبير
pref-fontSize-24px = كبير جدًا
pref-sidebarShowFavorites = تجميع المفضلة
pref-sidebarShowFavorites-help = للغرف المفضلة قسم خاص بها.
pref-sidebarShowUnread = تجميع الغرف غير المقروءة
pref-sidebarShowUnread-help = للغرف ذات الرسائل غير المقروءة قسم خاص بها.
pref-sidebarGroupByType = التجميع حسب النوع
pref-sidebarGroupByType-help = القنوات والفرق والرسائل المباشرة في أقسام منفصلة.
pref-sidebarSortby = ترتيب الغرف حسب
pref-sidebarSortby-help = ترتيب قائمة الغرف.
pref-sidebarSortby-activity = النشاط
pref-sidebarSortby-alphabetical = الاسم
pref-sidebarViewMode = عرض قائمة الغرف
pref-sidebarViewMode-help = مقدار ما تُظهره كل غرفة في القائمة.
pref-sidebarViewMode-extended = موسّع
pref-sidebarViewMode-medium = متوسط
pref-sidebarViewMode-condensed = مضغوط
pref-sidebarDisplayAvatar = إظهار الصور الرمزية في قائمة الغرف
pref-sidebarDisplayAvatar-help = صور بجانب أسماء الغرف.
pref-omnichannelTranscriptEmail = إرسال نص المحادثة بالبريد دائمًا
pref-omnichannelTranscriptEmail-help = يصلك بالبريد نص كل محادثة مغلقة.
pref-omnichannelTranscriptPDF = تصدير نص المحادثة بصيغة PDF دائمًا
pref-omnichannelTranscriptPDF-help = يُحفظ نص كل محادثة مغلقة بصيغة PDF ‏(Premium).
pref-omnichannelHideConversationAfterClosing = إخفاء المحادثات بعد إغلاقها
pref-omnichannelHideConversationAfterClosing-help = تخرج المحادثة المغلقة من قائمتك.

## أصوات Rocket.Chat المدمجة

sound-chime = جرس موسيقي
sound-door = باب
sound-beep = صفير
sound-chelle = شيل
sound-ding = دينغ
sound-droplet = قطرة
sound-highbell = جرس حاد
sound-seasons = فصول
sound-telephone = هاتف
sound-outbound-call-ringing = رنين مكالمة صادرة
sound-call-ended = انتهت المكالمة
sound-dialtone = نغمة الاتصال
sound-ringtone = نغمة الرنين
sound-none = بلا صوت
