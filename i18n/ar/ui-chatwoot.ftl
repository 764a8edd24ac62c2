# صفحات مساحة عمل Chatwoot بالعربية.

agent-stale = يُعرض آخر ما قرأه Tether: { $error }
agent-loading = جارٍ التحميل…

## إعدادات الملف الشخصي

agent-profile-title = إعدادات الملف الشخصي
agent-availability = التوفّر
agent-account = الحساب
agent-account-option = { $account } ({ $role })
agent-online = متصل
agent-busy = مشغول
agent-offline = غير متصل
agent-auto-offline = التحوّل إلى غير متصل تلقائيًا حين لا أكون مسجّل الدخول في أي مكان
agent-profile = الملف الشخصي
agent-full-name = اسمك الكامل
agent-display-name = الاسم المعروض
agent-display-name-help = الاسم الذي يراه العملاء والوكلاء الآخرون، واسمك الكامل إن كان فارغًا.
agent-email = عنوان بريدك الإلكتروني
agent-profile-saved = حُدّث ملفك الشخصي بنجاح
agent-email-unconfirmed = أرسل Chatwoot رابط تأكيد إلى { $wanted }. يبقى بريدك { $kept } حتى تفتحه.
agent-offline-profile = غير متصل: يبقى اسمك واسمك المعروض على هذا الحاسوب ويُرسلان حين يعود الخادم؛ أما البريد الجديد فيحتاج إلى الخادم.
agent-updating = جارٍ التحديث…
agent-update-profile = تحديث الملف الشخصي
agent-password = كلمة المرور
agent-current-password = كلمة المرور الحالية
agent-new-password = كلمة المرور الجديدة
agent-password-rules = قواعد كلمة المرور
agent-rule-met = (مستوفاة)
agent-rule-not-met = (غير مستوفاة بعد)
agent-confirm-password = تأكيد كلمة المرور الجديدة
agent-passwords-differ = كلمتا المرور مختلفتان.
agent-password-changed = تغيّرت كلمة مرورك.
agent-password-needs-server = تغيير كلمة المرور يحتاج إلى الخادم: أعد الاتصال أولًا.
agent-changing = جارٍ التغيير…
agent-change-password = تغيير كلمة المرور
agent-rule-length = من 6 إلى 128 محرفًا
agent-rule-uppercase = حرف لاتيني كبير واحد على الأقل (A–Z)
agent-rule-lowercase = حرف لاتيني صغير واحد على الأقل (a–z)
agent-rule-digit = رقم واحد على الأقل (0–9)
agent-rule-special = رمز خاص واحد على الأقل (!@#$%^&*()_+-=[]{"{"}{"}"}|')

## صورة الملف الشخصي

agent-image = صورة الملف الشخصي
agent-image-too-big = حجم هذه الصورة { $size }، ويقبل Chatwoot صور الملف الشخصي حتى { $limit }.
agent-image-saved = حُفظت صورة ملفك الشخصي.
agent-image-removed = أُزيلت صورة ملفك الشخصي.
agent-saving = جارٍ الحفظ…
agent-upload = رفع صورة
agent-remove = إزالة
agent-image-needs-server = صورة الملف الشخصي تحتاج إلى الخادم: أعد الاتصال لتغييرها.

## تغييرات تنتظر الخادم

agent-pending-conflict = غُيّر «{ $field }» على الخادم إلى { $server } بينما غيّرته أنت إلى { $mine }.
agent-pending-refused = لم يُقبل «{ $field }»: { $reason }
agent-pending-waiting = { $field }: محفوظ على هذا الحاسوب، ويُرسل حين يمكن الوصول إلى الخادم.
agent-keep-mine = الإبقاء على قيمتي
agent-use-server = استخدام قيمة الخادم
agent-discard = تجاهل تغييري
agent-field-name = الاسم الكامل
agent-field-display-name = الاسم المعروض
agent-field-audio = الإشعارات الصوتية
agent-field-flags = إشعارات البريد والدفع
agent-field-availability = التوفّر
agent-field-auto-offline = التحوّل إلى غير متصل تلقائيًا
agent-value-empty = (فارغ)
agent-value-text = «{ $value }»
agent-value-on = مفعّل
agent-value-off = معطّل
agent-value-other = إعدادات أخرى

## الإشعارات

agent-notifications-title = الإشعارات
agent-notifications-offline = غير متصل: تبقى تغييراتك على هذا الحاسوب وتُرسل حين يعود الخادم.
agent-audio = الإشعارات الصوتية
agent-audio-for = تشغيل صوت لـ
agent-audio-none = لا شيء
agent-audio-assigned = المحادثات المسندة إليّ
agent-audio-all = كل المحادثات
agent-audio-custom = مختار في Chatwoot: { $scopes }.
agent-audio-mine = محادثاتي المسندة
agent-audio-unassigned = المحادثات الجديدة التي تحتاج إلى اهتمام
agent-audio-others = المحادثات المسندة إلى آخرين
agent-tone = نغمة التنبيه
agent-tone-ding = دينغ
agent-tone-bell = جرس
agent-tone-chime = جرس موسيقي
agent-tone-magic = سحر
agent-tone-ping = بينغ
agent-volume = مستوى الصوت
agent-play = تشغيل
agent-only-inactive = التشغيل فقط حين لا تكون نافذة Tether نشطة
agent-repeat = التنبيه كل 30 ثانية ما دامت في المحادثات المسندة إليّ رسائل غير مقروءة
agent-email-notifications = إشعارات البريد
agent-push-notifications = إشعارات الدفع
agent-flag-event = { $event ->
        [conversation_creation] تُنشأ محادثة جديدة
        [conversation_assignment] تُسند إليّ محادثة
        [conversation_mention] يُشار إليك في محادثة
        [assigned_conversation_new_message] تصل رسالة جديدة في محادثة مسندة
        [participating_conversation_new_message] تصل رسالة جديدة في محادثة تشارك فيها
        [sla_missed_first_response] تفوّت محادثة اتفاقية مستوى الخدمة للرد الأول
        [sla_missed_next_response] تفوّت محادثة اتفاقية مستوى الخدمة للرد التالي
        [sla_missed_resolution] تفوّت محادثة اتفاقية مستوى الخدمة للحل
       *[other] { $words }
    }
agent-flag = { $channel ->
        [push] إرسال إشعارات الدفع حين { $when }
       *[email] إرسال إشعارات البريد حين { $when }
    }

## الأمان

agent-security-title = الأمان
agent-two-factor = المصادقة الثنائية
agent-two-factor-needs-session = سجّل Tether الدخول إلى مساحة العمل هذه برمز الوصول الخاص بك. لا يسمح Chatwoot بتغيير تسجيل الدخول الثنائي إلا من جلسة مسجّلة بالبريد وكلمة المرور: سجّل الخروج ثم ادخل بهذه الطريقة لتغييره.
agent-two-factor-on-codes = تسجيل الدخول الثنائي مفعّل.
agent-backup-help = احفظ هذه الرموز الاحتياطية في مكان آمن: كل رمز يدخلك مرة واحدة إن فقدت هاتفك. لا تُعرض إلا الآن.
agent-copied = نُسخ
agent-copy-codes = نسخ الرموز
agent-done = تم
agent-scan = امسح هذا الرمز بتطبيق المصادقة أو اكتب المفتاح، ثم أدخل الرمز المكوّن من 6 أرقام الذي يعرضه.
agent-qr = مفتاح المصادقة لـ{ $account }
agent-code = الرمز من التطبيق
agent-turn-on = تفعيل
agent-turn-off = تعطيل
agent-two-factor-on = مفعّل: يطلب تسجيل الدخول رمزًا من تطبيق المصادقة.
agent-two-factor-off = معطّل. مع تسجيل الدخول الثنائي يطلب الدخول أيضًا رمزًا من تطبيق مصادقة.
agent-devices = الأجهزة المسجّلة الدخول
agent-unknown-device = جهاز غير معروف
agent-this-tether = (Tether هذا)
agent-last-active = آخر نشاط { $when }
agent-sign-out = تسجيل الخروج
agent-security-none = لا يقدّم خادم Chatwoot هذا تسجيل دخول ثنائيًا ولا قائمة بالأجهزة المسجّلة الدخول.

## رمز الوصول

agent-token-title = رمز الوصول
agent-token-help = يمكن استخدام هذا الرمز لبناء تكاملات مع واجهة Chatwoot البرمجية. أبقِه سرًّا: فهو يتصرف باسمك.
agent-hide = إخفاء
agent-show = إظهار
agent-copy = نسخ
agent-reset-title = إعادة تعيين رمز الوصول؟
agent-reset-text = يتوقف الرمز الحالي فورًا: تتوقف التكاملات والبرامج التي تستخدمه حتى تعطيها الرمز الجديد.
agent-reset-text-tether = يتوقف الرمز الحالي فورًا: تتوقف التكاملات والبرامج التي تستخدمه حتى تعطيها الرمز الجديد. سجّل Tether الدخول به وسينتقل إلى الجديد بنفسه.
agent-reset-token = إعادة تعيين الرمز
agent-resetting = جارٍ إعادة التعيين…
agent-reset-done = أُنشئ رمز جديد. لم يعد القديم يعمل.
agent-token-needs-server = رمز الوصول يحتاج إلى الخادم: أعد الاتصال لرؤيته أو نسخه أو إعادة تعيينه.
