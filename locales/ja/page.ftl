## ページの枠組みの見出しと文。文はそれぞれ1つのメッセージで完結し、
## 変数はコード、名前、数値を運びます。

## セクション見出し。

heading-description = 説明
heading-seen = 見られる場面
heading-fix = 対処方法
heading-differences = 主な違い
heading-which = それぞれへの対応
heading-learn-more = 関連情報
heading-meaning = 意味
heading-commands = この応答を返すコマンド
heading-sources = RFCの該当セクション
heading-related = 関連する応答コード
heading-exchange = この応答に至るやり取りの例
heading-instead = 代わりに使うべきRFCの応答コード
heading-comparisons = 比較

## 比較ページ。$lowCode と $highCode は2つのコードで、小さい方が先です。

compare-title = FTP { $lowCode }「{ $lowName }」と{ $highCode }「{ $highName }」の違い
# $lowText と $highText：各コードの意味。RFCの応答テキスト、なければコードの名前。
# $sameAction：両方のコードがクライアントに同じ対応を求めるときは yes。
compare-lead = { $sameAction ->
    [yes] FTP { $lowCode }は「{ $lowText }」、FTP { $highCode }は「{ $highText }」を意味します。どちらもクライアントに同じ対応を求めるため、両者の違いはそれぞれが何を伝えているかにあります。
   *[no] FTP { $lowCode }は「{ $lowText }」、FTP { $highCode }は「{ $highText }」を意味します。クライアントに求める対応が異なるため、重要な違いは、それぞれを受け取った後にどう対応するかにあります。
}

## 比較の表：コードごとに1列、項目ごとに1行。

compare-column = FTP { $code }
compare-row-text = RFCの応答テキスト
compare-row-class = クラス
compare-row-sent = 送信されるタイミング
compare-row-commands = コマンド
compare-row-action = 対応
# $text はRFCに記載された応答テキストです。
compare-cell-text = 「{ $text }」（RFC { $rfc }）
compare-cell-no-text = 固定テキストなし（RFC { $rfc }）
compare-cell-class = { $className }（{ $class }yz）
# サーバーがコードを送信するタイミング。コードがクライアントに求めること（$action）で選びます。
compare-cell-sent = { $action ->
    [greeting] { $count ->
        [0] 制御コネクションが開いたとき
       *[other] 制御コネクションが開いたとき、および{ $commandsOr }への応答として
    }
    [wait-final] { $onConnect ->
        [yes] 制御コネクションが開いた時点、または{ $commandsOr }への応答として（サーバーの準備が整う前）
       *[no] コマンドの実行開始時、最終応答の前
    }
    [success] 成功したコマンドへの最終応答として
    [send-next] 一連のコマンドの途中、それを完了させるコマンドの前
    [retry-later] 現時点では失敗したコマンドへの最終応答として
    [reconnect] サービスの停止時（コネクションが開いた時点、または任意のコマンドへの応答として）
    [log-in] 失敗したログイン、またはログイン前に送信されたコマンドへの応答として
    [send-account] ACCTでアカウントが指定されるまでサーバーが実行しないコマンドへの応答として
    [change-request] 送信された形では拒否されたコマンドへの最終応答として
    [nothing-helps] サーバーが実行しないコマンドへの最終応答として
    [session-over] { $count ->
        [0] セッションの終了時
       *[other] セッションの終了時、{ $commandsOr }への応答として
    }
   *[decode] クライアントがコマンドをMIC、CONF、ENCで保護した後、あらゆる応答の代わりに
}
compare-cell-commands = { $count ->
    [0] なし（特定のコマンドへの応答ではありません）
   *[other] { $commandScope ->
        [all] すべてのコマンド（RFCにある全{ $total }個）
        [most] 大半のコマンド（RFCにある全{ $total }個のうち{ $count }個）
       *[listed] { $commands }
    }
}
compare-cell-action = { $action ->
    [greeting] ログインする（USERを送信）
    [wait-final] 最終応答を待つ
    [success] 次のコマンドに進む
    [send-next] やり取りを完了させるコマンドを送信する
    [retry-later] 後で同じコマンドを再送信する
    [reconnect] 再接続して再度ログインする
    [log-in] ログインしてから、コマンドを再送信する
    [send-account] ACCTを送信してから、コマンドを再送信する
    [change-request] 要求を修正してから再送信する
    [nothing-helps] そのコマンドを使わずに済ませる（コマンドを変えても解決しない）
    [session-over] 何もしない（セッションは終了済み）
   *[decode] デコードし、中に含まれる応答に従って処理する
}
# コードごとに1文。コードがクライアントに求めること（$action）で選び、クラスだけでは選びません。
compare-which = { $action ->
    [greeting] { $code }（{ $name }）はサーバーのグリーティングです。サーバーは新規ユーザーを受け付ける準備ができているので、次はUSERでログインしてください。
    [wait-final] { $code }（{ $name }）は処理が進行中であることを示します。制御コネクションを開いたまま、別のコマンドを送信する前に最終応答を待ってください。
    [success] { $code }（{ $name }）は成功を示します。要求は完了しており、次のコマンドを送信できます。
    [send-next] { $code }（{ $name }）は続きを求める応答です。やり取りを完了させるコマンドを送信してください。
    [retry-later] { $code }（{ $name }）は一時的な失敗を示します。制御コネクションは開いたままで、後で同じコマンドを再送信すれば成功する可能性があります。
    [reconnect] { $code }（{ $name }）はコネクションの終了を意味します。サーバーがコネクションを閉じるので、何かを送信する前に再接続して、再度ログインしてください。
    [log-in] { $code }（{ $name }）はログインが済んでいないことを示します。USERとPASSを送信し、サーバーがアカウントを求める場合はACCTも送信してから、コマンドを再送信してください。
    [send-account] { $code }（{ $name }）はアカウントの要求です。ログイン済みの場合もありますが、サーバーはこのコマンドの実行にアカウント情報を必要としており、コマンドを破棄しています。ACCTを送信してから、コマンドを再送信してください。
    [change-request] { $code }（{ $name }）は、送信された形での要求を拒否します。引数、順序、または依存するコマンドを修正してから再送信してください。
    [nothing-helps] { $code }（{ $name }）は、コマンドを変えても解除されない拒否です。原因はサーバー側にあるため、そのコマンドを使わずに済ませるか、サーバーの管理者に相談してください。
    [session-over] { $code }（{ $name }）は、要求したとおりにセッションが終了したことを示します。サーバーは制御コネクションを閉じ、これ以降コマンドは送信されません。
   *[decode] { $code }（{ $name }）は、保護された別の応答を運ぶ応答です。AUTHの後に合意したセキュリティメカニズムでテキストをデコードし、中に含まれる応答に従って処理してください。
}
learn-rfc = { $part ->
    [appendix] RFC { $rfc }、付録{ $section }
   *[section] RFC { $rfc }、セクション{ $section }
}

## 応答コードのページ。

code-title = FTP { $code } { $name }
# RFC 2228のセクション5.2は、保護応答（6yz）の2桁目にグループとしての意味を与えていません。
code-lead = { $ClassDigit ->
    [6] FTP { $code }（{ $name }）は「{ $ClassName }」クラス（{ $ClassDigit }yz）の応答です。このクラスはRFC 2228で定義されており、2桁目にグループとしての意味はありません。
   *[other] FTP { $code }（{ $name }）は「{ $ClassName }」クラス（{ $ClassDigit }yz）、「{ $GroupName }」グループ（x{ $GroupDigit }z）の応答です。
}
# 日本語の複数形はotherのみです。[1] は厳密に1のときだけ選ばれます。
code-several-meanings = { $count ->
    [1] コード{ $code }の意味は1つです。
   *[other] コード{ $code }には、異なるRFCで定義された{ $count }つの意味があります。どの意味に当たるかは、応答の対象となったコマンドとサーバーのほかの応答から判断できます。
}
code-transcript-intro = { $code }で終わる、制御コネクション上のやり取りの例です。Cの行はクライアントが、Sの行はサーバーが送信したものです。サーバーのコードに続くテキストは、サーバーが送信する内容の一例です。
code-on-connect = { $action ->
    [reconnect] サーバーはこの応答を、クライアントにサービスを提供できない場合は制御コネクションが開いたときに、サービスを停止しなければならないことがわかっている場合は任意のコマンドへの応答として送信します。
   *[other] { $count ->
        [0] サーバーはこの応答を、制御コネクションが開いたとき、コマンドを受け取る前に送信します。
       *[other] サーバーはこの応答を、制御コネクションが開いたときに送信するほか、{ $commandsOr }への応答としても送信します。
    }
}
# リストにコマンドがなく、接続時にも送信されないコードのための文。
# ftpdocs: allow unused-message
code-any-command = この応答は特定のコマンドに結び付いていません。

## FTPの応答ではない番号のページ。

notftp-title = { $kind ->
    [unassigned] FTP { $number } { $title }：どのRFCにも定義されていない番号
   *[winsock] エラー{ $number }（{ $name }）：FTPの応答ではありません
}
# $name は content/not-ftp.yaml にある、そのようなサーバーが実際に送信する英語のテキストです（訳しません）。
notftp-lead = { $kind ->
    [unassigned] { $number }は、どのRFCにも定義されていない番号です。一部のサーバーは「{ $name }」のようなテキストとともにこの番号を送信しますが、RFCがこのような場合に定めている応答は{ $instead }です。
   *[winsock] FTPサーバーが{ $number }を送信することはありません。FTPの応答はすべて3桁のコードであり、{ $number }はクライアント自身のシステムが報告するWindows Socketsのエラーです。
}
# 複数の意味を持つコードの、1つの意味の見出し。$rfc はその意味を定義するRFCです。
code-meaning-heading = { $title }（RFC { $rfc }）
