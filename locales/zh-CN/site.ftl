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

## Finding one's way: the tab's title, breadcrumbs, previous and next, table of contents.

# The title in the browser's tab: $page is the page's title, $site the site's name.
# ftpdocs: same-as-source
site-page-title = { $page } – { $site }
# The label of the breadcrumbs, read by screen readers.
site-breadcrumbs = 面包屑导航
# The first step of the breadcrumbs: the home page of the language.
site-breadcrumb-home = 应答码
# The label of the links to the previous and next code, read by screen readers.
site-pager = 上一个和下一个应答码
# $title is the title of the code's page, such as "FTP 220 服务就绪".
site-previous-code = 上一个：{ $title }
site-next-code = 下一个：{ $title }
# The label of a long page's table of contents.
site-toc = 本页内容

## Search: the box on every page and the search page.

site-search-label = 搜索本站
site-search-button = 搜索
search-title = 搜索
search-lead = 可按应答码或关键词搜索本语言的所有页面，搜索时不区分重音符号。
search-no-results = 未找到与此搜索匹配的页面。
search-unavailable = 将站点部署到 Web 服务器后才能使用搜索。如果从本地磁盘打开页面，请使用首页的筛选功能。

## The home page's table of codes and its filter.

home-filter-label = 筛选应答码
home-filter-none = 没有符合筛选条件的应答码。
home-column-code = 应答码
home-column-name = 名称
home-column-class = 类别
home-column-meaning = 含义
