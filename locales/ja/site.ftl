## ページを囲むウェブサイト：サイト名、ナビゲーション、ホームページ、404ページ。

# このロケール自身の名前（その言語で表記）。言語切り替えにそのまま表示されます。
language-name = 日本語
site-name = FTP応答コード
# すべてのページの最初のリンク。キーボードとスクリーンリーダーの利用者向けです。
site-skip = 本文へスキップ
# 言語切り替えのラベル。スクリーンリーダーが読み上げます。
site-languages = 言語
site-footer = 各ページは、FTPを定義するRFCに基づいて記述されており、引用したセクションへのリンクを掲載しています。
# 言語の一覧を表示するサイトのルートページ。
site-choose-language = 言語を選択してください。

## ロケールのホームページ。

home-title = FTP応答コードの解説
home-lead = 各FTP応答コードの意味、どのような場面で返されるか、どう対処すればよいかを解説し、混同されやすいコードを並べて比較します。
# 応答コードのクラス：$digit は1桁目、$name はクラス名です。
home-class-heading = { $digit }yz：{ $name }
home-heading-not-ftp = FTPの応答ではない番号

## ページが存在しないアドレスで表示されるページ。

not-found-title = ページが見つかりません
not-found-lead = このアドレスにページはありません。リンクが誤っているか、ページが移動した可能性があります。
not-found-next = 次の移動先
not-found-home = FTP応答コードの一覧

## 現在位置の把握：タブのタイトル、パンくずリスト、前後のコード、目次。

# ブラウザーのタブに表示されるタイトル：$page はページのタイトル、$site はサイト名です。
# ftpdocs: same-as-source
site-page-title = { $page } – { $site }
# パンくずリストのラベル。スクリーンリーダーが読み上げます。
site-breadcrumbs = パンくずリスト
# パンくずリストの最初の項目：その言語のホームページ。
site-breadcrumb-home = 応答コード
# 前後のコードへのリンクのラベル。スクリーンリーダーが読み上げます。
site-pager = 前後のコード
# $title はコードのページのタイトルです（例：「FTP 220 サービス準備完了」）。
site-previous-code = 前へ：{ $title }
site-next-code = 次へ：{ $title }
# 長いページの目次のラベル。
site-toc = このページの内容

## 検索：各ページの検索ボックスと検索ページ。

site-search-label = サイト内を検索
site-search-button = 検索
search-title = 検索
search-lead = コード番号またはキーワードで、日本語のすべてのページを検索できます。アクセント記号の有無は区別されません。
search-no-results = この検索条件に一致するページはありません。
search-unavailable = 検索は、サイトがウェブサーバー上にある場合に利用できます。ローカルのファイルとして開いている場合は、ホームページの絞り込みを使ってください。

## ホームページのコードの表と絞り込み。

home-filter-label = コードを絞り込む
home-filter-none = 絞り込みの条件に一致するコードはありません。
home-column-code = コード
home-column-name = 名称
home-column-class = クラス
home-column-meaning = 意味
