## Headings and sentences of the page frame. Every sentence is a whole message; variables
## carry codes, names and numbers.

## Section headings.

heading-description = Description
heading-seen = When You See It
heading-fix = How to Fix
heading-differences = Key Differences
heading-which = When to Use Which
heading-learn-more = Learn More
heading-meaning = What It Means
heading-commands = Commands That Return It
heading-sources = RFC Sections
heading-related = Related Codes
heading-comparisons = Comparisons

## Comparison pages. $lowCode and $highCode are the two codes, lower first.

compare-title = FTP { $lowCode } { $lowName } vs { $highCode } { $highName }
compare-lead = { $sameClass ->
    [yes] FTP { $lowCode } ({ $lowName }) and FTP { $highCode } ({ $highName }) are both { $lowClassName } replies ({ $lowClassDigit }yz), so they differ in what they report, not in how the exchange ends.
   *[no] FTP { $lowCode } ({ $lowName }) is a { $lowClassName } reply ({ $lowClassDigit }yz), while FTP { $highCode } ({ $highName }) is a { $highClassName } reply ({ $highClassDigit }yz).
}
# What the first digit tells the client (RFC 959 section 4.2.1).
compare-outcome = { $class ->
    [1] { $code } is a preliminary reply: the command was accepted, and another reply will follow before the client may send a new command.
    [2] { $code } is a completion reply: the command succeeded, and the client may send the next one.
    [3] { $code } is an intermediate reply: the server is waiting for another command to complete the request.
    [4] { $code } is a temporary failure: the command did not succeed, but the same command may succeed if it is sent again later.
    [5] { $code } is a permanent failure: sending the same command again in the same sequence will fail again.
   *[6] { $code } is a protected reply: its text is another reply, encoded by the security mechanism agreed with AUTH, which the client must decode and verify.
}
# What the second digit tells the client (RFC 959 section 4.2.1).
compare-group = { $sameGroup ->
    [yes] Both codes are in the { $lowGroupName } group (x{ $lowGroupDigit }z).
   *[no] { $lowCode } is in the { $lowGroupName } group (x{ $lowGroupDigit }z), and { $highCode } is in the { $highGroupName } group (x{ $highGroupDigit }z).
}
compare-commands = { $onConnect ->
    [yes] { $count ->
        [0] The server sends { $code } when the control connection opens.
       *[other] The server sends { $code } when the control connection opens, and in reply to { $commands }.
    }
   *[no] { $count ->
        [0] { $code } is not tied to one command.
       *[other] { $code } is a possible reply to { $commands }.
    }
}
# Both codes share the first digit ($class).
compare-outcome-both = { $class ->
    [1] { $lowCode } and { $highCode } are both preliminary replies: the command was accepted, and another reply will follow before the client may send a new command.
    [2] { $lowCode } and { $highCode } are both completion replies: the command succeeded, and the client may send the next one.
    [3] { $lowCode } and { $highCode } are both intermediate replies: the server is waiting for another command to complete the request.
    [4] { $lowCode } and { $highCode } are both temporary failures: the command did not succeed, but the same command may succeed if it is sent again later.
    [5] { $lowCode } and { $highCode } are both permanent failures: sending the same command again in the same sequence will fail again.
   *[6] { $lowCode } and { $highCode } are both protected replies: their text is an encoded reply that only the security mechanism agreed with AUTH can read.
}
compare-which-expect = { $onConnect ->
    [yes] { $count ->
        [0] Expect { $code } ({ $name }) when the control connection opens.
       *[other] Expect { $code } ({ $name }) when the control connection opens, or in reply to { $commands }.
    }
   *[no] { $count ->
        [0] Expect { $code } ({ $name }) in reply to any command.
       *[other] Expect { $code } ({ $name }) in reply to { $commands }.
    }
}
compare-which-both = { $class ->
    [1] Treat either one as progress: keep the connection open and wait for the final reply.
    [2] Treat either one as success: go on with the next command.
    [3] Treat either one as a request for more: send the command that completes the exchange.
    [4] Treat either one as a temporary setback: the same command may be sent again later.
    [5] Treat either one as a refusal: change the command, its arguments or their order before trying again.
   *[6] Treat either one as an envelope: decode it with the agreed security mechanism to read the reply inside.
}
compare-which = { $class ->
    [1] Treat { $code } ({ $name }) as progress: keep the connection open and wait for the final reply.
    [2] Treat { $code } ({ $name }) as success: go on with the next command.
    [3] Treat { $code } ({ $name }) as a request for more: send the command that completes the exchange.
    [4] Treat { $code } ({ $name }) as a temporary setback: the same command may be sent again later.
    [5] Treat { $code } ({ $name }) as a refusal: change the command, its arguments or their order before trying again.
   *[6] Treat { $code } ({ $name }) as an envelope: decode it with the agreed security mechanism to read the reply inside.
}
learn-rfc = RFC { $rfc }, section { $section }

## Code pages.

code-title = FTP { $code } { $name }
code-lead = FTP { $code } ({ $name }) is a { $ClassName } reply ({ $ClassDigit }yz) in the { $GroupName } group (x{ $GroupDigit }z).
code-several-meanings = { $count ->
    [one] Code { $code } has one meaning.
   *[other] Code { $code } has { $count } meanings, defined by different RFCs; the server's other replies tell which one applies.
}
code-on-connect = The server sends this reply when the control connection opens, before any command.
# For a code that lists no command and is not sent on connection.
# ftpdocs: allow unused-message
code-any-command = This reply is not tied to one command.

## Pages for numbers that are not FTP replies.

notftp-title = Error { $number } ({ $name }): not an FTP reply
notftp-lead = FTP servers never send { $number }: every FTP reply is a three-digit code, and { $number } is a Windows Sockets error that the client's own system reports.
# The heading of one meaning of a code that has several; $rfc lists the RFC numbers.
code-meaning-heading = { $title } (RFC { $rfc })
