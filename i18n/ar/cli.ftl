# كلمات سطر الأوامر بالعربية. لا تُترجم الأوامر والخيارات نفسها.

cli-usage =
    الاستخدام:
      tether                                   فتح Tether
      tether notify test [--require-interaction]
                                               إظهار إشعار تجريبي
      tether sound list                        سرد الأصوات (المدمجة، ثم أصوات كل مساحة عمل)
      tether sound play <id> [--volume 0-100]  تشغيل صوت (مستوى الصوت 100 ما لم يُحدَّد)
      tether update check                      الإخبار إن كان إصدار أحدث من Tether متاحًا
      tether update install                    تنزيله والتحقق منه وتثبيته (ثم إعادة التشغيل)
      tether --hidden                          فتح Tether في شريط النظام دون نافذته
      tether --help                            هذا النص

    رموز الخروج: 0 تم (أو محدّث)، 1 فشل آخر، 2 استخدام خاطئ، 3 لا خدمة إشعارات، 4 الإشعارات
    معطّلة لـTether، 5 وضع «عدم الإزعاج» في سطح المكتب مفعّل، 6 لم تردّ خدمة الإشعارات، 7 لا جهاز
    صوت، 8 لا يوجد هذا الصوت، 9 لا يمكن تشغيل ملف الصوت، 10 يتوفر تحديث، 11 تعذّر البحث عن
    تحديثات، 12 التحديث غير موقّع بمفتاح Tether، 13 لا تستطيع هذه النسخة تثبيت التحديثات (لم
    تُثبَّت من حزمة Tether)، 14 عطّل المدير التحديثات، 15 فشل التثبيت، 16 فشل التنزيل.
    البيئة: TETHER_DATA_DIR (حيث يحفظ Tether بياناته)، TETHER_LOG (مرشّح السجل)،
    TETHER_DISABLE_UPDATES=1 (لا بحث عن تحديثات؛ وكذلك update.json بجانب التطبيق أو في
    /etc/tether مع {"{"}"enabled": false{"}"}).
cli-bad-volume = مستوى الصوت عدد صحيح من 0 إلى 100، لا «{ $volume }»
cli-unknown-command = أمر غير معروف «{ $command }»
cli-cannot-start = تعذّر البدء: { $reason }
cli-notification-shown = عُرض إشعار تجريبي.
cli-notification-shown-sticky = عُرض إشعار تجريبي، ويبقى حتى تغلقه.
cli-sound-custom = (خاص بمساحة العمل)
cli-sound-played = شُغّل «{ $sound }» بمستوى الصوت { $volume }.
cli-up-to-date = ‏Tether { $version } محدّث.
cli-update-available = ‏Tether { $version } متاح (لديك { $current }).
cli-update-available-size = ‏Tether { $version } متاح (لديك { $current }، { $size }).
cli-update-not-applied = جُرّب تثبيت هذا الإصدار من قبل ولم ينجح؛ لم يعد البحث التلقائي يعرضه.
cli-update-skipped = اخترت تجاوز هذا الإصدار؛ لا يعرضه البحث التلقائي.
cli-update-admin = يحتاج تثبيته إلى صلاحيات المدير: قد يطلب سطح المكتب كلمة مرور.
cli-update-installed = ثُبّت Tether { $version }. أعد تشغيل Tether لاستخدامه.
cli-downloading = جارٍ التنزيل: { $received } من { $total } بايت ({ $percent })
cli-downloading-unknown = جارٍ التنزيل: { $received } بايت
