## 페이지 틀의 제목과 문장. 모든 문장은 하나의 완전한 메시지이며, 변수에는 코드, 이름, 숫자가
## 들어갑니다.

## 절 제목.

heading-description = 설명
heading-seen = 나타나는 경우
heading-fix = 해결 방법
heading-differences = 주요 차이점
heading-which = 각 코드에 대응하는 방법
heading-learn-more = 더 알아보기
heading-meaning = 의미
heading-commands = 이 응답을 반환하는 명령
heading-sources = RFC 절
heading-related = 관련 코드
heading-exchange = 이 응답이 나오는 교환 예
heading-instead = 대신 사용할 RFC 코드
heading-comparisons = 비교

## 비교 페이지. $lowCode와 $highCode는 두 코드이며, 작은 코드가 먼저 옵니다.

# Codes held in variables never take a particle directly (see docs/l10n/ko.md): 및 does not change.
compare-title = FTP { $lowCode } { $lowName } 및 { $highCode } { $highName }: 차이점
# $lowText and $highText: what each code means, the RFC's reply text or else the code's name.
# $sameAction: yes when both codes call for the same reaction from the client.
compare-lead = { $sameAction ->
    [yes] FTP { $lowCode } 응답의 의미는 “{ $lowText }”이고, FTP { $highCode } 응답의 의미는 “{ $highText }”입니다. 두 응답 모두 클라이언트에게 같은 대응을 요구하므로, 둘을 구별하는 기준은 각 응답이 알리는 내용입니다.
   *[no] FTP { $lowCode } 응답의 의미는 “{ $lowText }”이고, FTP { $highCode } 응답의 의미는 “{ $highText }”입니다. 두 응답은 클라이언트에게 서로 다른 대응을 요구하므로, 둘을 실제로 구별하는 기준은 각 응답을 받은 뒤 해야 할 일입니다.
}

## 비교 표: 코드마다 열 하나, 속성마다 행 하나.

# ftpdocs: same-as-source
compare-column = FTP { $code }
compare-row-text = RFC의 응답 텍스트
compare-row-class = 클래스
compare-row-sent = 보내는 시점
compare-row-commands = 명령
compare-row-action = 대응 방법
# $text is the reply text as the RFC prints it, in English as servers send it.
compare-cell-text = “{ $text }”(RFC { $rfc })
compare-cell-no-text = 고정된 텍스트 없음(RFC { $rfc })
# ftpdocs: same-as-source
compare-cell-class = { $className }({ $class }yz)
# When the server sends the code, from what it asks of the client ($action).
compare-cell-sent = { $action ->
    [greeting] { $count ->
        [0] 제어 연결이 열릴 때
       *[other] 제어 연결이 열릴 때, 그리고 { $commandsOr } 명령에 대한 응답으로
    }
    [wait-final] { $onConnect ->
        [yes] 서버가 아직 준비되지 않았을 때: 제어 연결이 열릴 때, 또는 { $commandsOr } 명령에 대한 응답으로
       *[no] 명령의 실행이 시작될 때, 최종 응답보다 먼저
    }
    [success] 성공한 명령에 대한 최종 응답으로
    [send-next] 일련의 명령 도중에, 이를 완료하는 명령보다 먼저
    [retry-later] 일시적으로 실패한 명령에 대한 최종 응답으로
    [reconnect] 서비스가 종료될 때: 연결이 열릴 때, 또는 임의의 명령에 대한 응답으로
    [log-in] 로그인에 실패했거나 로그인하기 전에 보낸 명령에 대한 응답으로
    [send-account] ACCT 명령으로 계정을 지정해야만 서버가 실행하는 명령에 대한 응답으로
    [change-request] 보낸 그대로는 거부된 명령에 대한 최종 응답으로
    [nothing-helps] 서버가 실행하지 않는 명령에 대한 최종 응답으로
    [session-over] { $count ->
        [0] 세션이 끝날 때
       *[other] 세션이 끝날 때, { $commandsOr } 명령에 대한 응답으로
    }
   *[decode] 클라이언트가 명령을 MIC, CONF 또는 ENC 명령으로 보호하기 시작한 뒤, 모든 응답 대신
}
compare-cell-commands = { $count ->
    [0] 없음: 특정 명령에 대한 응답이 아님
   *[other] { $commandScope ->
        [all] 모든 명령: RFC에 정의된 { $total }개 전부
        [most] 다수의 명령: RFC에 정의된 { $total }개 중 { $count }개
       *[listed] { $commands }
    }
}
compare-cell-action = { $action ->
    [greeting] 로그인: USER 명령 전송
    [wait-final] 최종 응답 대기
    [success] 다음 명령으로 진행
    [send-next] 교환을 완료하는 명령 전송
    [retry-later] 나중에 같은 명령을 다시 전송
    [reconnect] 다시 연결한 뒤 새로 로그인
    [log-in] 로그인한 뒤 명령을 다시 전송
    [send-account] ACCT 명령을 보낸 뒤 명령을 다시 전송
    [change-request] 요청을 수정한 뒤 다시 전송
    [nothing-helps] 명령 없이 진행: 명령을 바꿔도 소용없음
    [session-over] 없음: 세션이 끝났음
   *[decode] 디코딩한 뒤 안에 든 응답을 처리
}
# One sentence per code, chosen by what the code asks of the client ($action), never by its
# class alone.
compare-which = { $action ->
    [greeting] { $code } 응답({ $name })은 서버의 환영 메시지입니다. 서버가 새 사용자를 받을 준비가 되었으므로, 다음 단계는 USER 명령으로 로그인하는 것입니다.
    [wait-final] { $code } 응답({ $name })은 작업이 진행 중이라는 뜻입니다. 제어 연결을 열어 둔 채 최종 응답을 기다린 뒤에 다른 명령을 보내십시오.
    [success] { $code } 응답({ $name })은 성공을 뜻합니다. 요청이 처리되었으므로 다음 명령을 보내면 됩니다.
    [send-next] { $code } 응답({ $name })은 추가 정보를 요구합니다. 교환을 완료하는 명령을 보내십시오.
    [retry-later] { $code } 응답({ $name })은 일시적 실패를 뜻합니다. 제어 연결은 열린 채로 유지되며, 나중에 같은 명령을 다시 보내면 성공할 수 있습니다.
    [reconnect] { $code } 응답({ $name })은 연결이 끝났다는 뜻입니다. 서버가 연결을 닫으므로, 다른 명령을 보내기 전에 다시 연결한 뒤 새로 로그인하십시오.
    [log-in] { $code } 응답({ $name })은 먼저 로그인하거나 계정을 지정해야 한다는 뜻입니다. 명령을 다시 보내기 전에 USER 및 PASS 명령을 보내고, 서버가 계정을 요구하면 ACCT 명령도 보내십시오.
    [send-account] { $code } 응답({ $name })은 계정을 요구한다는 뜻입니다. 이미 로그인했더라도 서버가 이 명령을 실행하려면 계정 정보가 필요하며, 서버는 이 명령을 실행하지 않고 버렸습니다. ACCT 명령을 보낸 뒤 명령을 다시 보내십시오.
    [change-request] { $code } 응답({ $name })은 보낸 그대로의 요청을 거부한다는 뜻입니다. 요청의 인수, 명령 순서 또는 요청이 의존하는 명령을 바로잡은 뒤 다시 보내십시오.
    [nothing-helps] { $code } 응답({ $name })은 명령을 어떻게 바꿔도 해결되지 않는 거부라는 뜻입니다. 원인이 서버 쪽에 있으므로, 그 명령 없이 진행하거나 서버 관리자에게 문의하십시오.
    [session-over] { $code } 응답({ $name })은 요청한 대로 세션이 끝났다는 뜻입니다. 서버가 제어 연결을 닫으며, 이후에 보낼 명령은 없습니다.
   *[decode] { $code } 응답({ $name })은 실제 응답을 감싸서 전달합니다. AUTH 명령으로 합의한 보안 메커니즘으로 텍스트를 디코딩한 다음, 안에 든 응답을 처리하십시오.
}
learn-rfc = { $part ->
    [appendix] RFC { $rfc } 부록 { $section }
   *[section] RFC { $rfc } { $section }절
}

## 코드 페이지.

# ftpdocs: same-as-source
code-title = FTP { $code } { $name }
# RFC 2228 section 5.2 gives the second digit of a protected reply (6yz) no group meaning.
code-lead = { $ClassDigit ->
    [6] FTP { $code } 응답({ $name })은 RFC 2228이 정의하는 { $ClassName }({ $ClassDigit }yz) 클래스에 속합니다. RFC 2228은 이 클래스의 둘째 자리에 그룹의 의미를 부여하지 않습니다.
   *[other] FTP { $code } 응답({ $name })은 { $ClassName }({ $ClassDigit }yz) 클래스와 { $GroupName }(x{ $GroupDigit }z) 그룹에 속합니다.
}
# Korean has only the plural category "other"; the exact numbers 1, 2 and 3 are spelled out
# in native Korean (한 가지, 두 가지, 세 가지).
code-several-meanings = { $count ->
    [1] { $code } 응답의 의미는 한 가지입니다.
    [2] { $code } 응답에는 서로 다른 RFC가 정의한 두 가지 의미가 있습니다. 어느 의미인지는 이 응답이 답한 명령과 서버의 다른 응답을 보면 알 수 있습니다.
    [3] { $code } 응답에는 서로 다른 RFC가 정의한 세 가지 의미가 있습니다. 어느 의미인지는 이 응답이 답한 명령과 서버의 다른 응답을 보면 알 수 있습니다.
   *[other] { $code } 응답에는 서로 다른 RFC가 정의한 { $count }가지 의미가 있습니다. 어느 의미인지는 이 응답이 답한 명령과 서버의 다른 응답을 보면 알 수 있습니다.
}
code-transcript-intro = 제어 연결에서 이루어지는 교환의 예로, { $code } 응답으로 끝납니다. C로 표시한 줄은 클라이언트가, S로 표시한 줄은 서버가 보낸 것이며, 서버 코드 뒤의 텍스트는 실제 서버가 보내는 텍스트의 한 예입니다.
code-on-connect = { $action ->
    [reconnect] 서버는 클라이언트에 서비스를 제공할 수 없으면 제어 연결이 열릴 때 이 응답을 보내고, 서비스를 종료해야 한다는 것을 알면 임의의 명령에 대한 응답으로도 이 응답을 보냅니다.
   *[other] { $count ->
        [0] 서버는 제어 연결이 열리면 어떤 명령보다도 먼저 이 응답을 보냅니다.
       *[other] 서버는 제어 연결이 열릴 때 이 응답을 보내며, { $commandsOr } 명령에 대한 응답으로도 이 응답을 보냅니다.
    }
}
# For a code that lists no command and is not sent on connection.
# ftpdocs: allow unused-message
code-any-command = 이 응답은 특정한 한 명령에 묶여 있지 않습니다.

## FTP 응답이 아닌 숫자의 페이지.

notftp-title = { $kind ->
    [unassigned] FTP { $number } { $title }: 어떤 RFC도 정의하지 않은 번호
   *[winsock] 오류 { $number }({ $name }): FTP 응답이 아님
}
notftp-lead = { $kind ->
    [unassigned] { $number } 번호는 어떤 RFC에도 정의되어 있지 않습니다. 일부 서버는 “{ $name }” 같은 텍스트와 함께 이 번호를 보내지만, RFC에서는 이 경우 { $instead } 응답을 사용합니다.
   *[winsock] FTP 서버는 { $number } 번호를 절대 보내지 않습니다. 모든 FTP 응답은 세 자리 코드이며, { $number } 번호는 클라이언트 자신의 운영 체제가 보고하는 Windows 소켓 오류입니다.
}
# The heading of one meaning of a code that has several; $rfc is the RFC that defines it.
code-meaning-heading = { $title }(RFC { $rfc })
