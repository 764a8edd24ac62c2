# صفحة الملف الشخصي بالعربية.

profile-title = الملف الشخصي
profile-loading = جارٍ تحميل ملفك الشخصي…
profile-shown-as-saved = يُعرض ملفك الشخصي كما حُفظ في { $date }.
profile-offline = غير متصل — لا يمكن الوصول إلى { $workspace }.
profile-trust = الوثوق بهذه الشهادة
profile-connecting = جارٍ الاتصال…
profile-nickname = اللقب
profile-bio = نبذة
profile-email = البريد الإلكتروني
profile-roles = الأدوار
profile-verified = موثّق
profile-not-verified = غير موثّق
profile-up-to-date = مطابق لما على الخادم.
profile-saved-on = حُفظ في { $date }.

## تعديلات أُجريت دون اتصال وتنتظر الخادم

pending-waiting = بانتظار الإرسال: { $fields }.
pending-refused = لم يُقبل تعديلك دون اتصال لـ«{ $field }» إلى «{ $value }». { $reason }
pending-conflict = غُيّر «{ $field }» على الخادم إلى «{ $server }» بينما غيّرته هنا إلى «{ $value }». أيهما يبقى؟
pending-keep-server = الإبقاء على قيمة الخادم
pending-keep-mine = الإبقاء على قيمتي
pending-try-mine = إرسال قيمتي مجددًا

## أسماء الحقول

field-name = الاسم
field-username = اسم المستخدم
field-nickname = اللقب
field-bio = النبذة
field-status = الحالة
field-status-text = رسالة الحالة
field-email = البريد الإلكتروني

## تعديل الملف الشخصي

profile-locked = لا تسمح مساحة العمل بتغيير هذا.
profile-old-server = إصدار Rocket.Chat في مساحة العمل هذه أقدم من 6.4: غيّر هذا من عميل الويب.
profile-sso = يسجّل حسابك الدخول عبر مزوّد هوية (تسجيل دخول موحّد أو LDAP): غيّر هذا هناك.
profile-username-available = { $username } متاح.
profile-username-taken = { $username } مستخدم بالفعل. اختر اسمًا آخر.
profile-username-invalid = لا يصلح { $username } اسمَ مستخدم هنا.
profile-presence = يراك الآخرون الآن { $presence ->
        [online] متصلًا
        [away] بعيدًا
        [busy] مشغولًا
       *[offline] غير متصل
    }.
profile-presence-no-app = يراك الآخرون الآن غير متصل (لا يوجد تطبيق لك متصل).
profile-not-verified-yet = لم يُوثَّق بعد.
profile-verification-sent = أرسلنا رسالة توثيق جديدة إلى { $address }.
profile-sending = جارٍ الإرسال…
profile-resend-verification = إعادة إرسال رسالة التوثيق
profile-custom-fields = المزيد عنك
profile-custom-required = { $field } (مطلوب)
profile-custom-needs-server = الحقول المخصصة تحتاج إلى الخادم: أعد الاتصال لتغييرها.
profile-new-password = كلمة المرور الجديدة
profile-confirm-password = تأكيد كلمة المرور الجديدة
profile-password-rules = قواعد كلمة المرور
profile-rule-met = (مستوفاة)
profile-rule-not-met = (غير مستوفاة بعد)
profile-passwords-differ = كلمتا المرور مختلفتان.
profile-passwords-differ-error = كلمتا المرور الجديدتان مختلفتان. اكتب كلمة المرور نفسها مرتين.
profile-needs-server = تغيير اسم المستخدم والبريد وكلمة المرور يحتاج إلى الخادم: أعد الاتصال.
profile-queued = حُفظ على هذا الحاسوب. يرسله Tether حين يمكن الوصول إلى مساحة العمل مجددًا، حتى بعد إعادة التشغيل.
profile-save = حفظ التغييرات
profile-save-label = حفظ ملفك الشخصي

## ما لم يقبله الخادم عند الحفظ

not-kept-field = { $field ->
        [name] الاسم
        [username] اسم المستخدم
        [nickname] اللقب
        [bio] النبذة
        [status] الحالة
        [status_text] رسالة الحالة
       *[email] عنوان البريد الإلكتروني
    }
# ‏$kept هو not-kept-empty أو not-kept-as.
not-kept-empty = فارغًا
not-kept-as = «{ $value }»
not-kept-cleared = أبقى الخادم { $field } { $kept }: لا تفرّغ مساحة العمل هذه { $field }. لتغييره أدخل قيمة جديدة.
not-kept-other = أبقى الخادم { $field } { $kept } بدلًا من «{ $wanted }».

## قواعد كلمة المرور

rule-min-length = { $count ->
        [one] حرف واحد على الأقل
        [two] حرفان على الأقل
        [few] { $count } أحرف على الأقل
       *[other] { $count } حرفًا على الأقل
    }
rule-max-length = { $count ->
        [one] حرف واحد على الأكثر
        [two] حرفان على الأكثر
        [few] { $count } أحرف على الأكثر
       *[other] { $count } حرفًا على الأكثر
    }
rule-no-repeating = { $count ->
        [one] لا يتكرر حرف مرتين متتاليتين
       *[other] لا يتكرر حرف أكثر من { $count } مرات متتالية
    }
rule-lowercase = حرف لاتيني صغير (a–z)
rule-uppercase = حرف لاتيني كبير (A–Z)
rule-number = رقم (0–9)
rule-special = رمز، مثل ! ? # أو -

## الجلسات الأخرى

sessions-title = الجلسات الأخرى
sessions-done = سُجّل الخروج من كل الأماكن الأخرى. يبقى هذا الجهاز مسجّل الدخول.
sessions-confirm = تسجيل الخروج من كل المتصفحات والتطبيقات والأجهزة الأخرى المسجّلة باسم @{ $username }؟ يبقى هذا الجهاز مسجّل الدخول.
sessions-busy = جارٍ تسجيل الخروج…
sessions-sign-out = تسجيل خروجها
sessions-open = تسجيل الخروج من الأماكن الأخرى

## الصورة الرمزية

avatar-label = الصورة الرمزية
avatar-uploading = جارٍ الرفع…
avatar-upload = رفع صورة
avatar-from-web = استخدام صورة من الويب
avatar-reset-done = عادت صورتك الرمزية إلى الأحرف الأولى من اسمك.
avatar-resetting = جارٍ إعادة التعيين…
avatar-reset = استخدام الأحرف الأولى من اسمي
avatar-saved = حُفظت صورتك الرمزية الجديدة.
avatar-address = عنوان الصورة (PNG أو JPEG أو WebP)
avatar-use = استخدام هذه الصورة
avatar-locked = لا تسمح مساحة العمل بتغيير الصور الرمزية.
avatar-needs-server = تغيير الصورة الرمزية يحتاج إلى الخادم: أعد الاتصال.
avatar-limit = PNG أو JPEG أو GIF أو WebP، حتى { $size }.
avatar-wrong-type = اختر صورة PNG أو JPEG أو GIF أو WebP.
avatar-too-big = حجم هذه الصورة { $size }، ومساحة العمل تقبل { $limit } على الأكثر. اختر صورة أصغر.

## حذف الحساب

delete-title = حذف حسابي
delete-summary = يحذف حسابك @{ $username } على { $workspace } نهائيًا. لا يمكن التراجع عن ذلك.
delete-needs-server = حذف حسابك يحتاج إلى الخادم: أعد الاتصال أولًا.
delete-password = كلمة مرورك
delete-type-username = اكتب اسم المستخدم { $username } للتأكيد
delete-only-owner = أنت المالك الوحيد لبعض الغرف.
delete-rooms-removed = ستُحذف هذه الغرف لأنه لا أحد غيرك فيها:
delete-rooms-new-owner = ستحصل هذه الغرف على عضو آخر مالكًا جديدًا:
delete-busy = جارٍ الحذف…
delete-agree = الموافقة وحذف حسابي
