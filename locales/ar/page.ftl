## عناوين الصفحات وجمل إطارها. كل جملة رسالة كاملة، والمتغيرات تحمل الرموز والأسماء والأعداد.

## عناوين الأقسام.

heading-description = الوصف
heading-seen = متى يظهر لك
heading-fix = طريقة المعالجة
heading-differences = الفروق الرئيسية
heading-which = كيف تتصرف مع كلٍّ منهما
heading-learn-more = لمعرفة المزيد
heading-meaning = المعنى
heading-commands = الأوامر التي تُرجعه
heading-sources = أقسام RFC
heading-related = رموز ذات صلة
heading-exchange = تبادل يؤدي إليه
heading-instead = رموز RFC البديلة
heading-comparisons = مقارنات

## صفحات المقارنة. $lowCode و$highCode هما الرمزان، الأصغر أولًا.

compare-title = الفروق بين FTP { $lowCode } { $lowName } و{ $highCode } { $highName }
# $lowText و$highText: معنى كل رمز، أي نص الرد في RFC وإلا فاسم الرمز.
# $sameAction: yes حين يستدعي الرمزان ردّ الفعل نفسه من العميل.
compare-lead = { $sameAction ->
    [yes] يعني FTP { $lowCode } «{ $lowText }» ويعني FTP { $highCode } «{ $highText }»: كلاهما يستدعي ردّ الفعل نفسه من العميل، فما يميّز أحدهما من الآخر هو ما يُبلغ عنه كلٌّ منهما.
   *[no] يعني FTP { $lowCode } «{ $lowText }» ويعني FTP { $highCode } «{ $highText }»: يستدعي كلٌّ منهما ردّ فعل مختلفًا من العميل، وما يميّز أحدهما من الآخر حقًّا هو ما يجب فعله بعد كلٍّ منهما.
}

## جدول المقارنة: عمود لكل رمز، وصف لكل خاصية.

# ftpdocs: same-as-source
compare-column = FTP { $code }
compare-row-text = نص الرد في RFC
compare-row-class = الفئة
compare-row-sent = متى يُرسَل
compare-row-commands = الأوامر
compare-row-action = ما يجب فعله
# $text هو نص الرد كما في RFC.
compare-cell-text = «{ $text }» (RFC { $rfc })
compare-cell-no-text = لا نص ثابتًا له (RFC { $rfc })
# ftpdocs: same-as-source
compare-cell-class = { $className } ({ $class }yz)
# متى يرسل الخادم الرمز، بحسب ما يطلبه من العميل ($action).
compare-cell-sent = { $action ->
    [greeting] { $count ->
        [0] عند فتح اتصال التحكم
       *[other] عند فتح اتصال التحكم، وردًّا على { $commandsOr }
    }
    [wait-final] { $onConnect ->
        [yes] عند فتح اتصال التحكم، أو ردًّا على { $commandsOr }، ما دام الخادم غير جاهز بعد
       *[no] عند بدء تنفيذ الأمر، قبل ردّه النهائي
    }
    [success] ردًّا نهائيًّا على أمر نجح
    [send-next] في منتصف سلسلة من الأوامر، قبل الأمر الذي يُكملها
    [retry-later] ردًّا نهائيًّا على أمر أخفق في الوقت الحالي
    [reconnect] عند توقّف الخدمة: عند فتح الاتصال، أو ردًّا على أي أمر
    [log-in] ردًّا على أمر يتطلب تسجيل الدخول أو حسابًا أولًا
    [change-request] ردًّا نهائيًّا على أمر رُفض بالصيغة التي أُرسل بها
    [nothing-helps] ردًّا نهائيًّا على أمر لا ينفّذه الخادم
    [session-over] { $count ->
        [0] عند انتهاء الجلسة
       *[other] ردًّا على { $commandsOr }، عند انتهاء الجلسة
    }
   *[decode] بدلًا من أي رد، بعد أن يحمي العميل أوامره باستخدام MIC أو CONF أو ENC
}
compare-cell-commands = { $count ->
    [0] لا شيء: لا يجيب عن أمر بعينه
   *[other] { $commandScope ->
        [many] أوامر كثيرة: عددها { $count } في وثائق RFC
       *[few] { $commands }
    }
}
compare-cell-action = { $action ->
    [greeting] تسجيل الدخول: إرسال USER
    [wait-final] انتظار الرد النهائي
    [success] الانتقال إلى الأمر التالي
    [send-next] إرسال الأمر الذي يُكمل التبادل
    [retry-later] إعادة إرسال الأمر نفسه لاحقًا
    [reconnect] إعادة الاتصال وتسجيل الدخول من جديد
    [log-in] تسجيل الدخول، ثم إعادة إرسال الأمر
    [change-request] تصحيح الطلب، ثم إعادة إرساله
    [nothing-helps] الاستغناء عنه: لا يفيد أي تعديل في الأمر
    [session-over] لا شيء: انتهت الجلسة
   *[decode] فكّ ترميزه ثم التصرف وفق الرد الذي يحمله
}
# جملة لكل رمز، تُختار بحسب ما يطلبه الرمز من العميل ($action)، لا بحسب فئته وحدها.
compare-which = { $action ->
    [greeting] الرمز { $code } ({ $name }) هو رسالة ترحيب الخادم: فهو جاهز لمستخدم جديد، والخطوة التالية هي تسجيل الدخول بالأمر USER.
    [wait-final] الرمز { $code } ({ $name }) يعني أن العملية جارية: أبقِ الاتصال مفتوحًا وانتظر الرد النهائي قبل أن ترسل أمرًا آخر.
    [success] الرمز { $code } ({ $name }) يعني النجاح: نُفّذ الطلب، ويمكنك إرسال الأمر التالي.
    [send-next] الرمز { $code } ({ $name }) يطلب المزيد: أرسل الأمر الذي يُكمل التبادل.
    [retry-later] الرمز { $code } ({ $name }) يعني إخفاقًا مؤقتًا: يبقى الاتصال مفتوحًا، وقد ينجح الأمر نفسه إذا أعدت إرساله لاحقًا.
    [reconnect] الرمز { $code } ({ $name }) يعني نهاية الاتصال: يغلقه الخادم، فأعِد الاتصال وسجّل الدخول من جديد قبل أن ترسل أي شيء آخر.
    [log-in] الرمز { $code } ({ $name }) يعني أن تسجيل الدخول أو الحساب ناقص: أرسل USER وPASS، وACCT إن طلب الخادم حسابًا، قبل أن تعيد إرسال الأمر.
    [change-request] الرمز { $code } ({ $name }) يرفض الطلب بالصيغة التي أُرسل بها: صحّح وسائطه أو ترتيبه أو الأمر الذي يعتمد عليه قبل أن تعيد إرساله.
    [nothing-helps] الرمز { $code } ({ $name }) رفضٌ لا يرفعه أي تعديل في الأمر: السبب من جهة الخادم، فاستغنِ عن الأمر أو راجع مسؤول الخادم.
    [session-over] الرمز { $code } ({ $name }) يعني انتهاء الجلسة التي طلبت إنهاءها: يغلق الخادم اتصال التحكم، ولا يتبعه أي أمر.
   *[decode] الرمز { $code } ({ $name }) غلاف: فُكّ ترميز نصه بآلية الأمان المتفق عليها بعد AUTH، ثم تصرّف وفق الرد الذي يحمله.
}
learn-rfc = RFC { $rfc }، القسم { $section }

## صفحات الرموز.

# ftpdocs: same-as-source
code-title = FTP { $code } { $name }
# القسم 5.2 من RFC 2228 لا يعطي الرقم الثاني للرد المحمي (6yz) أي معنى مجموعة.
code-lead = { $ClassDigit ->
    [6] ينتمي FTP { $code } ({ $name }) إلى فئة «{ $ClassName }» ({ $ClassDigit }yz) التي يعرّفها RFC 2228، وهو لا يعطي الرقمَ الثاني فيه أي معنى مجموعة.
   *[other] ينتمي FTP { $code } ({ $name }) إلى فئة «{ $ClassName }» ({ $ClassDigit }yz) وإلى مجموعة «{ $GroupName }» (x{ $GroupDigit }z).
}
# الأعداد الصغيرة تُكتب بالحروف، والمعدود يطابق العدد.
code-several-meanings = { $count ->
    [zero] ليس للرمز { $code } أي معنى.
    [one] للرمز { $code } معنى واحد.
    [two] للرمز { $code } معنيان تعرّفهما وثيقتا RFC مختلفتان؛ والأمر الذي يجيب عنه وسائر ردود الخادم تبيّن أيّهما المقصود.
    [3] للرمز { $code } ثلاثة معانٍ تعرّفها وثائق RFC مختلفة؛ والأمر الذي يجيب عنه وسائر ردود الخادم تبيّن أيّها المقصود.
    [few] للرمز { $code } { $count } معانٍ تعرّفها وثائق RFC مختلفة؛ والأمر الذي يجيب عنه وسائر ردود الخادم تبيّن أيّها المقصود.
    [many] للرمز { $code } { $count } معنًى تعرّفها وثائق RFC مختلفة؛ والأمر الذي يجيب عنه وسائر ردود الخادم تبيّن أيّها المقصود.
   *[other] للرمز { $code } { $count } معنى تعرّفها وثائق RFC مختلفة؛ والأمر الذي يجيب عنه وسائر ردود الخادم تبيّن أيّها المقصود.
}
code-transcript-intro = تبادل على اتصال التحكم ينتهي بالرمز { $code }. الأسطر المعلَّمة بالحرف C يرسلها العميل، والمعلَّمة بالحرف S يرسلها الخادم؛ والنصوص التي تلي رموز الخادم أمثلة على ما ترسله الخوادم.
code-on-connect = يرسل الخادم هذا الرد عند فتح اتصال التحكم، قبل أي أمر.
# لرمز لا يرتبط بأمر ولا يُرسَل عند الاتصال.
# ftpdocs: allow unused-message
code-any-command = لا يرتبط هذا الرد بأمر واحد بعينه.

## صفحات الأرقام التي ليست ردود FTP.

notftp-title = { $kind ->
    [unassigned] FTP { $number } { $title }: رقم لا يعرّفه أي RFC
   *[winsock] الخطأ { $number } ({ $name }): ليس ردًّا من ردود FTP
}
notftp-lead = { $kind ->
    [unassigned] لا يعرّف أيُّ RFC الرقمَ { $number }: بعض الخوادم ترسله بنص مثل «{ $name }»، في حين تجيب وثائق RFC في هذه الحالة بالرمز { $instead }.
   *[winsock] لا ترسل خوادم FTP الرقم { $number } أبدًا: كل رد FTP رمز من ثلاثة أرقام، أما { $number } فخطأ من أخطاء Windows Sockets يُبلغ عنه نظام العميل نفسه.
}
# عنوان أحد معاني رمز له عدة معانٍ؛ $rfc هو RFC الذي يعرّفه.
# ftpdocs: same-as-source
code-meaning-heading = { $title } (RFC { $rfc })
