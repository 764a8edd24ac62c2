# الإدارة › المستخدمون، بالعربية.

admin-title = المستخدمون
admin-seats-title = المقاعد المستخدمة / مقاعد الترخيص
admin-seats-meter = المقاعد المستخدمة
admin-seats = { $active }/{ $max } مقعدًا · { $available } متاحة
admin-seats-unlimited = مقاعد غير محدودة ({ $active } مستخدمة)
admin-invite = دعوة
admin-new-user = مستخدم جديد
admin-seats-exceeded = كل مقاعد الترخيص مشغولة: إضافة المستخدمين والدعوات والتفعيل متوقفة حتى تتحرر مقاعد أو تُشترى مقاعد أخرى.
admin-cached = لا يمكن الوصول إلى { $workspace }: قُرئت هذه القائمة { $when }. الإجراءات تحتاج إلى الخادم.
admin-tabs = المستخدمون حسب الحالة
admin-tab-all = الكل
admin-tab-pending = قيد الانتظار
admin-tab-active = نشطون
admin-tab-deactivated = معطّلون
admin-search = البحث عن مستخدمين
admin-search-label = البحث بالاسم أو اسم المستخدم أو البريد
admin-all-roles = كل الأدوار
admin-roles-chosen = الأدوار ({ $count })
admin-total = { $count ->
        [zero] لا مستخدمين
        [one] مستخدم واحد
        [two] مستخدمان
        [few] { $count } مستخدمين
       *[other] { $count } مستخدم
    }
admin-now-active = { $name } نشط.
admin-welcome-sent = أُرسلت رسالة الترحيب إلى { $email }.
admin-never = أبدًا

## الجدول

admin-table = المستخدمون
admin-column-name = الاسم
admin-column-username = اسم المستخدم
admin-column-email = البريد الإلكتروني
admin-column-pending = الإجراء المنتظر
admin-column-registration = حالة التسجيل
admin-column-roles = الأدوار
admin-loading = جارٍ التحميل…
admin-resend-welcome = إعادة إرسال رسالة الترحيب
admin-seats-taken = كل المقاعد مشغولة
admin-activate = تفعيل
admin-first-login = أول تسجيل دخول للمستخدم
admin-activation = التفعيل
registration-deactivated = معطّل
registration-federated = اتحادي
registration-pending = قيد الانتظار
registration-active = نشط

## معلومات المستخدم

admin-info-title = معلومات المستخدم
admin-info-close = إغلاق معلومات المستخدم
admin-close = إغلاق
admin-roles = الأدوار
admin-email = البريد الإلكتروني
admin-email-not-verified = { $email } (غير موثّق)
admin-local-time = الوقت المحلي
admin-unknown = غير معروف
admin-last-login = آخر تسجيل دخول
admin-created = أُنشئ في
admin-status-text = رسالة الحالة
admin-nickname = اللقب
admin-bio = النبذة
admin-dm = رسالة مباشرة
admin-edit = تعديل
admin-actions-offline = الإجراءات تحتاج إلى الخادم، ولا يمكن الوصول إليه الآن.

## إجراءات على مستخدم

admin-more = إجراءات أخرى
admin-remove-admin = إزالة صلاحية المدير
admin-make-admin = جعله مديرًا
admin-reset-e2e = إعادة تعيين مفتاح E2E
admin-reset-totp = إعادة تعيين TOTP
admin-deactivate = تعطيل
admin-delete = حذف
admin-erasure-delete = تُحذف كل رسائله أيضًا.
admin-erasure-unlink = تبقى رسائله، منسوبة إلى مستخدم محذوف.
admin-erasure-keep = تبقى رسائله باسمه.
admin-ask-remove-admin = إزالة صلاحية المدير عن { $name }؟
admin-ask-remove-admin-text = يفقد فورًا الوصول إلى إدارة مساحة العمل.
admin-ask-make-admin = جعل { $name } مديرًا؟
admin-ask-make-admin-text = للمديرين وصول كامل إلى إعدادات مساحة العمل وإدارتها.
admin-ask-reset-totp = إعادة تعيين المصادقة الثنائية (TOTP) لـ{ $name }؟
admin-ask-reset-totp-text = إن كان يستخدم تطبيق مصادقة فسيتوقف عن العمل لهذا الحساب، ويُسجَّل خروجه من كل مكان. يمكنه إعداده مجددًا من ملفه الشخصي.
admin-ask-reset-e2e = إعادة تعيين مفتاح التشفير التام لـ{ $name }؟
admin-ask-reset-e2e-text = يُسجَّل خروجه من كل مكان. يُنشأ مفتاح جديد عند دخوله مجددًا، وتُفتح غرفه المشفّرة حين يتصل عضو آخر.
admin-reset-key = إعادة تعيين المفتاح
admin-ask-deactivate = تعطيل { $name }؟
admin-ask-deactivate-text = يُسجَّل خروجه من كل مكان ولا يمكنه الدخول حتى يُفعَّل مجددًا. يبقى حسابه وغرفه ورسائله.
admin-ask-activate = تفعيل { $name }؟
admin-ask-activate-text = يمكنه تسجيل الدخول مجددًا فورًا.
admin-ask-delete = حذف { $name }؟
admin-ask-delete-text = يُحذف حسابه ويُسجَّل خروجه. { $erasure } لا يمكن التراجع عن ذلك.
admin-no-longer-admin = لم يعد { $name } مديرًا.
admin-now-admin = أصبح { $name } مديرًا.
admin-totp-reset = أُعيد تعيين المصادقة الثنائية لـ{ $name }، وسُجّل خروجه.
admin-e2e-reset = أُعيد تعيين مفتاح التشفير لـ{ $name }، وسُجّل خروجه.
admin-deactivated = عُطّل { $name } وسُجّل خروجه.
admin-deleted = حُذف { $name }.
admin-last-owner = { $name } هو آخر مالك لبعض الغرف.
admin-rooms-change-owner = ستحصل هذه الغرف على عضو آخر مالكًا:
admin-rooms-removed = لا عضو آخر في هذه الغرف فستُحذف:
admin-delete-anyway = الحذف على أي حال
admin-deactivate-anyway = التعطيل على أي حال

## إضافة مستخدم وتعديله

admin-save-user = حفظ المستخدم
admin-add-user = إضافة المستخدم
admin-saved = حُفظ { $name }.
admin-created-user = أُنشئ { $name }.
admin-picture-saved = حُفظت الصورة الجديدة.
admin-picture-url-saved = حُفظت الصورة من ذلك العنوان.
admin-picture-reset = عادت الصورة الرمزية إلى الأحرف الأولى.
admin-edit-title = تعديل { $name }
admin-picture = صورة الملف الشخصي
admin-upload = رفع صورة
admin-avatar-url = استخدام عنوان صورةً رمزية
admin-use-url = استخدام العنوان
admin-reset-initials = الرجوع إلى الأحرف الأولى
admin-mark-verified = وسم البريد موثّقًا
admin-name = الاسم
admin-username = اسم المستخدم
admin-password = كلمة المرور
admin-keep-password = الإبقاء على كلمة المرور الحالية
admin-random-password = تعيين عشوائي وإرسال بالبريد
admin-random-password-no-smtp = تعيين عشوائي وإرسال بالبريد (يحتاج إلى إعدادات البريد لمساحة العمل)
admin-manual-password = تعيين يدوي
admin-confirm-password = تأكيد كلمة المرور
admin-passwords-differ = كلمتا المرور غير متطابقتين.
admin-give-password = أنت من يسلّم كلمة المرور هذه إلى المستخدم.
admin-require-change = طلب تغيير كلمة المرور
admin-send-welcome = إرسال رسالة الترحيب
admin-send-welcome-no-smtp = إرسال رسالة الترحيب (يحتاج إلى إعدادات البريد لمساحة العمل)

## دعوة مستخدمين

admin-invite-title = دعوة مستخدمين
admin-invite-no-smtp = تُرسل الدعوات بالبريد، وبريد مساحة العمل هذه (SMTP) غير مُعدّ. يمكن لمدير إعداده من مساحة العمل › الإعدادات › البريد.
admin-invite-emails = عناوين البريد
admin-invite-help = افصل العناوين بفواصل أو فواصل منقوطة أو مسافات.
admin-invite-sent = أُرسلت الدعوة إلى { $emails }.
admin-invite-send = إرسال
