## Headings and sentences of the page frame. Every sentence is a whole message; variables
## carry codes, names and numbers.

## Section headings.

heading-description = 说明
heading-seen = 出现场景
heading-fix = 处理方法
heading-differences = 主要区别
heading-which = 如何分别处理
heading-learn-more = 参考资料
heading-meaning = 含义
heading-commands = 返回此应答的命令
heading-sources = RFC 相关章节
heading-related = 相关应答码
heading-exchange = 交互示例
heading-instead = 应改用的 RFC 应答码
heading-comparisons = 对比

## Comparison pages. $lowCode and $highCode are the two codes, lower first.

compare-title = FTP { $lowCode }“{ $lowName }”与 { $highCode }“{ $highName }”的区别
# $lowText and $highText: what each code means, the RFC's reply text or else the code's name.
# $sameAction: yes when both codes call for the same reaction from the client.
compare-lead = { $sameAction ->
    [yes] FTP { $lowCode } 表示“{ $lowText }”，FTP { $highCode } 表示“{ $highText }”。两者要求客户端采取相同的应对措施，区别在于各自报告的内容。
   *[no] FTP { $lowCode } 表示“{ $lowText }”，FTP { $highCode } 表示“{ $highText }”。两者要求客户端采取不同的应对措施，关键区别在于收到后各自应如何处理。
}

## The table of a comparison: a column per code, a row per property.

compare-column = FTP { $code }
compare-row-text = RFC 中的应答文本
compare-row-class = 类别
compare-row-sent = 发送时机
compare-row-commands = 命令
compare-row-action = 应对方式
# $text is the reply text as the RFC prints it, in English as servers send it.
compare-cell-text = “{ $text }”（RFC { $rfc }）
compare-cell-no-text = 无固定文本（RFC { $rfc }）
compare-cell-class = { $className }（{ $class }yz）
# When the server sends the code, from what it asks of the client ($action).
compare-cell-sent = { $action ->
    [greeting] { $count ->
        [0] 控制连接建立时
       *[other] 控制连接建立时，以及作为对 { $commandsOr } 的应答
    }
    [wait-final] { $onConnect ->
        [yes] 服务器尚未就绪时发送：控制连接建立时，或作为对 { $commandsOr } 的应答
       *[no] 命令开始执行时，在其最终应答之前
    }
    [success] 命令执行成功时的最终应答
    [send-next] 在命令序列中间，完成该序列的命令之前
    [retry-later] 命令暂时失败时的最终应答
    [reconnect] 服务关闭时（连接建立时，或作为对任意命令的应答）
    [log-in] 登录失败时，或登录前就发送命令时的应答
    [send-account] 命令须先用 ACCT 提供账户才能执行时的应答
    [change-request] 命令按原样被拒绝时的最终应答
    [nothing-helps] 服务器不执行命令时的最终应答
    [session-over] { $count ->
        [0] 会话结束时
       *[other] 会话结束时，作为对 { $commandsOr } 的应答
    }
   *[decode] 客户端使用 MIC、CONF 或 ENC 保护命令后，代替任何应答发送
}
# $commandScope is all when the code answers every one of the $total commands that the codes
# answer across the RFCs, most when it answers more than half of them; then the cell gives
# counts instead of names.
compare-cell-commands = { $count ->
    [0] 无：不对应任何单一命令
   *[other] { $commandScope ->
        [all] 所有命令：RFC 所列全部 { $total } 条
        [most] 大多数命令：RFC 所列 { $total } 条命令中的 { $count } 条
       *[listed] { $commands }
    }
}
compare-cell-action = { $action ->
    [greeting] 登录：发送 USER
    [wait-final] 等待最终应答
    [success] 继续发送下一条命令
    [send-next] 发送完成该交互的命令
    [retry-later] 稍后重新发送同一命令
    [reconnect] 重新连接并再次登录
    [log-in] 先登录，再重新发送该命令
    [send-account] 先发送 ACCT，再重新发送该命令
    [change-request] 修正请求后重新发送
    [nothing-helps] 放弃该命令：修改命令也无济于事
    [session-over] 无：会话已结束
   *[decode] 解码后按其中的应答处理
}
# One sentence per code, chosen by what the code asks of the client ($action), never by its
# class alone.
compare-which = { $action ->
    [greeting] { $code }（{ $name }）是服务器的欢迎应答：服务器已准备好为新用户服务，下一步请使用 USER 登录。
    [wait-final] { $code }（{ $name }）表示操作正在进行：请保持连接，等收到最终应答后再发送其他命令。
    [success] { $code }（{ $name }）表示成功：请求已完成，可以发送下一条命令。
    [send-next] { $code }（{ $name }）表示还需要更多信息：请发送完成该交互的命令。
    [retry-later] { $code }（{ $name }）表示暂时失败：控制连接保持打开，稍后重新发送同一命令可能会成功。
    [reconnect] { $code }（{ $name }）表示连接结束：服务器会关闭连接，请重新连接并再次登录，然后再发送其他命令。
    [log-in] { $code }（{ $name }）表示尚未登录：请先完成 USER 和 PASS（如果服务器要求账户，还需发送 ACCT），再重新发送该命令。
    [send-account] { $code }（{ $name }）表示需要账户：您可能已经登录，但服务器执行此命令需要您的账户信息，并已丢弃该命令；请先发送 ACCT，再重新发送该命令。
    [change-request] { $code }（{ $name }）表示请求按原样被拒绝：请修正参数、命令顺序或其所依赖的命令，然后重新发送。
    [nothing-helps] { $code }（{ $name }）表示请求被拒绝，且修改命令也无法改变这一结果：原因在服务器一侧，请放弃该命令，或联系服务器管理员。
    [session-over] { $code }（{ $name }）表示会话已按您的请求结束：服务器会关闭控制连接，此后无需再发送任何命令。
   *[decode] { $code }（{ $name }）是受保护的应答，其中封装着服务器的实际应答：请使用 AUTH 之后协商的安全机制解码其文本，再按其中的应答处理。
}
# $part is appendix for an appendix of the RFC ($section is then its number, such as II),
# section otherwise.
learn-rfc = { $part ->
    [appendix] RFC { $rfc }，附录 { $section }
   *[section] RFC { $rfc }，第 { $section } 节
}

## Code pages.

code-title = FTP { $code } { $name }
# RFC 2228 section 5.2 gives the second digit of a protected reply (6yz) no group meaning.
code-lead = { $ClassDigit ->
    [6] FTP { $code }（{ $name }）属于“{ $ClassName }”类（{ $ClassDigit }yz），由 RFC 2228 定义，该 RFC 没有为其第二位数字规定分组含义。
   *[other] FTP { $code }（{ $name }）属于“{ $ClassName }”类（{ $ClassDigit }yz），位于“{ $GroupName }”组（x{ $GroupDigit }z）。
}
# Small counts are written in Chinese numerals, as Chinese prose does.
code-several-meanings = { $count ->
    [1] 应答码 { $code } 只有一种含义。
    [2] 应答码 { $code } 有两种含义，分别由不同的 RFC 定义；它所应答的命令以及服务器的其他应答可以表明适用哪一种。
    [3] 应答码 { $code } 有三种含义，分别由不同的 RFC 定义；它所应答的命令以及服务器的其他应答可以表明适用哪一种。
   *[other] 应答码 { $code } 有 { $count } 种含义，分别由不同的 RFC 定义；它所应答的命令以及服务器的其他应答可以表明适用哪一种。
}
code-transcript-intro = 以下是控制连接上以 { $code } 结束的一段交互。标有 C 的行由客户端发送，标有 S 的行由服务器发送；服务器应答码之后的文本是服务器实际发送内容的示例。
code-on-connect = { $action ->
    [reconnect] 如果服务器无法为客户端提供服务，会在控制连接建立时发送此应答；如果服务器知道服务必须关闭，也会以此应答任何命令。
   *[other] { $count ->
        [0] 服务器在控制连接建立时、收到任何命令之前发送此应答。
       *[other] 服务器在控制连接建立时发送此应答，也会以此应答 { $commandsOr }。
    }
}
# For a code that lists no command and is not sent on connection.
# ftpdocs: allow unused-message
code-any-command = 此应答不对应某一条特定命令。

## Pages for numbers that are not FTP replies.

notftp-title = { $kind ->
    [unassigned] FTP { $number } { $title }：RFC 未定义的数字
   *[winsock] 错误 { $number }（{ $name }）：不是 FTP 应答
}
notftp-lead = { $kind ->
    [unassigned] 没有任何 RFC 定义 { $number }：按照 RFC，这种情况应以 { $instead } 应答，但某些服务器会发送 { $number }，并附带类似“{ $name }”的文本。
   *[winsock] FTP 服务器从不发送 { $number }：每个 FTP 应答都是三位数的应答码，而 { $number } 是客户端自身操作系统报告的 Windows Sockets 错误。
}
# The heading of one meaning of a code that has several; $rfc is the RFC that defines it.
code-meaning-heading = { $title }（RFC { $rfc }）
