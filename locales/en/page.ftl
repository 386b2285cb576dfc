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
heading-exchange = An Exchange That Leads to It
heading-instead = The RFC Codes to Use Instead
heading-comparisons = Comparisons

## Comparison pages. $lowCode and $highCode are the two codes, lower first.

compare-title = FTP { $lowCode } { $lowName } vs { $highCode } { $highName }
# $lowText and $highText: what each code means, the RFC's reply text or else the code's name.
# $sameAction: yes when both codes call for the same reaction from the client.
compare-lead = { $sameAction ->
    [yes] FTP { $lowCode } means “{ $lowText }” and FTP { $highCode } means “{ $highText }”: both call for the same reaction from the client, so what tells them apart is what each one reports.
   *[no] FTP { $lowCode } means “{ $lowText }” and FTP { $highCode } means “{ $highText }”: they call for different reactions from the client, and what to do after each is the difference that matters.
}

## The table of a comparison: a column per code, a row per property.

compare-column = FTP { $code }
compare-row-text = Reply text in the RFC
compare-row-class = Class
compare-row-sent = When it is sent
compare-row-commands = Commands
compare-row-action = What to do
# $text is the reply text as the RFC prints it, in English as servers send it.
compare-cell-text = “{ $text }” (RFC { $rfc })
compare-cell-no-text = No fixed text (RFC { $rfc })
compare-cell-class = { $className } ({ $class }yz)
# When the server sends the code, from what it asks of the client ($action).
compare-cell-sent = { $action ->
    [greeting] { $count ->
        [0] When the control connection opens
       *[other] When the control connection opens, and in reply to { $commandsOr }
    }
    [wait-final] { $onConnect ->
        [yes] As the control connection opens, or in reply to { $commandsOr }, while the server is not ready yet
       *[no] As a command starts, before its final reply
    }
    [success] As the final reply to a command that succeeded
    [send-next] In the middle of a sequence of commands, before the command that completes it
    [retry-later] As the final reply to a command that failed for now
    [reconnect] When the service shuts down: as the connection opens, or in reply to any command
    [log-in] In reply to a login that failed, or to a command sent before logging in
    [send-account] In reply to a command the server carries out only once an account is given with ACCT
    [change-request] As the final reply to a command refused as it was sent
    [nothing-helps] As the final reply to a command the server does not carry out
    [session-over] { $count ->
        [0] As the session ends
       *[other] In reply to { $commandsOr }, as the session ends
    }
   *[decode] In place of any reply, once the client protects its commands with MIC, CONF or ENC
}
# $commandScope is all when the code answers every one of the $total commands that the codes
# answer across the RFCs, most when it answers more than half of them; then the cell gives
# counts instead of names.
compare-cell-commands = { $count ->
    [0] None: it answers no single command
   *[other] { $commandScope ->
        [all] Every command: all { $total } in the RFCs
        [most] Most commands: { $count } of the { $total } in the RFCs
       *[listed] { $commands }
    }
}
compare-cell-action = { $action ->
    [greeting] Log in: send USER
    [wait-final] Wait for the final reply
    [success] Go on with the next command
    [send-next] Send the command that completes the exchange
    [retry-later] Send the same command again later
    [reconnect] Reconnect and log in again
    [log-in] Log in, then send the command again
    [send-account] Send ACCT, then the command again
    [change-request] Correct the request, then send it again
    [nothing-helps] Do without it: no change to the command helps
    [session-over] Nothing: the session is over
   *[decode] Decode it and act on the reply inside
}
# One sentence per code, chosen by what the code asks of the client ($action), never by its
# class alone.
compare-which = { $action ->
    [greeting] Treat { $code } ({ $name }) as the server's greeting: the server is ready for a new user, and the next step is to log in with USER.
    [wait-final] Treat { $code } ({ $name }) as progress: keep the connection open and wait for the final reply before you send another command.
    [success] Treat { $code } ({ $name }) as success: the request is done, and you can send the next command.
    [send-next] Treat { $code } ({ $name }) as a request for more: send the command that completes the exchange.
    [retry-later] Treat { $code } ({ $name }) as a temporary failure: the control connection stays open, and the same command may succeed if you send it again later.
    [reconnect] Treat { $code } ({ $name }) as the end of the connection: the server closes it, so reconnect and log in again before you send anything else.
    [log-in] Treat { $code } ({ $name }) as a missing login: complete USER and PASS, and ACCT if the server asks for an account, before you send the command again.
    [send-account] Treat { $code } ({ $name }) as a request for an account: you may already be logged in, but the server needs your account information for this command and has discarded it, so send ACCT, then send the command again.
    [change-request] Treat { $code } ({ $name }) as a refusal of the request as it was sent: correct its arguments, its order or the command it depends on before you send it again.
    [nothing-helps] Treat { $code } ({ $name }) as a refusal that no change to the command lifts: the cause is on the server's side, so do without the command or take it up with the server's administrator.
    [session-over] Treat { $code } ({ $name }) as the end of the session you asked for: the server closes the control connection, and no command follows.
   *[decode] Treat { $code } ({ $name }) as an envelope: decode its text with the security mechanism agreed after AUTH, then act on the reply inside.
}
# $part is appendix for an appendix of the RFC ($section is then its number, such as II),
# section otherwise.
learn-rfc = { $part ->
    [appendix] RFC { $rfc }, Appendix { $section }
   *[section] RFC { $rfc }, section { $section }
}

## Code pages.

code-title = FTP { $code } { $name }
# RFC 2228 section 5.2 gives the second digit of a protected reply (6yz) no group meaning.
code-lead = { $ClassDigit ->
    [6] FTP { $code } ({ $name }) is a { $ClassName } reply ({ $ClassDigit }yz), defined by RFC 2228, which gives its second digit no group meaning.
   *[other] FTP { $code } ({ $name }) is a { $ClassName } reply ({ $ClassDigit }yz) in the { $GroupName } group (x{ $GroupDigit }z).
}
# Small counts are spelled out, as English prose does.
code-several-meanings = { $count ->
    [one] Code { $code } has one meaning.
    [2] Code { $code } has two meanings, defined by different RFCs; the command it answers and the server's other replies tell which one applies.
    [3] Code { $code } has three meanings, defined by different RFCs; the command it answers and the server's other replies tell which one applies.
   *[other] Code { $code } has { $count } meanings, defined by different RFCs; the command it answers and the server's other replies tell which one applies.
}
code-transcript-intro = An exchange on the control connection that ends with { $code }. Lines marked C are sent by the client and lines marked S by the server; the texts after the server's codes are examples of what servers send.
# When a code that the server may send as the connection opens is sent: chosen by what the
# code asks of the client ($action) and the commands it answers ($count, $commandsOr).
code-on-connect = { $action ->
    [reconnect] The server sends this reply when the control connection opens, if it cannot serve the client, or in reply to any command, if it knows the service must shut down.
   *[other] { $count ->
        [0] The server sends this reply when the control connection opens, before any command.
       *[other] The server sends this reply when the control connection opens, and also in reply to { $commandsOr }.
    }
}
# For a code that lists no command and is not sent on connection.
# ftpdocs: allow unused-message
code-any-command = This reply is not tied to one command.

## Pages for numbers that are not FTP replies.

notftp-title = { $kind ->
    [unassigned] FTP { $number } { $title }: a number no RFC defines
   *[winsock] Error { $number } ({ $name }): not an FTP reply
}
notftp-lead = { $kind ->
    [unassigned] No RFC defines { $number }: some servers send it, with a text such as “{ $name }”, where the RFCs answer with { $instead }.
   *[winsock] FTP servers never send { $number }: every FTP reply is a three-digit code, and { $number } is a Windows Sockets error that the client's own system reports.
}
# The heading of one meaning of a code that has several; $rfc is the RFC that defines it.
code-meaning-heading = { $title } (RFC { $rfc })
