## The website around the pages: its name, navigation, home page and 404 page.

# This locale's own name, in its own language: the language switcher shows it as is.
language-name = 简体中文
site-name = FTP 应答码
# The first link of every page, for keyboard and screen reader users.
site-skip = 跳到正文
# The label of the language switcher, read by screen readers.
site-languages = 语言
site-footer = 每个页面均以定义 FTP 的 RFC 为依据，并链接到所引用的章节。
# The site's root page, which lists the languages.
site-choose-language = 请选择语言。

## Home page of a locale.

home-title = FTP 应答码详解
home-lead = 逐一说明每个 FTP 应答码的含义、出现场景和处理方法，并对容易混淆的应答码进行对比。
# A class of reply codes: $digit is the first digit, $name the class name.
home-class-heading = { $digit }yz：{ $name }
home-heading-not-ftp = 不是 FTP 应答的数字

## The page shown at an address with no page.

not-found-title = 找不到页面
not-found-lead = 此地址下没有页面。指向此处的链接可能有误，或者页面已被移动。
not-found-next = 您可以前往
not-found-home = FTP 应答码列表
